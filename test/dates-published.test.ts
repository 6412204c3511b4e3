// Publication dates: front matter, then what the article states about itself, then inferred.
import { describe, expect, it } from 'vitest';
import { publicationDate, settleWithStory } from '../src/analysis/dates/published.ts';
import { statedPublication } from '../src/analysis/dates/stated.ts';
import { articleOutlet } from '../src/analysis/metadata.ts';
import { classifyParagraphs } from '../src/corpus/clean.ts';
import { parseArticle } from '../src/corpus/load.ts';

function published(text: string) {
  const article = parseArticle(Buffer.from(text), '/virtual/test/a.txt', 'test');
  return publicationDate(article, classifyParagraphs(article));
}

function stated(text: string) {
  const article = parseArticle(Buffer.from(text), '/virtual/test/a.txt', 'test');
  const s = statedPublication(article, classifyParagraphs(article));
  return s && { date: s.date, how: s.how, text: text.slice(s.start, s.end) };
}

const BODY = 'The harbour board approved the new ferry timetable after a long debate about costs.\n\nCouncillors said the change would help commuters.\n';

describe('outlet', () => {
  it('reads the agency of a wire dateline, with or without a date before it, in capitals or not', () => {
    const outlet = (text: string) => {
      const article = parseArticle(Buffer.from(text), '/virtual/test/a.txt', 'test');
      return articleOutlet(article, classifyParagraphs(article));
    };
    expect(outlet(`SYDNEY (AAP) - ${BODY}`)).toBe('AAP');
    expect(outlet(`BERLIN, Dec 20 (Reuters) - ${BODY}`)).toBe('Reuters');
    expect(outlet(`Paris (AFP) – ${BODY}`)).toBe('AFP');
    expect(outlet(BODY)).toBeNull();
  });
});

describe('publication date', () => {
  it('takes front matter first', () => {
    expect(published(`---\ntitle: Ferries\npublished: 2023-05-02\n---\n 19 March 2021 - 10:00 A. Writer\n\n${BODY}`)).toEqual({ date: '2023-05-02', inferred: false });
  });
  it('reads a crawler token', () => {
    expect(stated(` date 2022-10-05 Harbour Pictures\n\n${BODY}`)).toEqual({ date: '2022-10-05', how: 'crawler', text: '2022-10-05' });
  });
  it('reads a byline that starts with the date', () => {
    expect(published(`Ferry timetable approved\n\n6 October 2022 - 09:12 Sinead Walsh\n\n${BODY}`)).toEqual({ date: '2022-10-06', inferred: false });
  });
  it('reads a stamp that writes the year in two figures ("Posted 18/10/26 19:52")', () => {
    expect(published(`Ferry timetable approved\n\nBy Callum Drayne | The Home Straight\nPosted 18/10/26 19:52 | Last updated 18/10/26 21:15\n\n${BODY}`)).toEqual({ date: '2026-10-18', inferred: false });
  });
  it('reads a byline with the name first and a time zone', () => {
    expect(stated(`Ferry timetable approved\n\nBy Jane Doe | March 19, 2021 10:00 am ET\n\n${BODY}`)).toMatchObject({ date: '2021-03-19', how: 'byline', text: expect.stringMatching(/^March 19, 2021/) });
    expect(stated(`Ferry timetable approved\n\nAndrey Biryukov, 19 March 2021\n\n${BODY}`)).toMatchObject({ date: '2021-03-19', how: 'byline' });
  });
  it('reads a byline whose fields are labelled ("Source: … | 2026-06-11 10:15:40 | Editor: …", "17:30, Tue, Mar 17, 2026 | UPDATED: …")', () => {
    expect(stated(`Ferry timetable approved\n\nSource: Harbour News Service | 2026-06-11 10:15:40 | Editor: Wen Jia\n\nHARBOURTON, June 10 (HNS) -- ${BODY}`)).toMatchObject({ date: '2026-06-11', how: 'byline' });
    expect(stated(`Ferry timetable approved\n\n17:30, Tue, Mar 17, 2026 | UPDATED: 18:02, Tue, Mar 17, 2026\n\n${BODY}`)).toMatchObject({ date: '2026-03-17', how: 'byline' });
  });
  it('does not take a short sentence with a date for a byline', () => {
    expect(stated(`Ferry timetable approved\n\nThe board met on 19 March 2021\n\n${BODY}`)).toBeNull();
  });
  it('reads a dotted date day first and takes the first of a published/updated pair', () => {
    expect(stated(`Ferry timetable approved\n\n04.03.2024, 19:45 | Updated 05.03.2024, 08:10\n\n${BODY}`)).toMatchObject({ date: '2024-03-04', how: 'byline' });
  });
  it('reads an ambiguous slashed date in the order the article writes its dates, day first by default', () => {
    expect(stated(`Ferry timetable approved\n\nPublished on 04/03/2024 - 16:48\n\n${BODY}`)).toMatchObject({ date: '2024-03-04' });
    expect(stated(`Ferry timetable approved\n\nPublished on 04/03/2024 - 16:48\n\n${BODY}The vote on March 1 was close.\n`)).toMatchObject({ date: '2024-04-03' });
    expect(stated(`Ferry timetable approved\n\nPublished on 04/03/2024 - 16:48\n\n${BODY}The vote on 1 March was close.\n`)).toMatchObject({ date: '2024-03-04' });
  });
  it('reads a dateline without a year past a former plan and a deadline ("was due to open in", "by the end of")', () => {
    const text = `Ljubova, 4 March (Wire) - The port authority said on Monday the new quay would be late.\n\nThe quay, begun in 2021, was originally due to open in 2027. Grants must be spent by the end of 2028.\n`;
    expect(stated(text)).toMatchObject({ date: '2024-03-04', how: 'dateline' });
  });
  it('reads a newsletter issue line and a "This content was published on" line', () => {
    expect(stated(`Harbour Weekly\n\nFriday, 8 March 2024 · Issue 12 · by Jane Doe\n\n${BODY}`)).toMatchObject({ date: '2024-03-08', how: 'byline' });
    expect(stated(`Ferry timetable approved\n\nThis content was published on March 8, 2024 - 17:05\n\n${BODY}`)).toMatchObject({ date: '2024-03-08', how: 'label' });
  });
  it('reads a placeless wire dateline', () => {
    expect(stated(`March 19, 2021 (Reuters) - ${BODY}`)).toMatchObject({ date: '2021-03-19', how: 'dateline' });
  });
  it('keeps the day a byline writes, whatever its time zone', () => {
    expect(stated(`Ferry timetable approved\n\nWednesday 14 May 2025 00:01 BST\n\n${BODY}`)).toMatchObject({ date: '2025-05-14' });
  });
  it('reads a labelled line', () => {
    expect(published(`Ferry timetable approved\n\nPublished: Feb 8, 2024, 5:40 PM EST\n\n${BODY}`)).toEqual({ date: '2024-02-08', inferred: false });
  });
  it('reads a labelled line even when the story judged it off topic', () => {
    const article = parseArticle(Buffer.from(`Ferry timetable approved\n\nPublished: Jun. 18, 2025 at 6:42 PM EDT|Updated: 7 hours ago\n\n${BODY}`), '/virtual/test/b.txt', 'test');
    const paragraphs = classifyParagraphs(article).map((p) => (p.text.startsWith('Published') ? { ...p, kind: 'offtopic' as const } : p));
    expect(statedPublication(article, paragraphs)).toMatchObject({ date: '2025-06-18', how: 'label' });
  });
  it('reads a wire dateline with the date in brackets', () => {
    const text = `CORK (Harbour News / Wire - 19th March, 2021) ${BODY}`;
    expect(stated(text)).toMatchObject({ date: '2021-03-19', how: 'dateline' });
  });
  it('reads a dateline without a year, taking the year in which the lead names the right weekday', () => {
    // 4 June was a Sunday in 2023, not in 2022 (the latest year the text writes).
    const text = `Perth, June 4 (PTI) The coach on Sunday said the side would not get carried away.\n\nIt was the first win there since 2015, and they won bronze in 2022.\n`;
    expect(published(text)).toEqual({ date: '2023-06-04', inferred: false, yearGuessed: true });
  });
  it('dates a yearless dateline after the years the text tells as past and before those it tells as ahead', () => {
    // 2 September is a Tuesday in 2025 (and 2014, 2031): after the 2018 signing, before the 2028 expiry.
    const text = `MADRID, Sept 2 (Wire) - The club on Tuesday blamed the agent after Monday's deadline passed.\n\nThe winger, who joined the academy in 2018 and is under contract until June 2028, did not train.\n`;
    expect(published(text)).toEqual({ date: '2025-09-02', inferred: false, yearGuessed: true });
  });
  it('reads a byline copied as text with the year run into the time and the time into the update ("June 3, 20266:14 PM GMT+2Updated 2 hours ago")', () => {
    expect(stated(`Port strike\n\nBy Paula Ordonez and Mark Devenish\n\nJune 3, 20266:14 PM GMT+2Updated 2 hours ago\n\n${BODY}`)).toMatchObject({ date: '2026-06-03', how: 'byline' });
  });
  it('dates a yearless dateline by a full date within a month of it, before a weekday that lies ahead ("talks on Friday")', () => {
    // 3 June is a Friday in 2033, not in 2026, the year of the caption's "June 2, 2026".
    const text = `Port strike\n\nLorries queue at the port, June 2, 2026. Photo: Sextant\n\nVIRELLA, Spain, June 3 (Sextant) - The government summoned dockworkers to talks on Friday after a three-day stoppage.\n\n${BODY}`;
    expect(published(text)).toEqual({ date: '2026-06-03', inferred: false, yearGuessed: true });
  });
  it('infers an undated release\'s day from the last day it tells as past, its year from the latest full date ("on Saturday 11 July" after "3 June 2026")', () => {
    const text = `Doctors confirm strike\n\nFOR IMMEDIATE RELEASE\n\nThe decision was taken at an emergency meeting of the committee on Saturday 11 July, which voted to reject the terms of a letter dated 10 July.\n\nIn a ballot which closed on 3 June 2026, 91.4% of members voted for further action. Doctors will walk out from Tuesday 14 July.\n`;
    expect(published(text)).toEqual({ date: '2026-07-11', inferred: true });
    // (A day in a present tense of a timetable is no evidence: "The stoppage goes ahead on 10 & 11 October".)
    const plan = `Strike next week\n\nMembers have voted by 89% for strike action. Our drivers deserve a fair deal, not a lecture. The 48-hour stoppage goes ahead on 10 & 11 October unless there's a real offer.\n\nThe vote was announced on October 5, 2022.\n`;
    expect(published(plan)).toEqual({ date: '2022-10-05', inferred: true });
  });
  it('reads a byline date followed by an update time in a.m. ("February 18, 2026 | Updated 6:40 a.m. ET")', () => {
    expect(stated(`Quake toll rises\n\nBy Nadia Whitfield\n\nFebruary 18, 2026 | Updated 6:40 a.m. ET\n\n${BODY}`)).toMatchObject({ date: '2026-02-18', how: 'byline' });
  });
  it('reads a dateline that names a region after the place ("HARWICK, England, March 11 (Wire) -")', () => {
    expect(stated(`HARWICK, England, March 11 (Halden Wire) - ${BODY}It was approved in 2025.\n`)).toMatchObject({ date: '2025-03-11', how: 'dateline' });
  });
  it('reads the end of a press release\'s embargo as its publication, in capitals, the year by the weekday', () => {
    // 4 March was a Wednesday in 2026, after the 2023 the text tells as past.
    const text = `Pill frees patients from transfusions\n\nUNDER EMBARGO UNTIL 00:01 GMT WEDNESDAY 4 MARCH\n\n${BODY}Patients were recruited until November 2023.\n`;
    expect(published(text)).toEqual({ date: '2026-03-04', inferred: false, yearGuessed: true });
  });
  it('takes no year a full date tells as ahead for a past one ("until March 4, 2027")', () => {
    // 17 September is a Thursday in 2020 (the first such year after the 2019 told as past) and 2026,
    // not in 2027 (the deadline's year); the story's stated dates settle which (settleWithStory).
    const text = `CARROWBY, England, Sept 17 (Wire) - The regulator said on Thursday it had opened a probe.\n\nThe regulator has until March 4, 2027 to publish its final report.\n\nThe firm cut 240 jobs in 2019.\n`;
    expect(published(text)).toEqual({ date: '2020-09-17', inferred: false, yearGuessed: true });
  });
  it("prefers the lead's first weekday to any later one", () => {
    // 3 March 2025 is a Monday; 2019 (the past year written) it was a Sunday, 2024 too.
    const text = `ABUJA, March 3 (Wire) - The ministry said on Monday it had sent vaccines, a day after Sunday's figures.\n\nThe waterworks has not pumped water since 2019.\n`;
    expect(published(text)).toEqual({ date: '2025-03-03', inferred: false, yearGuessed: true });
  });
  it('reads "CITY, Month D (Agency) -" datelines', () => {
    expect(stated(`SYDNEY, June 4, 2019 (AAP) - The harbour board met.\n`)).toMatchObject({ date: '2019-06-04', how: 'dateline' });
    expect(stated(`ZÜRICH, 3 June 2019 – The harbour board met.\n`)).toMatchObject({ date: '2019-06-03', how: 'dateline' });
    expect(stated(`Malmö (TT - 5 June 2019) - The harbour board met.\n`)).toMatchObject({ date: '2019-06-05', how: 'dateline' });
    // A state agency's "Accra, March 3, GNA -": the agency after a comma.
    expect(stated(`Accra, March 3, GNA - The harbour board met. It was first set up in 2019 and rebuilt in 2026.\n`)).toMatchObject({ date: '2026-03-03', how: 'dateline' });
  });
  it('infers the latest full date the text mentions, and says so', () => {
    const text = `${BODY}\nThe board first discussed the plan on 2 May 2023 and again on 9 May 2023.\n`;
    expect(published(text)).toEqual({ date: '2023-05-09', inferred: true });
  });
  it("infers from an embedded post's signature line", () => {
    const text = `${BODY}\nFerries are back on the timetable. https://t.co/abcdef\n— Harbour Board (@harbourboard) May 9, 2023\n`;
    expect(published(text)).toEqual({ date: '2023-05-09', inferred: true });
  });
  it('does not infer from dates in plans', () => {
    const text = `${BODY}\nThe board met on 2 May 2023. The new timetable will start on 1 September 2023.\n`;
    expect(published(text)).toEqual({ date: '2023-05-02', inferred: true });
  });
  it('does not infer from a timetable told in the present ("the levy kicks in on April 1, 2027")', () => {
    const text = `${BODY}\nThe board met on 2 May 2023. The levy kicks in on April 1, 2027 and will hit every bar.\n`;
    expect(published(text)).toEqual({ date: '2023-05-02', inferred: true });
  });
  it('does not take "today" for a full date', () => {
    expect(published(`${BODY}\nThe ferry runs today.\n`)).toEqual({ date: null, inferred: false });
  });
});

describe('publication dates across a story', () => {
  it("lets the story's stated dates settle a guessed year, and drop an inferred date long before them", () => {
    const list = [
      { date: '2026-03-10', inferred: false },
      { date: '2020-03-09', inferred: false, yearGuessed: true }, // "PRAGUE, March 9 (Wire) -" and "listed in 2019"
      { date: '2021-05-17', inferred: true }, // a retrospective's last date
      { date: '2026-03-12', inferred: true }, // near the rest: kept
      { date: '2026-03-01', inferred: false, yearGuessed: true }, // near the rest: kept
    ];
    settleWithStory(list);
    expect(list.map((p) => p.date)).toEqual(['2026-03-10', '2026-03-09', null, '2026-03-12', '2026-03-01']);
  });
  it('reads a day written in figures either way round ("Published 10/03/2026") the way nearer the other articles', () => {
    // The prose writes "on March 3" (month first), so the figures alone read 3 October.
    const page = `Task force moves in\n\nNkabom News | Published 10/03/2026 at 11:42 am\n\nThe minister announced the crackdown on March 3 and soldiers moved in yesterday.\n`;
    const radio = published(page);
    expect(radio).toMatchObject({ date: '2026-10-03', swapped: '2026-03-10' });
    const list = [{ date: '2026-03-03', inferred: false }, radio, { date: '2026-03-05', inferred: false }];
    settleWithStory(list);
    expect(list.map((p) => p.date)).toEqual(['2026-03-03', '2026-03-10', '2026-03-05']);
    // Alone, or nearer as written, it stays as read.
    const near = [{ date: '2026-10-01', inferred: false }, published(page)];
    settleWithStory(near);
    expect(near[1].date).toBe('2026-10-03');
  });
  it('changes nothing in a story with no stated date', () => {
    const list = [{ date: '2020-03-09', inferred: false, yearGuessed: true }, { date: '2021-05-17', inferred: true }];
    settleWithStory(list);
    expect(list.map((p) => p.date)).toEqual(['2020-03-09', '2021-05-17']);
  });
});
