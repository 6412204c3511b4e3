// Expressions dated by the event just told, not by the article's day: "the same day", "later that
// day", "that night", "the next day", "two days later", "the day before". chrono-node reads none of
// them (or reads "next day" as tomorrow); the caller resolves them against the last dated event.

export interface AnaphoricMention {
  start: number;
  end: number;
  text: string;
  /** Days from the anchor event. */
  offset: number;
}

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const RULES: { re: RegExp; offset: (m: RegExpExecArray) => number | null }[] = [
  {
    re: /\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)|(?:that|the)\s+same\s+(?:day|night|morning|afternoon|evening)|that\s+(?:day|night|morning|afternoon|evening))\b/gi,
    offset: () => 0,
  },
  { re: /\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after(?!\s+(?:tomorrow|[A-Z0-9])))\b/gi, offset: () => 1 },
  { re: /\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before(?!\s+(?:yesterday|[A-Z0-9])))\b/gi, offset: () => -1 },
  {
    re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier|afterwards?|before)\b/gi,
    offset: (m) => {
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      if (!Number.isFinite(n)) return null;
      const days = n * (m[2].toLowerCase().startsWith('week') ? 7 : 1);
      return /later|after/i.test(m[3]) ? days : -days;
    },
  },
];

export function findAnaphora(text: string): AnaphoricMention[] {
  const out: AnaphoricMention[] = [];
  for (const { re, offset } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const o = offset(m);
      if (o === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((x) => x.start < end && start < x.end)) continue;
      out.push({ start, end, text: m[0], offset: o });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
