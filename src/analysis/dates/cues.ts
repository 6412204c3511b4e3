// A cheap pre-check: only sentences with something that looks like a date are handed to the
// parsers (chrono-node on every sentence of a 10,000-article corpus is the slow part). Month and
// weekday names must be capitalised ("may" and "march" are common words); the rest are the words
// a relative date needs.

const NAMES =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const WORDS =
  /\b(?:today|tonight|tomorrow|yesterday|overnight|weekend|ago|(?:last|next|this|previous|same|that|following|coming|past|prior|preceding|earlier|later|early|late)\s+(?:day|night|morning|afternoon|evening|week|month|year)|(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier|before|after)|(?:day|year)\s+(?:before|after)|\d{4}|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/.-]\d{1,2})\b/i;

export function hasDateCue(text: string): boolean {
  return NAMES.test(text) || WORDS.test(text);
}
