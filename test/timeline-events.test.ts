// Events of single articles, through the whole pipeline, on small invented stories.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../src/analysis/timeline/events.ts';
import { storyOf } from './support/story.ts';

/** "date kind [expression]" for each event of the article. */
function events(text: string): string[] {
  const story = storyOf({ 'a.txt': text });
  return story.articles[0].events.map((e) => `${e.date} ${e.kind} [${e.expression}]`);
}

function eventList(text: string): TimelineEvent[] {
  return storyOf({ 'a.txt': text }).articles[0].events as TimelineEvent[];
}

// Friday 7 October 2022.
const DATED = ' date 2022-10-07 Harbour Pictures\n\n';

/** An invented ferry strike told on Wednesday, the body of the newsletter-aside stories below. */
const FERRY_STRIKE = [
  'Ferry crews at the harbour walked out on Wednesday in a dispute over pay and rosters.',
  'The ferry operator said the strike over pay had stranded hundreds of passengers at the harbour.',
  'Union officials said crews would stay out until the operator improved its pay offer.',
  'Passengers queued at the harbour for hours as the operator cancelled every ferry sailing.',
  'The operator said talks with the union over pay and rosters would resume later in the week.',
  'Crews picketing the harbour said the pay offer ignored the cost of living.',
];

describe('events of an article', () => {
  it('dates past narration against the article day', () => {
    expect(events(`${DATED}The harbour board approved the new timetable on Wednesday after a long debate.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('a deadline only hoped for or under consideration is proposed; one a plan reports is scheduled', () => {
    expect(events(`${DATED}Officials hope to reopen the road by mid-November.\n`)).toEqual(['2022-11 proposed [mid-November]']);
    expect(events(`${DATED}The government is considering a ban from January.\n`)).toEqual(['2023-01 proposed [January]']);
    expect(events(`${DATED}The company said it would cut 200 jobs by March.\n`)).toEqual(['2023-03 scheduled [March]']);
  });

  it('the end of a measure imposed in the past lies ahead ("remanded in custody until 21 October")', () => {
    expect(events(`${DATED}The suspect appeared in court on Wednesday and was remanded in custody until 21 October.\n`)).toEqual(['2022-10-05 happened [Wednesday]', '2022-10-21 scheduled [21 October]']);
  });

  it('reads short regular pasts and perfects as past ("died", "sued", "has not been seen since")', () => {
    expect(events(`${DATED}He died in hospital on Tuesday, four days after the attack.\n`)).toEqual(['2022-10-04 happened [Tuesday]']);
    expect(events(`${DATED}The family sued the city on Monday.\n`)).toEqual(['2022-10-03 happened [Monday]']);
    expect(events(`${DATED}She has not been seen since Sunday.\n`)).toEqual(['2022-10-02 happened [Sunday]']);
    // A modal perfect tells no past: the update is still to come.
    expect(events(`${DATED}The update will reach every device “in February, the way it should have been done”.\n`)).toEqual(['2023-02 scheduled [February]']);
  });

  it('a day without its year goes on the year its weekday names, when the article writes that year', () => {
    const tip = 'The tip came on 30 September 2020, the complaint says.\n\n';
    expect(events(`${DATED}${tip}The shares closed at $22.55 on Friday, October 9, and rose 64% that day.\n`)).toEqual(['2020-09-30 happened [on 30 September 2020]', '2020-10-09 happened [Friday, October 9]']);
    // A weekday that is merely a slip of the writer's stays on the story's year.
    expect(events(`${DATED}The shares closed at $22.55 on Friday, October 9, and rose 64% that day.\n`)).toEqual(['2022-10-09 scheduled [Friday, October 9]']);
  });

  it('a past told of a day after the article\'s, without a year, is of the year of the article\'s last full date', () => {
    const tip = 'The tip came on 30 September 2020, the complaint says.\n\n';
    expect(events(`${DATED}${tip}He bought 28,000 shares on October 12 and options the next day.\n`)).toEqual(['2020-09-30 happened [on 30 September 2020]', '2020-10-12 happened [October 12]', '2020-10-13 happened [the next day]']);
    // With no earlier year told, it stays where it was read.
    expect(events(`${DATED}He bought 28,000 shares on October 12.\n`)).toEqual(['2022-10-12 scheduled [October 12]']);
  });

  it('a docket: its slash dates in the order its unambiguous ones show, each told by the entry under it', () => {
    const docket = `${DATED}DOCKET ENTRIES\n\n01/24/2022  #1\nComplaint filed by Tessaline against Orrery Labs.\n\n03/04/2022  #19\nAnswer and counterclaim of Orrery Labs.\n`;
    const list = eventList(docket);
    expect(list.map((e) => e.date)).toEqual(['2022-01-24', '2022-03-04']);
    expect(list[1].summary).toContain('Answer and counterclaim');
  });

  it('a day something was moved or postponed to is still ahead, though the moving is past', () => {
    expect(events(`${DATED}The final, once planned for last month, was moved to 12 December.\n`)).toContain('2022-12-12 scheduled [12 December]');
    expect(events(`${DATED}The hearing was postponed until January 14 at the defence's request.\n`)).toEqual(['2023-01-14 scheduled [January 14]']);
  });

  it('reads a relative date inside a quote from the day it was said, in the same sentence', () => {
    const text = `${DATED}At a briefing on Wednesday, the mayor said: “The bridge will open tomorrow and everyone is welcome.”\n`;
    const list = eventList(text);
    expect(list.map((e) => `${e.date} ${e.expression}`)).toEqual(['2022-10-05 Wednesday', '2022-10-06 tomorrow']);
    expect(list[1]).toMatchObject({ anchor: 'said', kind: 'scheduled' });
  });

  it('reads a quote from the day a preceding paragraph says its speaker spoke', () => {
    const text = `${DATED}The mayor said on Wednesday that the bridge was ready.\n\n“We open tomorrow and everyone is welcome,” she said.\n`;
    expect(events(text)).toContain('2022-10-06 scheduled [tomorrow]');
  });

  it('reads a quote from the day its speaker spoke, not from another date told with it', () => {
    const text = `${DATED}Engineer Marco Bellini told reporters on Wednesday that more rain was expected at the weekend.\n\n“We expect the river to peak tomorrow,” Bellini said.\n`;
    expect(events(text)).toContain('2022-10-06 scheduled [tomorrow]');
  });

  it('reads a quote whose attribution follows in the next sentence from that attribution', () => {
    const text = `${DATED}“We will know more tomorrow after the inspection. It did not look good,” the engineer had said after the collapse on Tuesday.\n`;
    expect(events(text)).toEqual(expect.arrayContaining(['2022-10-05 scheduled [tomorrow]', '2022-10-04 happened [Tuesday]']));
  });

  it('marks a quote whose day the article never gives as read from the article day', () => {
    const [e] = eventList(`${DATED}“The bridge will open tomorrow,” the mayor said.\n`);
    expect(e).toMatchObject({ date: '2022-10-08', anchor: 'said-default' });
  });

  it('dates "the same day" and "later that day" by the event just told', () => {
    const text = `${DATED}The council voted on Monday to close the bridge.\n\nLater that day, the ferry company added extra sailings.\n`;
    expect(events(text)).toEqual(['2022-10-03 happened [Monday]', '2022-10-03 happened [Later that day]']);
  });

  it('dates "the same day" by the event its clause names, not just the last one', () => {
    const text = `${DATED}The petition was filed on Monday at the High Court.\n\nThe hearing was adjourned on Wednesday.\n\nThe same day the petition was filed, police arrested two men.\n`;
    expect(events(text)).toContain('2022-10-03 happened [The same day]');
  });

  it('dates "June of that year" by the year just told', () => {
    const text = `${DATED}The company filed for bankruptcy in March 2021. Its founder was arrested in June of that year.\n`;
    expect(events(text)).toEqual(['2021-03 happened [March 2021]', '2021-06 happened [in June of that year]']);
  });

  it('dates "that March" by a year told earlier in the same sentence', () => {
    const text = `${DATED}The museum approached her in early 2021, and the two sides signed an agreement that March.\n`;
    expect(events(text)).toEqual(['2021-03 happened [that March]']);
  });

  it('counts "two years later" from the year just told, not from the article day', () => {
    const text = `${DATED}The bridge was built in 1998. Two years later, a storm closed it for a month.\n`;
    expect(events(text)).toEqual(['1998 happened [1998]', '2000 happened [Two years later]']);
  });

  it('never dates an event from a page stamp such as "Updated 2 hours ago"', () => {
    expect(events(`${DATED}Updated 2 hours ago\n\nThe harbour board approved the new timetable on Wednesday.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('never dates an event from a line labelled as something else ("Related: …", "Sponsored: …")', () => {
    const text = `${DATED}The harbour board approved the new timetable on Wednesday.\n\nRelated: The best ferry routes of 2022, tested in a storm\n\nSponsored: Book your winter crossing before Friday.\n`;
    expect(events(text)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('reads the line above a photo credit as a caption, in the past', () => {
    const text = `${DATED}Harbour master Declan Byrne at the eastern pier on Wednesday.\n\nPhoto: Ann Walsh / Harbour News\n\nThe harbour board approved the new timetable.\n`;
    expect(events(text)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('reads an old picture\'s day in a caption credited "…/File Photo" as no event', () => {
    const text = `${DATED}A Harbour Ferries office in Castlebridge, May 21, 2021. MERIDIAN/Joanna Hale/File Photo Purchase Licensing Rights\n\nThe harbour board approved the new timetable on Wednesday.\n`;
    expect(events(text)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('dates words from a post by the day of the post ("posted a thread … last night"), not by what the poster did earlier', () => {
    const text = `${DATED}Tobias Venn, who posted a lengthy thread about the find on Mastodon last night, said he came across the server on Friday 16 September.\n\nIn his thread, Venn wrote: "Today the company finally told its customers. I reported this to them 20 days ago."\n`;
    const ago = events(text).filter((e) => e.includes('20 days ago'));
    expect(ago).toHaveLength(1);
    expect(ago[0]).toMatch(/^2022-09-16 happened/);
    expect(events(text)).toContain('2022-10-06 happened [Today]');
  });

  it('reads "at 14 in 2019" as an age then a year, not a figure measured over 2019', () => {
    expect(events(`${DATED}Sarathy, who became a grandmaster at 14 in 2019, qualified in December.\n`)).toEqual(['2019 happened [2019]', '2021-12 happened [December]']);
    expect(events(`${DATED}Prices rose 14 per cent in 2019.\n`)).toEqual([]);
  });

  it('reads "…could slide into famine within weeks, three agencies warned on Tuesday, as an appeal launched in January remained unfunded" as past: a subject after the comma begins a clause of its own', () => {
    expect(events(`${DATED}Parts of the region could slide into famine within weeks, three humanitarian agencies warned on Wednesday, as an aid appeal launched in January remained barely funded.\n`)).toEqual(['2022-10-05 happened [Wednesday]', '2022-01 happened [January]']);
    expect(events(`${DATED}The ministry will keep the zone closed until Monday.\n`)).toEqual(['2022-10-10 scheduled [Monday]']);
  });

  it('dates a section headed "UPDATE, Saturday 8 October" by that day, not the day the article first ran', () => {
    const text = `${DATED}The harbour board approved the new timetable on Wednesday.\n\nUPDATE, Saturday 8 October\n\nThe ferry operator apologised on Saturday morning.\n`;
    expect(events(text)).toEqual(['2022-10-05 happened [Wednesday]', '2022-10-08 happened [Saturday morning]']);
  });

  it('dates an "Update: …" paragraph by the day the page says it was updated', () => {
    const page = (updated: string) => `Shares fall\n\nPublished Wed, May 20 20265:48 PM EDT\n${updated}\n\nThe shares closed below the offer price on Wednesday.\n\nUpdate: The shares were up 4% in premarket trading on Thursday.\n`;
    expect(events(page('Updated Thu, May 21 20267:55 AM EDT'))).toEqual(['2026-05-20 happened [Wednesday]', '2026-05-21 happened [Thursday]']);
    // Without an update stamp, the article's own day.
    expect(events(page(''))).toEqual(['2026-05-20 happened [Wednesday]', '2026-05-14 happened [Thursday]']);
  });

  it('reads "released on police bail until 2 July" as a day ahead, though told in the perfect', () => {
    expect(events(`${DATED}A woman was arrested on suspicion of assisting an offender. She has been released on police bail until 2 November.\n`)).toEqual(['2022-11-02 scheduled [2 November]']);
  });

  it('reads "at 11:35 p.m. (0435 GMT Monday)" as the Monday next to the story\'s day: a time told in another zone', () => {
    expect(events(`${DATED}The last caver emerged at 11:35 p.m. (0435 GMT Saturday), a witness said.\n`).map((e) => e.split(' ')[0])).toEqual(['2022-10-08']);
    expect(events(`${DATED}The last caver emerged on Saturday, a witness said.\n`)).toEqual(['2022-10-01 happened [Saturday]']);
  });

  it('reads "the tournament runs from June 12 to July 12" as a timetable ahead, and "the following Tuesday" as no day of its own', () => {
    expect(events(`${DATED}The tournament, hosted by Velenia, runs from November 12 to December 12.\n`)).toEqual(['2022-11-12 scheduled [November 12 to December 12]']);
    // (Not "the body that runs refereeing … defended the decision on Saturday": "runs" there is no timetable.)
    expect(events(`${DATED}The body that runs refereeing in the league defended the decision on Saturday.\n`)).toEqual(['2022-10-01 happened [Saturday]']);
    // Counted from the event just told (a wreck in 1868), not from the article's day.
    expect(events(`${DATED}The ship sank on Saturday, November 14, 1868. A cabin door came ashore the following Tuesday. The inquiry that sat the following March blamed the captain.\n`)).toEqual(['1868-11-14 happened [Saturday, November 14, 1868]']);
  });

  it('gives each day of an alternative its own event, marked as proposed', () => {
    expect(events(`${DATED}The union had offered to meet the company on Thursday or Monday.\n`)).toEqual(['2022-10-13 proposed [Thursday]', '2022-10-10 proposed [Monday]']);
  });

  it('marks what is planned as scheduled', () => {
    expect(events(`${DATED}The ferry will resume sailings on Monday.\n`)).toEqual(['2022-10-10 scheduled [Monday]']);
  });

  it('reads "in 1998" as a year', () => {
    expect(events(`${DATED}The bridge last closed for repairs in 1998 after a storm.\n`)).toEqual(['1998 happened [1998]']);
  });

  it('keeps the precise date when a sentence also gives a coarser one', () => {
    const e = events(`${DATED}The dispute began earlier this year, when the agreement expired at the end of March.\n`);
    expect(e).toEqual(['2022-03 happened [end of March]']);
  });

  it('never dates an event from the article\'s own dateline', () => {
    const text = 'CORK (Harbour News / Wire - 7th October, 2022) The harbour board met on Thursday and approved the plan.\n';
    expect(events(text)).toEqual(['2022-10-06 happened [Thursday]']);
  });

  it('never dates an event from a teaser list', () => {
    const text = `${DATED}The harbour board approved the new timetable on Wednesday after a long debate.\n\nCouncil closes library for repairs\n\n21 hours ago\n\nFerry fares to rise in January\n\n2 days ago\n`;
    expect(events(text)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('reads an embedded post against its own signature day', () => {
    const text = `${DATED}The union posted its decision online.\n\nDrivers will strike tomorrow. Sorry to all passengers. https://t.co/abcdef\n— Transit Union (@transitunion) October 3, 2022\n`;
    expect(events(text)).toEqual(['2022-10-04 scheduled [tomorrow]']);
  });

  it('judges a month or a year with no verb to go by from the date itself', () => {
    expect(events(`${DATED}The 2008 financial crisis hit the town hard.\n`)).toEqual(['2008 happened [2008]']);
    expect(events(`${DATED}The 2030 target looks out of reach.\n`)).toEqual(['2030 scheduled [2030]']);
  });

  it('reads a timetable told in the present as ahead, or in force since a day up to a month back', () => {
    // Told on Friday 7 October 2022; a trailing "the ministry said" is no past of the law's.
    expect(events(`${DATED}The new law takes effect in January, the ministry said.\n`)).toEqual(['2023-01 scheduled [January]']);
    expect(events(`${DATED}The plant, which closes in September, employs 400 people.\n`)).toEqual(['2023-09 scheduled [September]']);
    expect(events(`${DATED}Elections are held every four years; the next one is in August.\n`)).toEqual(['2023-08 scheduled [August]']);
    expect(events(`${DATED}The closures take effect on 1 October.\n`)).toEqual(['2022-10-01 happened [on 1 October]']);
    // A past tense still tells the past.
    expect(events(`${DATED}Sales fell in September, the company said.\n`)).toEqual(['2022-09 happened [September]']);
  });

  it('reads a live blog: each entry heading happened on its day, past midnight the next, and the entry\'s own dates from its day', () => {
    // Told from Friday 7 October 2022; the blog runs into Saturday, with and without a day heading.
    const blog = (dayHeading: string) =>
      [
        '21:05 BST', 'Polls have closed', 'Polls closed at 9pm across the harbour wards.',
        '22:40 BST', 'First boxes arrive', 'The first boxes reached the count at the town hall.',
        ...(dayHeading ? [dayHeading] : []),
        '01:12 BST', 'Recount granted in Harbour East', 'The returning officer granted a recount, which will take place at 10am on Sunday.',
        '02:30 BST', 'Mayor concedes', 'The mayor conceded shortly after half past two.',
      ].join('\n\n');
    for (const heading of ['Saturday 8 October', '']) {
      const got = events(`${DATED}${blog(heading)}\n`);
      expect(got).toContain('2022-10-07 happened [21:05 BST]');
      expect(got).toContain('2022-10-07 happened [22:40 BST]');
      expect(got).toContain('2022-10-08 happened [01:12 BST]');
      expect(got).toContain('2022-10-08 happened [02:30 BST]');
      // "on Sunday", told on Saturday, is the next day.
      expect(got).toContain('2022-10-09 scheduled [Sunday]');
      // The day heading is page structure, not an event.
      expect(got.filter((e) => e.includes('[Saturday 8 October]'))).toEqual([]);
    }
  });

  it('reads "beginning on Thursday" as ahead though a later clause has a past perfect, and a move "to February" as ahead', () => {
    // Told on Friday 7 October 2022.
    expect(events(`${DATED}The mayor declared three days of mourning, beginning on Thursday, and said every home that had been destroyed would be rebuilt.\n`)).toEqual(['2022-10-13 scheduled [Thursday]']);
    expect(events(`${DATED}"We have taken the decision to move the festival to February," the organisers said.\n`)).toEqual(['2023-02 scheduled [February]']);
  });

  it('reads a past denied ("didn\'t lose on Thursday", "wasn\'t at the meeting on Monday") as past', () => {
    expect(events(`${DATED}"Pascoe didn't lose on Thursday," the professor said.\n`)).toEqual(['2022-10-06 happened [Thursday]']);
  });

  it('reads a day a court fixed ("a trial date of", "listed a plea hearing for") as ahead', () => {
    expect(events(`${DATED}The judge fixed a trial date of 5 June 2023 and listed a plea hearing for 22 November.\n`)).toEqual(['2023-06-05 scheduled [5 June 2023]', '2022-11-22 scheduled [22 November]']);
  });

  it('reads no date in "the Sunday Courier", and none from a correction note', () => {
    expect(events(`${DATED}"I never asked anyone to stay away," she told the Sunday Courier in an interview published on Oct. 5.\n`)).toEqual(['2022-10-05 happened [Oct. 5]']);
    expect(events(`${DATED}The harbour board met on Wednesday.\n\nThis article was amended on 6 October 2022. An earlier version gave the wrong date for the vote.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('gives no event for a wire dateline\'s day when a byline above states it, and reads "Updated 3 hours ago" bylines', () => {
    const text = 'Government defeated on rent cap\n\nBy Sam Archer\n\nApril 17, 2026 4:12 PM GMT+1 Updated 3 hours ago\n\nLONDON, April 17 (Wire) - The government was defeated on Thursday when two of its lawmakers rebelled.\n';
    expect(events(text)).toEqual(['2026-04-16 happened [Thursday]']);
  });

  it('reads a live blog whose stamps carry their headings ("20:14 – Ahmed on housing")', () => {
    const blog = ['Mayoral debate live', '20:03 – Opening statements', 'Each candidate gets 90 seconds.', '20:26 – Crosstalk', 'The studio was chaos.', '21:52 – Closing statements', 'Tillard went first.'].join('\n\n');
    const got = events(`${DATED}${blog}\n`);
    expect(got).toContain('2022-10-07 happened [20:03 – Opening statements]');
    expect(got).toContain('2022-10-07 happened [21:52 – Closing statements]');
  });

  it('reads no live blog in a story with a clock time or two', () => {
    expect(events(`${DATED}The ferry left at 21:05.\n\n21:05 BST\n\nCrews walked out on Wednesday.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('reads only dates that name their year when the article has no date at all', () => {
    expect(events('The harbour board met on Thursday and recalled the vote of 1998.\n')).toEqual(['1998 happened [1998]']);
  });

  it('gives each event its evidence sentence, a short summary and actors', () => {
    const [e] = eventList(`${DATED}Harbour master Declan Byrne resigned on Wednesday after the board rejected his plan for a second ferry terminal at the eastern end of the port, a plan he had defended for years.\n`);
    expect(e.evidence).toMatch(/^Harbour master Declan Byrne resigned on Wednesday/);
    expect(e.summary.length).toBeLessThanOrEqual(141);
    expect(e.summary).toContain('Wednesday');
    expect(e.actors).toContain('Declan Byrne');
  });

  it('takes no actor from the dateline ("BERLIN (Reuters) - ")', () => {
    const [e] = eventList(`${DATED}BERLIN (Reuters) - The harbour board led by Anna Weber agreed on Friday to cut 300 jobs.\n`);
    expect(e.actors).toEqual(['Anna Weber']);
  });

  it('takes no short month for an actor ("Jan. 21"), while "Jan" before a surname stays a name', () => {
    const list = eventList(`${DATED}The harbour board will meet on Jan. 21 to review the response, Jan Ortiz said on Friday.\n`);
    expect(list.map((e) => e.date)).toEqual(['2023-01-21', '2022-10-07']);
    for (const e of list) expect(e.actors).toEqual(['Jan Ortiz']);
  });

  it('lets the summary of a short dated sentence go on into the next undated one of its paragraph', () => {
    const [e] = eventList(`${DATED}He went further on Wednesday night. “The board is looking for a scapegoat,” Byrne told Harbour Radio.\n`);
    expect(e.summary).toBe('He went further on Wednesday night. “The board is looking for a scapegoat,” Byrne told Harbour Radio.');
    expect(e.evidence).toBe('He went further on Wednesday night.');
    const [f] = eventList(`${DATED}He went further on Wednesday night. On Thursday, Byrne resigned.\n`);
    expect(f.summary).toBe('He went further on Wednesday night.');
  });

  it('dates nothing in a listed teaser with its age, a "Previous post:" line or a masthead motto', () => {
    expect(events(`${DATED}The harbour board approved the timetable on Wednesday.\n\nFerry fares explained - 3 days ago\n\nPrevious post: Why ferries are late (12 September 2022)\n\n← Previous post: Winter ferry timetable starts January 10\n\nServing the harbour towns since 1931\n`)).toEqual([
      '2022-10-05 happened [Wednesday]',
    ]);
  });

  it('dates nothing in a newsletter’s next item, a sponsor’s line, a call to register or a deferred aside, even in the story’s words', () => {
    const body = [
      ...FERRY_STRIKE,
      'Supported by Acme Boats. Building harbour ferries since 1987.',
      'This issue is sponsored by Pagerly – ferry rosters since 2019 that never wake the crew. Try it free for 30 days.',
      'Elsewhere: ferry crews at a neighbouring harbour agreed a pay deal on 3 October.',
      'Also in Portside: the council voted on 4 October to repave the harbour road.',
      'Webinar: ferry rosters and pay. 20 October, 14:00. Register now.',
      'The regulator said on 4 October that it would review ferry pay and rosters in 2023. More on that next week.',
    ];
    expect(events(`${DATED}${body.join('\n\n')}\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
    // A story sentence that opens like a sponsor's line is still story.
    expect(events(`${DATED}${[...FERRY_STRIKE, 'Supported by volunteers, the crews repaired the pier on 4 October.'].join('\n\n')}\n`)).toContain('2022-10-04 happened [on 4 October]');
  });

  it('dates nothing under a "Quick hits" heading', () => {
    const body = FERRY_STRIKE;
    const a = `${DATED}${[...body, 'Quick hits', 'Pay talks at the harbour of a neighbouring port ended on 3 October with a deal on rosters.', 'What to watch', 'Crews at the harbour vote on the pay offer on Friday.'].join('\n\n')}\n`;
    const story = storyOf({ 'a.txt': a, 'b.txt': `${DATED}${body.join('\n\n')}\n` });
    expect(story.articles[0].events.map((e) => e.date)).toEqual(['2022-10-05', '2022-10-07']);
  });

  it('drops a speaker’s conjecture about a month, keeps a day said in a quote', () => {
    expect(events(`${DATED}“We could raise fares again in December if fuel stays dear,” the operator said.\n`)).toEqual([]);
    expect(events(`${DATED}“We will sail again on Monday,” the operator said.\n`)).toEqual(['2022-10-10 scheduled [Monday]']);
  });

  it('dates nothing printed on a pack ("use by 4, 5 and 6 October 2022", "Best before: 12 Oct 2022")', () => {
    expect(events(`${DATED}Chicken Korma with Pilau Rice, 400g – use by 4, 5 and 6 October 2022.\n\nBest before: 12 Oct 2022. The supplier recalled the meals on Wednesday.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('dates no "year to April" (a statistic\'s period), and "the next review on July 15" lies ahead however the sentence is told', () => {
    expect(events(`${DATED}Inflation ran at 4.6% in the year to April, and prices rose 3% in the 12 months to March.\n\nShe declined to say whether rates would rise at the next review on December 15.\n`)).toEqual(['2022-12-15 scheduled [December 15]']);
    // (A past narration's "next day" is no occasion ahead.)
    expect(events(`${DATED}The next day, on 14 June, the bank cut its rate.\n`)).toEqual(['2022-06-14 happened [on 14 June]']);
  });

  it('reads "five years ago this month" as that month five years back, one date', () => {
    expect(events(`${DATED}He started on the drug five years ago this month.\n`)).toEqual(['2017-10 happened [five years ago this month]']);
  });

  it('reads a day without its year after a full date of an earlier year in the paragraph as that year\'s ("on March 12, 2019. On March 28, he voted")', () => {
    expect(events(`${DATED}He voted no in committee on March 12, 2019. On March 28, he voted for an amendment.\n\nOn March 3, the governor spoke.\n`)).toEqual(['2019-03-12 happened [March 12, 2019]', '2019-03-28 happened [March 28]', '2022-03-03 happened [March 3]']);
  });

  it('dates nothing in a masthead line in title case ending "Since 1971"', () => {
    expect(events(`THE KESTREL CALL\nThe Student Voice of Kestrel Valley High School Since 1971\n\nNews | Opinion | Sports\n\n‘Three hours on the floor’: Inside the lockdown\n\nPublished October 7, 2022\n\nThe school reopened on Wednesday.\n`)).toEqual(['2022-10-05 happened [Wednesday]']);
  });

  it('reads "a week ago today" as the week before, not as today', () => {
    expect(events(`${DATED}The first reaction came a week ago today, when a girl ate the korma.\n`)).toEqual(['2022-09-30 happened [a week ago]']);
  });

  it('dates the telling in "told the Albion Times on Friday that she would …", not what she would do', () => {
    expect(events(`${DATED}Professor Jane Thackery told the Albion Times on Monday that she would co-operate fully.\n`)).toEqual(['2022-10-03 happened [Monday]']);
  });

  it('reads "As many of you will know, …" as an aside: the report published today and the inspection before it happened', () => {
    expect(events(`${DATED}“As many of you will know, the inspectorate today published its report, following the inspection on 20 and 21 September.”\n`)).toEqual(['2022-10-07 happened [today]', '2022-09-21 happened [21 September]']);
  });

  it('takes no year from a figure after a comma ("closed on 3 October, 91.4% of members voted")', () => {
    expect(events(`${DATED}In the ballot that closed on 3 October, 91.4% of members voted for further action.\n`)).toEqual(['2022-10-03 happened [on 3 October]']);
  });

  it('reads "put" as a past after a name in apposition ("The minister, Tommaso Brevani, put it more bluntly on Sunday night")', () => {
    expect(events(`${DATED}The interior minister, Tommaso Brevani, put it more bluntly on X on Sunday night.\n`)).toEqual(['2022-10-02 happened [Sunday night]']);
  });

  it('reads a weekday in brackets after a date as that date\'s ("on 25 September 2022 (Sunday)"), not a day of its own', () => {
    expect(events(`${DATED}The minister launched the scheme at the stadium on 25 September 2022 (Sunday).\n`)).toEqual(["2022-09-25 happened [on 25 September 2022]"]);
  });
});
