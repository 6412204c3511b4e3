// The day a quotation was said, which dates the relative words inside it (a "tomorrow" said on
// Thursday is Friday). In order: the quotes module's own finding; a past date in the same sentence
// outside the quote ("at the briefing last Thursday, the spokesperson said, “…tomorrow…”"); the last day the
// article dates something its speaker did; the last dated happening of the preceding paragraphs.
// Failing all of these, the article's own day, marked as a default a later step may improve.
import type { Day } from '../dates/calendar.ts';
import { sameActor } from './actors.ts';
import type { QuotedSpan } from './quoted.ts';

export interface PastDay {
  date: Day;
  /** Offset in the file, and paragraph, of the expression. */
  at: number;
  paragraph: number;
  actors: string[];
  /** Content words of its sentence, to find the event a later "the same day …" names. */
  words?: ReadonlySet<string>;
  /** It dates a speech verb ("told reporters on Wednesday"). */
  spoken?: boolean;
}

export interface SaidDay {
  date: Day;
  how: 'said' | 'said-default';
}

const NEARBY_PARAGRAPHS = 2;

export function saidDay(quote: QuotedSpan, sameSentence: PastDay[], history: PastDay[], paragraph: number, fallback: Day): SaidDay {
  if (quote.saidOn) return { date: quote.saidOn, how: 'said' };
  const before = sameSentence.filter((d) => d.at < quote.start).at(-1);
  const inSentence = before ?? sameSentence.find((d) => d.at >= quote.end);
  if (inSentence) return { date: inSentence.date, how: 'said' };
  // Days of saying first ("told reporters on Wednesday"), then any dated happening.
  const earlier = history.filter((d) => d.at < quote.start);
  const ranked = [earlier.filter((d) => d.spoken), earlier];
  if (quote.speaker) {
    for (const list of ranked) {
      const bySpeaker = list.filter((d) => d.actors.some((a) => sameActor(a, quote.speaker!))).at(-1);
      if (bySpeaker) return { date: bySpeaker.date, how: 'said' };
    }
  }
  for (const list of ranked) {
    const recent = list.filter((d) => d.paragraph >= paragraph - NEARBY_PARAGRAPHS).at(-1);
    if (recent) return { date: recent.date, how: 'said' };
  }
  return { date: fallback, how: 'said-default' };
}
