// A cheap pre-check: only sentences with something that looks like a date are handed to the
// parsers (chrono-node on every sentence of a 10,000-article corpus is the slow part).

const CUE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|overnight|weekend|week|month|year|day|night|morning|afternoon|evening|ago|later|earlier|\d{4}|\d{1,2}(st|nd|rd|th)|\d{1,2}[/.-]\d{1,2})\b/i;

export function hasDateCue(text: string): boolean {
  return CUE.test(text);
}
