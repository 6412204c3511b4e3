// Dates a story timeline should not show, though they are dates: the period a figure is measured
// over ("prices rose 4.1% in May", "jobless claims fell 12% since 2019", "the May payrolls
// report"), a forecast of what others will do ("she expects a second cut in June"), and what
// would have happened ("If the bridge had opened a year ago, …"). None of them tells something
// that happened or is planned on that date; a reader of the timeline wants the release of the
// figure or the forecast itself, which carry their own dates.
import type { DateMention } from './expressions.ts';

/**
 * A figure just before the expression: "4.1% in May", "at 7.5% year on year in March",
 * "by 12 per cent since 2019", "more than 300 since last month".
 */
const FIGURE_BEFORE =
  /\d(?:[\d,.]*\d)?\s*(?:%|per\s?cent|percent|bps|basis\s+points|points?|(?:million|billion|bn|m)\b)?(?:\s+(?:year[- ]on[- ]year|month[- ]on[- ]month|on\s+the\s+(?:year|month)|y\/y|m\/m))?\s+(?:in|for|during|over|since)\s+(?:the\s+(?:month\s+of\s+)?)?$/i;

/** "became a grandmaster at 14 in 2019", "aged 9 in 1997": an age, no figure measured over the period. */
const AGE_BEFORE = /\b(?:at|aged)\s+\d{1,2}\s+in\s+$/i;

/** "was fined £2m in November", "sold for $40m in 2019": a sum paid then is an event, not a measure over a period. */
const PAID_BEFORE =
  /\b(?:fined|paid|raised|sold|bought|awarded|won|spent|invested|borrowed|donated|ordered|agreed|signed|settled|acquired)\b[^,;:.!?]{0,40}[£$€¥]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion)?\s+(?:in|during)\s+(?:the\s+)?$/i;

/** "the weakest reading since March 2011": a statistic compared with an earlier one. */
const RECORD_SINCE =
  /\b(?:lowest|highest|weakest|strongest|slowest|fastest|smallest|biggest|largest)\s+(?:[\w-]+\s+)?(?:readings?|levels?|rates?|prints?|pace|figures?|values?|close)\s+(?:since|in)\s+(?:the\s+)?$/i;

/**
 * "the biggest one-day drop since last June", "its softest since early November", "closer than at any
 * moment since 2024", "much lower than it was in 2022": a comparison with a time, which is no event.
 */
const COMPARED_SINCE =
  /\b(?:lowest|highest|weakest|strongest|slowest|fastest|smallest|biggest|largest|softest|hardest|deepest|steepest|sharpest|worst|best|longest|shortest|warmest|coldest|hottest|wettest|driest|busiest|quietest|cheapest|any\s+(?:time|moment|point)|first\s+time)\b[^,;:.!?]{0,40}\bsince\s+(?:the\s+)?(?:last\s+|this\s+)?(?:early\s+|late\s+|mid-?)?$/i;
const COMPARED_THEN = /\bthan\s+(?:it|they|he|she|we|this|that)\s+(?:was|were|had\s+been)\s+(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$/i;

/** "the May payrolls report", "put April inflation at", "the June draft": a month naming a release or a data period. */
const DATA_AFTER =
  /^\s+(?:flash\s+|final\s+|preliminary\s+)?(?:inflation|data|figures?|numbers?|readings?|prints?|estimates?|reports?|surveys?|polls?|drafts?|forecasts?|projections?|statistics|sales|exports|imports|output|payrolls|cpi|gdp|prices|issue|edition)\b/i;

/**
 * A forecast verb with its own object ("expects a pause in June", "sees growth of 2% next year"),
 * not a plan of the subject's own ("expects to publish in June"), in the clause before.
 */
const FORECAST =
  /\b(?:expects?|expected|predicts?|predicted|forecasts?|projects?|projected|anticipates?|anticipated|sees)\s+(?:a|an|the|another|further|more|no|its|their|his|her|growth|inflation|rates?|prices?|\d)\b(?:[^,;:.!?]|\.\d){0,60}$/i;

/** "the forecast for Friday and Saturday is grim": the period a forecast covers, of any precision. */
const FORECAST_FOR = /\bforecasts?\s+(?:is\s+|was\s+)?for\s+(?:the\s+)?(?:[\w,]+\s+(?:and|or)\s+)?$/i;

/** "If the bridge had opened a year ago": a counterfactual, in the clause before. */
const COUNTERFACTUAL = /\bif\b[^,;:.!?]{0,60}\bhad\b[^,;:.!?]*$/i;

/** True when the mention at `m` in `text` is a backdrop date, not an event's. */
export function backdrop(text: string, m: DateMention): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  if (COUNTERFACTUAL.test(before) || FORECAST_FOR.test(before)) return true;
  if (m.precision === 'day') return false;
  if ((FIGURE_BEFORE.test(before) && !PAID_BEFORE.test(before) && !AGE_BEFORE.test(before)) || RECORD_SINCE.test(before) || COMPARED_SINCE.test(before) || COMPARED_THEN.test(before)) return true;
  if (m.precision === 'month' && !m.explicit && DATA_AFTER.test(text.slice(m.end, m.end + 40))) return true;
  return FORECAST.test(before);
}
