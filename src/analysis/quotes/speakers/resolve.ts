// Turns a mention into a speaker name: names through the story's cast, role descriptions to the
// person the story introduced with that role, pronouns to the nearest compatible person before.
import { CALENDAR_WORD } from '../../dates/calendar.ts';
import { frontedFor, inAddress, isSubjectLike, nameGiven, namesWork, sentenceAt, type ArticleContext, type Resolved } from '../context.ts';
import { BUSINESS_NOUNS, DESCRIPTIVE_NOUNS, DOCUMENT_NOUNS, FEMALE_CUES, MALE_CUES, PEOPLE_NOUNS, ROLE_NOUNS, ROLE_SYNONYMS, STREET } from '../lexicon.ts';
import type { Entity } from '../../types.ts';
import { SUBJECT_FORM, isVerb, pronounMention, type Mention } from '../mentions.ts';
import { SILENT, verbsIn } from './cues.ts';
import { sentenceSubject } from './subject.ts';

const MAX_SENTENCES_BACK = 6;
/** Words written, not spoken: a post, a letter, a statement. */
const WRITTEN = /\b(?:wrote|writes|posted|posts|tweeted|in\s+an?\s+(?:post|statement|letter|message|email|e-mail))\b/;

export function resolveMention(ctx: ArticleContext, m: Mention, sentence: number, depth = 0): Resolved | null {
  if (depth > 3) return null;
  if (m.kind === 'name') {
    // "a post on LinkedIn", "told Instagram followers": a platform carries words, it says none.
    if (PLATFORMS.has(m.name)) return null;
    const e = ctx.table.resolveName(m.name, m.org);
    return { name: e?.name ?? m.name, entity: e, org: e ? e.kind === 'organisation' : m.org };
  }
  if (m.kind === 'role') return resolveRole(ctx, m, sentence, depth);
  return resolvePronoun(ctx, m, sentence, depth);
}

const PLATFORMS = new Set(['X', 'X.', 'LinkedIn', 'Instagram', 'Facebook', 'Twitter', 'TikTok', 'YouTube', 'Threads', 'Bluesky', 'WhatsApp', 'Telegram', 'Reddit', 'Snapchat', 'Substack', 'Mastodon', 'Weibo', 'WeChat']);

const PUBLIC_BODY = /\b(commission|agency|authority|department|ministry|administration|office|bureau|board|council|government|parliament|court|police|embassy|regulator|service)\b/i;
const PUBLIC_ROLE = /^(commission|agency|authority|department|ministry|administration|office|bureau|board|council|government|regulator|court|police|embassy)$/;
/** Words for a body of any sort (words for a business are BUSINESS_NOUNS). */
const GENERIC_BODY = /^(agency|regulator|organisation|organization|group|body|authority|department|commission|club|team|union|party|league|association|federation|council)$/;
const BODY = /\b(embassy|ministry|department|office|commission|committee|council|agency|authority|government|administration|union|association|company|police|court|board|bureau|house|federation|club|team|party)\b/i;

/** What a role is for, between it and the comma of an apposition: " for the company" in "a lawyer for the company, Priya Shah,". */
export const ROLE_FOR = String.raw`(?:\s+(?:for|at|of|with)\s+[^,;:.!?]{2,40})?`;
/** Between a role and the name it goes by. */
// ("one user, posting as @kez_runs, wrote": the handle.)
const CALLED = /^(?:\s+(?:(?:(?:which|who)\s+)?call(?:s|ing)\s+(?:itself|himself|herself|themselves)|known\s+as|called|named)|,\s+(?:posting|writing|tweeting)\s+(?:online\s+)?(?:as|under\s+the\s+(?:name|handle)))\s+$/i;
/** Between a role and the name in apposition (and between that name and the verb: the closing comma). */
export const APPOSITION_GAP = new RegExp(`^${ROLE_FOR},\\s*$`);
const BODY_APPOSITION = new RegExp(`^${ROLE_FOR},\\s*the\\s+$`, 'i');
/**
 * After the name in apposition: whom it is with, if said ("Nadia Ferrante of Ferrante Gould LLP"),
 * then a comma or a bracket, or the sentence's end ("…,” said the mayor, Luisa Pedrazzini.").
 */
const APPOSED_NAME_ENDS = new RegExp(`^(?:${ROLE_FOR}\\s*(?:,|[.;](?:\\s|$))|\\s*\\()`);

function resolveRole(ctx: ArticleContext, m: Mention, sentence: number, depth: number): Resolved | null {
  if (m.group) {
    if (m.qualifier) return { name: `${capitalise(m.text.toLowerCase()).split(' ')[0]} ${m.qualifier}`, org: true };
    // "analysts at Jefferies", "researchers from the University of Leeds": described by whom they are with.
    const after = ctx.mentions[sentence]?.find((c) => c.start >= m.end);
    if (after?.kind === 'name' && GROUP_OF.test(ctx.masked.slice(m.end, after.start))) {
      const r = resolveMention(ctx, after, sentence, depth + 1);
      if (r) return { name: `${r.name} ${m.text.toLowerCase()}`, org: true };
    }
    // ("Inspectors said" after "the School Standards Inspectorate": the body their own word names first.)
    const kin = kindredBody(ctx, m, sentence);
    if (kin) return { name: kin.name, entity: kin, org: true };
    const body = nearest(ctx, sentence, m.start, (c) => (c.kind === 'name' && isBody(ctx, c)) || (c.kind === 'role' && !c.group && c.org && BODY.test(c.head!)));
    return body ? resolveMention(ctx, body.mention, body.sentence, depth + 1) : null;
  }
  // "a group calling itself HollowPike", "a man named Tom Hale": the name it goes by.
  const called = ctx.mentions[sentenceAt(ctx, m.start)]?.find((c) => c.start > m.end && c.kind === 'name' && CALLED.test(ctx.masked.slice(m.end, c.start)));
  if (called) return resolveMention(ctx, called, sentence, depth + 1);
  // "its chief executive, Jane Doe, said", "The players’ union, AFE, said": the name in apposition.
  // ("Tchaka's party, the Rally for Renewal (RR), said": a body's name may keep its "the".)
  const gap = (c: Mention) => APPOSITION_GAP.test(ctx.masked.slice(m.end, c.start)) || (m.org && BODY_APPOSITION.test(ctx.masked.slice(m.end, c.start)));
  // (In the role's own sentence: after a quote of several sentences, `sentence` is the one it opens in.)
  const next = ctx.mentions[sentenceAt(ctx, m.start)]?.find((c) => c.start > m.end && c.kind === 'name' && gap(c));
  // ("Crowe's attorney, Nadia Ferrante of Ferrante Gould LLP, said": whom the name is with may follow it.)
  if (next && APPOSED_NAME_ENDS.test(ctx.masked.slice(next.end, next.end + 50))) {
    return resolveMention(ctx, next, sentence, depth + 1);
  }
  // "West Coast Relief, the agency running the shelters, said": the name the role stands beside.
  if (m.org && /^the\s/i.test(m.text)) {
    const list = ctx.mentions[sentence] ?? [];
    const prev = list[list.indexOf(m) - 1];
    // (Not "In a post on X, the airline said": a name after a preposition is where, not whom.)
    if (prev?.kind === 'name' && !prev.possessive && isSubjectLike(prev) && /^\s*(?:\([^()]{1,60}\)\s*)?,\s*$/.test(ctx.masked.slice(prev.end, m.start))) return resolveMention(ctx, prev, sentence, depth + 1);
  }
  // "the family of Mr Daniel Obi": the family speaks as one body, by the surname ("Obi family").
  if (m.head === 'family') {
    const of = ctx.mentions[sentence]?.find((c) => c.start > m.end && c.kind === 'name' && /^\s+of\s+$/.test(ctx.masked.slice(m.end, c.start)));
    const person = of && resolveMention(ctx, of, sentence, depth + 1);
    if (person && !person.org) return { name: `${person.name.split(/\s+/).at(-1)} family`, org: true };
  }
  // "the statement said", "the report found": the document speaks for whoever issued it, named
  // right after it ("a statement from the Electoral Commission") or earlier.
  if (DOCUMENT.test(m.head!)) {
    // ("The joint statement reads:": a document of several parties speaks for no one of them.)
    if (m.modifiers?.includes('joint')) return null;
    const from = ctx.mentions[sentence]?.find((c) => c.start > m.end && c.kind !== 'pronoun' && ISSUED_BY.test(ctx.masked.slice(m.end, c.start)));
    const named = from && resolveMention(ctx, from, sentence, depth + 1);
    if (named) return named;
    // "an email Harcombe sent on 14 June", "the letter she wrote": who sent or wrote it.
    const writer = ctx.mentions[sentence]?.find((c) => c.start > m.end && c.kind !== 'role' && /^\s+(?:that\s+)?$/.test(ctx.masked.slice(m.end, c.start)) && WROTE.test(ctx.masked.slice(c.end, c.end + 20)));
    const wrote = writer && resolveMention(ctx, writer, sentence, depth + 1);
    if (wrote) return wrote;
    // "Tennant’s memo said": its owner, named right before it.
    const whose = ctx.mentions[sentence]?.find((c) => c.possessive && c.kind === 'name' && /^[’']?s?\s+$/.test(ctx.masked.slice(c.end, m.start)));
    const owned = whose && resolveMention(ctx, whose, sentence, depth + 1);
    if (owned) return owned;
    // "the university’s statement": the body its owner's word stands for.
    const owner = m.modifiers?.find((w) => /[’']s$/.test(w))?.slice(0, -2);
    // "the family’s statement": the family's words, as "the family said".
    if (owner === 'family') return resolveRole(ctx, { ...m, head: 'family', modifiers: [] }, sentence, depth + 1);
    const body = owner && (nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c) && c.name.toLowerCase().includes(owner)) ?? bodyBefore(ctx, owner, [], sentence, m.start));
    if (body) return resolveMention(ctx, body.mention, body.sentence, depth + 1);
    // Named further back: the one body of the story with that word in its name; else the word itself.
    const known = owner ? ctx.table.resolveName(owner, true) : undefined;
    if (known?.kind === 'organisation') return { name: known.name, entity: known, org: true };
    // "The Commissioner’s report": the person the story gives that title.
    const holder = owner && ROLE_NOUNS.has(owner) ? ctx.table.resolveRole(owner, [], false, () => 0) : undefined;
    if (holder) return { name: holder.name, entity: holder, org: false };
    if (owner && (GENERIC_BODY.test(owner) || BUSINESS_NOUNS.has(owner) || PUBLIC_ROLE.test(owner))) return { name: capitalise(owner), org: true };
    const sued = LEGAL_FILING.test(m.head!) ? plaintiff(ctx, sentence, m.start, depth) : null;
    if (sued) return sued;
    const issued = issuer(ctx, m, sentence, depth);
    if (issued) return issued;
    // "A statement issued in Whitehall", "a written ministerial statement": whose, nothing says; the
    // document is no speaker ("the Court of Audit report" still names its body below).
    if (!/\p{Lu}/u.test(m.text.slice(1))) return null;
  }
  // "A spokesperson for X warned … ‘…,’ the spokesperson said": the one just introduced.
  if (/^the\s/i.test(m.text) && !m.org) {
    const just = nearest(ctx, sentence, m.start, (c) => c.kind === 'role' && c.head === m.head && INDEFINITE.test(c.text));
    if (just && sentence - just.sentence <= 1) return resolveMention(ctx, just.mention, just.sentence, depth + 1);
  }
  const recency = recencyScorer(ctx, m.start);
  // "a spokesperson for the landlords' body" is someone not named, not the spokesperson named before
  // ("a federal prosecutor urged jurors" may well be the prosecutor named later).
  // ("said a senior executive at one of the fined companies": of a body left unsaid, so no one named.)
  const unnamed = INDEFINITE.test(m.text) && (SPEAKS_FOR.test(m.head!) || keptAnonymous(ctx, m, sentence) || AT_ONE_OF.test(ctx.masked.slice(m.end, m.end + 24)));
  // ("that the judges had now said “…”": people of a role are no one person of it.)
  const e = unnamed || isPluralRole(m) ? undefined : ctx.table.resolveRole(m.head!, m.modifiers ?? [], m.org, (x) => recency(x.name));
  // "the company" is one the article has named already: a body of that sort it names only later
  // (or another article names) is the last resort, unless its name has the very word ("the
  // commission": the "… Boundaries Commission", "Brackwell Staging Ltd" is a company by "Ltd" only).
  const unseen = !!e && m.org && /^the\s/i.test(m.text) && recency(e.name) < 0 && !e.name.toLowerCase().split(/\s+/).includes(m.head!);
  // ("Television chef Tobias Fennimore … the chef said", another article's "head chef Niamh Garvey":
  // a word for what someone does is first the person this article has just named.)
  const elsewhere = !!e && !m.org && DESCRIPTIVE_NOUNS.has(m.head!) && /^the\s/i.test(m.text) && recency(e.name) < 0;
  const just = elsewhere ? justNamed(ctx, m, sentence, depth) : null;
  if (just) return just;
  if (e && !unseen) return { name: e.name, entity: e, org: e.kind === 'organisation' };
  // ("the Mexican told reporters": the one the story calls Mexican, "Raúl Echeverría, a Mexican veteran".)
  const nation = m.head === 'descriptor' && m.modifiers?.length === 1 && /^\p{Lu}/u.test(m.text.slice(4)) ? ctx.table.resolveRole(m.modifiers[0], [], false, (x) => recency(x.name)) : undefined;
  if (nation) return { name: nation.name, entity: nation, org: false };
  if ((m.head === 'descriptor' || DESCRIPTIVE_NOUNS.has(m.head!)) && /^the\s/i.test(m.text)) return justNamed(ctx, m, sentence, depth);
  if (m.head === 'descriptor') return null;
  // "The officials, who spoke on condition of anonymity, said": the ones a qualifier described before.
  if (/^the\s+\S+s$/i.test(m.text)) {
    const described = nearest(ctx, sentence, m.start, (c) => !!c.group && !!c.qualifier && c.head === m.head!.replace(/s$/, ''));
    if (described && sentence - described.sentence <= 2) return resolveMention(ctx, described.mention, described.sentence, depth + 1);
  }
  // "described by the judges as the “mastermind”": people of a role, named by it (a group: no "he").
  const people = /^the\s+(\S+)$/i.exec(m.text)?.[1];
  // ("the authors write": a plural the lexicon holds as it is.)
  const plural = m.head!.endsWith('s') && ROLE_NOUNS.has(m.head!.slice(0, -1)) && people?.toLowerCase() === m.head;
  if (people && !m.org && !(m.modifiers ?? []).length && (plural || isPluralOf(people.toLowerCase(), m.head!))) {
    return { name: people[0].toUpperCase() + people.slice(1), org: true };
  }
  // ("one supplier who … asked not to be named": somebody, whatever a supplier may be.)
  if (!m.org || (INDEFINITE.test(m.text) && keptAnonymous(ctx, m, sentence))) return describedPerson(ctx, { ...m, org: false }, sentence, depth);
  if (m.org) {
    // ("the press office of the STF said": the body it belongs to, named right after it.)
    const of = /^the\s/i.test(m.text) ? ctx.mentions[sentence]?.find((c) => c.start >= m.end && c.kind === 'name' && OF_BODY.test(ctx.masked.slice(m.end, c.start))) : undefined;
    if (of && isBody(ctx, of)) return resolveMention(ctx, of, sentence, depth + 1);
    // "the ministry": the nearest body named before it with that word, else of the same sort
    // (a public body for "the agency", a business for "the company").
    const named = nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c) && c.name.toLowerCase().includes(m.head!));
    if (named) return resolveMention(ctx, named.mention, named.sentence, depth + 1);
    // A word for a business ("the airline", "the tech giant") is the nearest business named before.
    const business = privateBody(m.head!) && bodyBefore(ctx, m.head!, m.modifiers ?? [], sentence, m.start);
    if (business) return resolveMention(ctx, business.mention, business.sentence, depth + 1);
    // "The embassy also added": the same body described more fully earlier ("the Chilean embassy").
    const described = nearest(ctx, sentence, m.start, (c) => c.kind === 'role' && c.head === m.head && (c.modifiers ?? []).length > (m.modifiers ?? []).length);
    if (described) return resolveMention(ctx, described.mention, described.sentence, depth + 1);
    // A bare generic word ("the agency", "the company") points to the nearest body of its sort.
    const body = !privateBody(m.head!) && bodyBefore(ctx, m.head!, m.modifiers ?? [], sentence, m.start);
    if (body) return resolveMention(ctx, body.mention, body.sentence, depth + 1);
    if (e) return { name: e.name, entity: e, org: true };
    // Unnamed body: its description, without determiners and country abbreviations ("U.S.").
    // (As written when plural: "the families" are "Families".)
    const written = m.text.toLowerCase().split(/\s+/).pop()!;
    const words = [...(m.modifiers ?? []).filter((w) => !/^(the|a|an|its|their|his|her)$/.test(w) && !/\./.test(w)), isPluralOf(written, m.head!) ? written : m.head!];
    return { name: capitalise(words.join(' ')), org: true };
  }
  return null;
}

const WROTE = /^\s+(?:had\s+)?(?:sent|wrote|signed|posted|emailed|drafted|penned)\b/;
const OF_BODY = /^\s+of\s+(?:the\s+)?$/i;
export const DOCUMENT = new RegExp(`^(?:${[...DOCUMENT_NOUNS].join('|')})$`);
const ISSUED_BY = /^,?\s+(?:(?:issued|released|published|sent|signed)\s+)?(?:from|by|of)\s+(?:the\s+)?$/i;

/** A court filing speaks for whoever brought the case. */
const LEGAL_FILING = /^(?:complaint|lawsuit|suit|filing|claim|declaration|petition)$/;
// ("Pell filed suit", "Szabo filed a declaration … The filing states": who filed last.)
const SUED = /\b(?:sued|filed\s+(?:(?:a|the|an)\s+)?(?:lawsuit|complaint|suit|claim|declaration|motion|petition)|brought\s+(?:a|the)\s+(?:lawsuit|case|suit|claim))\b/;

/** "Tessa Vaughan has sued the museum. … the complaint alleges": the subject of the nearest "sued" before. */
function plaintiff(ctx: ArticleContext, sentence: number, before: number, depth: number): Resolved | null {
  for (let s = sentence, n = 0; s >= 0 && n <= MAX_SENTENCES_BACK * 2; s--, n++) {
    const from = ctx.sentences[s].start;
    const text = ctx.masked.slice(from, s === sentence ? before : ctx.sentences[s].end);
    const m = SUED.exec(text);
    const subject = m && sentenceSubject(ctx, s, from + m.index);
    const r = subject && subject.kind !== 'role' ? resolveMention(ctx, subject, s, depth + 1) : null;
    if (r) return r;
  }
  return null;
}

/** Verbs of saying whose words a document carries: "said in a statement", "explained her decision in an email". */
const SPEAKS_IN = 'said|stated|announced|added|explained|outlined';
/** " explained her decision in ", " said in ": such a verb right before the document. */
const SPOKEN_IN = new RegExp(String.raw`\b(?:${SPEAKS_IN}|wrote)\b[^.;:!?]{0,40}\bin\s+$`);

/** Who issued the document: the subject of the nearest earlier sentence that mentions it. */
function issuer(ctx: ArticleContext, m: Mention, sentence: number, depth: number): Resolved | null {
  const word = new RegExp(`\\b${m.head}s?\\b`, 'i');
  // ("In her report, Lyall-Hendry said …" nine sentences before "the report states": further back
  // than a pronoun's antecedent, a sentence whose writer wrote it, owns it ("her", "its") or spoke
  // "in a memo".)
  const owned = new RegExp(`\\b(?:his|her|their|its|in\\s+an?)\\s+(?:[\\p{L}-]+\\s+)?${m.head}s?\\b`, 'iu');
  // "she had written an email in June", "…, the Royal Household said in a written statement",
  // "the Supporters’ Trust, which issued a statement", "explained her decision in an email": whoever
  // wrote, sent or said it, before whoever the sentence is about.
  // ("the School Standards Inspectorate (SSI) published its damning report": past its acronym.)
  const wroteIt = new RegExp(`^(?:\\s*\\([^()]{1,12}\\))?(?:,\\s+(?:which|who))?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:had\\s+|has\\s+)?(?:written|wrote|sent|signed|drafted|issued|posted|published|(?:${SPEAKS_IN})\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}?in)\\s+(?:an?|the|this|that|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?${m.head}s?\\b`, 'iu');
  for (let s = sentence, n = 0; s >= 0 && n <= MAX_SENTENCES_BACK * 3; s--, n++) {
    const text = ctx.masked.slice(ctx.sentences[s].start, s === sentence ? m.start : ctx.sentences[s].end);
    // (The document's own sentence may name its writer: "the Supporters’ Trust, which issued a
    // statement"; only an earlier mention of it tells whom a sentence about it means.)
    const named = word.test(text);
    if (!named && s !== sentence) continue;
    const writer = ctx.mentions[s].find((c) => (s !== sentence || c.start < m.start) && c !== m && wroteIt.test(ctx.masked.slice(c.end, c.end + 60)));
    const wrote = writer && resolveMention(ctx, writer, s, depth + 1);
    if (wrote) return wrote;
    if (!named || (n > MAX_SENTENCES_BACK && !owned.test(text))) continue;
    // ("In a written statement issued through Ashgrove Lane Communications, … lawyer Ruggero Alvisi
    // said": who passed the document on, inside the opening phrase, is not its subject.)
    const subject = ctx.mentions[s].find((c) => c.start < (s === sentence ? m.start : Infinity) && isSubjectLike(c) && c !== m && !(c.kind === 'role' && DOCUMENT.test(c.head ?? '')) && !IN_OPENING_PHRASE.test(ctx.masked.slice(ctx.sentences[s].start, c.start)));
    const r = subject && resolveMention(ctx, subject, s, depth + 1);
    if (r) return r;
  }
  return null;
}

/** "In a written statement issued through …": still inside a sentence's opening "In …" phrase. */
const IN_OPENING_PHRASE = /^\W*In\s+(?:an?|the|its|his|her|their)\s[^,;.]*$/i;

/** "a diplomat who asked not to be named": someone the story keeps unnamed. */
// ("a producer whom she did not name", "whom she declined to identify": the speaker withholds the name.)
const ANONYMOUS = /\b(?:asked not to be (?:named|identified)|on condition of anonymity|declined to be (?:named|identified)|not authori[sz]ed to speak|whom (?:he|she|they) (?:did not|didn[’']t|would not|wouldn[’']t|declined to|refused to) (?:name|identify))\b/;

function keptAnonymous(ctx: ArticleContext, m: Mention, sentence: number): boolean {
  return ANONYMOUS.test(ctx.masked.slice(m.end, ctx.sentences[sentence].end));
}

/** A role said in the plural ("the judges", "the appeal judges"): people of a role, not a body. */
export function isPluralRole(m: Mention): boolean {
  return m.kind === 'role' && !m.org && isPluralOf(m.text.toLowerCase().split(/\s+/).pop()!, m.head!);
}

/** `word` is the plural of the role word `head` ("officials", "witnesses", "families"). */
function isPluralOf(word: string, head: string): boolean {
  return [head, head.replace(/y$/, 'i')].some((stem) => word.startsWith(stem) && /^(?:s|es)$/.test(word.slice(stem.length)));
}

const OUT_OF = /\bout\s+of\s+$/i;
/** ", and " or ", but " before a subject: a main clause of its own. */
const JOINED_CLAUSE = /[,;]\s+(?:and|but)\s+$/;
const AT_ONE_OF = /^\s+(?:at|from|with|in|of)\s+one\s+of\s/i;
/** "a", "an" or "one" before a description: someone not named. */
const INDEFINITE = /^(?:a|an|one|another)\s+/i;

/** "CQC" for the one body of the story whose capitalised words begin with those letters ("Care Quality Commission"). */
function spelledOut(ctx: ArticleContext, acronym: string): Entity | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
  const bodies = ctx.table.entities().filter((e) => e.kind === 'organisation' && e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === acronym);
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** The body that owns a role: a body's name in the possessive right before it, or "its" or "the company’s" for the one named before. */
function employerOf(ctx: ArticleContext, m: Mention, sentence: number, depth: number): string | null {
  // (The mention may be a copy: the one before it is found by place.)
  let prev: Mention | undefined;
  for (const c of ctx.mentions[sentence] ?? []) if (c.end <= m.start) prev = c;
  if (prev?.kind === 'name' && prev.possessive && /^\s+$/.test(ctx.masked.slice(prev.end, m.start))) {
    const r = resolveMention(ctx, prev, sentence, depth + 1);
    if (r?.org) return r.name;
    // ("Castellan’s": the one body whose name starts so, when no person of the story is called that.)
    if (r?.entity && (r.entity.roles.length || ctx.table.gender(r.entity) !== 'unknown')) return null;
    const first = prev.name.toLowerCase();
    const bodies = ctx.table.entities().filter((e) => e.kind === 'organisation' && e.name.toLowerCase().startsWith(`${first} `));
    return bodies.length === 1 ? bodies[0].name : null;
  }
  const owner = /^its\s/i.test(m.text) ? '' : /^the\s+(\p{Ll}+)[’']s\s/iu.exec(m.text)?.[1];
  if (owner === undefined || (owner && !BUSINESS_NOUNS.has(owner) && !GENERIC_BODY.test(owner))) return null;
  const body = owner ? bodyBefore(ctx, owner, [], sentence, m.start) : nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c));
  const r = body && resolveMention(ctx, body.mention, body.sentence, depth + 1);
  return r?.org ? r.name : null;
}

/**
 * A person the article never names: "a senior official, speaking on condition of anonymity"; later
 * "the official" is the same person. The description is the best name there is.
 */
function describedPerson(ctx: ArticleContext, m: Mention, sentence: number, depth: number): Resolved | null {
  // "the official" is one described before; "a Nice spokesperson" after "an MHRA spokesperson" is another.
  const mods = (m.modifiers ?? []).join(' ');
  // ("One top-20 shareholder, who asked not to be named, … the investor said": a synonym too.)
  const heads = ROLE_SYNONYMS[m.head!] ?? [m.head!];
  const earlier = !INDEFINITE.test(m.text) && nearest(ctx, sentence, m.start, (c) => c.kind === 'role' && !c.org && !c.group && heads.includes(c.head!) && c !== m && (INDEFINITE.test(c.text) || !!c.qualifier) && (!mods || (c.modifiers ?? []).join(' ') === mods));
  if (earlier && depth < 3) return resolveMention(ctx, earlier.mention, earlier.sentence, depth + 1);
  // "the representative of Lusandia said", "the ambassador of Porvenia": whom the role serves,
  // named after "of" (no one in the cast has the role).
  // (Not in apposition: "Tissa Darova, the resident of Dolnby, told …" is Tissa Darova.)
  const list = ctx.mentions[sentence] ?? [];
  const apposed = list.some((c) => c.kind === 'name' && !c.org && c.end <= m.start && /^\s*,\s*$/.test(ctx.masked.slice(c.end, m.start)));
  const ofName = !INDEFINITE.test(m.text) && !apposed ? list.find((c) => c.start >= m.end && (c.kind === 'name' || c.org) && /^\s+of\s+(?:the\s+)?$/.test(ctx.masked.slice(m.end, c.start))) : undefined;
  const of = ofName && resolveMention(ctx, ofName, sentence, depth + 1);
  if (of) return { name: `${of.name} ${m.head}`, org: false };
  // "Castellan’s director of fleet operations said", "its head of research said": someone of a
  // body the story names, whom the story does not name (no one in the cast has the role).
  const employer = !INDEFINITE.test(m.text) && !m.qualifier ? employerOf(ctx, m, sentence, depth) : null;
  if (employer) return { name: `${employer} ${m.text.slice(m.text.toLowerCase().lastIndexOf(m.head!))}`, org: false };
  // "the person familiar with the investigation" describes someone unnamed as well as "a person" does.
  if (!INDEFINITE.test(m.text) && !m.qualifier) return null;
  const qualified = (r: Resolved): Resolved => (m.qualifier ? { ...r, name: `${r.name} ${m.qualifier}` } : r);
  const served = SPEAKS_FOR.test(m.head!) ? servedBody(ctx, m, sentence, depth) : null;
  if (served) return { name: `${served} ${m.head}`, org: false };
  if (!(m.modifiers ?? []).length) {
    // "The ATSB said it had opened an investigation. “…,” a spokesperson said.": the body just named;
    // else ("a resident said") no more to go by than what the person is.
    const body = SPEAKS_FOR.test(m.head!) ? nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c)) : null;
    const r = body && resolveMention(ctx, body.mention, body.sentence, depth + 1);
    if (r) return { name: `${r.name} ${m.head}`, org: false };
    // ("A diplomat who asked not to be named": no more than what they are, either.)
    return PEOPLE_NOUNS.has(m.head!) || SPEAKS_FOR.test(m.head!) || keptAnonymous(ctx, m, sentence) ? qualified({ name: capitalise(m.head!), org: false }) : null;
  }
  // ("a senior figure at the club" is somebody; "a muted figure" is a number.)
  if (m.head === 'figure' && !(m.modifiers ?? []).some((w) => /^(?:senior|leading|prominent|key|top|party|club|government)$/.test(w))) return null;
  const described = [...(m.modifiers ?? []).filter((w) => !/^(the|a|an|its|their|his|her)$/.test(w)), m.head!].join(' ');
  // As written when the words are the text's own ("a U.S. senator": "U.S. senator", not "U.s. senator").
  const written = m.text.replace(INDEFINITE, '').replace(/\s+/g, ' ');
  // "a UKHSA spokesperson": the body by the name the story gives it ("UK Health Security Agency").
  const body = /^\p{Lu}/u.test(written) ? written.slice(0, written.length - m.head!.length).trim() : '';
  // ("a Castlebury resident": where someone lives is a place, not the "Castlebury Gazette".)
  const known = body && !INHABITANTS.has(m.head!) ? (ctx.table.resolveName(body, true) ?? spelledOut(ctx, body)) : undefined;
  if (known?.kind === 'organisation') return qualified({ name: `${known.name} ${m.head}`, org: false });
  // ("a Dunmore & Finch spokesman": the ampersand is no word of its own.)
  const name = written.toLowerCase().replace(/ & /g, ' ') === described ? written : described;
  return qualified({ name: name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), org: false });
}

/** People by where they live: the word before them names a place. */
const INHABITANTS = new Set(['resident', 'villager', 'local', 'neighbour', 'neighbor', 'homeowner', 'householder', 'tenant', 'voter', 'pensioner', 'commuter', 'native']);

/** Between a group and the body it belongs to: "analysts at", "researchers from the". */
const GROUP_OF = /^\s+(?:at|from|with)\s+(?:the\s+)?$/i;

/** How far back "the actress" looks for the person it refers to. */
const DESCRIBED_BACK = 2;

/**
 * "Emma Stone won the award. The actress said …": the person named as a subject just before, if a
 * person (a full name, a title or a pronoun of their own) and not of the other sex.
 */
function justNamed(ctx: ArticleContext, m: Mention, sentence: number, depth: number): Resolved | null {
  // "said the 41-year-old Dane": the person the article gave that age ("Rasboe, 41," or "41-year-old Rasboe").
  const age = /\b(\d{1,3})-year-old\b/.exec(m.text)?.[1];
  if (age) {
    for (let s = sentence; s >= 0; s--) {
      for (const c of ctx.mentions[s]) {
        if (c.start >= m.start || c.kind !== 'name' || c.org) continue;
        const aged = ctx.masked.startsWith(`, ${age},`, c.end) || ctx.masked.slice(Math.max(0, c.start - 14), c.start).endsWith(`${age}-year-old `);
        const r = aged ? resolveMention(ctx, c, s, depth + 1) : null;
        if (r?.entity && !r.org) return r;
      }
    }
  }
  // (Its age given in another article: "Delaney, the 31-year-old Briton".)
  const byAge = age ? ctx.table.resolveRole(age, [], false, () => 0) : undefined;
  if (byAge) return { name: byAge.name, entity: byAge, org: false };
  const word = m.head === 'descriptor' ? '' : m.head!;
  const wants = FEMALE_CUES.has(word) ? 'male' : MALE_CUES.has(word) ? 'female' : null; // the sex ruled out
  for (let s = sentence; s >= 0 && s >= sentence - DESCRIBED_BACK; s--) {
    // ("Asked by Aldbury whether …, the chef said": the clause before the subject names someone else.)
    const names = ctx.mentions[s].filter((c) => c.start < m.start && c.kind === 'name' && !c.org && isSubjectLike(c) && !inOpeningClause(ctx, s, c));
    // The sentence's subject first: "Carlos Ruiz beat Anna Holm. … the Spaniard said" is Ruiz.
    for (const name of names) {
      const r = resolveMention(ctx, name, s, depth + 1);
      if (r && !r.org && r.entity && personLike(ctx, r) && ctx.table.gender(r.entity) !== wants) return r;
    }
  }
  return null;
}

/** Unnamed people who speak for a body: "a spokesperson for the company", "a company official". */
const SPEAKS_FOR = /^(?:spokesperson|spokesman|spokeswoman|representative|official)$/;
const FOR_BODY = /^\s+(?:for|at)\s+(?:the\s+)?$/i;

/**
 * The body an unnamed spokesperson speaks for, by name: "a spokesperson for Spotify", "a spokesperson
 * for the company" and "a company spokesperson" (the company named before).
 */
function servedBody(ctx: ArticleContext, m: Mention, sentence: number, depth: number): string | null {
  const mods = m.modifiers ?? [];
  if (mods.length === 1 && (BUSINESS_NOUNS.has(mods[0]) || GENERIC_BODY.test(mods[0]) || PUBLIC_ROLE.test(mods[0]))) {
    // "a ministry spokesperson": the ministry named before ("the Ministry of Housing, …").
    const named = nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c) && c.name.toLowerCase().includes(mods[0]));
    // Named further back: the story's one body with that word in its name, before any body nearer.
    const known = named ? undefined : ctx.table.resolveName(mods[0], true);
    if (known?.kind === 'organisation') return known.name;
    const body = named ?? bodyBefore(ctx, mods[0], [], sentence, m.start);
    return body ? (resolveMention(ctx, body.mention, body.sentence, depth + 1)?.name ?? null) : null;
  }
  if (mods.length) return null;
  // (In the role's own sentence: "“…. The tower …,” a spokesperson for the Links Golf Association said".)
  const after = ctx.mentions[sentenceAt(ctx, m.start)]?.find((c) => c.start >= m.end);
  if (!after || !FOR_BODY.test(ctx.masked.slice(m.end, after.start))) return null;
  const isBodyWord = after.kind === 'role' && after.org && !after.group;
  // Whoever has a spokesperson is named ("a spokeswoman for Noordzee Veerdiensten"); an official or a
  // representative "for" a name may work for a person.
  const spokes = /^spokes/.test(m.head!);
  // ("A spokesperson for the chef said he was “heartbroken”": a person by a role the cast knows.)
  if (spokes && after.kind === 'role' && !after.org && /^the\s/i.test(after.text)) {
    const person = resolveMention(ctx, after, sentence, depth + 1);
    return person?.entity?.kind === 'person' ? person.name : null;
  }
  if (!isBodyWord && !(after.kind === 'name' && (spokes || isBody(ctx, after) || mayBeBusiness(ctx, after, true)))) return null;
  const r = resolveMention(ctx, after, sentence, depth + 1);
  // ("a spokesperson for the transport ministry", no such ministry named: the body by its own words.)
  const head = after.head ?? '';
  if (isBodyWord && after.modifiers?.length && PUBLIC_ROLE.test(head)) return r?.name.toLowerCase().includes(head) ? r.name : [...after.modifiers, head].map(capitalise).join(' ');
  // An unresolved "the company" gives no name to serve.
  return r && (r.entity || after.kind === 'name') ? r.name : null;
}

/** A sentence opening with a clause before its subject, up to the pronoun (no comma yet). */
const OPENING_CLAUSE = /^\W*(?:Asked|Speaking|Pressed|Questioned|Interviewed|When|After|Before|While|Although|Though|If|As|(?:\p{L}+\s+){1,3}(?:after|before|since))\b[^,;.]*$/u;
/**
 * A participle's clause (or a topic's: "On Saturday's trip to Harnford Albion, he said") and its
 * comma, right before the sentence's subject ("Pressed on whether Drevna would accept, she …"):
 * the one pressed is the subject, so the clause's names are others.
 * ("When director Oona Verhaegen accepted the prize, she …" names the subject itself.)
 */
// (A title's full stop may stand inside the clause: "Pressed by Sen. Whitford on whether …, he said".)
// ("Asked by Miriam Halloway KC, prosecuting, whether …,", "Under cross-examination by X, for Deverill,":
// a counsel's side in apposition inside the clause.)
// ("In a video posted by Foreign Minister Maja Torvund, a gaunt Morvik is seen …": who posted it.)
const AFTER_PARTICIPLE_CLAUSE = /^\W*(?:Asked|Speaking|Pressed|Questioned|Interviewed|Challenged|Cross-examined|Under\s+cross-examination|On|About|Regarding|In\s+an?\s+(?:[\p{L}-]+\s+){1,3}(?:posted|released|shared|published|recorded|filmed|broadcast|issued|aired)\s+by)\b(?:[^,;.]|\.(?=\s+\p{Lu})|,\s*(?:prosecuting|defending|for\s+(?:the\s+)?[\p{Lu}][^,;.]{0,30})(?:,(?!\s*$))?)*,\s*$/u;
/**
 * "In another, sent in January to the director, Julian Tamblyn, he wrote", "In a letter to the
 * company's chief executive, Philip Arkwright, sent on Wednesday, she wrote": whom a message went
 * to is not who wrote it; nor who read a statement out ("In a brief unsworn statement read … by his
 * lawyer, Capt. Marcus Tindall, he said").
 */
const SENT_TO_CLAUSE = /^\W*(?:(?:In\s+(?:another|one|an?|the|his|her|its|their)\b[^,;.]{0,40},\s*)?(?:sent|addressed|written|emailed|forwarded)\s[^;.]{0,160}?\bto\b[^;.]{0,120}|In\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:letter|email|e-mail|message|note|memo|statement|interview|post|video|speech)\s[^;]{0,160}),\s*$/iu;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu;
/** A line in capitals, as the text has it (a quotation is blanked in the masked text): a crosshead. */
const CROSSHEAD = /^(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}]+$/u;
function resolvePronoun(ctx: ArticleContext, m: Mention, sentence: number, depth: number): Resolved | null {
  const p = m.pronoun!;
  const compatible = (r: Resolved) => {
    if (p === 'it') return r.org;
    if (p === 'we') return true;
    if (p === 'they') return r.org || !r.entity || ctx.table.gender(r.entity) === 'unknown';
    if (r.org) return false;
    const g = r.entity ? ctx.table.gender(r.entity, true) : 'unknown';
    return p === 'she' ? g !== 'male' : g !== 'female';
  };
  // (This pronoun right after an opening clause looks past what the clause names.)
  const lead = ctx.masked.slice(ctx.sentences[sentence].start, m.start);
  const opened = AFTER_PARTICIPLE_CLAUSE.test(lead) || SENT_TO_CLAUSE.test(lead);
  // (A sentence wholly inside a quotation is not counted: a long quote paragraph would use up the reach.)
  for (let s = sentence, n = 0; s >= 0 && n <= MAX_SENTENCES_BACK; n += narrates(ctx, s) ? 1 : 0, s--) {
    const candidates: Resolved[] = [];
    // Who spoke in an earlier sentence is the likeliest "he" or "she" after it.
    let spoke = s < sentence ? ctx.speakers.get(s) : undefined;
    // ("Host Danny Okafor asked her outright: ‘…?’ She told him it was over.", "Cross-examined by X
    // KC, she was asked: ‘…?’ “I did,” she replied.": the one asked answers.)
    const asked = spoke ? ASKED.exec(ctx.masked.slice(ctx.sentences[s].start, ctx.sentences[s].end)) : null;
    const who = asked?.[1] ?? asked?.[2];
    if (who && (SUBJECT_FORM[who.toLowerCase()] ?? who.toLowerCase()) === p) {
      // (Whom "her" is, from the sentences before: not the asker, who is the clause's subject.)
      spoke = resolvePronoun(ctx, pronounMention(ctx.sentences[s].start, who, p, false), s, depth + 1) ?? undefined;
    }
    // ("Renata Cole: The fold isn't a trick. … “…,” she added.": a live blog's or transcript's label speaks its line.)
    spoke ??= s < sentence ? labelOf(ctx, s, depth) : undefined;
    if (spoke && compatible(spoke)) candidates.push(spoke);
    // ("Health NZ Southern group director of operations Lorraine Pettigrew said more than …": who
    // says something there, named right before the verb, before the body named first.)
    const reporter = s < sentence && !spoke ? reportedSpeaker(ctx, s, depth) : null;
    if (reporter && compatible(reporter)) candidates.push(reporter);
    const objects: Resolved[] = [];
    const clauses: Resolved[] = [];
    const introduced = new Set<Resolved>();
    // Sentences passed over: "Tobias Rehn stood at her side but did not speak." (no "she said" after
    // it is about him), and a photo caption read from the story's own text (nor its credit).
    // (Nor a crosshead in capitals: "WARNING CAME 11 MINUTES BEFORE TOUCHDOWN".)
    const { start, end } = ctx.sentences[s];
    // (Not for words written: "Donna Brierley sat in the public gallery but did not speak. In a post
    // on Facebook, she wrote: …".)
    const silent = s < sentence && ((SILENT.test(ctx.masked.slice(start, end)) && !WRITTEN.test(ctx.masked.slice(ctx.sentences[sentence].start, ctx.sentences[sentence].end))) || (isCaption(ctx, s) && !isCaption(ctx, sentence)) || CROSSHEAD.test(ctx.text.slice(start, end)));
    // ("Pressed on whether Drevna would accept, she was blunter.": who is named inside an opening
    // clause is not whom its "she" is, nor a later "she".)
    const ahead = s < sentence ? ctx.mentions[s].find((c) => c.kind === 'pronoun' && c.pronoun === p && AFTER_PARTICIPLE_CLAUSE.test(ctx.masked.slice(ctx.sentences[s].start, c.start))) : undefined;
    for (const c of silent ? [] : ctx.mentions[s]) {
      if (s === sentence && (c.start >= m.start || opened)) break;
      if (ahead && c.start < ahead.start) continue;
      // An earlier pronoun carries its own referent on ("He added …. He said …"), unless it looks
      // ahead from an opening clause ("Asked whether she feared …, Mrs Esterby was unrepentant").
      if (c.kind === 'pronoun' && c.pronoun !== p) continue;
      if (c.kind === 'pronoun' && s < sentence && OPENING_CLAUSE.test(ctx.masked.slice(ctx.sentences[s].start, c.start))) continue;
      // ("Wendmoor's head of drama Fergus Lockyear said he had read …": the role titles the name after it.)
      // (Not a document before its writer: "an email Harcombe sent".)
      if (c.kind === 'role' && !c.org && !DOCUMENT.test(c.head ?? '') && titlesNext(ctx, s, c)) continue;
      // ("at the team’s South Shore practice facility": a name after a possessive, before a noun, modifies it.)
      if ((p === 'he' || p === 'she') && c.kind === 'name' && modifiesNoun(ctx.masked, c)) continue;
      // ("in 2020 its volunteers delivered …. ‘…,’ she said": people of a role are no "he" or "she".)
      // (Unless in apposition to a name: "Derek Askwith, 71, … one of the trust’s volunteers".)
      if ((p === 'he' || p === 'she') && isPluralRole(c) && !apposedToName(ctx, s, c)) continue;
      // "Mill Lane", "Harbour Road": a street is no "he" or "she".
      if ((p === 'he' || p === 'she') && c.kind === 'name' && (STREET.test(c.name) || inAddress(ctx.masked, c))) continue;
      // ("Quarrell’s own memoir, Hard Yards, … In it he called": a work's title is no "he" or "she".)
      // (Not "On the podcast, host Danny Okafor asked": a titled name, and no comma closing an apposition.)
      if ((p === 'he' || p === 'she') && namesWork(ctx.masked, c)) continue;
      // "A Field of Glass opens …", "the Golden Heron": a name after an article is no "he" or "she".
      if ((p === 'he' || p === 'she') && c.kind === 'name' && !c.titles.length && ARTICLE_BEFORE.test(ctx.masked.slice(Math.max(0, c.start - 5), c.start))) continue;
      // ("For Priya, the bus will have to do. ‘…,’ she said.": a fronted "For X," is what the sentence is about.)
      // ("Our reporter spoke to Josiane, 61, …. ‘…,’ she said.": the one spoken to answers; not in
      // "Speaking to Vertical Line, Ashdown went further", where the one speaking is the subject.)
      // ("…, according to Veronika Stadlmayr, head of the service. “…,” she told …": the source cited is a "he" or "she".)
      const cited = (p === 'he' || p === 'she') && ACCORDING_TO.test(ctx.masked.slice(Math.max(0, c.start - 14), c.start));
      const subjectLike = isSubjectLike(c) || frontedFor(ctx.masked, c) || (c.kind === 'name' && (cited || (SPOKEN_TO.test(ctx.masked.slice(Math.max(0, c.start - 20), c.start)) && !inOpeningClause(ctx, s, c))));
      // ("Vantreight explained her decision in an email …. It read:": the document someone speaks in is
      // what "it" stands for; not "In a written response …, the DRSI said …. It said", where nobody does.)
      const writing = p === 'it' && c.kind === 'role' && DOCUMENT.test(c.head ?? '') && (subjectLike || SPOKEN_IN.test(ctx.masked.slice(Math.max(ctx.sentences[s].start, c.start - 60), c.start)));
      // ("…in Oona Verhaegen’s studio. ‘…,’ she says", "Jodie Carrick’s son Alfie was admitted … ‘…,’
      // she said": a possessive up to two sentences back, failing all else.)
      // (Not "forced out of Harbour Flats": a place left, not anyone "of".)
      if (!subjectLike && !writing && (c.possessive ? s < sentence - 2 || c.kind !== 'name' : c.before !== 'of' || OUT_OF.test(ctx.masked.slice(Math.max(0, c.start - 8), c.start)))) continue;
      // ("than Derek Askwith, 71, a retired postman and one of the trust’s volunteers. ‘…,’ he says":
      // a role in apposition stands for the name before it.)
      let r = resolveMention(ctx, (c.kind === 'role' && !c.org && apposedToName(ctx, s, c)) || c, s, depth + 1);
      // (The one cited only when known as a man or a woman, or told of by a role: "according to
      // Tamarack County Fire" is neither.)
      if (r && cited && !isSubjectLike(c) && (!r.entity || ctx.table.gender(r.entity) === 'unknown') && !DESCRIBED_AFTER.test(ctx.masked.slice(c.end, c.end + 8))) continue;
      // "Tesla recalled 2 million cars. It said …": "it" names a business the cast cannot tell from a person.
      if (r && p === 'it' && !r.org && c.kind === 'name' && mayBeBusiness(ctx, c)) r = { ...r, org: true };
      // "Jurors were shown an email Harcombe sent. It read: …": "it" is the document, which speaks for its writer.
      if (r && writing) candidates.unshift(r);
      // ("A listener …, who gave her name only as Maame Efua, said …. ‘…,’ she said.": the name she gave.)
      // (A person by what the clause says, though the name is one word: "introduced" below.)
      else if (r && compatible(r) && nameGiven(ctx.masked, c)) {
        candidates.unshift(r);
        introduced.add(r);
      }
      // ("Kessler made bogey anyway, and Ashdown … was more sympathetic. He called the finish “…”": the
      // subject of the later main clause of a sentence before is the nearer, if the story gives it a
      // role: not "…, and Orrin OS 8 takes that further".)
      else if (r && compatible(r) && subjectLike && s < sentence && candidates.length && JOINED_CLAUSE.test(ctx.masked.slice(Math.max(0, c.start - 8), c.start)) && !!r.entity?.roles.length) candidates.unshift(r);
      // ("Seconds later, as Tillery leans over, Brandt steps back": who is named in a leading clause of
      // time comes after the main clause's subject.)
      // ("Speaking by telephone from Kelsby Market, the duchess’s father, Hugh Marwood, said …": nor
      // one named in an opening participle's clause.)
      // ("…, in what Farida Haskell called “…”, Kellaway said he": nor one named in a "what" clause.)
      else if (r && compatible(r)) (subjectLike ? (s < sentence && (inLeadingClause(ctx, s, c) || inOpeningClause(ctx, s, c) || c.before === 'what') ? clauses : candidates) : objects).push(r);
      // ("At the shelter, Rosa, who declined to give her last name, sat …", "Jess, a surgical ward
      // nurse, said …": a first name alone, told of as a person.)
      if (r && c.kind === 'name' && (PERSON_AFTER.test(ctx.masked.slice(c.end, c.end + 20)) || apposedRole(ctx, s, c))) introduced.add(r);
    }
    candidates.push(...clauses);
    // "What of Berrocal himself?": an "of" object only when the sentence has nobody else.
    if (!candidates.length) candidates.push(...objects);
    // ("A reporter asked Holmqvist whether the delay had worried her. “…,” she said.": the one asked
    // answers, not the unnamed one asking.)
    else if (!candidates[0].entity) {
      const asked = ctx.mentions[s].find((c) => c.kind === 'name' && c.before === 'asked' && (s < sentence || c.start < m.start));
      const r = asked && resolveMention(ctx, asked, s, depth + 1);
      if (r?.entity && compatible(r)) candidates.unshift(r);
    }
    // A full name or a titled person before a bare single word (often a place: "…, Alton, …").
    const wantsPerson = p === 'he' || p === 'she';
    const best = candidates.find((r) => (wantsPerson ? personLike(ctx, r) || introduced.has(r) : true)) ?? (s < sentence - 1 || !wantsPerson ? candidates[0] : undefined);
    if (best) return best;
  }
  return null;
}

/** "the team’s South Shore practice facility": after a possessive, and a lower-case word after it that is no verb. */
function modifiesNoun(masked: string, c: Mention): boolean {
  if (!/[’']s\s+$/.test(masked.slice(Math.max(0, c.start - 4), c.start))) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(masked.slice(c.end, c.end + 30))?.[1];
  return !!next && !isVerb(next) && !next.endsWith('s');
}

/** A name follows the role with nothing but a space between: the role is its title. */
function titlesNext(ctx: ArticleContext, s: number, c: Mention): boolean {
  const list = ctx.mentions[s];
  const next = list[list.indexOf(c) + 1];
  return next?.kind === 'name' && !next.org && /^\s+$/.test(ctx.masked.slice(c.end, next.start));
}

/** The person a paragraph's label names ("Renata Cole: …"), for a sentence of that paragraph. */
function labelOf(ctx: ArticleContext, s: number, depth: number): Resolved | undefined {
  const paragraph = ctx.sentences[s].paragraph;
  let first = s;
  while (first > 0 && ctx.sentences[first - 1].paragraph === paragraph) first--;
  const c = ctx.mentions[first]?.[0];
  if (!c || c.kind !== 'name' || c.start !== ctx.paragraphs[paragraph].start || !LABEL_COLON.test(ctx.masked.slice(c.end, c.end + 3))) return undefined;
  const r = resolveMention(ctx, c, first, depth + 1);
  return r && !r.org && r.entity ? r : undefined;
}
const LABEL_COLON = /^\s?:\s/;

const SPOKEN_TO = /\b(?:spoke|spoken|talked|speaking|talking)\s+(?:to|with)\s+$/i;
const ACCORDING_TO = /\baccording\s+to\s+$/i;
/** ", head of the service", ", a spokeswoman": a description after a name, which a person has. */
const DESCRIBED_AFTER = /^,\s+(?:(?:an?|the)\s+)?\p{Ll}/u;

/** The mention is inside a clause of time or cause that opens the sentence, before its comma. */
function inLeadingClause(ctx: ArticleContext, s: number, c: Mention): boolean {
  const lead = ctx.masked.slice(ctx.sentences[s].start, c.start);
  return LEADING_CLAUSE.test(lead) && ctx.masked.slice(c.end, ctx.sentences[s].end).includes(',');
}
/**
 * Whether a name stands in the participle's clause that opens its sentence ("Under cross-examination
 * by X, …", "Speaking to Vertical Line, …"): inLeadingClause's counterpart for AFTER_PARTICIPLE_CLAUSE.
 */
function inOpeningClause(ctx: ArticleContext, sentence: number, c: Mention): boolean {
  const comma = ctx.masked.indexOf(',', c.end);
  return comma >= 0 && comma < ctx.sentences[sentence].end && AFTER_PARTICIPLE_CLAUSE.test(ctx.masked.slice(ctx.sentences[sentence].start, comma + 1));
}
/** "As …", "Seconds later, as …", "When …": a clause of time or cause opening the sentence, not yet closed. */
const LEADING_CLAUSE = /^\W*(?:[^,;:]{0,30},\s*)?(?:as|when|while|after|before|because|since|once|until)\s[^,;:]*$/i;

/** The person named right before the sentence's first speech verb ("… Lorraine Pettigrew said that …"). */
function reportedSpeaker(ctx: ArticleContext, s: number, depth: number): Resolved | null {
  // (Only a sentence with a person's name in it is read for its verbs: most have none.)
  if (!ctx.mentions[s].some((x) => x.kind === 'name' && !x.org)) return null;
  const verb = verbsIn(ctx, ctx.sentences[s].start, ctx.sentences[s].end)[0];
  const m = verb && [...ctx.mentions[s]].reverse().find((x) => x.end <= verb.start);
  if (!m || m.kind !== 'name' || m.org || !isSubjectLike(m) || !/^\s+$/.test(ctx.masked.slice(m.end, verb.start))) return null;
  // (Not in a clause of time or cause: "a week after The Vesper Kites announced their split, Maren Holt sat down …".)
  if (SUBORDINATE.test(ctx.masked.slice(ctx.sentences[s].start, m.start))) return null;
  const r = resolveMention(ctx, m, s, depth + 1);
  return r && !r.org && r.entity && personLike(ctx, r) ? r : null;
}
const SUBORDINATE = /\b(?:after|before|when|while|since|until|because|although|though|if|as|once|whether)\b[^,;:]*$/i;

/** "asked her", "she was asked": whom a question was put to. */
const ASKED = /\b(?:asked|by\s+asking)\s+(her|him)\b|\b(she|he)\s+was\s+(?:then\s+|later\s+)?asked\b/i;

/** ", who …", ", 68,": what follows a person's name. */
const PERSON_AFTER = /^,\s*(?:who\s|\d{1,3},|an?\s+\d{1,3}-year-old\b)/;

/** The person's name a role is set after with a comma ("X, 71, a retired postman and one of the volunteers"). */
function apposedToName(ctx: ArticleContext, s: number, c: Mention): Mention | undefined {
  const list = ctx.mentions[s];
  const i = list.indexOf(c);
  const [prev, next] = [list[i - 1], list[i + 1]];
  // (Not "Speaking from Kelsby Market, the duchess’s father, Hugh Marwood, said": the role's own name follows.)
  if (next?.kind === 'name' && APPOSITION_GAP.test(ctx.masked.slice(c.end, next.start))) return undefined;
  return prev && prev.kind === 'name' && !prev.org && !prev.possessive && APPOSED_RUN.test(ctx.masked.slice(prev.end, c.start)) ? prev : undefined;
}
const APPOSED_RUN = /^\s*,\s*(?:\d{1,3},\s*)?(?:(?:an?|the)\s+[^,;.]{0,40}?\s+and\s+)?$/;

/** "Jess, a surgical ward nurse": the name has a person's role in apposition after it. */
function apposedRole(ctx: ArticleContext, s: number, c: Mention): boolean {
  const list = ctx.mentions[s];
  const next = list[list.indexOf(c) + 1];
  return !!next && next.kind === 'role' && !next.org && INDEFINITE.test(next.text) && /^\s*,\s*$/.test(ctx.masked.slice(c.end, next.start));
}

const isCaption = (ctx: ArticleContext, s: number) => ctx.paragraphs[ctx.sentences[s].paragraph].kind === 'caption';

/** The sentence has words of its own outside quotation marks (masked text keeps nothing of a quote's). */
function narrates(ctx: ArticleContext, s: number): boolean {
  return /\p{L}/u.test(ctx.masked.slice(ctx.sentences[s].start, ctx.sentences[s].end));
}

/**
 * The one body of the story whose name has a word from the same stem as the group's ("inspectors":
 * the "… Inspectorate", "investigators": the "… Investigation Branch", "prosecutors": the "Crown
 * Prosecution Service").
 */
function kindredBody(ctx: ArticleContext, m: Mention, sentence: number) {
  const stem = m.head!.slice(0, 6);
  if (stem.length < 6) return undefined;
  const near = nearest(ctx, sentence, m.start, (c) => c.kind === 'name' && isBody(ctx, c) && hasStem(c.name, stem));
  if (near) return ctx.table.resolveName(near.mention.name, true) ?? undefined;
  const bodies = ctx.table.entities().filter((e) => e.kind === 'organisation' && hasStem(e.name, stem));
  return bodies.length === 1 ? bodies[0] : undefined;
}
const hasStem = (name: string, stem: string) => name.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(stem));

/** A business, or a body of the same private sort ("the charity", "the trust", "the school"): named in any form. */
const privateBody = (head: string) => BUSINESS_NOUNS.has(head) || NONPROFIT.test(head);
const NONPROFIT = /^(?:charity|foundation|trust|school|college)$/;

/** The body a generic word stands for ("the agency", "the airline"): the nearest before `before` of its sort. */
function bodyBefore(ctx: ArticleContext, head: string, modifiers: string[], sentence: number, before: number) {
  if (privateBody(head)) {
    // (A one-word name that may be a company's, "Ryanair", is no charity's: "on all HGVs".)
    const business = BUSINESS_NOUNS.has(head);
    return nearest(ctx, sentence, before, (c) => c.kind === 'name' && ((isBody(ctx, c) && !PUBLIC_BODY.test(c.name)) || (business && mayBeBusiness(ctx, c)))) ?? businessJustBefore(ctx, sentence, before);
  }
  if (!GENERIC_BODY.test(head) || modifiers.length) return null;
  return nearest(ctx, sentence, before, (c) => c.kind === 'name' && isBody(ctx, c) && PUBLIC_BODY.test(c.name) === PUBLIC_ROLE.test(head));
}

/**
 * "Brightwater Energy runs two plants. The company said": with no business named as one, the
 * subject of this sentence or one of the two before, a name with no title, pronoun or role that
 * would make it a person.
 */
function businessJustBefore(ctx: ArticleContext, sentence: number, before: number) {
  for (let s = sentence; s >= 0 && s >= sentence - 2; s--) {
    const c = sentenceSubject(ctx, s, s === sentence ? before : undefined);
    if (!c || c.kind !== 'name' || c.org || c.possessive || c.titles.length || c.start >= before || CALENDAR_WORD.test(c.name)) continue;
    const e = ctx.table.resolveName(c.name, false);
    if (e && (e.roles.length > 0 || ctx.table.gender(e) !== 'unknown')) continue;
    return { mention: c, sentence: s };
  }
  return null;
}

/** Beside a name, words that only a business has: "shares in X", "X shares", "X's chief executive". */
const BUSINESS_BEFORE = /\b(?:shares|stock|stake|investors?|customers|founder|co-founder|owner|chief executive|ceo)\s+(?:in|of|at)\s+$/i;
const BUSINESS_AFTER = /^(?:[’']s)?\s+(?:shares|stock|share price|chief executive|ceo|chairman|chairwoman|founder|co-founder|owners?|subsidiary|shareholders|investors|customers|employees|staff|workers|revenue|profits?|sales|earnings|products|headquarters|factory|factories|plant|plants|stores|shops|brand|app|website)\b/i;

/**
 * A name that may be a company's though nothing in its form says so ("Ryanair", "Nvidia"): one
 * word, with no title or pronoun that would make it a person, standing as a subject or beside a
 * word only a business has. A multi-word name needs the business word.
 */
function mayBeBusiness(ctx: ArticleContext, c: Mention, anyPosition = false): boolean {
  const e = ctx.table.resolveName(c.name, c.org);
  const name = e?.name ?? c.name;
  // (A calendar word the cast may hold as a name, "Monday's crash", is no business.)
  if (CALENDAR_WORD.test(name) || (e && (e.roles.length > 0 || ctx.table.gender(e) !== 'unknown'))) return false;
  if (BUSINESS_BEFORE.test(ctx.masked.slice(Math.max(0, c.start - 24), c.start)) || BUSINESS_AFTER.test(ctx.masked.slice(c.end, c.end + 24))) return true;
  return !/\s/.test(name) && (anyPosition || isSubjectLike(c));
}

/** A mention of a body, by its own form or by what the story's cast knows of the name. */
function isBody(ctx: ArticleContext, c: Mention): boolean {
  return c.org || ctx.table.resolveName(c.name, false)?.kind === 'organisation';
}

function personLike(ctx: ArticleContext, r: Resolved): boolean {
  if (!r.entity) return true;
  if (r.entity.name.split(/\s+/).length >= 2 || r.entity.roles.length > 0 || ctx.table.gender(r.entity) !== 'unknown') return true;
  // ("Nell shot to fame …" after "Nell Garrity": the first name of a person of the story.)
  const first = `${r.entity.name} `;
  return ctx.table.entities().some((e) => e.kind === 'person' && e.name.startsWith(first) && (e.roles.length > 0 || ctx.table.gender(e) !== 'unknown'));
}

function nearest(ctx: ArticleContext, sentence: number, before: number, f: (m: Mention) => boolean) {
  const inEmbed = (s: number) => ctx.paragraphs[ctx.sentences[s].paragraph].kind === 'embed';
  const fromEmbed = inEmbed(sentence);
  for (let s = sentence, n = 0; s >= 0 && n <= MAX_SENTENCES_BACK * 2; s--, n++) {
    if (inEmbed(s) && !fromEmbed) continue; // a relayed post is not the article's own context
    const list = ctx.mentions[s].filter((c) => c.start < before && f(c));
    if (list.length) return { mention: list[list.length - 1], sentence: s };
  }
  return null;
}

/** Higher for names mentioned closer before `offset` in this article. */
function recencyScorer(ctx: ArticleContext, offset: number): (name: string) => number {
  const last = new Map<string, number>();
  ctx.mentions.forEach((list) =>
    list.forEach((c) => {
      if (c.kind !== 'name' || c.start >= offset) return;
      const e = ctx.table.resolveName(c.name, c.org);
      if (e) last.set(e.name, c.start);
    }),
  );
  return (name) => last.get(name) ?? -1;
}

function capitalise(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}
