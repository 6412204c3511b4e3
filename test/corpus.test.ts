// Loading articles from disk (broken files are skipped with a warning naming them) and marking
// what is not the story's own text.
import { mkdtempSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../src/corpus/clean.ts';
import { loadArticles } from '../src/corpus/load.ts';
import { markOffTopic } from '../src/corpus/offtopic.ts';
import { STORY_KINDS } from '../src/corpus/types.ts';
import { contentHash, fileKey } from '../src/snapshot.ts';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-corpus-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('loading', () => {
  it('reads .txt and .md, subfolders as stories, front matter validated', () => {
    const dir = folder({
      'a.txt': 'First article text.',
      'notes.json': '{}',
      'strike/b.md': '---\ntitle: "Drivers walk out"\noutlet: City Herald\npublished: 2023-10-05\nurl: https://example.org/a\n---\nBody of b.',
    });
    const { articles, warnings } = loadArticles([dir]);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.story, a.file])).toEqual([
      [dir.split('/').pop(), 'a.txt'],
      ['strike', 'b.md'],
    ]);
    const b = articles[1];
    expect(b.meta).toEqual({ title: 'Drivers walk out', outlet: 'City Herald', published: '2023-10-05', url: 'https://example.org/a' });
    expect(b.text.slice(b.bodyStart)).toBe('Body of b.');
  });

  it('skips each broken file with one warning naming it and why, and loads the rest', () => {
    const dir = folder({
      'good.txt': 'A good article.',
      'empty.txt': '  \n\n ',
      'binary.txt': Buffer.from([0x41, 0x00, 0x42]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      'bad-date.md': '---\npublished: last week\n---\nText.',
      'unclosed.md': '---\ntitle: x\nText without a closing fence.',
      'typo.md': '---\ntitel: x\n---\nText.',
      'big.txt': 'x'.repeat(5000),
    });
    const { articles, warnings } = loadArticles([dir], { maxBytes: 4000 });
    expect(articles.map((a) => a.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(warnings.map((w) => [w.file.split('/').pop(), w.reason]));
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['bad-date.md']).toMatch(/published/);
    expect(reasons['unclosed.md']).toMatch(/never closed/);
    expect(reasons['typo.md']).toMatch(/unknown key.*titel/);
    expect(reasons['big.txt']).toMatch(/larger than/);
    expect(warnings).toHaveLength(7);
  });

  it('reads every file whole, whatever the size of the files read before it', () => {
    // The loader reads into one buffer it reuses: a short file after a long one must not keep its tail.
    const files = {
      'a-long.txt': `${'The council met again. '.repeat(20_000)}END-A`,
      'b-short.txt': 'Short.',
      'c-64k.txt': `${'y'.repeat(65_535)}Z`,
      'd-grown.txt': `${'z'.repeat(131_071)}W`,
      'e-short.txt': 'Also short, é and “quotes”.',
    };
    const { articles, warnings } = loadArticles([folder(files)]);
    expect(warnings).toEqual([]);
    expect(Object.fromEntries(articles.map((a) => [a.file, a.text]))).toEqual(files);
  });

  it('keys an article by the size and mtime its file had when read, with the hash of what was read', () => {
    const dir = folder({ 'a.txt': 'The first version.' });
    const read = statSync(join(dir, 'a.txt'));
    const [article] = loadArticles([dir]).articles;
    // Rewritten after it was read: the key still describes the text the article holds.
    writeFileSync(join(dir, 'a.txt'), 'A second, longer version of the article.');
    utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 60_000));
    expect(fileKey(article)).toEqual({ path: article.path, size: read.size, mtimeMs: Math.round(read.mtimeMs), hash: contentHash('The first version.') });
    // An article made in memory (not read from its file) is keyed by the file as it is now.
    const now = statSync(join(dir, 'a.txt'));
    expect(fileKey({ ...article })).toMatchObject({ size: now.size, mtimeMs: Math.round(now.mtimeMs) });
  });

  it('warns about a path that does not exist', () => {
    const { warnings } = loadArticles(['/no/such/folder']);
    expect(warnings[0].reason).toMatch(/no such file/);
  });
});

describe('cleaning the seeds', () => {
  const { articles } = loadArticles(['seeds']);
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);
  const kindOf = (file: string, start: string) => paragraphs[articles.findIndex((a) => a.file.startsWith(file))].find((p) => p.text.startsWith(start))?.kind;

  it('marks ad markers and photo credits', () => {
    expect(kindOf('000', 'Advert 10')).toBe('ad');
    expect(kindOf('000', 'PA Images')).toBe('credit');
  });

  it('marks embed signatures, and keeps the embedded post (its quotes count) with its relay', () => {
    expect(kindOf('001', '— ABC News (@ABC)')).toBe('embed-signature');
    const post = paragraphs[1].find((p) => p.text.startsWith('EXCLUSIVE:'))!;
    expect(post.kind).toBe('embed');
    expect(post.relay).toBe('ABC News (@ABC)');
    expect(STORY_KINDS.has(post.kind)).toBe(true);
  });

  it('marks teasers and related-article lists to the end of the article', () => {
    expect(kindOf('002', '21 hours ago')).toBe('teaser');
    expect(kindOf('002', 'IAN BREMMER')).toBe('teaser');
    expect(kindOf('002', 'Diplomatic spat intensifies')).toBe('teaser');
    expect(kindOf('004', 'Related Articles')).toBe('teaser');
  });

  it('marks a repeated headline and the off-topic paragraph', () => {
    expect(kindOf('003', "White House Says 'Nothing to Report' on")).toBe('headline-repeat');
    expect(kindOf('004', 'HSE reduce weekly vaccine target')).toBe('offtopic');
    expect(kindOf('004', 'But there are concerns that Korea')).toBe('offtopic');
  });

  it('keeps the reporting itself as story text', () => {
    const story = paragraphs.flat().filter((p) => p.kind === 'story').length;
    expect(story).toBeGreaterThan(50);
    expect(kindOf('004', 'Moscow last recalled its USA envoy')).toBe('story');
  });
});

/** An invented ferry strike, the shared body of the subject-change stories below. */
const FERRY_STRIKE = [
  'Ferry crews at the harbour walked out on Monday in a dispute over pay and rosters.',
  'The ferry operator said the strike over pay had stranded hundreds of passengers at the harbour.',
  'Union officials said crews would stay out until the operator improved its pay offer.',
  'Passengers queued at the harbour for hours as the operator cancelled every ferry sailing.',
  'The operator said talks with the union over pay and rosters would resume later in the week.',
  'Crews picketing the harbour said the pay offer ignored the cost of living.',
];

/** The kind of the paragraph opening with `start`, in one article of `text` read from disk and classified. */
function kindsIn(text: string): (start: string) => string | undefined {
  const [article] = loadArticles([folder({ 'strike/a.txt': text })]).articles;
  const paragraphs = classifyParagraphs(article);
  return (start) => paragraphs.find((p) => p.text.startsWith(start))?.kind;
}

describe('paragraphs that change the subject', () => {
  // An invented ferry strike, told twice, with an aside in each article.
  const body = FERRY_STRIKE;
  const a = [...body, 'Meanwhile, the county library will extend its opening hours for the summer reading scheme, starting in June.'].join('\n\n');
  const b = [...body, 'Meanwhile, crews at the harbour said the operator had not answered the union over pay and rosters.'].join('\n\n');
  const dir = folder({ 'strike/a.txt': a, 'strike/b.txt': b });
  const { articles } = loadArticles([dir]);
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);
  const kindOf = (i: number, start: string) => paragraphs[i].find((p) => p.text.startsWith(start))?.kind;

  it('marks a "Meanwhile, …" paragraph about something else off topic', () => {
    expect(kindOf(0, 'Meanwhile, the county library')).toBe('offtopic');
  });
  it('keeps a "Meanwhile, …" paragraph that goes on with the story', () => {
    expect(kindOf(1, 'Meanwhile, crews at the harbour')).toBe('story');
  });
});

describe('a quotation over several paragraphs', () => {
  // The middle piece opens with a mark it does not close, in words of its own.
  const more = ['The strike is the first at the harbour in a decade, the union said.', 'Ferry passengers were offered refunds for sailings cancelled by the strike.'];
  const a = [...FERRY_STRIKE, ...more, '“I came back to the harbour on Tuesday and the pay offer was still the same.', '“My grandson carried the piano out in pieces. We laughed about it, because what else can you do?', '“The operator has had six years to fix the rosters.”', 'Ellie Marsh, 24, travelling from Thornby with five friends, said the group had spent £1,200 on a rented cottage.', '‘The tickets will get refunded, fine, but nobody is refunding the cottage,’ she said.', 'Not everyone expects arbitration to succeed. Dr Ruth Penwarden, who teaches maritime law at Carrow University, thinks the odds are long.', '‘Appeals like this rarely succeed,’ she said.'].join('\n\n');
  const dir = folder({ 'strike/a.txt': a, 'strike/b.txt': [...FERRY_STRIKE, ...more].join('\n\n') });
  const { articles } = loadArticles([dir]);
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);

  it('is never judged off topic, even a piece whose words are nowhere else', () => {
    expect(paragraphs[0].find((p) => p.text.startsWith('“My grandson'))?.kind).toBe('story');
  });

  it('nor is the paragraph that has its speaker speak just before it', () => {
    expect(paragraphs[0].find((p) => p.text.startsWith('Ellie Marsh'))?.kind).toBe('story');
  });

  it('nor is one that names whom the next paragraph\'s "she said" is, with no speech verb of its own', () => {
    expect(paragraphs[0].find((p) => p.text.startsWith('Not everyone'))?.kind).toBe('story');
  });
});

describe('a passer-by introduced before a paragraph where "he" speaks', () => {
  // Words of his own ("slopes", "wife") that the story uses nowhere else.
  const text = [...FERRY_STRIKE, 'The strike is the first at the harbour in a decade, the union said.', 'Dad-of-two Gary Pemberton, 47, from Ashcombe Green, was due to sail home with his wife and children after a week on the slopes.', 'He fumed: ‘We’ve been sat here since six this morning and nobody can tell us anything.’'].join('\n\n');
  const { articles } = loadArticles([folder({ 'strike/a.txt': text, 'strike/b.txt': FERRY_STRIKE.join('\n\n') })]);
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);

  it('is on topic, as is the paragraph where he speaks (apostrophes inside its quotation)', () => {
    expect(paragraphs[0].find((p) => p.text.startsWith('Dad-of-two'))?.kind).toBe('story');
    expect(paragraphs[0].find((p) => p.text.startsWith('He fumed'))?.kind).toBe('story');
  });
});

describe('Markdown articles', () => {
  it('reads a .md file as the text it shows, line for line, and a .txt file as written', () => {
    const md = ['# Council approves bridge', '', '*By Jane Doe*', '', 'The **City Council** voted for the [new bridge](https://example.com/b).', '', '> "A historic day," said Mayor Ana Ruiz.', '', '- Work begins in **June 2025**.', '', 'Keep snake_case, 5*3 and a lone * star.'].join('\n');
    const dir = folder({ 'bridge/a.md': md, 'bridge/b.txt': md });
    const { articles } = loadArticles([dir]);
    const [a, b] = articles;
    expect(a.text.split('\n')).toEqual(['Council approves bridge', '', 'By Jane Doe', '', 'The City Council voted for the new bridge.', '', '"A historic day," said Mayor Ana Ruiz.', '', 'Work begins in June 2025.', '', 'Keep snake_case, 5*3 and a lone * star.']);
    expect(b.text).toBe(md);
    const kinds = classifyParagraphs(a);
    expect(kinds.find((p) => p.text === 'By Jane Doe')?.kind).toBe('dateline');
  });
});

describe('a box of related links in the middle of a report', () => {
  it('ends the teasers where the report resumes, and keeps a list at the end a teaser list', () => {
    const middle = [
      'Nurse was killed, police say',
      ...FERRY_STRIKE.slice(0, 2),
      'RELATED STORIES',
      'Search for missing nurse expands to forestry roads',
      'Ground search teams say volunteer numbers are dropping',
      'Advertisement',
      'In a written statement, the regional coroner said an autopsy performed Friday found injuries "not consistent with an accident or a fall." The office would not release a cause of death.',
      'Her brother read a statement on behalf of the family outside the detachment on Sunday afternoon. He asked for privacy and thanked the search volunteers by name.',
    ].join('\n\n');
    const kindOf = kindsIn(middle);
    expect(kindOf('Search for missing nurse')).toBe('teaser');
    expect(kindOf('In a written statement')).toBe('story');
    expect(kindOf('Her brother read')).toBe('story');
    const end = [...FERRY_STRIKE, 'Related stories', 'Ferry fares to rise in spring', 'Harbour master retires after thirty years of service at the port. He will be replaced by his deputy from next month.'].join('\n\n');
    expect(kindsIn(end)('Harbour master retires')).toBe('teaser');
  });

  it('takes a local paper\'s advert label in its own language for an advert ("Advertentie", "Anzeige")', () => {
    const text = [...FERRY_STRIKE.slice(0, 2), 'Advertentie', ...FERRY_STRIKE.slice(2, 4), 'Anzeige', ...FERRY_STRIKE.slice(4)].join('\n\n');
    expect(kindsIn(text)('Advertentie')).toBe('ad');
    expect(kindsIn(text)('Anzeige')).toBe('ad');
  });

  it('takes an outlet\'s own promotion under its label for an advert ("EVENTS: … Summit 2026, 22-23 September")', () => {
    const text = [...FERRY_STRIKE, 'EVENTS: Harbour Transport Summit 2026, 22-23 September, Leeds. Early-bird tickets on sale until 30 June.'].join('\n\n');
    expect(kindsIn(text)('EVENTS:')).toBe('ad');
  });

  it('takes "Most viewed", "Read next" and "Explore more on these topics" for the heads of link lists', () => {
    const end = [...FERRY_STRIKE, 'Explore more on these topics', 'Cycling', 'Road safety', 'Read next', 'Rates held at 3.25%', 'Most viewed', 'Heatwave warning as temperatures set to hit 31C this weekend'].join('\n\n');
    expect(kindsIn(end)('Heatwave warning')).toBe('teaser');
    expect(kindsIn(end)('Road safety')).toBe('teaser');
    expect(kindsIn([...FERRY_STRIKE, 'Read next', 'Rates held at 3.25%, cut signalled for September'].join('\n\n'))('Rates held')).toBe('teaser');
  });
});

describe('bylines', () => {
  it('takes "By Jane Doe" lines for bylines, but not a story sentence that opens with "By"', () => {
    const text = ['Council approves budget', 'By JANE DOE, Associated Press', 'By Metro Dublin reporter', ...FERRY_STRIKE.slice(0, 1), 'By Friday, the council will decide.', 'By mid-April, the stockpiles will run out.'].join('\n\n');
    const kindOf = kindsIn(text);
    expect(kindOf('By JANE DOE')).toBe('dateline');
    expect(kindOf('By Metro Dublin reporter')).toBe('dateline');
    expect(kindOf('By Friday')).toBe('story');
    expect(kindOf('By mid-April')).toBe('story');
  });

  it('takes a page stamp ("Published … | Updated …") for no story text, but not a sentence that opens so', () => {
    const text = ['Council approves budget', 'Harriet Lomax', 'Sun 5 Oct 2025 07.00 BST', 'Published 06:00 GMT, 5 March 2026 | Updated 11:42 GMT, 5 March 2026', 'March 11, 2026 9:14 AM GMTUpdated 2 hours ago', ...FERRY_STRIKE.slice(0, 1), 'Published in 1998, the report said the harbour would need a second pier. It never got one.'].join('\n\n');
    const kindOf = kindsIn(text);
    expect(kindOf('Published 06:00')).toBe('dateline');
    expect(kindOf('March 11, 2026 9:14')).toBe('dateline');
    expect(kindOf('Sun 5 Oct 2025')).toBe('dateline');
    expect(kindOf('Harriet Lomax')).toBe('dateline');
    expect(kindOf('Published in 1998')).toBe('story');
  });
});

describe('press-release boilerplate, newsletter calls and photo credits', () => {
  it('takes "About X" sections and sign-up calls for no story, and reads captions by their credit', () => {
    const text = [
      'Harbour appeal launched',
      ...FERRY_STRIKE.slice(0, 2),
      'Halvard Aske at the Blue Lantern club, New York, in 1976. Photograph: Sten Arvold/Northmere Archive',
      'Mourners leave the church after the funeral on Friday. (Courier photo / Dan Whitlow)',
      'Evacuees rest on cots in the exhibition hall at the county fairgrounds on Wednesday. (Wes Okonkwo / Front Range Ledger)',
      'Sign up for The World This Week, our free Sunday newsletter',
      'View in browser',
      'Download the Harbour News app for the latest breaking news.',
      'Harbour Notes is written by Ann Lee. Unsubscribe | Manage preferences',
      '3. About the Harbour Trust: Founded in 1874, the trust runs the ferries.',
      'About Open Hands Relief',
      'Open Hands Relief is an independent humanitarian organisation founded in 1987.',
    ].join('\n\n');
    const kindOf = kindsIn(text);
    expect(kindOf('Halvard Aske at')).toBe('caption');
    expect(kindOf('Mourners leave')).toBe('caption');
    expect(kindOf('Evacuees rest on cots')).toBe('caption');
    expect(kindOf('Sign up for')).toBe('ad');
    expect(kindOf('View in browser')).toBe('ad');
    expect(kindOf('Download the Harbour News app')).toBe('ad');
    expect(kindOf('Harbour Notes is written by')).toBe('ad');
    expect(kindOf('3. About the Harbour Trust')).toBe('offtopic');
    expect(kindOf('About Open Hands Relief')).toBe('offtopic');
    expect(kindOf('Open Hands Relief is')).toBe('offtopic');
    expect(kindOf(FERRY_STRIKE[0].slice(0, 20))).toBe('story');
  });
});

describe('an inline link to another article', () => {
  it('takes "MORE TRAVEL NEWS" for the heading of a box of links, and a caption credited "(Image: …)" for a caption', () => {
    const resumed = [FERRY_STRIKE.slice(2, 4).join(' '), FERRY_STRIKE.slice(4).join(' ')];
    const text = ['Strike strands passengers', ...FERRY_STRIKE.slice(0, 2), 'Stranded passengers queue at the ticket desks in the ferry terminal this morning (Image: Courier Pictures/Stefan Rau)', 'MORE TRAVEL NEWS', 'Cruise line cancels fjord sailings after engine fault', ...resumed].join('\n\n');
    const kindOf = kindsIn(text);
    expect(kindOf('Stranded passengers')).toBe('caption');
    expect(kindsIn([...FERRY_STRIKE.slice(0, 2), 'A Halvard & Pine store in Carrow Heights. Courtesy of Halvard & Pine', ...FERRY_STRIKE.slice(2)].join('\n\n'))('A Halvard')).toBe('caption');
    expect(kindOf('MORE TRAVEL NEWS')).toBe('teaser');
    expect(kindOf('Cruise line')).toBe('teaser');
    expect(kindOf(resumed[0])).toBe('story');
  });

  it('marks a "Related: …" or "READ MORE: …" headline off topic, but not a story paragraph that opens so', () => {
    const text = ['Ferry strike ends', ...FERRY_STRIKE.slice(0, 2), 'Related: Harbour towns brace for a summer of disruption', ...FERRY_STRIKE.slice(2), 'READ MORE: Why ferry crews are striking', 'Watch: The union leader explained the vote. She said the crews had been patient for a year.'].join('\n\n');
    const [article] = loadArticles([folder({ 'strike/a.txt': text })]).articles;
    const kinds = classifyParagraphs(article);
    const kindOf = (start: string) => kinds.find((p) => p.text.startsWith(start))?.kind;
    expect(kindOf('Related: Harbour towns')).toBe('offtopic');
    expect(kindOf('READ MORE: Why ferry crews')).toBe('offtopic');
    expect(kindOf('Watch: The union leader')).toBe('story');
    expect(kinds.filter((p) => p.kind === 'story').length).toBe(FERRY_STRIKE.length + 1);
  });
});

describe('a newsletter section that changes the subject', () => {
  const body = FERRY_STRIKE;
  const a = [...body, 'Elsewhere on the coast', 'Pay talks at the harbour of a neighbouring port ended on Tuesday with a deal on rosters.', 'What to watch', 'Crews at the harbour vote on the pay offer on Friday.'].join('\n\n');
  const dir = folder({ 'strike/a.txt': a, 'strike/b.txt': body.join('\n\n') });
  const { articles } = loadArticles([dir]);
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);
  const kindOf = (start: string) => paragraphs[0].find((p) => p.text.startsWith(start))?.kind;

  it('marks the heading and its section off topic, even in the story’s words, up to the next heading', () => {
    expect(kindOf('Elsewhere on the coast')).toBe('offtopic');
    expect(kindOf('Pay talks at the harbour')).toBe('offtopic');
    expect(kindOf('Crews at the harbour vote')).toBe('story');
  });
});

describe('page chrome of local papers and press releases', () => {
  it('a masthead motto ("… — Serving the Southern Isles since 1962"), a crosshead, and what follows "ENDS" or "Notes to editors"', () => {
    const kindOf = kindsIn(
      'Ferry toll rises\n\nThe Lagdan Courier — Serving the Southern Isles since 1962\n\nThe ferry capsized on Monday, the coast guard said.\n\nSURVIVORS SPEAK\n\nSurvivors described the ship listing before it turned over.\n\nENDS\n\nNotes to editors\n\n1. The board was established in 2011 and is accountable to Parliament.',
    );
    expect(kindOf('The Lagdan Courier')).toBe('ad');
    expect(kindsIn('Ferry toll rises\n\nThe ferry capsized on Monday.\n\nAdvertisement · Scroll to continue\n\nSurvivors described the ship listing.')('Advertisement')).toBe('ad');
    expect(kindOf('SURVIVORS SPEAK')).toBe('crosshead');
    expect(kindOf('Survivors described')).toBe('story');
    expect(kindOf('Notes to editors')).toBe('offtopic');
    expect(kindOf('1. The board')).toBe('offtopic');
  });

  it('"Notes to editors" listed under a release\'s "Contents" is no end of its text; the heading itself is', () => {
    const kindOf = kindsIn(
      'Press release\n\nFirms fined for cartel\n\nPublished 9 June 2026\n\nContents\n\nFindings\n\nNotes to editors\n\nThe authority has today fined four firms.\n\nFiona Castellane, Chair of the authority, said:\n\n“Today’s decision sends a clear message.”\n\nNotes to editors\n\n1. The authority opened its investigation in 2021.',
    );
    expect(kindOf('The authority has today')).toBe('story');
    expect(kindOf('“Today’s decision')).toBe('story');
    expect(kindOf('1. The authority opened')).toBe('offtopic');
  });
});

  it('a numbered note to editors that dates a step of the story stays the story\'s; notes about the issuer or the press office do not', () => {
    const kindOf = kindsIn(
      'Result declared\n\nPublished 18 September 2026\n\nThe chief counting officer declared the result at 06:10.\n\nNotes to editors\n\n1. The Act received Royal Assent on 26 June 2025.\n\n2. The Commission is the independent body that oversees elections, founded on 3 May 2001.\n\n3. Spokespeople are available for interview from 9 October 2026.\n\n4. Turnout was the highest since 1998.',
    );
    expect(kindOf('1. The Act received')).toBe('story');
    expect(kindOf('2. The Commission')).toBe('offtopic');
    expect(kindOf('3. Spokespeople')).toBe('offtopic');
    expect(kindOf('4. Turnout')).toBe('offtopic');
  });
