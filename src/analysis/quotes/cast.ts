// Builds the story's cast from every article's mentions, then reads appositions for roles
// ("X, the union’s general secretary,"), pronoun chains for gender ("X said she …") and the names
// told of as bodies ("X, which runs the shelters").
import { EntityTable } from './entities.ts';
import { FUNCTION_WORDS, ROLE_NOUNS } from './lexicon.ts';
import { frontedFor, isSubjectLike } from './context.ts';
import type { Mention } from './mentions.ts';

export interface MentionSource {
  file: string;
  /** The article's text, and the same with quotations blanked. */
  text: string;
  masked: string;
  /** Mentions per sentence. */
  mentions: Mention[][];
}

export function buildCast(sources: MentionSource[]): EntityTable {
  const table = new EntityTable(sources.flatMap((s) => s.mentions.flat().map((mention) => ({ file: s.file, mention }))));
  for (const s of sources) {
    s.mentions.forEach((list, i) => {
      readAcronyms(table, s.masked, list);
      readAppositions(table, s.masked, list);
      voteGender(table, s.masked, list, s.mentions[i + 1]);
    });
  }
  // (After the roles and the pronouns: a name with either is somebody's.)
  for (const s of sources) for (const list of s.mentions) readBodies(table, s.masked, list);
  for (const s of sources) readNicknames(table, s.text);
  for (const s of sources) readLabels(table, s.text);
  return table;
}

/**
 * "The complaint identifies Mr Mallinson as “Defendant 1”", "refers to her as “Nurse A”": the
 * label a court or a document gives a person names that person wherever the story uses it.
 */
// ("… as “Defendant 1” and Mr Renwick as “Defendant 2”": the next pair shares the verb.)
const NAMED_AS = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:only\s+)?as\s+[“"‘']((?:\p{Lu}[\p{Ll}-]+)[\s-](?:\p{Lu}|\d)[\p{Lu}\d-]{0,3})[”"’']`;
const LABEL_GIVEN = new RegExp(String.raw`\b(?:identif(?:y|ies|ied)|refer(?:s|red)?\s+to|names?|named|designat(?:es|ed))\s+${NAMED_AS}`, 'gu');
const AND_LABEL = new RegExp(String.raw`^,?\s+and\s+${NAMED_AS}`, 'u');

function readLabels(table: EntityTable, text: string): void {
  if (!text.includes(' as ')) return;
  for (const m of text.matchAll(LABEL_GIVEN)) {
    table.addLabel(m[1], m[2]);
    const next = AND_LABEL.exec(text.slice(m.index + m[0].length));
    if (next) table.addLabel(next[1], next[2]);
  }
}

/**
 * "Maren “Mazza” Holt", "Jonah 'Jonno' Pryce": a quoted word between a first name and a surname
 * ("MARCUS 'The Hammer' Delaney": a tabloid's capitals, and "the Hammer" for him after).
 */
// ("Otávio ‘Tavinho’ Bragança Leme": the surname may be of several words.)
const NICKNAME = /(\p{Lu}[\p{L}’'-]+)\s+[“"‘'](?:The\s+)?([\p{Lu}][\p{L}.’'-]*)[”"’']\s+(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})/gu;
const MAYBE_NICKNAME = /\s[“"‘'](?:The\s)?[^\sa-z][^\s]{0,40}[”"’']\s+[^\sa-z]/;

function readNicknames(table: EntityTable, text: string): void {
  // (Most articles quote no single word followed by a capital: a cheap test first, without the
  // unicode classes, which made it a hot spot. It holds wherever NICKNAME matches.)
  if (!MAYBE_NICKNAME.test(text)) return;
  for (const m of text.matchAll(NICKNAME)) table.addNickname(`${m[1]} ${m[3]}`, m[2]);
}

/**
 * "The UK Health Security Agency (UKHSA) said": the bracketed capitals are the body named before
 * them (three letters or more when they do not spell it: "(US)" after a party is a country).
 */
function readAcronyms(table: EntityTable, masked: string, list: Mention[]): void {
  for (let k = 1; k < list.length; k++) {
    const [a, b] = [list[k - 1], list[k]];
    if (b.kind !== 'name' || a.kind !== 'name' || !a.org || masked[b.end] !== ')' || !/^\s*\($/.test(masked.slice(a.end, b.start)) || !/^\p{Lu}{2,7}$/u.test(b.name)) continue;
    // ("The Farmers' Union of Drevonia (SZD)": the letters of its name in its own language.)
    if (spells(b.name, a.name) || b.name.length >= 3) table.addAcronym(a.name, b.name);
  }
}

/**
 * "West Coast Relief (Vestkyst Nødhjælp), which runs the shelters", "Harbour Aid, the charity
 * running the appeal,": a name told of with "which", or set beside a word for a body, is a body
 * ("X, the company’s chief technology officer," is somebody of a body).
 */
function readBodies(table: EntityTable, masked: string, list: Mention[]): void {
  for (const m of list) {
    // "the state news agency VSNA", "the airline Skyvale": the word for a body right before the name.
    // "the solo record Salt Year", "the debut album Glasshouse Weather": a work, nobody who speaks.
    // (After an article or an owner: not "every club Callum Ferrier used", whose word is the object's.)
    const wordRightBefore = m.kind === 'name' && !m.titles.length && masked.slice(m.start - m.before.length - 1, m.start) === `${m.before} ` && !QUANTIFIER_BEFORE.test(masked.slice(Math.max(0, m.start - m.before.length - 12), m.start - m.before.length - 1));
    // ("the sailing yacht Kittiwake Blue", "aboard Arkona Spirit": a vessel, nobody who speaks either.)
    // ("her newsletter, Sitting Pretty, published …": a work named in apposition.)
    const apposed = m.kind === 'name' && !m.titles.length && WORK_APPOSED.test(masked.slice(Math.max(0, m.start - 24), m.start)) && /^\s*,/.test(masked.slice(m.end, m.end + 2));
    const work = apposed || (wordRightBefore && ((WORK_WORDS.has(m.before) && (!/^(?:record|single)$/.test(m.before) || WHICH_WORK.test(masked.slice(Math.max(0, m.start - 30), m.start)))) || VESSEL_WORDS.has(m.before)));
    if (work || (wordRightBefore && BODY_WORD_SET.has(m.before))) {
      if (work) table.markThing(m.name);
      else if (!m.org) table.markBody(m.name, true);
      if (!work) table.addRoles(m.name, [m.before]);
      continue;
    }
    // (Both patterns open with a comma or a bracket: a cheap test first.)
    if (m.kind !== 'name' || m.org || !/^\s*[,(]/.test(masked.slice(m.end, m.end + 3))) continue;
    const after = masked.slice(m.end, m.end + 90);
    // ("promoter Tidewater Live, which cited …": a title too; "Dr Jane Roe, a charity's founder" is somebody.)
    const word = m.titles.length ? undefined : BODY_APPOSITION.exec(after)?.[1];
    if (!word && !WHICH_AFTER.test(after)) continue;
    table.markBody(m.name);
    // ("the agency" later, or "a relief agency" in the headline, is that body.)
    if (word) table.addRoles(m.name, [word]);
  }
}
/** Words for a body, of any sort. */
const BODY_WORDS = ['agency', 'charity', 'company', 'firm', 'group', 'organisation', 'organization', 'body', 'regulator', 'authority', 'association', 'foundation', 'trust', 'union', 'insurer', 'bank', 'lender', 'retailer', 'broadcaster', 'network', 'club', 'council', 'institute', 'nonprofit', 'non-profit', 'carrier', 'airline', 'publisher', 'promoter', 'promoters', 'operator', 'developer', 'distributor', 'manufacturer', 'utility', 'provider', 'chain', 'startup', 'supplier', 'carmaker', 'drugmaker'];
const BODY_WORD_SET = new Set(BODY_WORDS);
const QUANTIFIER_BEFORE = /\b(?:every|each|any|no|which|what|whichever)\s+$/i;
/** Words for a work, before its title ("record" and "single" only after a word saying which: they are verbs or adjectives too). */
const WORK_WORDS = new Set(['album', 'song', 'film', 'movie', 'novel', 'memoir', 'documentary', 'podcast', 'opera', 'musical', 'record', 'single']);
const WORK_APPOSED = /\b(?:his|her|its|their|the|a|an)\s+(?:album|song|film|movie|novel|memoir|documentary|podcast|newsletter|blog|column|book|show|series)\s*,\s*$/i;
const VESSEL_WORDS = new Set(['yacht', 'boat', 'ship', 'vessel', 'tanker', 'trawler', 'ferry', 'freighter', 'cutter', 'frigate', 'destroyer', 'submarine', 'liner', 'schooner', 'catamaran', 'trimaran', 'dinghy', 'tug', 'barge', 'icebreaker', 'lifeboat', 'aboard']);
const WHICH_WORK = /\b(?:solo|debut|new|latest|first|last|second|third|hit|live|studio)\s+(?:record|single)\s+$/i;
/** ", which runs the shelters": "which" as the subject of a verb ("which the judges called" is told of a thing). */
const WHICH_AFTER = /^\s*(?:\([^()]{1,60}\)\s*)?,\s+which\s+(?!(?:the|a|an|his|her|its|their|he|she|they|it|we|i|you)\b)\p{Ll}/u;
// ("Skyfari, Iceland's largest airline,", "Skyfari, the Icelandic carrier,": a place's, and a nationality.)
const BODY_APPOSITION = new RegExp(`^\\s*(?:\\([^()]{1,60}\\)\\s*)?,\\s+(?:the|an?|\\p{Lu}\\p{Ll}+[’']s)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}\\p{Ll}+(?:an|ish|ese|ic|i))\\s+){0,2}(${BODY_WORDS.join('|')})(?=\\s*[,.;)]|\\s+(?:\\p{Ll}+ing|that|which|behind|based|in|of|for|at|with|whose)\\b)`, 'u');

/** The acronym's letters, in order, among the name's capitals, the first first ("UKHSA" in "UK Health Security Agency"). */
function spells(acronym: string, name: string): boolean {
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  if (capitals[0] !== acronym[0]) return false;
  let at = 0;
  for (const c of acronym) {
    at = capitals.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function readAppositions(table: EntityTable, masked: string, list: Mention[]): void {
  for (const m of list) {
    if (m.kind !== 'name' || m.org) continue;
    // After: "Name, the union’s general secretary, said" (only after a comma: a cheap test first).
    // ("Name, 38, a Mexican veteran, said": past an age.)
    // (Not a clause of its own: "On Stanbury, the spokesperson said the prime minister was “…”,".)
    const after = masked.charCodeAt(m.end) === 44 && /^,\s*(?:\d{1,3},\s*)?((?:[Tt]he|an?|its|his|her|their|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*[’']s)\s+[^,;.“”"]{2,80}?)\s*[,;.]/u.exec(masked.slice(m.end, m.end + 120));
    if (after && !SAYS.test(after[1])) addRoleWords(table, m.name, after[1]);
    // ("Joanne Lusk, leader of Kestleford Borough Council, said", "Marcus Hale, chief executive of
    // Harwell, said": a role without its article.)
    else if (masked.charCodeAt(m.end) === 44) {
      const bare = BARE_ROLE.exec(masked.slice(m.end, m.end + 120));
      if (bare && isRoleRun(bare[1])) addRoleWords(table, m.name, bare[1] + bare[2]);
    }
    // Before: "Leeds City Transit’s chief executive, Name, said" (only after a comma: a cheap test first).
    if (!commaBefore(masked, m.start)) continue;
    const lead = masked.slice(Math.max(0, m.start - 100), m.start);
    // ("between Reddaway and his race engineer, Tomasz Rybak": after a joining word too.)
    // (Not across a quotation: "working with the trust and partners “…” Marcus Eyre-Latham, NCDC's".)
    const before = /(?:^|[,;.]\s|\n|\s(?:and|by|with|between|to|from)\s)((?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*[’']s\s+)[^,;.“”"]{2,80}?),\s*$/u.exec(lead);
    if (before && !SAYS.test(before[1])) addRoleWords(table, m.name, before[1]);
  }
}

/** ", chief executive of Harwell Aggregates,": lower-case words ending in a role, then whose it is. */
const BARE_ROLE = /^,\s*(?:\d{1,3},\s*)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)((?:\s+(?:of|at|for|with)\s+[^,;.“”"]{2,60}?)?)\s*[,;.]/u;
/** Words of a role: no function word, no participle first ("speaking to reporters"), a role noun last. */
function isRoleRun(run: string): boolean {
  const words = run.split(/\s+/);
  return ROLE_NOUNS.has(words[words.length - 1]) && !/(?:ing|ed)$/.test(words[0]) && !words.some((w) => FUNCTION_WORDS.has(w));
}

/** A verb of saying inside what would be an apposition: a clause, not a role ("the spokesperson said the …"). */
const SAYS = /\s(?:said|says|told|tells|added|adds|wrote|writes)\s/;

/** A comma, then only spaces, right before `at` (what the "before" pattern must end with). */
function commaBefore(masked: string, at: number): boolean {
  const from = Math.max(0, at - 100);
  let k = at - 1;
  while (k >= from && /\s/.test(masked[k])) k--;
  return k >= from && masked.charCodeAt(k) === 44;
}

const CLAUSE_WORDS = new Set(['after', 'before', 'with', 'since', 'during', 'until', 'when', 'while', 'as', 'who', 'whom', 'whose', 'which', 'that']);

function addRoleWords(table: EntityTable, name: string, phrase: string): void {
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(the|a|an|of|to|for|in|at|and|its|his|her|their)$/.test(w));
  // The role comes before any clause the phrase goes on to ("Rome, a day after the audience with
  // Pope Clement": no role of Rome's; "a spokeswoman for the ministry": the ministry's words kept).
  const clause = words.findIndex((w) => CLAUSE_WORDS.has(w));
  const head = clause < 0 ? words : words.slice(0, clause);
  // ("Delaney, the 31-year-old Briton who holds the belt,": an age tells who "the 31-year-old" is elsewhere.)
  const age = /\b(\d{1,3})-year-old\b/.exec(phrase)?.[1];
  if (!head.some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')))) {
    if (age) table.addRoles(name, [`${age}-year-old`]);
    return;
  }
  // ("the guitarist with whom she formed the band": a relative clause tells of others; its "she" is no cue.)
  const relative = words.findIndex((w) => RELATIVE_WORDS.has(w));
  table.addRoles(name, relative < 0 ? words : words.slice(0, relative));
}
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);

const GENDERED = /^(he|she|his|her|him)$/i;
const OTHERS_CLAUSE = /\b(?:whom|whose|(?:said|says|added|adds|told|recalled|recalls|noted|explained|insisted|wrote|writes)\s+(?:\w+\s+)?that)\b/i;
/** Whoever speaks for another: what they say is mostly of that other ("his lawyer insists he is innocent"). */
const SPEAKS_FOR_ANOTHER = new Set(['lawyer', 'attorney', 'solicitor', 'barrister', 'counsel', 'agent', 'publicist', 'representative', 'advocate', 'spokesman', 'spokeswoman', 'spokesperson']);
const SPEECH_BETWEEN = /\b(?:said|says|added|adds|told|tells|insisted|insists|claimed|claims|argued|argues|denied|denies|maintains|maintained)\b/i;

function voteGender(table: EntityTable, masked: string, list: Mention[], next: Mention[] | undefined): void {
  const subject = list.find((m) => m.kind === 'name' && !m.org && !m.possessive);
  if (!subject) return;
  const idx = list.indexOf(subject);
  const follower = list.slice(idx + 1).find((m) => m.kind !== 'role' || !m.org);
  // ("Robbie Strand, the guitarist with whom she formed the band,": the pronoun after "whom" is another's;
  // "Sayers added that she had regarded the ban": the one spoken of may be anyone; "Carbonell’s
  // lawyer Inmaculada Ferrer insists he is innocent": one who speaks for another speaks of them.)
  // ("cooperation with Kessane would be suspended, he said": a preposition's object is no subject.)
  const subjectLike = (isSubjectLike(subject) && subject.before !== 'with') || frontedFor(masked, subject);
  const between = follower ? masked.slice(subject.end, follower.start) : '';
  const forAnother = subject.titles.some((t) => SPEAKS_FOR_ANOTHER.has(t)) && SPEECH_BETWEEN.test(between);
  // ("Jonas Ekholm, who took her on two years ago when she was training": a pronoun in the name's
  // own "who" clause is as often another's, the one it acts on.)
  const inWhoClause = /^,\s+who\b/i.test(between);
  if (subjectLike && follower?.kind === 'pronoun' && follower.pronoun && /^(he|she)$/.test(follower.pronoun) && !OTHERS_CLAUSE.test(between) && !forAnother && !inWhoClause) table.voteGender(subject.name, follower.pronoun);
  const lead = next?.[0];
  // (Not a name after a preposition: "… the evacuation of all of Pinecrest that night. Standing in
  // her driveway, she …" tells nothing of the town.)
  const names = list.filter((m) => m.kind === 'name' && !m.org);
  if (lead?.kind === 'pronoun' && lead.pronoun && GENDERED.test(lead.pronoun) && names.length === 1 && names[0] === subject && subjectLike) table.voteGender(subject.name, lead.pronoun);
}
