// fullDates skips each of chrono-node's parsers whose pattern cannot match a line: the skipping
// must find exactly what chrono-node finds with every parser run.
import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { componentsDay } from '../src/analysis/dates/calendar.ts';
import { PARSER_NEEDS, UNGATED_PARSERS, fullDates, monthDay } from '../src/analysis/dates/full-date.ts';

const FIXED = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };
const YEAR = /(?<!\d)(1[89]|20)\d\d(?!\d)/;

/** What every parser finds in `line`, kept as fullDates keeps it (no slashed reading). */
function reference(line: string) {
  return chrono.casual
    .parse(line, FIXED)
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && YEAR.test(r.text))
    .map((r) => ({ index: r.index, text: r.text, date: componentsDay(r.start) }));
}

const LINES = [
  'It was 1900 years ago, within a decade of the founding.',
  'Within a decade, the mayor said on 4 June 2023 that the market would reopen.',
  'The doctor said 2023 would be decisive; the vote is on June fourth, 2023.',
  'junefirst 2023 decade',
  '4thjune 2023 and the 5th of July, 2021',
  'fourth of June 2023 (the mayor)',
  'Sat.this week 2023 decade',
  'end of month 2023 dec',
  'Published 2023-06-04 10:00',
  'Last updated 2021 June 4 at 9am',
  '3/2023 market, 14/3/2022 figures',
  'tonight at 10, the mayor said in 2023',
  'Mayof 2023 4',
  'sept.4 2023, Oct.4,2023, Sept. 5th, 1999',
  'marchfifth 1999 doctor',
  'last night 2019 decade',
  'in 2 days 2020 doctor',
  '+3 days 2020 mayor',
  'this week 2020 mayor; next year 2021',
  'Friday of next week 2021 decade',
  '2021 of May 4',
  '2021 AD March 3',
  'Thursday, June 3, 2023 at 10:00 am ET',
  'They met in March 2020 and again 3 days later, on March 6, 2020.',
  'a couple of weeks before 12 March 2024, they said',
  'in a few weeks 2023, then for 5d3h',
];

describe('fullDates parser gates', () => {
  it('knows every parser of chrono-node casual configuration', () => {
    for (const p of chrono.casual.parsers) expect(p.constructor.name in PARSER_NEEDS || UNGATED_PARSERS.includes(p.constructor.name), p.constructor.name).toBe(true);
  });

  it('finds what chrono-node finds with every parser', () => {
    for (const line of LINES) {
      expect(fullDates(line).map(({ index, text, date }) => ({ index, text, date })), line).toEqual(reference(line));
      const md = chrono.casual.parse(line, FIXED).find((x) => x.start.isCertain('day') && x.start.isCertain('month'));
      expect(monthDay(line), line).toEqual(md ? [md.start.get('month'), md.start.get('day')] : null);
    }
  });
});
