// A deterministic generator of realistic article corpora for the benchmark: many stories, each
// covered by 10–50 articles from invented outlets, about invented people (names from syllable
// tables) with titles and roles; quotes in the styles real coverage uses (speaker before or after,
// pronouns, roles, partial quotes, quotes running over paragraphs, variants of the same words);
// relative and absolute dates; noise paragraphs (ads, credits, embeds, teasers); varied vocabulary.
// Same seed and size, same bytes: files are written one subfolder per story so the real loader
// reads them.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bump when the output changes, so cached corpora on disk are regenerated. */
export const GENERATOR_VERSION = 4;

export interface GeneratedArticle {
  story: string;
  file: string;
  text: string;
}

export interface CorpusStats {
  version: number;
  seed: number;
  articles: number;
  stories: number;
  bytes: number;
}

// ---- randomness ------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for test data; same seed, same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** Skewed towards the front of the list (a few words are common, most are rare). */
  zipf<T>(xs: readonly T[]): T {
    const u = this.next();
    return xs[Math.min(xs.length - 1, Math.floor(xs.length * u * u * u))];
  }
  some<T>(xs: readonly T[], n: number): T[] {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ---- names -------------------------------------------------------------------------------------

const FIRST_A = ['Ma', 'Lo', 'Ar', 'Ne', 'Ti', 'Ka', 'Ro', 'Se', 'Da', 'Vi', 'El', 'Jo', 'Ri', 'Te', 'Ha', 'No', 'Be', 'Fa', 'Li', 'Cy', 'Or', 'Pa', 'Sa', 'Ye', 'Wi', 'Gre', 'Bri', 'Tho', 'Ze', 'Cal'];
const FIRST_F = ['ra', 'la', 'na', 'tha', 'ssa', 'wen', 'ndra', 'lie', 'ria', 'ne', 'lla', 'dia', 'ka', 'rin', 'ya'];
const FIRST_M = ['ren', 'vin', 'dis', 'mon', 'len', 'ro', 'bel', 'ric', 'nor', 'tan', 'go', 'las', 'ter', 'dan', 'mar'];
const LAST_A = ['Var', 'Tol', 'Bren', 'Osk', 'Mal', 'Quin', 'Dar', 'Hel', 'Strat', 'Kov', 'Lind', 'Mer', 'Fen', 'Gal', 'Ros', 'Pell', 'Thorn', 'Wick', 'Yar', 'Zel', 'Ash', 'Brod', 'Cas', 'Dunn', 'Ebb', 'Fair', 'Grim', 'Hask', 'Ing', 'Jor'];
const LAST_B = ['ek', 'ham', 'ov', 'sen', 'ley', 'wick', 'ard', 'ino', 'berg', 'mont', 'ova', 'by', 'ton', 'ski', 'al', 'ford', 'ridge', 'stad', 'ier', 'elli'];
const PLACE_A = ['Har', 'Vel', 'Cor', 'Brin', 'Ost', 'Mar', 'Tal', 'Ked', 'Lum', 'Pen', 'Ral', 'Sorn', 'Tev', 'Ul', 'Wen', 'Ys', 'Zan', 'Ald', 'Bex', 'Cran', 'Dol', 'Eld', 'Fer', 'Glen'];
const PLACE_B = ['n', 'mo', 'a', 'ri', 'de', 'lo', 'ven', 'ga', 'thi', 'ber', 'sa', 'co'];
const PLACE_C = ['ford', 'ville', 'burg', 'port', 'ton', 'haven', 'field', 'mouth', 'stad', 'ia', 'wick', 'dale', 'by', 'more', 'ridge', 'holm'];
const OUTLET_KINDS = ['Herald', 'Gazette', 'Post', 'Times', 'Tribune', 'Daily', 'News', 'Wire', 'Radio', 'Online', 'Chronicle', 'Observer', 'Ledger', 'Courier', 'Dispatch', 'Review', 'Express', 'Standard', 'Record', 'Sentinel'];
const AGENCIES = ['Agency Images', 'Press Pictures', 'Wire Photos', 'Getty Images', 'Wire Service', 'AFP'];

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function placeName(d: Dice): string {
  return d.pick(PLACE_A) + (d.chance(0.5) ? d.pick(PLACE_B) : '') + d.pick(PLACE_C);
}

interface Person {
  first: string;
  last: string;
  female: boolean;
  /** Before the name: "Transport Minister". */
  title: string;
  /** Standing alone: "the transport minister". */
  role: string;
  org: string;
}

interface Topic {
  slug: string;
  orgs: string[];
  roles: [title: string, role: string, org: number][];
  /** Narrative sentences about a happening: {A} an actor, {O} an organisation, {N} a number, {P} the place, {D} the date words. */
  events: string[];
  scheduled: string[];
  claims: string[];
  nouns: string[];
}

// Topics: the kind of story, with generic vocabulary only (invented names fill the slots).
const TOPICS: Topic[] = [
  {
    slug: 'transit-strike',
    orgs: ['{P} Transit Authority', '{P} Rail Workers Union', 'Ministry of Transport'],
    roles: [['Union General Secretary', 'union leader', 1], ['Transport Minister', 'transport minister', 2], ['Chief Executive', 'chief executive', 0], ['spokeswoman', 'spokeswoman', 0]],
    events: ['{O} drivers walked out {D}, halting {N} bus and tram routes across {P}', 'talks between {O} and management collapsed {D} after {N} hours', '{A} met union officials {D} in an attempt to end the dispute', 'commuters faced queues of up to {N} minutes {D} as services were cancelled', '{O} tabled a revised pay offer of {N} per cent {D}'],
    scheduled: ['a second {N}-day stoppage is due to begin {D}', 'members will vote on the offer {D}', 'the labour court will hear the case {D}'],
    claims: ['workers have been pushed to the limit by {N} years of frozen pay', 'the offer on the table is fair and affordable', 'nobody wants to see commuters stranded in the cold', 'the network cannot run on goodwill alone', 'we remain open to talks at any time, day or night', 'this strike is costing the city {N} million a day', 'our members will not be bullied into accepting less', 'the timetable will be back to normal within {N} days'],
    nouns: ['fares', 'timetables', 'depots', 'shifts', 'overtime', 'commuters', 'pickets', 'ballot', 'routes', 'conductors'],
  },
  {
    slug: 'product-recall',
    orgs: ['{C} Industries', 'Consumer Safety Commission', '{P} Riders Association'],
    roles: [['Chief Executive', 'chief executive', 0], ['Commissioner', 'commissioner', 1], ['Chair', 'chair', 2], ['spokesman', 'spokesman', 0]],
    events: ['{O} recalled {N} devices {D} after reports of batteries overheating', 'the regulator opened an investigation {D} into {N} reported fires', '{A} apologised to customers {D} on a call with reporters', 'a family in {P} lost their garage to a fire {D}', '{O} stopped shipping the model {D}'],
    scheduled: ['replacement parts will begin shipping {D}', 'the commission will publish its findings {D}', 'a hearing before lawmakers is set for {D}'],
    claims: ['we let our customers down and I am sorry', 'owners should stop using the device immediately', 'every affected unit will be replaced at no cost', 'the company knew about the fault for {N} months', 'safety rules have not kept up with the technology', 'we tested the new pack independently, twice', 'no one should have to fear charging a scooter at home', 'the recall covers about {N} units sold since last spring'],
    nouns: ['batteries', 'chargers', 'warranty', 'refunds', 'cells', 'fires', 'owners', 'retailers', 'serial numbers', 'inspections'],
  },
  {
    slug: 'fraud-trial',
    orgs: ['{P} Crown Court', '{C} Capital', 'Serious Fraud Office'],
    roles: [['Judge', 'judge', 0], ['founder', 'founder', 1], ['prosecutor', 'prosecutor', 2], ['defence lawyer', 'defence lawyer', 0]],
    events: ['the jury heard {D} that {N} investors lost their savings', '{A} took the stand {D} and denied every charge', 'prosecutors played recordings of {N} calls to the court {D}', 'the trial opened {D} in {P}', 'a former accountant at {O} gave evidence {D}'],
    scheduled: ['closing speeches are expected {D}', 'the judge will sum up the case {D}', 'sentencing is scheduled for {D}'],
    claims: ['the money was never there in the first place', 'I did not know what the accounts really showed', 'this was a deliberate and sophisticated deception', 'my client has always maintained his innocence', 'investors were told their money was safe', 'the jury must put sympathy aside and weigh the evidence', 'we were running to stand still by the end', 'nobody asked the hard questions for {N} years'],
    nouns: ['investors', 'ledgers', 'jurors', 'evidence', 'accounts', 'witnesses', 'charges', 'transfers', 'auditors', 'savings'],
  },
  {
    slug: 'by-election',
    orgs: ['{P} Electoral Commission', 'People’s Alliance', 'Reform League'],
    roles: [['Returning Officer', 'returning officer', 0], ['candidate', 'candidate', 1], ['party leader', 'party leader', 2], ['councillor', 'councillor', 1]],
    events: ['voters in {P} went to the polls {D}', '{A} conceded defeat {D} after a recount', 'turnout reached {N} per cent {D}', 'the two candidates clashed in a televised debate {D}', '{O} announced the result {D} shortly after midnight'],
    scheduled: ['the new member will be sworn in {D}', 'a recount has been ordered for {D}', 'the final debate will take place {D}'],
    claims: ['tonight the people of this town have spoken', 'we ran a clean campaign and I am proud of it', 'the result is a warning the government must heed', 'every single vote has been counted twice', 'we will be back, and we will be stronger', 'this seat was never safe and we never treated it as safe', 'people want their hospital kept open, it is that simple', 'the margin was {N} votes, which tells you everything'],
    nouns: ['ballots', 'voters', 'turnout', 'polling stations', 'leaflets', 'hustings', 'pledges', 'canvassers', 'majority', 'recount'],
  },
  {
    slug: 'river-flooding',
    orgs: ['{P} County Council', 'National Weather Service', '{P} Fire and Rescue Service'],
    roles: [['Mayor', 'mayor', 0], ['forecaster', 'forecaster', 1], ['Chief Fire Officer', 'fire chief', 2], ['council leader', 'council leader', 0]],
    events: ['the river burst its banks {D}, flooding {N} homes in {P}', 'rescuers evacuated {N} residents by boat {D}', '{O} issued a red warning {D}', '{A} visited the worst-hit streets {D}', 'rainfall of {N} millimetres was recorded {D}'],
    scheduled: ['schools will reopen {D} if levels fall', 'a further band of rain is forecast for {D}', 'an emergency fund will open {D}'],
    claims: ['the water rose faster than anyone expected', 'we will not leave anyone behind', 'people should stay away from the river banks', 'the defences held where they were finished', 'this is the worst flooding in {N} years', 'residents deserve answers about why the barrier failed', 'crews have been working through the night without a break', 'the clean-up will take months, not weeks'],
    nouns: ['sandbags', 'levels', 'barriers', 'residents', 'pumps', 'shelters', 'rainfall', 'insurers', 'embankments', 'gauges'],
  },
  {
    slug: 'stadium-deal',
    orgs: ['{P} City Council', '{P} Rovers Football Club', '{C} Developments'],
    roles: [['Mayor', 'mayor', 0], ['Chairman', 'chairman', 1], ['Managing Director', 'managing director', 2], ['head coach', 'head coach', 1]],
    events: ['councillors approved the stadium plan {D} by {N} votes to {N}', '{O} unveiled designs for a {N}-seat ground {D}', '{A} signed the lease {D} at a ceremony in {P}', 'residents protested outside the town hall {D}', 'the club’s supporters’ trust met the developers {D}'],
    scheduled: ['construction is due to start {D}', 'the planning inspector will rule {D}', 'the first match at the new ground is pencilled in for {D}'],
    claims: ['this stadium will put the city on the map', 'taxpayers should not be underwriting a private club', 'the fans have waited {N} years for this moment', 'we have listened to every objection', 'the traffic plan simply does not work', 'this is a once-in-a-generation chance for the east side', 'the numbers have been checked by independent experts', 'I would not sign anything I could not defend'],
    nouns: ['seats', 'season tickets', 'planning', 'parking', 'supporters', 'developers', 'leases', 'stands', 'rates', 'objections'],
  },
  {
    slug: 'hospital-study',
    orgs: ['{P} University', 'Department of Health', '{P} General Hospital'],
    roles: [['Professor', 'lead author', 0], ['Health Secretary', 'health secretary', 1], ['Medical Director', 'medical director', 2], ['researcher', 'researcher', 0]],
    events: ['a study of {N} patients was published {D}', 'researchers at {O} presented their findings {D}', '{A} told lawmakers {D} that waiting lists had grown', 'the hospital cancelled {N} operations {D}', '{O} announced a review of staffing {D}'],
    scheduled: ['a larger trial will begin {D}', 'the department will respond to the report {D}', 'ministers are due to publish the funding plan {D}'],
    claims: ['the results are striking and they are consistent', 'we need to be careful not to overstate a single study', 'patients are waiting too long, and that is unacceptable', 'staff are doing heroic work under real pressure', 'the data show a {N} per cent drop in admissions', 'this should change how doctors treat the condition', 'funding has not kept pace with demand for {N} years', 'we will look closely at the recommendations'],
    nouns: ['patients', 'wards', 'admissions', 'trials', 'nurses', 'clinics', 'referrals', 'beds', 'outcomes', 'prescriptions'],
  },
  {
    slug: 'data-breach',
    orgs: ['{C} Telecom', 'Information Commissioner’s Office', '{P} Police'],
    roles: [['Chief Technology Officer', 'technology chief', 0], ['Information Commissioner', 'commissioner', 1], ['Detective Inspector', 'detective', 2], ['spokesperson', 'spokesperson', 0]],
    events: ['{O} disclosed {D} that records of {N} customers had been stolen', 'hackers posted a sample of the data online {D}', '{A} apologised in a video message {D}', 'police arrested a {N}-year-old man in {P} {D}', 'the regulator opened an inquiry {D}'],
    scheduled: ['affected customers will be contacted {D}', 'the company will appear before a select committee {D}', 'the suspect is due in court {D}'],
    claims: ['we take the security of our customers extremely seriously', 'passwords and payment details were not affected', 'this breach was entirely preventable', 'customers should change their passwords now', 'we are working around the clock with investigators', 'the company waited {N} days before telling anyone', 'I am deeply sorry for the worry this has caused', 'fines alone will not fix a culture of carelessness'],
    nouns: ['passwords', 'customers', 'servers', 'hackers', 'records', 'accounts', 'encryption', 'investigators', 'fines', 'subscribers'],
  },
  {
    slug: 'wildfire',
    orgs: ['{P} Forest Service', 'Emergency Management Agency', '{P} Volunteer Brigade'],
    roles: [['Fire Commissioner', 'fire commissioner', 0], ['Premier', 'premier', 1], ['incident controller', 'incident controller', 0], ['captain', 'captain', 2]],
    events: ['the fire crossed the highway near {P} {D}', '{N} hectares had burned by {D}', 'crews saved the town’s school {D}', '{A} declared a state of emergency {D}', '{N} homes were lost {D}'],
    scheduled: ['evacuation orders will be reviewed {D}', 'cooler weather is expected {D}', 'an inquiry will open {D}'],
    claims: ['conditions are as dangerous as I have ever seen', 'if you are told to leave, leave now', 'we had {N} crews on the fire line overnight', 'the wind changed and there was nothing we could do', 'this community will rebuild, and we will help it', 'the fuel load was a disaster waiting to happen', 'our volunteers are exhausted but they keep going', 'nobody should return until the all-clear is given'],
    nouns: ['hectares', 'embers', 'crews', 'evacuees', 'helicopters', 'firebreaks', 'smoke', 'volunteers', 'spot fires', 'warnings'],
  },
  {
    slug: 'mine-dispute',
    orgs: ['{C} Mining', '{P} Landholders Council', 'Department of Resources'],
    roles: [['Managing Director', 'managing director', 0], ['elder', 'elder', 1], ['Resources Minister', 'resources minister', 2], ['spokeswoman', 'spokeswoman', 1]],
    events: ['{O} lodged its expansion application {D}', 'traditional owners blocked the access road {D}', '{A} flew to {P} {D} to meet landholders', 'the company reported {N} tonnes of output {D}', 'a water sample showed contamination {D}'],
    scheduled: ['the environmental review closes {D}', 'the minister will decide on the permit {D}', 'a public meeting is planned for {D}'],
    claims: ['this land is not for sale at any price', 'the project will create {N} local jobs', 'we have met every condition of our licence', 'the water is the thing people worry about most', 'there has been no proper consultation', 'I will make the decision on the evidence alone', 'we want to be good neighbours for the next {N} years', 'the review has been rushed from the very start'],
    nouns: ['tonnes', 'permits', 'landholders', 'royalties', 'bores', 'haul roads', 'tailings', 'leases', 'consultation', 'exports'],
  },
  {
    slug: 'transfer-saga',
    orgs: ['{P} Athletic', '{P} United', 'Football Association'],
    roles: [['manager', 'manager', 0], ['striker', 'striker', 1], ['Chief Executive', 'chief executive', 1], ['agent', 'agent', 2]],
    events: ['{O} rejected a bid of {N} million {D}', '{A} handed in a transfer request {D}', 'the player missed training {D}', 'the two clubs agreed a fee {D}', '{A} scored twice {D} in what may be his last game'],
    scheduled: ['the transfer window closes {D}', 'a medical is booked for {D}', 'the player is expected to be unveiled {D}'],
    claims: ['he is not for sale, full stop', 'I want to play in the biggest games', 'the club has treated my client with total disrespect', 'we will not be held to ransom', 'every player has a price, that is football', 'I gave everything for this badge for {N} seasons', 'the fans deserve honesty from everybody', 'we have a plan and we will stick to it'],
    nouns: ['fee', 'contract', 'wages', 'supporters', 'bids', 'clauses', 'medical', 'squad', 'window', 'negotiations'],
  },
  {
    slug: 'school-closure',
    orgs: ['{P} Education Board', '{P} Parents Forum', 'Teachers Federation'],
    roles: [['Director of Education', 'education director', 0], ['Chair', 'chair', 1], ['General Secretary', 'union chief', 2], ['head teacher', 'head teacher', 0]],
    events: ['the board voted {D} to close {N} schools in {P}', 'parents marched to the board offices {D}', '{A} published the consultation results {D}', 'enrolment fell to {N} pupils {D}', 'teachers staged a walkout {D}'],
    scheduled: ['the closures take effect {D}', 'a judicial review will be heard {D}', 'the board meets again {D}'],
    claims: ['no decision about a child’s school is ever taken lightly', 'these are the heart of their neighbourhoods', 'the numbers simply do not add up any more', 'children will have to travel {N} miles each way', 'we were consulted after the decision was made', 'every pupil will have a place in September', 'teachers have been left in the dark', 'we will fight this all the way to court'],
    nouns: ['pupils', 'classrooms', 'parents', 'enrolment', 'buses', 'teachers', 'catchments', 'budgets', 'governors', 'playgrounds'],
  },
];

/** Words for the story's background paragraphs: varied so the vocabulary grows with the corpus. */
const ADJ = ['sharp', 'steady', 'unexpected', 'modest', 'lengthy', 'bitter', 'formal', 'local', 'regional', 'national', 'fresh', 'growing', 'slow', 'public', 'private', 'costly', 'narrow', 'broad', 'early', 'late', 'quiet', 'tense', 'urgent', 'rare', 'familiar', 'cautious', 'renewed', 'muted', 'fierce', 'lasting'];
const NOUN = ['pressure', 'criticism', 'support', 'concern', 'debate', 'scrutiny', 'opposition', 'uncertainty', 'delay', 'review', 'pledge', 'proposal', 'budget', 'deadline', 'report', 'meeting', 'letter', 'petition', 'audit', 'inquiry', 'forecast', 'agreement', 'compromise', 'statement', 'warning', 'figure', 'survey', 'complaint', 'timetable', 'plan'];
const VERB = ['has drawn', 'has prompted', 'has fuelled', 'has raised', 'has deepened', 'has eased', 'has revived', 'has tested', 'has exposed', 'has sharpened'];
const PERIOD = ['weeks', 'months', 'years', 'days', 'seasons', 'quarters'];
const LINKS = ['Meanwhile,', 'Separately,', 'Earlier,', 'At the same time,', 'Elsewhere,', 'In a sign of the strain,', 'For now,', 'Still,', 'By contrast,', 'Even so,'];
const SPEECH = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'added', 'warned', 'insisted', 'said on Twitter', 'told local radio', 'wrote in a letter'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// ---- one story ---------------------------------------------------------------------------------

interface Utterance {
  speaker: Person | string;
  words: string;
  day: number;
}

interface Happening {
  day: number;
  text: string;
  actor: Person | string;
}

interface StoryPlan {
  slug: string;
  place: string;
  company: string;
  orgs: string[];
  people: Person[];
  base: number;
  utterances: Utterance[];
  happenings: Happening[];
  scheduled: Happening[];
  nouns: string[];
  /** Invented product, scheme or site names the story keeps coming back to. */
  terms: string[];
}

const DAY = 86_400_000;

function planStory(d: Dice, index: number): StoryPlan {
  const topic = TOPICS[index % TOPICS.length];
  const place = placeName(d);
  const company = capitalise(d.pick(LAST_A).toLowerCase() + d.pick(PLACE_B) + d.pick(['x', 'on', 'ia', 'ex', 'a', 'is']));
  const fill = (s: string) => s.replace(/\{P\}/g, place).replace(/\{C\}/g, company);
  const orgs = topic.orgs.map(fill);
  const people: Person[] = topic.roles.map(([title, role, org]) => {
    const female = d.chance(0.5);
    return {
      first: d.pick(FIRST_A) + d.pick(female ? FIRST_F : FIRST_M),
      last: d.pick(LAST_A) + d.pick(LAST_B),
      female,
      title: title === 'spokeswoman' || title === 'spokesman' ? (female ? 'spokeswoman' : 'spokesman') : title,
      role: role === 'spokeswoman' || role === 'spokesman' ? (female ? 'spokeswoman' : 'spokesman') : role,
      org: orgs[org],
    };
  });
  // Two or three extra voices: residents, analysts, witnesses.
  for (let i = d.int(2, 3); i > 0; i--) {
    const female = d.chance(0.5);
    const [title, role] = d.pick([['analyst', 'analyst'], ['resident', 'resident'], ['economist', 'economist'], ['Professor', 'professor'], ['councillor', 'councillor']]);
    people.push({ first: d.pick(FIRST_A) + d.pick(female ? FIRST_F : FIRST_M), last: d.pick(LAST_A) + d.pick(LAST_B), female, title, role, org: place });
  }
  const base = Date.UTC(2016 + d.int(0, 8), d.int(0, 11), d.int(1, 28));
  const num = () => String(d.pick([d.int(2, 12), d.int(10, 99), d.int(100, 999), d.int(1000, 90000)]));
  const fillN = (s: string) => s.replace(/\{N\}/g, num);
  const utterances: Utterance[] = [];
  const claims = d.some(topic.claims, topic.claims.length);
  for (let i = 0; i < d.int(8, 14); i++) {
    const speaker = d.chance(0.15) ? d.pick(orgs) : d.zipf(people);
    const a = fillN(claims[i % claims.length]);
    const b = d.chance(0.6) ? ` ${capitalise(fillN(d.pick(claims)))}.` : '';
    const tail = d.chance(0.3) ? ` ${capitalise(d.pick(NOUN))} is ${d.pick(['not the answer', 'part of it', 'what matters now', 'the real test', 'only the start'])}.` : '';
    utterances.push({ speaker, words: `${capitalise(a)}.${b}${tail}`, day: d.int(-3, 10) });
  }
  const actorOf = () => (d.chance(0.3) ? d.pick(orgs) : d.zipf(people.slice(0, topic.roles.length)));
  const happenings: Happening[] = topic.events.map((text, i) => ({ day: i === 0 ? 0 : d.int(-6, 12), text: fillN(fill(text)), actor: actorOf() }));
  const scheduled: Happening[] = topic.scheduled.map((text) => ({ day: d.int(14, 40), text: fillN(fill(text)), actor: actorOf() }));
  const terms = [`${company} ${d.pick(['Plan', 'Scheme', 'Project', 'Fund', 'Model', 'Review'])} ${d.int(2, 9)}`, `${place} ${d.pick(['Road', 'Quay', 'Park', 'Centre', 'Bridge', 'Square'])}`];
  return { slug: `${topic.slug}-${place.toLowerCase()}-${index}`, place, company, orgs, people, base, utterances, happenings, scheduled, nouns: topic.nouns, terms };
}

// ---- dates ---------------------------------------------------------------------------------------

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Words for day `when` seen from an article published on `pub` (both UTC midnights). */
function dateWords(d: Dice, when: number, pub: number): string {
  const diff = Math.round((when - pub) / DAY);
  const w = WEEKDAYS[new Date(when).getUTCDay()];
  const dt = new Date(when);
  const md = `${MONTHS[dt.getUTCMonth()]} ${dt.getUTCDate()}`;
  const dm = `${dt.getUTCDate()} ${MONTHS[dt.getUTCMonth()]}`;
  if (diff === 0) return d.pick(['today', 'on ' + w, 'earlier today', 'this morning']);
  if (diff === -1) return d.pick(['yesterday', 'on ' + w, 'late on ' + w, 'on ' + w + ' night']);
  if (diff < -1 && diff >= -6) return d.pick(['on ' + w, 'on ' + w, 'on ' + md, 'last ' + w]);
  if (diff === 1) return d.pick(['tomorrow', 'on ' + w]);
  if (diff > 1 && diff <= 6) return d.pick(['on ' + w, 'next ' + w, 'this coming ' + w]);
  if (d.chance(0.15)) return `in ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCFullYear()}`;
  return d.pick(['on ' + md, 'on ' + dm, 'on ' + md + ', ' + dt.getUTCFullYear(), 'on ' + `${MON3[dt.getUTCMonth()]} ${dt.getUTCDate()}`]);
}

// ---- one article --------------------------------------------------------------------------------

interface Outlet {
  name: string;
  slug: string;
  curly: boolean;
  single: boolean;
  frontMatter: boolean;
  md: boolean;
  handle: string;
}

function makeOutlets(d: Dice, n: number): Outlet[] {
  const out: Outlet[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const name = `${d.chance(0.3) ? 'The ' : ''}${placeName(d)} ${d.pick(OUTLET_KINDS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      name,
      slug: name.toLowerCase().replace(/^the /, '').replace(/[^a-z0-9]+/g, '-'),
      curly: d.chance(0.6),
      single: d.chance(0.12),
      frontMatter: d.chance(0.4),
      md: d.chance(0.2),
      handle: name.replace(/^The /, '').replace(/[^A-Za-z]/g, '').slice(0, 14),
    });
  }
  return out;
}

function fullName(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** Variants real outlets print of the same words: a word dropped, contractions, cuts. */
function variant(d: Dice, words: string): string {
  let w = words;
  if (d.chance(0.15)) w = w.replace(/\bdo not\b/g, 'don’t').replace(/\bI am\b/g, 'I’m').replace(/\bwe will\b/gi, (m) => (m[0] === 'W' ? 'We’ll' : 'we’ll'));
  if (d.chance(0.15)) {
    const parts = w.split(' ');
    if (parts.length > 8) parts.splice(d.int(2, parts.length - 3), 1);
    w = parts.join(' ');
  }
  if (d.chance(0.2)) {
    const sentences = w.split(/(?<=\.) /);
    if (sentences.length > 1) w = sentences.slice(0, sentences.length - 1).join(' ');
  }
  return w;
}

class ArticleWriter {
  private readonly paras: string[] = [];
  private mentioned = new Set<Person | string>();
  private last: Person | string | undefined;

  constructor(
    private readonly d: Dice,
    private readonly plan: StoryPlan,
    private readonly outlet: Outlet,
    private readonly pub: number,
  ) {}

  private q(s: string): string {
    const o = this.outlet;
    if (o.single) return o.curly ? `‘${s}’` : `'${s}'`;
    return o.curly ? `“${s}”` : `"${s}"`;
  }

  private openQ(): string {
    return this.outlet.single ? (this.outlet.curly ? '‘' : "'") : this.outlet.curly ? '“' : '"';
  }

  /** How to name a speaker here: full with title the first time, surname, pronoun or role after. */
  private name(s: Person | string, subject = true): string {
    if (typeof s === 'string') {
      const first = !this.mentioned.has(s);
      this.mentioned.add(s);
      return first || this.d.chance(0.6) ? s : `the ${s.split(' ').slice(-1)[0].toLowerCase()}`;
    }
    if (!this.mentioned.has(s)) {
      this.mentioned.add(s);
      const d = this.d;
      const form = d.int(0, 3);
      if (form === 0) return `${s.title} ${fullName(s)}`;
      if (form === 1) return `${fullName(s)}, the ${s.role} of ${s.org},`;
      if (form === 2) return `${s.org} ${s.role} ${fullName(s)}`;
      return `${fullName(s)}, ${s.role} at ${s.org},`;
    }
    if (this.last === s && this.d.chance(0.5)) return subject ? (s.female ? 'she' : 'he') : s.female ? 'her' : 'him';
    if (this.d.chance(0.25)) return `the ${s.role}`;
    return this.d.chance(0.15) ? `${s.female ? 'Ms' : 'Mr'} ${s.last}` : s.last;
  }

  private quoteParagraph(u: Utterance): void {
    const d = this.d;
    const words = variant(d, u.words);
    const body = words.replace(/\.$/, '');
    const verb = d.pick(SPEECH);
    const speakerIsNew = !this.mentioned.has(u.speaker);
    const who = this.name(u.speaker);
    const Who = capitalise(who).replace(/,$/, '');
    const whoBare = who.replace(/,$/, '');
    const when = d.chance(0.35) ? ` ${dateWords(d, this.plan.base + u.day * DAY, this.pub)}` : '';
    const style = d.int(0, 9);
    let text: string;
    if (style <= 2) text = `${this.q(`${body},`)} ${whoBare} ${verb}${when}.`;
    else if (style === 3 && !speakerIsNew) text = `${this.q(`${body},`)} said ${whoBare}.`;
    else if (style === 4) text = `${Who}${who.endsWith(',') ? '' : ''} ${verb}${when}: ${this.q(`${body}.`)}`;
    else if (style === 5) {
      // A partial quote: a few words inside the reporter's sentence.
      const sentence = d.pick(body.split(/(?<=\.) /)).replace(/\.$/, '');
      const parts = sentence.split(' ');
      const from = d.int(0, Math.max(0, parts.length - 5));
      const piece = parts.slice(from, from + d.int(3, 6)).join(' ').replace(/[.,]$/, '');
      text = `${Who} ${d.pick(['said', 'warned', 'argued', 'insisted'])}${when} that the situation was ${this.q(piece)}.`;
    } else if (style === 6) text = `According to ${whoBare}, ${this.q(`${body}.`)}`;
    else if (style === 7 && words.includes('. ')) {
      // Over two paragraphs: the first leaves its quote open.
      const [a, ...rest] = words.split(/(?<=\.) /);
      this.paras.push(`${this.openQ()}${a}`);
      text = `${this.q(`${rest.join(' ').replace(/\.$/, '')},`)} ${whoBare} ${verb}${when}.`;
    } else if (style === 8) text = `${Who}${when} ${d.pick(['told', 'said to'])} the ${this.outlet.name.replace(/^The /, '')}: ${this.q(`${body}.`)}`;
    else text = `${this.q(`${body},`)} ${whoBare} ${verb}${when}. ${this.q(`${capitalise(d.pick(this.plan.nouns))} ${d.pick(['matter', 'will wait', 'come later', 'are not the issue'])}.`)}`;
    this.last = u.speaker;
    this.paras.push(text);
  }

  private happeningSentence(h: Happening): string {
    const d = this.d;
    const when = dateWords(d, this.plan.base + h.day * DAY, this.pub);
    const actor = this.name(h.actor);
    const text = h.text.replace('{D}', when).replace('{A}', actor.replace(/,$/, '')).replace('{O}', typeof h.actor === 'string' ? h.actor : h.actor.org);
    return capitalise(text);
  }

  private background(): string {
    const d = this.d;
    const p = this.plan;
    const n = d.pick(p.nouns);
    const yr = new Date(p.base).getUTCFullYear() - d.int(1, 12);
    const forms = [
      () => `${d.pick(LINKS)} the ${d.pick(ADJ)} ${d.pick(NOUN)} over ${n} ${d.pick(VERB)} ${d.pick(ADJ)} ${d.pick(NOUN)} in ${p.place}, and few expect it to ${d.pick(['fade', 'ease', 'end', 'settle'])} soon.`,
      () => `${p.place} has seen ${d.pick(ADJ)} ${d.pick(NOUN)} about ${n} for ${d.int(2, 9)} ${d.pick(PERIOD)}, with ${d.int(3, 950)} ${d.pick(p.nouns)} recorded across the ${d.pick(['district', 'region', 'county', 'city'])}.`,
      () => `The ${p.terms[0]} was first proposed in ${yr}, when ${d.pick(p.orgs)} said ${n} would ${d.pick(['double', 'fall by half', 'need new rules', 'be reviewed', 'cost more'])} within a decade.`,
      () => `Figures from ${d.pick(p.orgs)} show ${d.int(10, 90)} per cent of ${n} ${d.pick(['were affected', 'went unreported', 'fell short', 'were delayed'])}, ${d.pick(['a higher share than', 'roughly in line with', 'well below'])} the ${d.pick(['national average', 'previous estimate', 'official target'])}.`,
      () => `Around ${p.terms[1]}, ${d.pick(['shopkeepers', 'neighbours', 'parents', 'workers', 'visitors'])} described ${d.pick(ADJ)} ${d.pick(NOUN)}, ${d.pick(['long queues', 'closed doors', 'mixed feelings', 'little information', 'rising costs'])} and a sense that ${n} had been ${d.pick(['overlooked', 'mishandled', 'left to chance', 'pushed aside'])}.`,
      () => `It is not the first time ${n} have come under ${d.pick(NOUN)}: a ${d.pick(ADJ)} ${d.pick(NOUN)} ${d.pick(['ended without agreement', 'led to changes', 'was quietly shelved', 'drew thousands of responses'])} and left ${d.pick(['questions', 'doubts', 'gaps', 'costs'])} that ${d.pick(['remain', 'linger', 'still matter'])} today.`,
      () => `${capitalise(d.pick(['critics', 'supporters', 'observers', 'local groups', 'business owners']))} say the ${d.pick(NOUN)} over ${n} reflects ${d.pick(ADJ)} ${d.pick(NOUN)} that ${d.pick(['predates', 'goes beyond', 'has little to do with'])} the ${p.terms[0]}.`,
    ];
    const count = d.int(2, 3);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(d.pick(forms)());
    return out.join(' ');
  }

  private noise(): string {
    const d = this.d;
    const kind = d.int(0, 4);
    if (kind === 0) return d.pick(['Advertisement', 'Advert 10', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content']);
    if (kind === 1) return `${d.pick(['Photo', 'Picture', 'Image'])}: ${d.pick(FIRST_A)}${d.pick(FIRST_M)} ${d.pick(LAST_A)}${d.pick(LAST_B)}/${d.pick(AGENCIES)}`;
    if (kind === 2) return `${d.pick(AGENCIES)}`;
    if (kind === 3) return d.pick(['Share this article', 'Sign up to our morning newsletter', 'Listen to this article', 'Follow us on social media']);
    return `${d.pick(['Pictured', 'Above'])}: ${d.pick(['residents', 'officials', 'crowds', 'crews'])} in ${this.plan.place} ${dateWords(d, this.pub, this.pub)}. Picture: ${d.pick(AGENCIES).toUpperCase()}`;
  }

  write(title: string, targetBytes: number, plan: StoryPlan, others: string[]): string {
    const d = this.d;
    const o = this.outlet;
    const pubIso = iso(this.pub);
    const pd = new Date(this.pub);
    let head = '';
    if (o.frontMatter) head = `---\ntitle: ${JSON.stringify(title)}\noutlet: ${JSON.stringify(o.name)}\npublished: ${pubIso}\n---\n`;
    this.paras.push(o.md ? `# ${title}` : title);
    if (d.chance(0.4)) this.paras.push(`${capitalise(this.happeningSentence(plan.happenings[0]).replace(/\.$/, ''))} as ${d.pick(plan.nouns)} ${d.pick(['face', 'come under', 'draw'])} ${d.pick(NOUN)}`);
    if (!o.frontMatter) {
      const dateLine = d.int(0, 3);
      const author = `${d.pick(FIRST_A)}${d.pick(d.chance(0.5) ? FIRST_F : FIRST_M)} ${d.pick(LAST_A)}${d.pick(LAST_B)}`;
      if (dateLine === 0) this.paras.push(`${pd.getUTCDate()} ${MONTHS[pd.getUTCMonth()]} ${pd.getUTCFullYear()} - ${String(d.int(6, 22)).padStart(2, '0')}:${String(d.int(0, 59)).padStart(2, '0')} ${author}`);
      else if (dateLine === 1) this.paras.push(`By ${author}\nPublished ${MON3[pd.getUTCMonth()].replace('.', '')} ${pd.getUTCDate()}, ${pd.getUTCFullYear()}, ${d.int(1, 12)}:${String(d.int(0, 59)).padStart(2, '0')} ${d.pick(['AM', 'PM'])}`);
      else if (dateLine === 2) this.paras.push(`date ${pubIso} ${d.pick(AGENCIES)}`);
    }
    if (d.chance(0.3)) this.paras.push(this.noise());
    // The lead: the main happening, with the dateline (and the outlet in it) for some outlets.
    const lead = this.happeningSentence(plan.happenings[0]);
    const dateline = !o.frontMatter && d.chance(0.3) ? `${plan.place.toUpperCase()} (${o.name.replace(/^The /, '')} - ${pd.getUTCDate()}th ${MONTHS[pd.getUTCMonth()]}, ${pd.getUTCFullYear()}) - ` : '';
    this.paras.push(`${dateline}${lead}, ${d.pick(['officials said', 'according to ' + d.pick(plan.orgs), 'in the latest turn of a ' + d.pick(ADJ) + ' ' + d.pick(NOUN)])}.`);
    const utterances = d.some(plan.utterances, d.int(4, Math.min(11, plan.utterances.length)));
    const happenings = d.some(plan.happenings.slice(1), d.int(2, plan.happenings.length - 1));
    let size = head.length + this.paras.join('\n\n').length;
    let ui = 0;
    let hi = 0;
    let guard = 0;
    while (size < targetBytes && guard++ < 60) {
      const roll = d.next();
      if (roll < 0.5 && ui < utterances.length) this.quoteParagraph(utterances[ui++]);
      else if (roll < 0.66 && hi < happenings.length) this.paras.push(`${this.happeningSentence(happenings[hi++])}. ${d.chance(0.5) ? this.background() : ''}`.trim());
      else if (roll < 0.7) this.paras.push(this.noise());
      else if (roll < 0.76) {
        const s = d.pick(plan.scheduled);
        this.paras.push(`${capitalise(s.text.replace('{D}', dateWords(d, plan.base + s.day * DAY, this.pub)).replace('{A}', this.name(s.actor)).replace('{O}', d.pick(plan.orgs)))}.`);
      } else if (roll < 0.78 && d.chance(0.5)) {
        // An embedded post with its signature line.
        const org = d.pick(plan.orgs);
        const handle = org.replace(/[^A-Za-z]/g, '').slice(0, 12);
        const link = `https://t.co/${Math.floor(d.next() * 36 ** 8).toString(36).padStart(8, '0')}`;
        this.paras.push(`${capitalise(d.pick(plan.nouns))}: ${d.pick(['an update', 'our statement', 'important information', 'latest advice'])} for everyone in ${plan.place}. ${link}`);
        this.paras.push(`— ${org} (@${handle}) ${MONTHS[pd.getUTCMonth()]} ${pd.getUTCDate()}, ${pd.getUTCFullYear()}`);
      } else this.paras.push(this.background());
      size = head.length + this.paras.join('\n\n').length;
    }
    // Teasers at the end: related headlines with their ages.
    if (d.chance(0.45)) {
      this.paras.push(d.pick(['Related', 'Read more:', 'More on this story', 'Most read', 'You may also like']));
      for (let i = d.int(2, 4); i > 0; i--) {
        this.paras.push(d.pick(others));
        if (d.chance(0.6)) this.paras.push(`${d.int(1, 23)} ${d.pick(['hours', 'minutes', 'days'])} ago`);
      }
    }
    if (d.chance(0.2)) this.paras.push(`© ${pd.getUTCFullYear()} ${o.name}. All rights reserved.`);
    const sep = d.chance(0.8) ? '\n\n' : '\n';
    return `${head}${this.paras.join(sep)}\n`;
  }
}

function headline(d: Dice, plan: StoryPlan): string {
  const p = d.zipf(plan.people);
  const forms = [
    () => `${p.last} ${d.pick(['defends', 'under fire over', 'breaks silence on', 'vows action on', 'questioned over'])} ${d.pick(plan.nouns)} in ${plan.place}`,
    () => `${capitalise(d.pick(plan.nouns))} ${d.pick(['row deepens', 'crisis grows', 'plan unveiled', 'deadline looms', 'talks resume'])} in ${plan.place}`,
    () => `What we know about the ${plan.place} ${d.pick(plan.nouns)} ${d.pick(NOUN)}`,
    () => `${plan.orgs[0]} ${d.pick(['faces questions', 'responds to critics', 'sets out next steps', 'under pressure'])} after ${d.pick(ADJ)} ${d.pick(NOUN)}`,
    () => `${capitalise(d.pick(ADJ))} ${d.pick(NOUN)} as ${plan.place} ${d.pick(plan.nouns)} ${d.pick(['wait for answers', 'face uncertainty', 'count the cost'])}`,
  ];
  return d.pick(forms)();
}

// ---- the corpus ----------------------------------------------------------------------------------

/** The articles of a corpus of `n` articles, in order; pure and deterministic. */
export function* generateArticles(n: number, seed = 7): Generator<GeneratedArticle> {
  const d = new Dice(prng(seed));
  const outlets = makeOutlets(d, Math.max(12, Math.min(400, Math.round(n / 25))));
  let made = 0;
  for (let index = 0; made < n; index++) {
    for (const a of storyArticles(seed, index, outlets, n - made)) {
      yield a;
      made++;
    }
  }
}

/** A small corpus for tests: the first `perStory` articles of each of `stories` stories. */
export function sampleArticles(stories: number, perStory: number, seed = 7): GeneratedArticle[] {
  const outlets = makeOutlets(new Dice(prng(seed)), 12);
  return Array.from({ length: stories }, (_, i) => [...storyArticles(seed, i, outlets, perStory)]).flat();
}

/**
 * One story followed for a long time: `n` articles about the same people and events (the corpus
 * stories have 10–50), for timing a big story's analysis and its updates.
 */
export function longStory(n: number, seed = 7): GeneratedArticle[] {
  const outlets = makeOutlets(new Dice(prng(seed)), Math.max(12, Math.min(400, Math.round(n / 10))));
  return [...storyArticles(seed, 0, outlets, n, n)];
}

function* storyArticles(seed: number, index: number, outlets: Outlet[], max: number, size?: number): Generator<GeneratedArticle> {
  const sd = new Dice(prng((seed * 7919 + index * 104_729) >>> 0));
  const plan = planStory(sd, index);
  const drawn = sd.int(10, 50);
  const count = Math.min(max, size ?? drawn);
  const heads = Array.from({ length: Math.max(count, 6) }, () => headline(sd, plan));
  const storyOutlets = sd.some(outlets, Math.min(outlets.length, sd.int(8, 24)));
  for (let i = 0; i < count; i++) {
    const outlet = sd.pick(storyOutlets);
    const pub = plan.base + sd.int(0, 12) * DAY;
    // Sizes vary like real pages: mostly 2.5–5 kB, a few long reads.
    const target = sd.chance(0.1) ? sd.int(6000, 9000) : sd.int(2200, 4600);
    const text = new ArticleWriter(sd, plan, outlet, pub).write(heads[i % heads.length], target, plan, heads);
    yield { story: plan.slug, file: `${String(i).padStart(3, '0')}_${outlet.slug}${outlet.md ? '.md' : '.txt'}`, text };
  }
}

/** Writes articles as files, one folder per story, under `dir`. */
export function writeArticles(dir: string, articles: Iterable<GeneratedArticle>): void {
  const made = new Set<string>();
  for (const a of articles) {
    if (!made.has(a.story)) {
      mkdirSync(join(dir, a.story), { recursive: true });
      made.add(a.story);
    }
    writeFileSync(join(dir, a.story, a.file), a.text);
  }
}

/** Where a generated corpus of this size and seed lives (reused while the generator is unchanged). */
export function corpusDir(n: number, seed = 7, root = join(tmpdir(), 'newsdesk-bench')): string {
  return join(root, `corpus-v${GENERATOR_VERSION}-s${seed}-n${n}`);
}

/** Writes the corpus as files (one folder per story) unless an identical one is already there. */
export function writeCorpus(n: number, options: { seed?: number; dir?: string; progress?: (done: number) => void } = {}): { dir: string; stats: CorpusStats } {
  const seed = options.seed ?? 7;
  const dir = options.dir ?? corpusDir(n, seed);
  const marker = join(dir, '.corpus.json');
  if (existsSync(marker)) {
    try {
      const stats = JSON.parse(readFileSync(marker, 'utf8')) as CorpusStats;
      if (stats.version === GENERATOR_VERSION && stats.seed === seed && stats.articles === n) return { dir, stats };
    } catch {
      // rewrite below
    }
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const stories = new Set<string>();
  let bytes = 0;
  let done = 0;
  for (const a of generateArticles(n, seed)) {
    if (!stories.has(a.story)) {
      stories.add(a.story);
      mkdirSync(join(tmp, a.story));
    }
    writeFileSync(join(tmp, a.story, a.file), a.text);
    bytes += Buffer.byteLength(a.text);
    if (++done % 1000 === 0) options.progress?.(done);
  }
  const stats: CorpusStats = { version: GENERATOR_VERSION, seed, articles: n, stories: stories.size, bytes };
  writeFileSync(join(tmp, '.corpus.json'), JSON.stringify(stats));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, stats };
}
