// The story's cast, learned from the text: every mention of one person or body resolves to one
// canonical name (the fullest form introduced, titles stripped), with the roles and gender cues
// the articles attach to it. No lists of people (common given names only hint at a sex).
import type { Entity } from '../types.ts';
import { givenNameGender } from './given-names.ts';
import { FEMALE_CUES, FEMALE_KIN, MALE_CUES, MALE_KIN, ROLE_EXCLUDES, ROLE_SYNONYMS } from './lexicon.ts';
import type { Mention } from './mentions.ts';

interface Record_ {
  entity: Entity;
  tokens: string[];
  female: number;
  male: number;
  lastSeen: Map<string, number>;
  /** A vessel or a work ("the yacht Kittiwake Blue", "the album Glasshouse Weather"): no body that speaks, no person. */
  thing?: boolean;
  /** Every mention of the name as written came right after a title's portfolio ("Minister for Public Expenditure Colm Ó Laoghaire"). */
  afterPortfolio: boolean;
  /** The words of the entity's name and roles, as last read (see `words`). */
  words?: { name: string; roles: string[]; roleCount: number; nameWords: Set<string>; roleWords: Set<string> };
}

// ("the town’s fire chief" is the fire chief the story names: the place is the story's own.)
const GENERIC_MODIFIERS = new Set(['former', 'new', 'top', 'senior', 'chief', 'deputy', 'current', 'then', 'acting', 'us', 'u.s.', 'country', 'nation', 'own', 'two', 'three', 'federal', 'state', 'local', 'veteran', 'longtime', 'outgoing', 'incoming', 'town', 'city', 'village', 'county', 'district', 'region', 'island']);
/** Words that make a role someone's second or past one ("deputy mayor", "former minister"). */
const LESSER = ['deputy', 'vice', 'assistant', 'former', 'ex', 'acting', 'interim'];
/** A name written in capitals only ("RUTH ABERNATHY-OSEI", not "UKHSA"). */
const isShouted = (name: string) => /\s/.test(name) && name === name.toUpperCase() && /\p{Lu}/u.test(name);
/** `short` is the last two or more of `long`'s tokens, and fewer of them. */
const isTail = (short: string[], long: string[]) => short.length >= 2 && short.length < long.length && short.every((t, i) => t === long[long.length - short.length + i]);
/** Lower case without accents: a wire that drops them ("Nicolo Ferraguti") writes the same name. */
const fold = (name: string) => (NON_ASCII.test(name) ? name.normalize('NFD').replace(MARKS, '') : name).toLowerCase();
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
const nameTokens = (name: string) => fold(name).replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
/** A record's sex by its votes (undefined when they tie). */
const votedSex = (r: Record_) => (r.female !== r.male ? (r.female > r.male ? 'female' : 'male') : undefined);
/** A record's sex by its votes, else by its given name (undefined when neither tells). */
const sexOf = (r: Record_) => votedSex(r) ?? givenNameGender(r.entity.name);
/** "G.M.", "J.R.R.": two or three initials with their points, and nothing else (not the places "U.S.", "U.K."). */
const INITIALS_ONLY = /^(?!(?:u\.[sk]|u\.n|e\.u|d\.c|l\.a|n\.y)\.$)(?:[a-z]\.){2,3}$/;

/** A full name the story tells of as a person's (a title, a role or a pronoun): not a place or a product. */
const isSomebody = (r: Record_) => r.entity.kind === 'person' && r.tokens.length >= 2 && (r.female + r.male > 0 || r.entity.roles.length > 0);

const HEADLINE_VERB = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "Delaney Crowe Breaks Silence", "Tessa Vaughan Opens Up": a headline in title case runs a name
 * into the words after it. A person's name whose first words are another person's name the story
 * writes is that person's (the mention's name is changed in place).
 */
function headlineNames(mentions: Mention[]): void {
  const people = new Set<string>();
  for (const m of mentions) if (!m.org) people.add(m.name.toLowerCase());
  for (const m of mentions) {
    if (m.org) continue;
    const words = m.name.split(/\s+/);
    for (let k = words.length - 1; k >= 2; k--) {
      const prefix = words.slice(0, k).join(' ');
      // (The next word a headline's verb, "Breaks", "Opens": not "Buenos Aires Challenger", an event.)
      if (people.has(prefix.toLowerCase()) && HEADLINE_VERB.test(words[k])) {
        m.name = prefix;
        break;
      }
    }
  }
}

export class EntityTable {
  private readonly records: Record_[] = [];
  private readonly byKey = new Map<string, Record_>();
  /** Records by each of their name tokens, so a look-up reads a handful, not the whole cast. */
  private readonly byToken = new Map<string, Record_[]>();
  private readonly byEntity = new Map<Entity, Record_>();
  /** Look-ups after the cast is built are memoised: the same names are asked for again and again. */
  private lookups: Map<string, Record_ | undefined> | null = null;
  /** Candidates of a role description, by head, modifiers and kind; emptied when the cast changes. */
  private roleCandidates = new Map<string, Entity[]>();

  /** Registers the name mentions of the whole story (two passes: full names first, then short forms). */
  constructor(mentions: { file: string; mention: Mention }[]) {
    const names = mentions.filter((m) => m.mention.kind === 'name' && m.mention.name);
    headlineNames(names.map((m) => m.mention));
    // Longest names first (a stable sort on the token count, counted once per mention, not per comparison).
    const counts = names.map((m) => nameTokens(m.mention.name).length);
    const order = names.map((_, i) => i).sort((a, b) => counts[b] - counts[a]);
    for (const i of order) this.add(names[i].mention, names[i].file);
    this.lookups = new Map();
  }

  private add(m: Mention, file: string): void {
    this.roleCandidates.clear();
    const found = this.namesake(m, this.findRecord(m.name, m.org));
    const rec = found.rec ?? this.shoutedSurname(m) ?? this.create(m);
    rec.entity.mentions++;
    // ("RUTH ABERNATHY-OSEI, Under-Secretary-General, said": the name as the story writes it elsewhere.)
    if (isShouted(rec.entity.name) && !isShouted(m.name) && nameTokens(m.name).length === rec.tokens.length) rec.entity.name = m.name;
    // Where a portfolio ends and a name begins is unknown ("Minister for Public Expenditure Colm Ó
    // Laoghaire"): a shorter form the story also writes ("Colm Ó Laoghaire") is the name.
    // (People only: "a spokesperson for Brindlecombe Borough Council" is the body's whole name.)
    const portfolio = !m.org && (m.titles.includes('for') || m.titles.includes('of') || m.before === 'for' || m.before === 'of');
    // ("Thibault Ronciere" in a wire, "Thibault Roncière" elsewhere: the name with its accents.)
    if (m.name !== rec.entity.name && NON_ASCII.test(m.name) && !NON_ASCII.test(rec.entity.name) && fold(m.name) === fold(rec.entity.name)) rec.entity.name = m.name;
    if (m.name === rec.entity.name) rec.afterPortfolio &&= portfolio;
    else if (rec.afterPortfolio && !portfolio && isTail(nameTokens(m.name), rec.tokens)) rec.entity.name = m.name;
    if (!rec.entity.aliases.includes(m.name)) rec.entity.aliases.push(m.name);
    for (const t of found.vote ? m.titles : []) if (t && !rec.entity.roles.includes(t)) rec.entity.roles.push(t);
    for (const t of found.vote ? m.titles : []) {
      if (FEMALE_CUES.has(t)) rec.female += 2;
      if (MALE_CUES.has(t)) rec.male += 2;
    }
    // "her son Alfie", "his wife, Marguerite": a kinship word right before the name.
    if (FEMALE_KIN.has(m.before)) rec.female += 2;
    if (MALE_KIN.has(m.before)) rec.male += 2;
    rec.lastSeen.set(file, Math.max(rec.lastSeen.get(file) ?? -1, m.start));
  }

  /**
   * "Mrs Treharne" in a story of Callum and Nerys Treharne: of the people with that surname, the
   * one of the title's sex, or the one not of the other when the one found is. When that cannot
   * be told, the title is no cue to the sex of the one found (`vote` false).
   */
  private namesake(m: Mention, rec: Record_ | undefined): { rec: Record_ | undefined; vote: boolean } {
    if (!rec || m.org || !m.titles.length || rec.tokens.length < 2 || nameTokens(m.name).length !== 1) return { rec, vote: true };
    const sex = m.titles.some((t) => FEMALE_CUES.has(t)) ? 'female' : m.titles.some((t) => MALE_CUES.has(t)) ? 'male' : undefined;
    const same = this.surnamed(surname(rec.tokens));
    if (!sex || same.length < 2) return { rec, vote: true };
    const agreeing = same.filter((r) => sexOf(r) === sex);
    if (agreeing.length === 1) return { rec: agreeing[0], vote: true };
    const found = sexOf(rec);
    const others = same.filter((r) => r !== rec && sexOf(r) !== found);
    if (found && found !== sex && others.length === 1) return { rec: others[0], vote: true };
    return { rec, vote: found === sex };
  }

  /** "LYNCH:" in a transcript of Carys Lynch: a surname in capitals is the one person with it, no acronym. */
  private shoutedSurname(m: Mention): Record_ | undefined {
    if (!/^\p{Lu}{3,}$/u.test(m.name)) return undefined;
    const people = this.surnamed(fold(m.name));
    return people.length === 1 ? people[0] : undefined;
  }

  /** The people of full names (two words or more) with this surname. */
  private surnamed(last: string): Record_[] {
    return (this.byToken.get(last) ?? []).filter((r) => r.entity.kind === 'person' && r.tokens.length >= 2 && surname(r.tokens) === last);
  }

  private create(m: Mention): Record_ {
    const rec: Record_ = {
      entity: { name: m.name, kind: m.org ? 'organisation' : 'person', aliases: [], roles: [], mentions: 0 },
      tokens: nameTokens(m.name),
      female: 0,
      male: 0,
      lastSeen: new Map(),
      afterPortfolio: true,
    };
    this.records.push(rec);
    this.byKey.set(fold(m.name), rec);
    this.byEntity.set(rec.entity, rec);
    for (const t of new Set(rec.tokens)) {
      const list = this.byToken.get(t);
      if (list) list.push(rec);
      else this.byToken.set(t, [rec]);
    }
    return rec;
  }

  /** A short form resolves to the unique longer name it is part of ("Ortiz" → "Jan Ortiz"). */
  private findRecord(name: string, org: boolean): Record_ | undefined {
    if (!this.lookups) return this.lookup(name, org);
    const key = `${org ? 'o' : 'p'}:${fold(name)}`;
    if (!this.lookups.has(key)) this.lookups.set(key, this.lookup(name, org));
    return this.lookups.get(key);
  }

  private lookup(name: string, org: boolean): Record_ | undefined {
    const exact = this.byKey.get(fold(name));
    if (exact) return exact;
    const toks = nameTokens(name);
    if (!toks.length) return undefined;
    const candidates = (this.byToken.get(toks[toks.length - 1]) ?? []).filter((r) => {
      if (org !== (r.entity.kind === 'organisation')) return false;
      if (org) return toks.every((t) => r.tokens.includes(t));
      // People: the surname (last token) or a first+last subset.
      const last = toks[toks.length - 1];
      return toks.length === 1 ? surname(r.tokens) === last : toks.every((t) => r.tokens.includes(t)) && (last === r.tokens[r.tokens.length - 1] || last === surname(r.tokens));
    });
    if (candidates.length === 1) return candidates[0];
    // (A body before a thing of the same words: "a Halcyon spokesperson" speaks for Halcyon Seaways, not the ship Halcyon Serenade.)
    if (candidates.length > 1) return candidates.sort((a, b) => Number(!!a.thing) - Number(!!b.thing) || b.entity.mentions - a.entity.mentions)[0];
    // "Escrivá", "Ramon Escriva" for "Ramón Escrivá Montoliu": a first surname without the second,
    // of the one person whose name has it just before its last.
    if (!org) {
      const last = toks[toks.length - 1];
      const first = (this.byToken.get(last) ?? []).filter((r) => r.entity.kind === 'person' && r.tokens.length >= 3 && r.tokens.length >= toks.length + 1 && r.tokens[r.tokens.length - 2] === last && (toks.length === 1 || toks.slice(0, -1).every((t) => r.tokens.slice(0, -2).includes(t))));
      if (first.length === 1) return first[0];
    }
    // "K.L. Rathore", "KL Rathore": initials for the given names of the one person with that surname.
    if (!org && toks.length >= 2) {
      const initials = toks.slice(0, -1).join('').replace(/\./g, '');
      if (/^[a-z]{1,3}$/.test(initials) && toks.slice(0, -1).every((t) => /^(?:[a-z]\.?)+$/.test(t) && t.replace(/\./g, '').length <= 3)) {
        const same = (this.byToken.get(toks[toks.length - 1]) ?? []).filter(
          (r) => r.entity.kind === 'person' && r.tokens.length === initials.length + 1 && r.tokens[r.tokens.length - 1] === toks[toks.length - 1] && r.tokens.slice(0, -1).map((t) => t[0]).join('') === initials,
        );
        if (same.length === 1) return same[0];
      }
    }
    // "G.M. texted T.R.": a person written as the initials of all their names, when one person has them.
    if (!org && toks.length === 1 && INITIALS_ONLY.test(toks[0])) {
      const letters = toks[0].replace(/\./g, '');
      const same = this.records.filter((r) => r.entity.kind === 'person' && r.tokens.length === letters.length && r.tokens.every((t, i) => t[0] === letters[i]));
      // (One surname only: "Tobias Renwick" and "Toby Renwick" are one man written two ways.)
      if (same.length && same.every((r) => surname(r.tokens) === surname(same[0].tokens))) return same.sort((a, b) => b.entity.mentions - a.entity.mentions)[0];
    }
    // A short form of a body's name ("Castilla" for "Real Castilla") read without its head word.
    if (!org && toks.length === 1) {
      // (Not "Nell family", from "Nell’s family": a family is no short form of "Nell".)
      const bodies = (this.byToken.get(toks[0]) ?? []).filter((r) => r.entity.kind === 'organisation' && r.tokens[r.tokens.length - 1] !== 'family');
      if (bodies.length === 1) return bodies[0];
      // "Laney" for Delaney Crowe, "Matt" for Matthew Hale: a first name cut short, of one person only.
      const short = toks[0];
      if (short.length >= 3) {
        const people = this.records.filter((r) => isSomebody(r) && r.tokens[0].length > short.length && (r.tokens[0].startsWith(short) || r.tokens[0].endsWith(short)));
        if (people.length === 1) return people[0];
      }
    }
    return undefined;
  }

  resolveName(name: string, org = false): Entity | undefined {
    return (this.findRecord(name, org) ?? this.findRecord(name, !org))?.entity;
  }

  entities(): Entity[] {
    return this.records.map((r) => r.entity);
  }

  /** "UK Health Security Agency (UKHSA)": the acronym names the same body from here on. */
  addAcronym(name: string, acronym: string): void {
    this.addAlias(name, acronym, true);
  }

  /** "Maren “Mazza” Holt": a nickname the story gives a person, by which it later names her. */
  addNickname(name: string, nickname: string): void {
    // (The full name may be written nowhere else: "Frontwoman Maren “Mazza” Holt" reads as "Holt".)
    this.addAlias(this.findRecord(name, false) ? name : name.split(' ').pop()!, nickname, false);
  }

  /** "identifies Mr Mallinson as “Defendant 1”": the person the label stands for. */
  addLabel(name: string, label: string): void {
    this.addAlias(name, label, false);
  }

  private addAlias(name: string, alias: string, org: boolean): void {
    const rec = this.findRecord(name, org);
    if (!rec || this.byKey.get(fold(alias)) === rec) return;
    this.byKey.set(fold(alias), rec);
    if (!rec.entity.aliases.includes(alias)) rec.entity.aliases.push(alias);
    if (this.lookups) this.lookups = new Map();
  }

  /** "the yacht Kittiwake Blue", "the album Glasshouse Weather": a thing, neither a person nor a body that speaks. */
  markThing(name: string): void {
    this.markBody(name, true);
    const rec = this.findRecord(name, true);
    if (rec) rec.thing = true;
  }

  /** The name is a vessel's or a work's (see markThing). */
  isThing(name: string): boolean {
    return !!(this.findRecord(name, true) ?? this.findRecord(name, false))?.thing;
  }

  /** "X, which runs the shelters": a name the story speaks of as a body, whatever its form. */
  markBody(name: string, surely = false): void {
    const rec = this.findRecord(name, false);
    // (A pronoun after the name may be someone else's: unless the name is surely no person's, it stays one.)
    if (!rec || rec.entity.kind === 'organisation' || (!surely && (rec.female || rec.male))) return;
    rec.entity.kind = 'organisation';
    this.roleCandidates.clear();
    if (this.lookups) this.lookups = new Map();
  }

  /** Adds roles from an appositive ("X, the union’s general secretary,"). */
  addRoles(name: string, roles: string[]): void {
    const rec = this.findRecord(name, false);
    if (!rec) return;
    this.roleCandidates.clear();
    for (const r of roles) if (!rec.entity.roles.includes(r)) rec.entity.roles.push(r);
    for (const r of roles) {
      if (FEMALE_CUES.has(r)) rec.female += 2;
      if (MALE_CUES.has(r)) rec.male += 2;
    }
  }

  /** A pronoun that follows a name in the same clause is a vote on that person's gender. */
  voteGender(name: string, pronoun: string): void {
    const rec = this.findRecord(name, false);
    if (!rec) return;
    if (FEMALE_CUES.has(pronoun)) rec.female++;
    else if (MALE_CUES.has(pronoun)) rec.male++;
  }

  gender(entity: Entity, byGivenName = false): 'female' | 'male' | 'unknown' {
    const rec = this.byEntity.get(entity);
    if (!rec) return 'unknown';
    // (With no cue either way, a given name that is only a woman's or only a man's tells, when asked:
    // enough to pick between people for "she", not to make a name a person.)
    return (byGivenName && rec.entity.kind === 'person' ? sexOf(rec) : votedSex(rec)) ?? 'unknown';
  }

  /**
   * The entity a role description points to: introduced with that role (or a synonym) and every
   * distinctive modifier ("the Chilean leader" → the one titled "Chilean President").
   */
  resolveRole(head: string, modifiers: string[], org: boolean, prefer: (e: Entity) => number): Entity | undefined {
    const key = `${org ? 'o' : 'p'}\u0001${head}\u0001${modifiers.join('\u0001')}`;
    let candidates = this.roleCandidates.get(key);
    if (!candidates) {
      candidates = this.roleMatches(head, modifiers, org);
      this.roleCandidates.set(key, candidates);
    }
    if (!candidates.length) return undefined;
    // The first of the best (what a stable sort by preference, then mentions, puts first).
    let best = candidates[0];
    let bestScore = prefer(best);
    for (let i = 1; i < candidates.length; i++) {
      const c = candidates[i];
      const score = prefer(c);
      if (score - bestScore > 0 || (score - bestScore === 0 && c.mentions - best.mentions > 0)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /** Entities, in cast order, introduced with the role `head` (or a synonym) and every distinctive modifier. */
  private roleMatches(head: string, modifiers: string[], org: boolean): Entity[] {
    const heads = ROLE_SYNONYMS[head] ?? [head];
    const mods = modifiers.map((m) => m.replace(/[’']s$/, '')).filter((m) => !GENERIC_MODIFIERS.has(m));
    const out: Entity[] = [];
    for (const r of this.records) {
      const e = r.entity;
      if (org ? e.kind !== 'organisation' : e.kind !== 'person') continue;
      const { roleWords, nameWords } = this.words(r);
      if (org) {
        // ("the company" is "Dunmore Group", not a body described as an "anti-corruption group".)
        if (heads.some((h) => nameWords.has(h) || (roleWords.has(h) && (h === head || h !== 'group'))) && mods.every((m) => nameWords.has(m) || roleWords.has(m))) out.push(e);
        continue;
      }
      if ((ROLE_EXCLUDES[head] ?? []).some((x) => roleWords.has(x))) continue;
      if (heads.some((h) => roleWords.has(h)) && mods.every((m) => roleWords.has(m) || nameWords.has(m))) out.push(e);
    }
    // ("the mayor" beside "deputy mayor Julián Carbonell" and "former mayor Fulgencio Marín": the
    // mayor herself, unless the description says deputy or former.)
    if (org || out.length < 2) return out;
    const said = new Set(modifiers);
    const plain = out.filter((e) => !LESSER.some((x) => !said.has(x) && this.words(this.byEntity.get(e)!).roleWords.has(x)));
    return plain.length ? plain : out;
  }

  /** The words of a record's name and roles, read again only when the name or the roles changed. */
  private words(r: Record_): { nameWords: Set<string>; roleWords: Set<string> } {
    const e = r.entity;
    const w = r.words;
    if (w && w.name === e.name && w.roles === e.roles && w.roleCount === e.roles.length) return w;
    const fresh = { name: e.name, roles: e.roles, roleCount: e.roles.length, nameWords: new Set(nameTokens(e.name)), roleWords: new Set(e.roles.flatMap((x) => x.split(/[\s-]+/)).map((x) => RANK_ABBREVIATIONS[x.replace(/\.$/, '')] ?? x)) };
    r.words = fresh;
    return fresh;
  }
}

/** A rank written short stands for the word ("the captain" after "Capt. Rufino Baltazar"). */
const RANK_ABBREVIATIONS: Record<string, string> = {
  capt: 'captain', cdr: 'commander', cmdr: 'commander', adm: 'admiral', gen: 'general', col: 'colonel', lt: 'lieutenant',
  sgt: 'sergeant', maj: 'major', brig: 'brigadier', cpl: 'corporal', gov: 'governor', sen: 'senator', supt: 'superintendent',
  insp: 'inspector', det: 'detective', prof: 'professor',
};

/** The name a person is called by alone: the last word, or the one before a regnal number or "Jr" ("Casimir IV" is "Casimir"). */
function surname(tokens: string[]): string {
  const n = tokens.length;
  return n > 1 && /^(?:[ivx]{1,5}|jr\.?|sr\.?)$/.test(tokens[n - 1]) ? tokens[n - 2] : tokens[n - 1];
}
