// Unit tests of the date rules: calendar arithmetic, tense cues, and each parser and refiner of
// newsdesk's chrono-node, on small invented sentences.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findAnaphora } from '../src/analysis/dates/anaphora.ts';
import { addDays, chronoReference, weekdayFrom, weekdayOf } from '../src/analysis/dates/calendar.ts';
import { droppedParsers } from '../src/analysis/dates/chrono.ts';
import { hasDateCue } from '../src/analysis/dates/cues.ts';
import { parseDates } from '../src/analysis/dates/expressions.ts';
import { temporalContext } from '../src/analysis/dates/tense.ts';
import { publicationDate } from '../src/analysis/dates/published.ts';
import { classifyParagraphs } from '../src/corpus/clean.ts';
import { parseArticle } from '../src/corpus/load.ts';

/** The dates found in `text` read on `reference`, as "expression=date" strings. */
function dates(text: string, reference = '2022-10-05', options = {}): string[] {
  return parseDates(text, reference, options).map((m) => `${m.text}=${m.date}`);
}

function tense(sentence: string, expression: string) {
  const i = sentence.indexOf(expression);
  return temporalContext(sentence, i, i + expression.length);
}

describe('calendar', () => {
  it('does day arithmetic in UTC', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(weekdayOf('2022-10-05')).toBe(3); // a Wednesday
  });
  it('finds the weekday before or after a day, with or without the day itself', () => {
    expect(weekdayFrom('2022-10-05', 3, 'past', true)).toBe('2022-10-05');
    expect(weekdayFrom('2022-10-05', 3, 'past', false)).toBe('2022-09-28');
    expect(weekdayFrom('2022-10-05', 1, 'future', true)).toBe('2022-10-10');
  });
  it('gives chrono-node an instant and a timezone, not a bare Date', () => {
    const ref = chronoReference('2022-10-05');
    expect(ref).not.toBeInstanceOf(Date);
    expect(ref).toMatchObject({ timezone: 0 });
  });
});

describe('date cue pre-check', () => {
  it('passes sentences that may hold a date and skips the rest', () => {
    expect(hasDateCue('The council met on Tuesday.')).toBe(true);
    expect(hasDateCue('It happened in 1998.')).toBe(true);
    expect(hasDateCue('The mayor thanked the volunteers for their help.')).toBe(false);
  });
});

describe('tense cues', () => {
  it('reads a date attached to a speech verb as the day of the saying', () => {
    expect(tense('The mayor said on Tuesday that the plan was dead.', 'Tuesday')).toMatchObject({ kind: 'happened', direction: 'past' });
  });
  it('reads the day of an interview as a day of saying', () => {
    expect(tense('“It was a shock,” the singer tells the magazine in an interview conducted Sunday.', 'Sunday')).toMatchObject({ kind: 'happened', spoken: true });
    expect(tense('In an interview with Radio Kerry on Tuesday, she said the plan was dead.', 'Tuesday')).toMatchObject({ spoken: true });
  });
  it('reads modals and plans after the speech verb as the future', () => {
    expect(tense('The mayor said the council will vote on Tuesday.', 'Tuesday')).toMatchObject({ kind: 'scheduled', direction: 'future' });
    expect(tense('The envoy is set to travel home on Saturday.', 'Saturday')).toMatchObject({ kind: 'scheduled' });
    expect(tense('The final will be played on Sunday.', 'Sunday')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads proposals as proposed', () => {
    expect(tense('The union had invited the company to meet on Friday or Monday.', 'Friday')).toMatchObject({ kind: 'proposed', direction: 'future' });
    expect(tense('She suggested holding the vote as soon as Friday.', 'Friday')).toMatchObject({ kind: 'proposed' });
  });
  it('reads a guess at a past ("he may have gone up on Saturday") as past, but "may have to" as a possibility ahead', () => {
    expect(tense('Friends said he may have gone up to check on the chalet on Saturday morning.', 'Saturday morning')).toMatchObject({ kind: 'happened', direction: 'past' });
    expect(tense('On Saturday morning, he may have gone up to check on the chalet.', 'Saturday morning')).toMatchObject({ kind: 'happened', direction: 'past' });
    expect(tense('We may have to close the road on Monday.', 'Monday')).toMatchObject({ kind: 'proposed', direction: 'future' });
    expect(tense('Students can have confidence in this year’s grades.', 'this year')).toMatchObject({ kind: 'proposed' });
  });
  it('reads "are planning" as a plan ("They are planning their first joint birthday, on 14 December"), not "planning permission"', () => {
    expect(tense('They are planning their first joint birthday, on 14 December.', '14 December')).toMatchObject({ kind: 'scheduled', direction: 'future', cued: true });
    expect(tense('Planning permission was granted on 3 May.', '3 May')).toMatchObject({ kind: 'happened', direction: 'past' });
  });
  it('does not take the nouns "offer" and "proposal" for plans', () => {
    expect(tense('The company had tabled its offer on 29 September.', '29 September')).toMatchObject({ kind: 'happened' });
  });
  it('lets the main clause decide for a date that opens the sentence', () => {
    expect(tense('On Monday, the council will vote on the budget.', 'Monday')).toMatchObject({ kind: 'scheduled' });
    expect(tense('On Monday, the council voted on the budget.', 'Monday')).toMatchObject({ kind: 'happened' });
  });
  it('reads a participle after a plan as part of the plan', () => {
    expect(tense('Schools will stay closed until March 18.', 'March 18')).toMatchObject({ kind: 'scheduled' });
    expect(tense('We will keep the red zone closed until Monday.', 'Monday')).toMatchObject({ direction: 'future' });
  });
  it('reads "by" with a past perfect as past', () => {
    expect(tense('By Wednesday evening, more than 5,000 people had left their homes.', 'Wednesday')).toMatchObject({ direction: 'past' });
  });
  it('reads a deadline as ahead', () => {
    expect(tense('People need to know by Friday whether the buses run.', 'Friday')).toMatchObject({ direction: 'future' });
    expect(tense('The judge, who presided over the trial, gave prosecutors until Dec. 9 to respond.', 'Dec. 9')).toMatchObject({ direction: 'future' });
  });
  it('reads an act told in the past "before" a date as past, a duty or a plan before it as ahead', () => {
    expect(tense('The fire broke out at the substation shortly before midnight on Thursday.', 'midnight on Thursday')).toMatchObject({ kind: 'happened' });
    expect(tense('He resigned before Christmas.', 'Christmas')).toMatchObject({ kind: 'happened' });
    expect(tense('The report must be filed before Friday.', 'Friday')).toMatchObject({ kind: 'scheduled' });
    expect(tense('Talks will resume before Friday.', 'Friday')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads a deadline by the clause it stands in: a past perfect elsewhere in the sentence does not reach it', () => {
    expect(tense('The union agreed on Friday to cut 35,000 jobs by 2030, ending a dispute that had triggered strikes.', '2030')).toMatchObject({ kind: 'scheduled' });
    expect(tense('Most residents had left by Monday.', 'Monday')).toMatchObject({ kind: 'happened' });
    expect(tense('By Wednesday evening, 5,000 people had left.', 'Wednesday')).toMatchObject({ kind: 'happened' });
  });
  it('reads a present state lasting until a date as ahead', () => {
    expect(tense('The winger, who joined in 2018 and is under contract until June 2028, did not train.', 'June 2028')).toMatchObject({ kind: 'scheduled', direction: 'future' });
    expect(tense('The stand remains closed until 18 October for repairs.', '18 October')).toMatchObject({ direction: 'future' });
  });
  it('reads "due back" and "due on" as a plan', () => {
    expect(tense('The club said the winger was given two days off and is due back at training on Thursday.', 'Thursday')).toMatchObject({ kind: 'scheduled' });
    // A speech verb after the date does not make it past.
    expect(tense('The results are due on 2 April, the ministry said on Monday.', 'on 2 April')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads what is "left" after a quantity as no past', () => {
    expect(tense('He has three years left on his contract, and the window is four months away in January.', 'January')).toMatchObject({ kind: 'scheduled' });
    expect(tense('She left the club in January.', 'January')).toMatchObject({ kind: 'happened' });
  });
  it('reads a figure "up from" an earlier one as past', () => {
    expect(tense('The service now estimates the fire at 6,800 hectares, up from 1,100 hectares on Sunday.', 'Sunday')).toMatchObject({ kind: 'happened' });
  });
  it('reads a relative clause by its own verbs, not the main clause', () => {
    expect(tense('Only then did she turn to the new model, which goes on sale today and ships March 4.', 'March 4')).toMatchObject({ kind: 'scheduled' });
    expect(tense('Only then did she turn to the new model, which went on sale on March 4.', 'March 4')).toMatchObject({ kind: 'happened' });
  });
  it('reads "appeared to be" as no plan, and lets no plan reach into a new clause', () => {
    expect(tense('She limped off with what appeared to be an injury, and the captain scored the winner on Saturday night.', 'Saturday')).toMatchObject({ kind: 'happened' });
    expect(tense('He limped off with what appeared to be an injury sustained on Saturday.', 'Saturday')).toMatchObject({ kind: 'happened' });
  });
  it('reads a deadline at the end of a period and a passive after a modal as no past', () => {
    expect(tense('Grants under the scheme must be spent by the end of 2031.', '2031')).toMatchObject({ kind: 'scheduled', cued: true });
    expect(tense('The levy must be paid by Friday.', 'Friday')).toMatchObject({ kind: 'scheduled' });
    expect(tense('The harbour wall was rebuilt in 2019.', '2019')).toMatchObject({ kind: 'happened' });
  });
  it('reads a point counted "since" and a date its "when" clause tells as what happened', () => {
    expect(tense('Temperatures will fall to the lowest since February 2021.', 'February 2021')).toMatchObject({ kind: 'happened' });
    expect(tense('Prices could fall to where they were in June 2019, when the mine closed.', 'June 2019')).toMatchObject({ kind: 'happened' });
    expect(tense('Prices could fall by June 2027, when the new mine opens.', 'June 2027')).toMatchObject({ kind: 'proposed' });
  });
  it('reads an -ed word inside a compound adjective as no past', () => {
    expect(tense('The board meets on 12 March to decide on a slimmed-down plan.', '12 March')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads a present-tense fixture as scheduled, unless it is a caption', () => {
    expect(tense('The two teams meet again on Tuesday in Leeds.', 'Tuesday')).toMatchObject({ kind: 'scheduled', cued: false });
    const caption = 'The mayor opens the new bridge on Tuesday.';
    const i = caption.indexOf('Tuesday');
    expect(temporalContext(caption, i, i + 7, { presentIsPast: true })).toMatchObject({ kind: 'happened' });
  });
});

describe('weekdays', () => {
  it('puts a bare weekday in past narration on the last such day, the reference day included', () => {
    expect(dates('The mayor resigned on Wednesday.')).toEqual(['Wednesday=2022-10-05']);
    expect(dates('The mayor resigned on Monday.')).toEqual(['Monday=2022-10-03']);
  });
  it('puts a bare weekday in a plan on the next such day', () => {
    expect(dates('The council will vote on Monday.')).toEqual(['Monday=2022-10-10']);
  });
  it('reads last and next as strictly before and after', () => {
    expect(dates('The report was released last Wednesday.')).toEqual(['last Wednesday=2022-09-28']);
    expect(dates('The report will be released next Wednesday.')).toEqual(['next Wednesday=2022-10-12']);
  });
  it('gives each day of an alternative its own date', () => {
    expect(dates('The union offered to meet on Friday or Monday.')).toEqual(['Friday=2022-10-07', 'Monday=2022-10-10']);
  });
  it('keeps an explicit date after the weekday as one expression', () => {
    expect(dates('They agreed to meet on Monday, October 10.')).toEqual(['Monday, October 10=2022-10-10']);
  });
  it("reads a possessive as the day (\"Monday's vote\")", () => {
    expect(dates("She was declared winner of Monday's vote.")).toEqual(['Monday=2022-10-03']);
  });
  it('ignores lowercase and plural forms', () => {
    expect(dates('They sat down with the sun behind them.')).toEqual([]);
    expect(dates('The market opens on Mondays.')).toEqual([]);
  });
  it('reads no date in a habit ("every Sunday", "each Monday")', () => {
    expect(dates('Get the newsletter in your inbox every Sunday.')).toEqual([]);
    expect(dates('The market opens each Monday at eight.')).toEqual([]);
  });
  it('beside another date, "a Friday" is no day of its own; alone it sets the scene on the last one', () => {
    expect(dates('He texted at 9pm on a Friday two years ago.')).toEqual(['two years ago=2020']);
    expect(dates('At 9:14 p.m. on June 14, 2024, a Friday, he texted his friend.')).toEqual(['June 14, 2024=2024-06-14']);
    expect(dates('It is ten past four on a Thursday morning.')).toEqual(['Thursday morning=2022-10-06']);
    expect(dates('She put the chance of a Wednesday attempt at 40 percent on Monday.')).toEqual(['Wednesday=2022-10-05', 'Monday=2022-10-03']);
  });
  it('allows an inferred reference to lag the true day a little', () => {
    // The article mentions nothing later than Saturday 3 June; "on Sunday" in past narration is the day after.
    expect(dates('The club issued a statement on Sunday.', '2023-06-03', { inferred: true })).toEqual(['Sunday=2023-06-04']);
    expect(dates('The club issued a statement on Sunday.', '2023-06-03')).toEqual(['Sunday=2023-05-28']);
  });
});

describe('weekends', () => {
  it('reads this weekend and the weekend as the coming Saturday in a plan', () => {
    expect(dates('She plans to spend the weekend in the hills.')).toEqual(['the weekend=2022-10-08']);
    expect(dates('He said he will rest this weekend.')).toEqual(['this weekend=2022-10-08']);
  });
  it('reads last weekend as the one gone', () => {
    expect(dates('Crowds gathered last weekend.')).toEqual(['last weekend=2022-10-01']);
  });
});

describe('years', () => {
  it('reads bare years after a preposition, an article or a possessive', () => {
    expect(dates('The club was last relegated in 1998 after a poor run.')).toEqual(['1998=1998']);
    expect(dates("The city's 2014 flood still shapes planning.")).toEqual(['2014=2014']);
    expect(dates('Turnout in the 2020 election was high.')).toEqual(['2020=2020']);
  });
  it('reads a year before 1800 only right after a word of time ("consecrated in 1246"), not a figure', () => {
    expect(dates('The cathedral was consecrated in 1246. Troops smashed its glass in 1643; the spire fell.')).toEqual(['1246=1246', '1643=1643']);
    expect(dates('The valley has had no beavers since 1526, the parish accounts show.')).toEqual(['1526=1526']);
    expect(dates('Sales rose from 1200 to 1500 units. The 1500 staff were told. SUMMARY OF 1000 AM CDT.')).toEqual([]);
  });
  it('does not read counts or names as years', () => {
    expect(dates('About 2000 people marched through the town.')).toEqual([]);
    expect(dates('The Euro 2020 final drew a big audience.')).toEqual([]);
  });
  it('does not read the edition someone aims at as a year ("bids for the 2030 Winter Games")', () => {
    expect(dates('Voters turned down bids for the 2030 and 2034 Winter Games in 2013 and 2017.')).toEqual(['2013=2013', '2017=2017']);
    expect(dates('The town will bid for the 2030 Games.')).toEqual([]);
    expect(dates('Funds for the 2023 budget were cut.')).toEqual(['2023=2023']);
  });
  it('does not read a 24-hour clock time as a year', () => {
    expect(dates('The window closed at 8 p.m. (1800 GMT) on Monday, Oct. 3.')).toEqual(['Monday, Oct. 3=2022-10-03']);
  });
  it('reads the previous year and last year against the reference', () => {
    expect(dates('Sales fell in the previous year.')).toEqual(['the previous year=2021']);
    expect(dates("Last year's harvest was poor.")).toEqual(['Last year=2021']);
  });
  it('keeps "earlier this year" at year precision', () => {
    const [m] = parseDates('The dispute began earlier this year.', '2022-10-05');
    expect(m).toMatchObject({ text: 'earlier this year', date: '2022', precision: 'year' });
  });
});

describe('months and explicit dates', () => {
  it('puts a month without a year in past narration before the reference', () => {
    expect(dates('The agreement expired in March.')).toEqual(['March=2022-03']);
    expect(dates('The shop stopped selling the model on Jan. 19.', '2024-02-08')).toEqual(['Jan. 19=2024-01-19']);
  });
  it('reads a past-tense day without its year as the one due within days rather than one a year back', () => {
    expect(dates('More than 200 people had already signed up for a memorial ride on 14 June.', '2026-06-03')).toEqual(['on 14 June=2026-06-14']);
    // (Not a day well ahead, nor one just gone.)
    expect(dates('The shop closed on 14 July.', '2026-06-03')).toEqual(['on 14 July=2025-07-14']);
    expect(dates('The shop closed on 30 May.', '2026-06-03')).toEqual(['on 30 May=2026-05-30']);
  });
  it('puts a month in a plan after the reference', () => {
    expect(dates('The new line will open in March.')).toEqual(['March=2023-03']);
  });
  it('with an inferred day (a lower bound), puts a past day written after it in its year, a past month not', () => {
    // (Four weeks after the reference: only a lower bound lets a past day lie there.)
    expect(dates('The party met on June 10.', '2026-05-13', { inferred: true })).toEqual(['June 10=2026-06-10']);
    expect(dates('The party met on June 10.', '2026-05-13')).toEqual(['June 10=2025-06-10']);
    expect(dates('The party met in June.', '2026-05-13', { inferred: true })).toEqual(['June=2025-06']);
  });
  it('reads "until Friday\'s 11pm deadline" as a time allowed, ahead, after a past verb', () => {
    expect(dates("They turned down the offer yesterday and have given the club until Friday's 11pm deadline to return.", '2026-08-27')).toEqual(['yesterday=2026-08-26', 'Friday=2026-08-28']);
  });
  it('reads no tense from a participle after a comma (", followed by another")', () => {
    expect(dates('We now expect a cut on March 18, followed by another in the second quarter.', '2026-03-02')).toEqual(['March 18=2026-03-18']);
    expect(dates('The crowd gathered on March 1, led by the mayor.', '2026-03-09')).toEqual(['March 1=2026-03-01']);
  });
  it('gives a day written without its year the later year of the date before it ("to 5 August 2040, … from 28 August")', () => {
    expect(dates('The Games will run from 20 July to 5 August 2040, with the Paralympic Games following from 28 August.', '2026-06-25')).toEqual(['20 July to 5 August 2040=2040-07-20', '28 August=2040-08-28']);
    // (A year gone by carries nothing: "born on 3 March 1950, she died on 5 May" died this year.)
    expect(dates('Born on 3 March 1950, she died on 5 May.', '2026-06-25')).toEqual(['on 3 March 1950=1950-03-03', 'on 5 May=2026-05-05']);
    expect(dates('Duty is frozen until the end of March 2028, after she raised it in June last year and again on 4 June.', '2026-06-25')).toEqual(['end of March 2028=2028-03', 'June last year=2025-06', 'on 4 June=2026-06-04']);
  });
  it('keeps "the end of March" at month precision', () => {
    const [m] = parseDates('The agreement expired at the end of March.', '2022-10-05');
    expect(m).toMatchObject({ date: '2022-03', precision: 'month' });
  });
  it('marks a date that writes its year as explicit, a relative one not', () => {
    const [full] = parseDates('It opened on 4 March 2019.', '2022-10-05');
    const [relative] = parseDates('It opened yesterday.', '2022-10-05');
    expect(full).toMatchObject({ date: '2019-03-04', explicit: true });
    expect(relative).toMatchObject({ date: '2022-10-04', explicit: false });
  });
  it('reads tomorrow against the reference it is given', () => {
    expect(dates('The minister will be in Cork tomorrow.', '2021-03-18')).toEqual(['tomorrow=2021-03-19']);
  });
});

describe('days written with slashes', () => {
  it('reads "01/24/2025" month first and "24/01/2025" day first, and an ambiguous one only in the order the article shows', () => {
    expect(dates('File Date: 01/24/2025')).toEqual(['01/24/2025=2025-01-24']);
    expect(dates('Filed 24/01/2025.')).toEqual(['24/01/2025=2025-01-24']);
    expect(dates('Hearing held 01/08/2026.')).toEqual([]);
    expect(dates('Hearing held 01/08/2026.', '2026-02-09', { slashOrder: 'mdy' })).toEqual(['01/08/2026=2026-01-08']);
    expect(dates('Open 24/7, and 9/11 was long ago.')).toEqual([]);
  });
});

describe('a date naming an occasion', () => {
  it('"roll back the Jan. 1 increase": the nearest such day, whatever the verb says', () => {
    expect(dates('There is no plan to roll back the Jan. 1 increase.', '2026-02-20')).toEqual(['Jan. 1=2026-01-01']);
    expect(dates('The company will raise prices again on Jan. 1.', '2026-02-20')).toEqual(['Jan. 1=2027-01-01']);
  });
});

describe('a number after a date and a comma', () => {
  it('counts something ("on 8 January, 31 stores will close"): no year 2031', () => {
    expect(dates('In our trading update on 8 January, 31 stores will close by the end of March.', '2026-03-10')).toEqual(['on 8 January=2026-01-08', 'end of March=2026-03']);
  });
  it('is still a year when nothing follows it ("on 8 January, 2025")', () => {
    expect(dates('The deal was signed on 8 January, 2025, in Paris.', '2026-03-10')).toEqual(['on 8 January, 2025=2025-01-08']);
  });
});

describe('a month paired with a later one shares its year', () => {
  it('takes the year written after the second month', () => {
    expect(dates('The fixes took place between April and June 2019.', '2022-10-05')).toEqual(['April=2019-04', 'June 2019=2019-06']);
    expect(dates('The works ran from April to June 2019.', '2022-10-05')).toEqual(['April to June 2019=2019-04']);
    expect(dates('The season ran from November to February 2019.', '2022-10-05')).toEqual(['November to February 2019=2018-11']);
  });
});

describe('vague expressions are dropped', () => {
  it('drops now, weeks and vague amounts', () => {
    expect(dates('The board is now weighing its options.')).toEqual([]);
    expect(dates('The talks resume next week.')).toEqual([]);
    expect(dates('It happened a few days ago.')).toEqual([]);
  });
  it('drops clock times that chrono-node would read as today', () => {
    expect(dates('The meeting starts at 5pm.')).toEqual([]);
    expect(dates('Traffic will flow by noon.')).toEqual([]);
  });
  it('keeps a part of the day that names the day', () => {
    expect(dates('The council meets this evening.')).toEqual(['this evening=2022-10-05']);
  });
  it('drops spans counted from another event ("three weeks before it was due to open")', () => {
    expect(dates('The museum cancelled the show three weeks before it was due to open.')).toEqual([]);
    expect(dates('He had left the club two years earlier.')).toEqual([]);
    expect(dates('The agent called two hours before the deadline.')).toEqual([]);
    expect(dates('The plant closed two years ago.')).toEqual(['two years ago=2020']);
  });
  it('reads the date of "the evening of Aug. 4", which chrono-node loses', () => {
    expect(dates('The fire jumped the highway on the evening of Aug. 4 after a wind shift.', '2022-08-05')).toEqual(['evening of Aug. 4=2022-08-04']);
  });
  it('drops dates in a clause that tells what happens as a rule', () => {
    expect(dates('Outbreaks peak in the rainy season, which usually begins in March or April.')).toEqual([]);
    expect(dates('The festival is usually held in June, but it was held on Saturday.')).toEqual(['Saturday=2022-10-01']);
    expect(dates('The festival is usually held in June 2019.')).toEqual(['June 2019=2019-06']);
  });
  it('still finds the chrono-node parsers it means to drop (a chrono-node upgrade renaming them fails here)', () => {
    const names = chrono.casual.parsers.map((p) => p.constructor.name);
    for (const n of droppedParsers) expect(names).toContain(n);
  });
});

describe('a month with "of" or a relative year after it', () => {
  it('reads no year in "of" and a small number ("found guilty in January of 14 counts")', () => {
    expect(dates('Quinn was found guilty in January of 14 counts of theft.', '2024-03-14')).toEqual(['January=2024-01']);
    expect(dates('He was charged in May of 2023.', '2024-03-14')).toEqual(['May of 2023=2023-05']);
  });
  it('gives the month the year said after it ("January of last year", "March next year")', () => {
    expect(dates('It happened in January of last year.', '2024-03-14')).toEqual(['January of last year=2023-01']);
    expect(dates('He resigned in January last year.', '2024-03-14')).toEqual(['January last year=2023-01']);
    expect(dates('The plant will open in March next year.', '2024-03-14')).toEqual(['March next year=2025-03']);
    expect(dates('He died on 3 January of last year.', '2024-03-14')).toEqual(['on 3 January of last year=2023-01-03']);
  });
});

describe('anaphora', () => {
  it('finds expressions dated by the event just told', () => {
    expect(findAnaphora('Later that day, the minister resigned.').map((a) => [a.text, a.offset])).toEqual([['Later that day', 0]]);
    expect(findAnaphora('On the same day, the club apologised.').map((a) => a.offset)).toEqual([0]);
    expect(findAnaphora('The next day, talks resumed.').map((a) => a.offset)).toEqual([1]);
    expect(findAnaphora('Two days later, the strike ended.').map((a) => a.offset)).toEqual([2]);
    expect(findAnaphora('The day before, he had warned them.').map((a) => a.offset)).toEqual([-1]);
  });
  it('does not count "a day before" a clause from the event just told', () => {
    expect(findAnaphora('He declared a disaster on Monday night, a day before the storm made landfall.')).toEqual([]);
    expect(findAnaphora('He declared a disaster on Monday night, a day before.').map((a) => a.offset)).toEqual([-1]);
  });
  it('finds years told by the last date: "June of that year", "the following year"', () => {
    expect(findAnaphora('He was arrested in June of that year.').map((a) => [a.text, a.unit, a.month])).toEqual([['in June of that year', 'year', 6]]);
    expect(findAnaphora('The following year, the firm collapsed.').map((a) => [a.unit, a.offset])).toEqual([['year', 1]]);
    expect(findAnaphora('Two years later, the firm collapsed.').map((a) => [a.unit, a.offset])).toEqual([['year', 2]]);
    expect(findAnaphora('It had been sold three years earlier.').map((a) => [a.unit, a.offset])).toEqual([['year', -3]]);
    // ("four years later than first promised" compares; it steps from no date.)
    expect(findAnaphora('It is not due to open until 2034, four years later than first promised.')).toEqual([]);
    expect(findAnaphora('The report came two days later than planned.')).toEqual([]);
  });
  it('finds a month of the year just told: "that March"', () => {
    expect(findAnaphora('The two sides signed an agreement that March.').map((a) => [a.text, a.unit, a.month])).toEqual([['that March', 'year', 3]]);
    expect(findAnaphora('She said that May would decide.')).toEqual([]);
  });
  it('reads no day in a count of weeks or a duration', () => {
    expect(findAnaphora('Two weeks later the show was gone.')).toEqual([]);
    expect(findAnaphora('She testified over four days earlier this month.')).toEqual([]);
  });
  it('keeps the clause that says which day "the same day" is', () => {
    expect(findAnaphora('The same day the petition was filed, police made two arrests.')[0]).toMatchObject({ restriction: 'the petition was filed' });
    expect(findAnaphora('The same day the vaccination began, the state banned street food.')[0]).toMatchObject({ restriction: 'the vaccination began' });
    expect(findAnaphora('On the same day, police made two arrests.')[0].restriction).toBeUndefined();
  });
  it('leaves "the day after tomorrow" and named days alone', () => {
    expect(findAnaphora('It comes the day after tomorrow.')).toEqual([]);
    expect(findAnaphora('The day after Christmas was quiet.')).toEqual([]);
  });
});

describe('backdrop dates (no event of the story)', () => {
  it('drops the period a figure is measured over', () => {
    expect(dates('Retail sales rose 4.1% in May, up from 2.0% in April.')).toEqual([]);
    expect(dates('Claims have fallen by 12 per cent since 2019, the ministry said.')).toEqual([]);
    expect(dates('The fever has sickened more than 300 people, and 40 since last month.')).toEqual([]);
    expect(dates('It was the weakest reading since March 2011.')).toEqual([]);
  });
  it('drops a time something is compared with, and keeps what happened then', () => {
    expect(dates('Yields fell 14 basis points, the biggest one-day drop since last June.', '2026-03-02')).toEqual([]);
    expect(dates('The crown weakened, its softest since early November.', '2026-03-02')).toEqual([]);
    expect(dates('We are closer to easing than at any moment since 2024.')).toEqual([]);
    expect(dates('The pass-through is much lower than it was in 2022.')).toEqual([]);
    expect(dates('The bank last cut rates in 2024.')).toEqual(['2024=2024']);
  });
  it('keeps the date of a sum paid or fined then', () => {
    expect(dates('The firm was fined £2m in November 2023 and again in February.', '2024-03-14')).toEqual(['November 2023=2023-11', 'February=2024-02']);
    expect(dates('Revenue of $2bn in March beat forecasts.', '2024-03-14')).toEqual([]);
  });
  it('drops a month that names a data release or a draft', () => {
    expect(dates('The agency put May inflation at 3.0%.')).toEqual([]);
    expect(dates('The deficit is smaller than in the June draft.')).toEqual([]);
  });
  it('drops a forecast of what others will do, not a plan of the subject', () => {
    expect(dates('The broker now expects a second cut in June.')).toEqual([]);
    expect(dates('The plan sees a deficit of 4.5% of output next year.')).toEqual([]);
    expect(dates('The board expects to publish its report in November.')).toEqual(['November=2022-11']);
  });
  it('drops the days a weather or market forecast covers', () => {
    expect(dates('The forecast for Friday and Saturday is not good.')).toEqual([]);
  });
  it('drops what would have happened', () => {
    expect(dates('If the bridge had opened a year ago, the town would have thrived.')).toEqual([]);
  });
  it('keeps an event told with a figure on its day, and a dated year event', () => {
    expect(dates('Shares fell 11% on Friday.')).toEqual(['Friday=2022-09-30']);
    expect(dates('The ferry line opened in 2019.')).toEqual(['2019=2019']);
  });
});

describe('verbs whose past is their base form', () => {
  it('reads "cut" after a name as a past', () => {
    expect(tense('On Wednesday, the Harbour Board cut its fees by a tenth.', 'Wednesday')).toMatchObject({ kind: 'happened', direction: 'past' });
    expect(tense('On Wednesday, the board will cut its fees.', 'Wednesday')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads a day being fixed as ahead', () => {
    expect(tense('Judge Lee set sentencing for March 3.', 'March 3')).toMatchObject({ kind: 'scheduled', direction: 'future' });
    expect(tense('The magistrate adjourned the case until Monday.', 'Monday')).toMatchObject({ kind: 'scheduled' });
  });
  it('reads "Asked on Thursday" as the day of a saying', () => {
    expect(tense('Asked on Thursday night whether the strike would end, he said no.', 'Thursday night')).toMatchObject({ kind: 'happened', spoken: true });
  });
});

describe('a race won, and the round a week on Sunday', () => {
  // 2026-05-19 is a Tuesday.
  it('"says he is still pinching himself after sensationally winning Sunday\'s grand prix": the Sunday just gone', () => {
    expect(dates("Reddaway says he is still pinching himself after sensationally winning Sunday's grand prix.", '2026-05-19')).toEqual(["Sunday=2026-05-17"]);
  });

  it('"heading to Rhenfeld for the next round a week on Sunday": the Sunday after next', () => {
    expect(dates('He will head to Rhenfeld for the next round a week on Sunday.', '2026-05-19')).toEqual(['Sunday=2026-05-31']);
    expect(dates('He will head to Rhenfeld on Sunday.', '2026-05-19')).toEqual(['Sunday=2026-05-24']);
  });
});

describe('a past told in a clause after a plan', () => {
  it('"is due to make a statement, less than a week after the bridge collapsed on 29 April": the collapse happened', () => {
    const sentence = 'The minister is due to make a statement at 10am, less than a week after the bridge collapsed during the evening rush hour on 29 April.';
    expect(tense(sentence, 'on 29 April')).toMatchObject({ kind: 'happened' });
    expect(dates(sentence, '2026-05-04')).toEqual(['on 29 April=2026-04-29']);
  });
});

describe('a clause joined after the date', () => {
  it('"before elections on June 3, and the party has been quick …": the coordinated clause does not date June 3', () => {
    expect(dates('The resignation is a blow less than a month before local elections on June 3, and the ruling party has been quick to distance itself.', '2026-05-05')).toEqual(['June 3=2026-06-03']);
    expect(dates('The next hearing is on 14 January, and the officer has said she hopes to file a plan.', '2025-11-26')).toEqual(['on 14 January=2026-01-14']);
  });

  it('"Tickets go on sale Monday, and proceeds will go …": on sale ahead', () => {
    expect(tense('Tickets go on sale Monday, and the proceeds went to a fund.', 'Monday')).toMatchObject({ kind: 'scheduled' });
  });
});

describe('a saying ahead, a country named "States", a week ahead', () => {
  it('"Further names will be announced in July": an announcement still to come lies ahead', () => {
    expect(tense('Further names will be announced in July.', 'July')).toMatchObject({ kind: 'scheduled' });
    expect(tense('The minister said on Thursday that it was over.', 'Thursday')).toMatchObject({ kind: 'happened', spoken: true });
  });

  it('"will go on sale in the United States on June 26": "States" is no speech verb', () => {
    expect(tense('The phone will go on sale in the United States on June 26.', 'June 26')).toMatchObject({ kind: 'scheduled' });
    expect(dates('The phone will go on sale in the United States on June 26.', '2026-06-09')).toEqual(['June 26=2026-06-26']);
  });

  it('"had been due in Hamburg next week: on 20 May he was to open …": next week is ahead', () => {
    expect(dates('He had been due in Hamburg next week: on 20 May he was to open the forum.', '2026-05-13')).toEqual(['on 20 May=2026-05-20']);
  });
});

describe('a page\'s update', () => {
  it('"UPDATE, 4.45pm Monday: …" on a page first published on Saturday is the Monday after', () => {
    expect(dates('UPDATE, 4.45pm Monday: The family have paid tribute.', '2026-05-09')).toEqual(['Monday=2026-05-11']);
    expect(dates('The family paid tribute on Monday.', '2026-05-09')).toEqual(['Monday=2026-05-04']);
  });
});

describe('a magazine\'s date line', () => {
  it('"June 8, 2026 · 6 min read" states the publication (not inferred, so no slack moves "By Wednesday" on)', () => {
    const article = parseArticle(new TextEncoder().encode('Why whales strand\n\nBy Ines Falk\nJune 8, 2026 · 6 min read\n\nBy Wednesday evening, volunteers had refloated 22 of them.\n'), '/tmp/s/a.txt', 's');
    expect(publicationDate(article, classifyParagraphs(article))).toEqual({ date: '2026-06-08', inferred: false });
  });
});
