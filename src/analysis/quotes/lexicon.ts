// Generic English cues for attribution: speech verbs, titles, role nouns, organisation heads.
// Words of the language only: no names of people, outlets or places.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Finite and participle forms of verbs that introduce speech or writing. */
export const SPEECH_VERBS = words(`
  said says say told tells tell added adds continued continues stated states explained explains asked
  answered answers replied replies reply responded responds respond retorted remarked noted notes observed insisted insists
  argued argues claimed claims warned warns wrote writes tweeted posted announced announces declared declares
  emphasized emphasised emphasizes emphasises stressed stresses admitted admits acknowledged conceded confirmed
  confirms denied denies suggested suggests urged urges called calls described describes likened likens asserted asserts
  maintained maintains complained joked quipped predicted promised pledged vowed threatened agreed found finds
  concluded concludes reported reports countered cautioned boasted lamented deplored blamed criticised criticized
  praised accused testified mused shouted commented comments recounted recalled reiterated repeated
  alleges alleged contends contended defended defends cited cites
  texted
  fumed sighed snapped grumbled muttered whispered exclaimed yelled screamed shrugged laughed beamed
  pleaded pleads interjected interjects assured assures informed affirmed affirms denounced denounces
  smiled grinned gushed sobbed raged blasted shouts yells screams chanted
  reacted analysed analyzed specified underlined hammered confided
  saying telling adding stating noting warning asserting insisting arguing explaining writing responding
  replying calling describing urging claiming vowing promising declaring emphasizing emphasising stressing
  admitting answering asking continuing reiterating repeating commenting conceding observing remarking read reads
  write argue warn conclude insist contend caution acknowledge explain
`);

/** Verbs whose `-ing` form takes the main clause's subject ("X warned, saying …"). */
export function isParticiple(verb: string): boolean {
  return verb.endsWith('ing');
}

/** Nouns for things said: "warnings from X that …", "a statement by X". */
export const SPEECH_NOUNS = words(`
  warning warnings statement statements remarks remark comments comment words claim claims accusation accusations
  message messages letter announcement assurance assurances promise pledge plea appeal call calls criticism
  defense defence argument position view reply response answer explanation excuse verdict message
  reaction retort advice follow-up
`);

/** Titles that stand before a name and are not part of it. */
export const TITLE_WORDS = words(`
  president pres pres. vice prime minister secretary chancellor senator sen sen. representative rep rep.
  governor gov gov. mayor lord lady sir dame mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor chief
  anchor ambassador envoy judge justice general gen gen. colonel col col. captain capt capt. commander king
  queen prince princess pope cardinal bishop rabbi imam spokesman spokeswoman spokesperson chairman
  chairwoman chair director ceo executive officer coach manager commissioner inspector superintendent deputy
  foreign defence defense interior finance health press treasurer premier speaker leader head founder
  correspondent editor reporter host presenter analyst economist researcher scientist doctor nurse lawyer
  attorney councillor councilor councilman councilwoman councilmember alderman sheriff detective constable
  sergeant sgt sgt. lieutenant lt lt. admiral adm adm. rear brigadier brig brig. major maj maj. commodore cmdr cmdr.
  cdr cdr. marshal corporal cpl cpl. commanding pfc pfc. spc spc.
  assistant associate senior junior acting interim former late general-secretary secretary-general
  player striker forward midfielder defender goalkeeper skipper captain star veteran striker batter bowler
  head-coach union member members mp mep congressman congresswoman official spokesperson's lead author
  co-author epidemiologist physician surgeon engr engr. shri smt alhaji hon hon. barr barr. pastor rev rev.
  administrator cfo coo cto chairperson governor-elect supt supt. insp insp. det det. dci selector
  under-secretary-general td msp mla taoiseach tánaiste
  traditional witness sheikh attorney-general solicitor-general director-general inspector-general
  surgeon-general governor-general coroner archaeologist curator principal promoter trainer
  monsieur madame mademoiselle mme mme. mlle herr frau señor señora senhor senhora signor signora
  comrade alhaja hajiya otunba mallam coordinator agent
  chef actor actress singer rapper comedian novelist poet designer photographer filmmaker legend
  democrat republican medallist medalist gold silver bronze referee umpire
  pharmacist dentist psychiatrist psychologist backbencher frontbencher candidate nominee
  vice-president vice-chair vice-chairman vice-chairwoman vice-chancellor vice-captain vice-admiral informateur formateur ombudsman
`);

/**
 * Nouns for a business, by which news refers back to a company named before ("the airline", "the
 * tech giant"). Nouns that as often mean a person ("producer", "miner") are left out.
 */
export const BUSINESS_NOUNS = words(`
  company firm business bank airline carrier carmaker automaker chipmaker planemaker drugmaker retailer
  lender insurer manufacturer maker supplier brewer conglomerate startup start-up supermarket broadcaster
  utility giant
`);

/**
 * Nouns by which news refers back to a person it has just named, by what they do or are ("Emma Stone
 * won. The actress said …"), unlike offices ("the judge"), which may be someone never named.
 */
export const DESCRIPTIVE_NOUNS = words(`
  actor actress singer star rapper musician artist novelist poet comedian presenter player striker
  forward midfielder defender goalkeeper champion athlete swimmer cyclist boxer golfer skier sprinter
  teenager youngster pensioner billionaire businessman businesswoman tycoon entrepreneur chef
  headliner frontman frontwoman guitarist drummer bassist dancer filmmaker photographer designer
  skipper pundit winger keeper
`);

/** People by their trade ("a Pellbury butcher", "Aldermouth fishmonger Bryony Penwarden"). */
const TRADES = 'merchant plumber electrician grower breeder butcher fishmonger grocer greengrocer florist waiter waitress bartender barista cleaner publican newsagent';

/** Ordinary people a report quotes without naming ("said one resident", "a protester shouted"). */
export const PEOPLE_NOUNS = words(`
  resident protester demonstrator passenger commuter shopper voter fan supporter worker employee student
  parent teacher nurse survivor eyewitness bystander customer tourist villager farmer trader activist
  campaigner volunteer neighbour neighbor friend colleague witness mourner onlooker relative patient
  person source insider engineer technician staffer investigator teenager pensioner motorist driver
  homeowner householder tenant landlord shopkeeper diner rescuer firefighter angler
  shareholder investor supplier creditor donor client reporter journalist figure academic lecturer tutor
  aide aides adviser advisers advisor advisors strategist strategists pollster pal viewer listener caller
  detectorist hobbyist archaeologist archaeologists historian historians geologist ecologist biologist
  expert experts referee reviewer soldier soldiers troops paramedic doctor surgeon midwife carer pilot
  docker dockworker miner fisherman cyclist pedestrian hiker climber skier visitor spectator haulier
  dealer collector bidder producer pharmacist dentist psychiatrist psychologist vet veterinarian user commenter
  holidaymaker holidaymakers walker walkers camper campers jogger joggers member ${TRADES}
  shipbroker broker stockbroker sailor seafarer crewman deckhand trustee
`);

/**
 * Nouns a place or a body can describe before a name: "Sydney man Tom Hessler", "Olympic champion
 * Sara Moe" (the place only qualifies). Close to the two lists above, but for another reading.
 */
export const DESCRIBED_NOUNS = words(`
  man woman boy girl teenager teen resident native mother father mum mom dad grandmother grandfather
  businessman businesswoman student pensioner retiree farmer champion winner star fan graduate survivor
  activist campaigner volunteer worker ${TRADES}
`);

/**
 * Role nouns for a body or what it issues, not a person: "the ministry", "the family", "the
 * report", "the complaint" (with BUSINESS_NOUNS and "regulator", see isOrgRole).
 */
export const BODY_NOUNS = words(`
  company firm ministry embassy agency department government administration council commission committee
  union association authority court police board bureau office organisation organization group team club
  federation party campaign hospital university institute report study survey statement family complaint
  lawsuit memo letter email notice ruling judgment judgement filing declaration petition draft
  prefecture inspectorate watchdog tribunal service trust charity foundation school college
`);

/** Head nouns of role descriptions ("the minister", "the chief executive", "the company"). */
export const ROLE_NOUNS = words(`
  president leader minister secretary chancellor senator governor mayor ambassador envoy judge general
  commander king queen prince princess pope spokesman spokeswoman spokesperson chairman chairwoman chair
  director executive ceo officer coach manager commissioner inspector superintendent deputy premier speaker
  founder official officials lawyer attorney prosecutor researcher researchers scientist scientists professor
  doctor author authors analyst economist captain player striker forward midfielder defender goalkeeper
  skipper councillor councilor councilman councilwoman councilmember treasurer chief head owner regulator
  diplomat diplomats lawmaker lawmakers whip pontiff cardinal archbishop bishop rabbi imam priest vicar veteran
  boss bosses admiral colonel lieutenant sergeant brigadier commodore corporal
  cleric chaplain comrade coordinator gm
  backbencher backbenchers frontbencher juror jurors selector selectors reporter reporters journalist
  representative representatives td taoiseach tánaiste informateur formateur ombudsman mp mep msp mla
  monarch ruler emir governor-general agent spokesman delegate negotiator envoy pastor curator publicist
  mother father son daughter sister brother wife husband widow widower partner cousin aunt uncle niece
  nephew grandmother grandfather grandson granddaughter neighbour neighbor dad mum mom coroner
  ${[...BODY_NOUNS].join(' ')}
  ${[...BUSINESS_NOUNS].join(' ')} ${[...DESCRIPTIVE_NOUNS].join(' ')} ${[...PEOPLE_NOUNS].join(' ')}
`);

/** Words that make a capitalised name an organisation ("Rowing Ireland" is a body, not a person). */
export const ORG_HEADS = words(`
  ministry embassy office department commission committee council union association agency authority
  company corporation corp corp. inc inc. ltd ltd. plc group bank court police government administration
  parliament senate congress house assembly party federation board bureau service services institute
  university college school hospital foundation trust fund club team league network times post news
  journal herald telegraph tribune gazette press agency tv radio television channel guardian review
  commission's cabinet army navy forces force guard observatory laboratory lab
  courier chronicle observer mail express mirror ledger dispatch bulletin examiner inquirer sentinel
  monitor broadcaster area district province state-owned inc. museum gallery theatre theater library
  church cathedral mosque temple zoo airline airlines airways airport pt llc gmbh ag sa nv bv spa plc.
  alliance coalition society movement guild chamber consortium partnership films pictures studios
  front rally bloc convention initiative campaign centre center community
  athletic rovers wanderers albion
  productions records entertainment inspectorate directorate secretariat tribunal watchdog homes
  developments properties holdings estates branch division unit panel taskforce inquiry nations
  prefecture préfecture gendarmerie
`);

/**
 * Words for a line of business that end a company's name ("Castellan Tankers", "Galloex Mining").
 * After a title and "of" they are a portfolio instead ("Minister of Industries Hildur Þórðardóttir").
 */
export const SECTOR_HEADS = words(`
  tankers shipping logistics freight ferries cruises railways railway trains motors aviation aerospace
  industries systems technologies pharmaceuticals therapeutics biotech biosciences bioscience pharma
  biologics diagnostics laboratories labs healthcare mining minerals petroleum
  chemicals engineering construction telecom telecoms insurance mutual salvage supermarkets utilities
  lines foods brewery distillery
`);
for (const w of SECTOR_HEADS) ORG_HEADS.add(w);

/** Words that mark an outlet: an "according to X" with one of these relays rather than speaks. */
export const OUTLET_HINTS = words(`
  news times post journal herald telegraph tribune gazette press agency tv radio television channel
  guardian review daily weekly magazine wire broadcasting network online media newspaper
  outlet report reports courier chronicle observer mail express mirror ledger dispatch bulletin examiner
  inquirer sentinel monitor broadcaster podcast programme program show
`);

/** Synonyms so that "the Chilean leader" finds the person introduced as "President". */
export const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime', 'premier', 'chancellor', 'king', 'queen', 'leader', 'head'],
  executive: ['ceo', 'executive', 'chief'],
  ceo: ['ceo', 'executive', 'chief'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokesperson: ['spokesman', 'spokesperson', 'spokeswoman'],
  chairman: ['chairman', 'chairwoman', 'chair'],
  chairwoman: ['chairman', 'chairwoman', 'chair'],
  chair: ['chairman', 'chairwoman', 'chair'],
  skipper: ['captain', 'skipper'],
  // ("A source close to the band told us … the insider added", "a pal of the singer … the friend said".)
  insider: ['insider', 'source', 'pal', 'friend'],
  source: ['source', 'insider', 'pal', 'friend'],
  pal: ['pal', 'friend', 'source', 'insider'],
  friend: ['friend', 'pal'],
  captain: ['captain', 'skipper'],
  company: ['company', 'firm', 'corporation', 'inc', 'ltd', 'group', 'maker', 'manufacturer'],
  // ("the airline said" after "Ridgeline Airways", "the carrier" after "Nordvik Air".)
  airline: ['airline', 'airlines', 'airways', 'air', 'carrier'],
  carrier: ['airline', 'airlines', 'airways', 'air', 'carrier'],
  shareholder: ['shareholder', 'investor'],
  investor: ['investor', 'shareholder'],
  firm: ['company', 'firm', 'corporation', 'inc', 'ltd', 'group'],
  regulator: ['regulator', 'commission', 'agency', 'authority', 'inspectorate', 'watchdog'],
  // ("the watchdog said" after "the Competition and Markets Authority", "the School Standards Inspectorate".)
  watchdog: ['watchdog', 'regulator', 'commission', 'agency', 'authority', 'inspectorate', 'ombudsman'],
  prosecutor: ['prosecutor', 'attorney'],
  // ("the judge" after "Mr Justice Hartwell", "Lady Justice Amin".)
  judge: ['judge', 'justice'],
  // ("the GM said" after "general manager Benoît Laframboise".)
  gm: ['gm', 'manager'],
  // ("the pontiff said" after "Pope Clement XV".)
  pontiff: ['pope', 'pontiff'],
  pope: ['pope', 'pontiff'],
  // ("the Head of State said" after "President Teodor Vashkel"; see HEAD_OF in mentions.ts.)
  'head of state': ['president', 'monarch', 'king', 'queen', 'emir', 'sultan'],
  'head of government': ['premier', 'chancellor', 'prime'],
  monarch: ['monarch', 'king', 'queen', 'ruler', 'chief', 'emir', 'sultan'],
  ruler: ['monarch', 'king', 'queen', 'ruler', 'chief', 'emir', 'sultan'],
  // ("the member for Harwick" after "Callum Fairweather, MP for Harwick".)
  member: ['member', 'mp'],
  mp: ['mp', 'member'],
  lawyer: ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  attorney: ['attorney', 'lawyer', 'counsel', 'prosecutor'],
};

/** Role words that rule a candidate out ("a prosecutor" is no defence attorney). */
export const ROLE_EXCLUDES: Record<string, string[]> = {
  prosecutor: ['defense', 'defence'],
};

export const FEMALE_CUES = words('mrs mrs. ms ms. miss madam dame lady queen princess spokeswoman chairwoman congresswoman businesswoman actress she her hers herself');
export const MALE_CUES = words('mr mr. sir lord king prince spokesman chairman congressman businessman he him his himself');
/** Kinship words before a name ("her son Alfie", "his wife Marguerite"). */
export const FEMALE_KIN = words('daughter sister wife mother mum mom grandmother granddaughter niece aunt girlfriend widow fiancee');
export const MALE_KIN = words('son brother husband father dad grandfather grandson nephew uncle boyfriend widower fiance');

/** Letters written after a name: offices and honours ("Jane Smith MP", "Tom Fairley KC"). Case as written. */
export const POST_NOMINALS = words('KC QC LJ MP MEP MSP MLA MBE OBE CBE KBE DBE PhD');
/** Those of them a surname alone may carry ("Thorne KC", "Marwood LJ"); not "Labour MP", a party's member. */
export const SURNAME_POST_NOMINALS = words('KC QC LJ');

/** Words that can open a sentence in capitals without being a name. */
export const FUNCTION_WORDS = words(`
  the a an and or but if of in on at to for from by with as is are was were be it its this that these those
  there their they them he she his her him we our you your i me my who whom which what when where why how
  then so also after before about more most other some such only while although though because since until
  meanwhile however following despite during earlier later today yesterday tomorrow last next this on
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december according speaking asked when commenting warning
  another each every both many several few all any none other others some most much such no yes
  among amid amidst across against along around beyond below beneath beside between despite except inside
  near outside over past through throughout toward towards under underneath unlike upon via within without
  even elsewhere separately instead still overall nevertheless nonetheless indeed thus hence moreover
  furthermore besides otherwise similarly likewise finally initially ultimately nearby
  everyone everybody nobody somebody someone anyone anybody everything nothing something anything
  whereas whether unless though once here there i'll i’ll i'm i’m i've i’ve i'd i’d it's it’s that's that’s
  there's there’s here's here’s we're we’re we'll we’ll we've we’ve you're you’re they're they’re
  not never almost nearly perhaps maybe yet
`);

export const PREPOSITIONS_BEFORE_NON_SUBJECT = words('in at on near to into for against over about than toward towards across between among under around within');

/** ISO codes of the currencies news most often prices in ("EUR 471m", "CHF 2.1bn"). */
export const CURRENCY_CODES = words(`
  USD EUR GBP CHF JPY CNY AUD CAD NZD SEK NOK DKK ISK PLN CZK HUF RON BGN RUB UAH TRY INR PKR BDT LKR IDR MYR
  SGD THB PHP VND KRW HKD TWD ZAR NGN KES GHS EGP MAD BRL ARS CLP COP PEN MXN ILS SAR AED QAR KWD
`);

/** Things that say what their writer wrote: "the statement said", "an email Harcombe sent". */
export const DOCUMENT_NOUNS = words(`
  statement report study survey letter post filing complaint lawsuit email note memo release announcement notice ruling judgment judgement
  declaration petition draft
`);

/** A street's name ("Mill Lane", "Main Street"): a place, and in "on Main Street, Ballinvoe," an address. */
export const STREET = /\s(?:Lane|Road|Street|Avenue|Square|Quay|Close|Crescent|Drive|Way|Terrace|Row|Place)$/;
