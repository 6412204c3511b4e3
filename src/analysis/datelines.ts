// The wire dateline that may open an article's first paragraph ("NEW YORK (AP) - ", "Ljubljana,
// 9 June (STA) - "): it names no actor of the story, and its brackets name the agency. One reading
// for the mention finder, the timeline's actors and the outlet.

/** "NEW YORK (AP) - ", "SYDNEY, June 4 (AAP) – ". */
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:,[^()\n]{0,30})?(?:\s*\([^)]{1,40}\))?\s*[-–—]\s+/u;
/**
 * "Ljubljana, 9 June (STA) - ", "Paris (AFP) – ": in mixed case, with an agency in brackets (tried only
 * on a lead with a bracket); "Mumbai, Nov 8 (PTI) Senior batter …": an agency in capitals needs no dash.
 */
const DATELINE_MIXED = /^\p{Lu}[\p{L} .'’-]{1,40}(?:,[^()\n]{0,30})?\s*(?:\(([^)]{1,40})\)\s*[-–—]\s+|\((\p{Lu}{2,6})\)\s+(?=\p{Lu}))/u;

/** "Mumbai: Hours after …": a place in mixed case and a colon, then the story (as Indian papers write it). */
const DATELINE_COLON = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?:\s+(?=\p{Lu}\p{Ll})/u;

/**
 * The length of the dateline `lead` opens with, else 0. Without `colon`, "Mumbai: " is not read as
 * one: past an article's opening, "Renata Cole: The fold …" is a live blog's or transcript's label.
 */
export function datelineLength(lead: string, colon = true): number {
  const dateline = DATELINE.exec(lead) ?? (lead.includes('(') ? DATELINE_MIXED.exec(lead) : null) ?? (colon ? DATELINE_COLON.exec(lead) : null);
  return dateline ? dateline[0].length : 0;
}

/** The agency a mixed-case dateline names ("Paris (AFP) – " gives "AFP"): words, no figures. */
export function datelineAgency(text: string): string | null {
  const m = text.includes('(') ? DATELINE_MIXED.exec(text) : null;
  const agency = m?.[1] ?? m?.[2];
  return agency && /^[^()\d]{2,40}$/.test(agency) ? agency.trim() : null;
}
