// Direct or partial: a direct quote stands alone as a statement (opens a paragraph or follows a
// colon, comma or full stop, or is a whole clause on its own); a partial one is a fragment woven
// into the reporter's sentence.

export function quoteKind(text: string, open: number, inner: string, paragraphStart: number): 'direct' | 'partial' {
  const before = text.slice(paragraphStart, open).replace(/\s+$/, '');
  if (!before) return 'direct';
  const last = before[before.length - 1];
  if (/[:,.!?—–-]/.test(last)) return 'direct';
  // "… that “we will be direct, we will speak out …”": a long clause of its own reads as direct.
  const words = inner.trim().split(/\s+/).length;
  if (words >= 12 && /\b(that|saying|:)$/i.test(before) && /[.!?,]?$/.test(inner)) return 'direct';
  return 'partial';
}
