// "this weekend", "the weekend", "last/next weekend": the weekend's Saturday. Tense decides which
// weekend a bare "the weekend" is (past narration: the one just gone; a plan: the coming one).
import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, formatDay, weekdayFrom, weekdayOf } from '../calendar.ts';
import { contextTense } from '../options.ts';
import { weekdayComponents } from './weekday.ts';
import { NEVER } from '../parser-gates.ts';

const PATTERN = /(?<![\w-])((?:this\s+)?coming|this|the|last|past|previous|next)\s+weekend(?![\w-])/i;
const SATURDAY = 6;

/** A text without the word cannot match (gates below). */
const WEEKEND_WORD = /weekend/i;

export const weekendParser: Parser = {
  // Every form holds "weekend" (in any case): a text without it is not scanned.
  pattern: (context: ParsingContext) => (WEEKEND_WORD.test(context.text) ? PATTERN : NEVER),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const modifier = match[1].toLowerCase().replace(/\s+/g, ' ');
    const reference = formatDay(context.reference.instant);
    const onWeekend = weekdayOf(reference) === 0 || weekdayOf(reference) === SATURDAY;
    let day: string;
    if (['last', 'past', 'previous'].includes(modifier)) day = weekdayFrom(reference, SATURDAY, 'past', false);
    else if (modifier === 'next') day = weekdayFrom(reference, SATURDAY, 'future', false);
    else if (onWeekend) day = weekdayOf(reference) === 0 ? addDays(reference, -1) : reference;
    else {
      const index = match.index ?? 0;
      const { direction } = modifier.endsWith('coming')
        ? { direction: 'future' as const }
        : contextTense(context, index, index + match[0].length);
      day = weekdayFrom(reference, SATURDAY, direction, true);
    }
    return weekdayComponents(context, day, SATURDAY).addTag('newsdesk/weekend');
  },
};
