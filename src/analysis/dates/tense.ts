// Does a date expression name something that happened, something scheduled, or something only
// proposed? Decided from generic verb cues around the expression, the way a reader does: the cue
// nearest before it (after the last speech verb, whose content is what is being reported) wins;
// with no cue before, the main clause after it decides. Used for event kinds and for the direction
// of bare weekdays ("on Thursday" in past narration is the last Thursday, in a plan the next one).
import { memoByText } from '../memo.ts';
import type { EventKind } from '../types.ts';

export interface TemporalContext {
  kind: EventKind;
  /** Where a bare weekday or weekend lies relative to the reference day. */
  direction: 'past' | 'future';
  /** False when no verb cue was found and the answer is the default (past narration). */
  cued: boolean;
  /** The expression dates a speech verb ("said on Thursday"): the day words were said. */
  spoken?: boolean;
  /**
   * A present tense of a timetable decides ("the law takes effect in January"): ahead, or in force
   * since a date up to a month back ("the rules, which take effect on 1 March", told on 10 March).
   */
  timetable?: boolean;
}

const SPEECH =
  /\b(said|says|say|told|tells|asked|added|adds|noted|notes|announced|announces|stated|states|explained|wrote|writes|tweeted|posted|confirmed|confirms|insisted|argued|claimed|declared|emphasi[sz]ed|stressed|according to)\b/gi;
/**
 * A present tense that tells a timetable: "the law takes effect in January", "the museum reopens in
 * February", "the next one is in November". (Third-person forms only: "start" is also "to start";
 * "go on sale" is ahead whatever governs it.)
 */
const PRESENT_SCHEDULE_WORDS = String.raw`(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|go(?:es)?\s+(?:on\s+sale|live|into\s+effect)|takes\s+place|(?:re)?opens|closes|starts|begins|ends|runs\s+(?:from|until|till|through|between)|launches|kicks\s+(?:off|in)|resumes|expires|premieres|debuts|(?:is|are)\s+(?:on|in)(?=\s*$))`;
const PRESENT_SCHEDULE = new RegExp(`^${PRESENT_SCHEDULE_WORDS}$`, 'i');
const SCHEDULED = new RegExp(
  String.raw`\b((?:agreed|decided|voted|promised|pledged|vowed|threatened|arranged|prepared|aims?|aimed|expects?|expected)\s+to|will|shall|won['’]t|\w+['’]ll|(?:is|are|was|were|be|been)\s+(?:set|due|scheduled|expected|slated|poised|planned|booked|lined up)\s+(?:to|for)|(?:is|are|was|were|be|been)\s+(?:due|expected)\s+(?:back|home|in\s+court)|(?:is|are|be)\s+due|scheduled|due to|going to|gonna|next\s+(?:week|month)|later\s+this\s+(?:week|month)|plans? to|planned to|planning to|(?:is|are|am|was|were|be|been)\s+(?:already\s+|now\s+|still\s+)?planning|intends? to|intended to|is to|are to|to be \w+|upcoming|from now|in the coming|ahead of|forecast|predicted|${PRESENT_SCHEDULE_WORDS})\b`,
  'gi',
);
// Verb forms only: the nouns "offer", "request", "proposal" name plans that may be long past.
const PROPOSED =
  /\b(propos(?:es|ed|ing)|suggest(?:s|ed|ing)|consider(?:s|ed|ing)?|offered|invit(?:es|ed|ing)|call(?:s|ed)? for|requested|urg(?:es|ed)|would|could|might|may|can|cannot|can['’]t|wants? to|wanted to|hopes? to|hoped to|ready to|willing to|keen to|as soon as|if)\b/gi;
/** Irregular past forms (a closed class; forms that are also common nouns or presents left out); regular ones end in -ed. */
export const IRREGULAR_PAST =
  'was were did made met went came took gave spoke began left held sent won lost rose fell saw got told said found became broke brought bought built caught chose drew drove ate fought flew forgot forgave froze grew hung kept knew led meant paid ran rang sold sang sat shot slept spent stood stole struck swore taught thought threw understood woke wore wrote withdrew underwent undertook overcame overtook overran overthrew outran bled blew bred burnt clung crept dealt dug dove fed fled flung forbade forsook heard hid knelt laid leapt lit mistook overheard oversaw rode sank sought shook shone shrank slid slung smelt sped spun spat sprang stung stank strode strove swept swam swung tore upheld withheld wrung arose awoke'.split(' ');
/** Regular pasts too short for the -ed pattern below ("died", "sued"), and participles of a perfect ("has been seen", "had gone"). */
const SHORT_AND_PERFECT = 'died sued tied lied owed eyed been seen gone done taken given shown written spoken chosen driven fallen hidden risen stolen thrown begun'.split(' ');
// "up from 40 on Sunday": a figure compared with an earlier one; "didn't", "wasn't": a past denied.
const PAST = new RegExp(`\\b(${[...IRREGULAR_PAST, ...SHORT_AND_PERFECT].join('|')}|(?:did|was|were|had)n['’]t|ago|yesterday|[a-z]{3,}ed|(?:up|down)\\s+from)\\b`, 'g');
const FOR_TAIL = /\b(?:for|until|till|to)\s+(?:next\s+|this\s+|on\s+)?$/i;
/** Only hoped for or put forward, in the clause before a deadline ("they would" reports a plan). */
const HOPED = /\b(?:hopes?|hoped|hoping|wants?|wanted|propos(?:es|ed|ing)|consider(?:s|ed|ing)?|could|might)\b[^,.;:]*$/i;
/** A day being fixed or moved, or a measure's end: "set the hearing for", "adjourned until", "was moved to", "remanded in custody until", "released on bail until". */
const SET_FOR =
  /\b(?:(?:set|fixed|listed|adjourned|rescheduled)\b[^,.;:]{0,50}\b(?:for|until|till)|(?:mov(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|deferred|push(?:es|ed|ing)?\s+back|put\s+off|br(?:ing|ings|inging|ought)\s+forward|rescheduled)\b[^,.;:]{0,30}\b(?:to|until|till)|(?:remanded|suspended|banned|barred|extended|bail(?:ed)?)\b[^,.;:]{0,30}\b(?:until|till))\s+(?:next\s+|this\s+|on\s+)?$/i;
/** Verbs whose past is their base form; read as past only after a subject (see cues()). */
const AMBIGUOUS_PAST = /\b(cut|put|set|hit|shut|cost|quit|spread|hurt|beat|split|cast|burst)\b/g;
/** A name ("the Council", "Lee", "the minister, Tommaso Brevani,") or a subject pronoun, and no auxiliary, just before the verb. */
const SUBJECT_BEFORE = /(?:(?<![.!?]\s|^)\b[A-Z][\p{L}'’.-]*,?|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|also|then|later|sharply|again))\s+$/u;
const QUANTITY_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|much|little|nothing|none|years?|months?|weeks?|days?|hours?|minutes?|seconds?|time)\s+$/i;
const NOT_PAST = /^(need|speed|feed|seed|breed|bleed|greed|creed|exceed|proceed|succeed|hundred|sacred|naked|wicked|shed|bed|red)$/;

/** "interview conducted on", "interview published", "interview on": the expression dates an interview. */
const INTERVIEW = /\binterview(?:ed)?\b(?:\s+with\s+[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})?\s+(?:(?:conducted|published|broadcast|aired|recorded|given)\s+)?(?:on\s+|late\s+|early\s+)?$/i;
/** "posted a lengthy thread about the find on Mastodon last night", "published a statement on its website on": the day of a post is a day of saying. */
const POSTED = /\b(?:posted|published|issued|released|put\s+out|shared)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:thread|post|statement|video|message|letter|blog\s+post|update)\b(?:\s+(?:about|on|to|in)\s+[^,.;:!?“”"]{1,40}?)?\s+(?:on\s+|late\s+|early\s+)?$/i;

/** "the next review on", "its next scheduled meeting, in": an occasion ahead, not a unit of time. */
const NEXT_OCCASION = /\bnext\s+(?:scheduled\s+|regular\s+|monthly\s+|policy\s+|board\s+)?(?!(?:day|morning|afternoon|evening|night|week|weekend|month|year|time)\b)\p{Ll}+,?\s+(?:on|in|at)\s+$/iu;

/** A relative clause still open where the expression stands: ", which … ", ", who … ". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|where)\s+[^,;:—–()]*$/i;

const AFTER_DOING = /\bafter\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\s+(?:(?:the|a|an|his|her|their|its|last)\s+)?$/u;
const SINCE = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i;
/** A "when" clause right after the expression: ", when a deadly freeze crippled the grid". */
const WHEN_AFTER = /^,?\s+when\s+([^,.;:]+)/;

/** A modal or "to" before a speech verb, with or without a passive's "be": "will be announced", "to say". */
const SPEECH_AHEAD = /\b(?:will|shall|would|to|is\s+to|are\s+to|going\s+to)\s+(?:not\s+)?(?:be\s+)?$/i;
/** A speech verb followed only by a preposition: "said on Thursday", "told reporters late on". */
// ("told the Albion Times on Friday", "told BBC Radio 4 on": whom it was told to, by name.)
const ATTACHED_TO_SPEECH = /^\s*(?:(\w+\s+){0,2}?|(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d’'.&-]*\s+){1,4})(late\s+|early\s+)?(on|last|this|in|at)?\s*$/u;

interface Cue {
  at: number;
  kind: EventKind;
  /** A present tense of a timetable ("reopens"): see TemporalContext. */
  timetable?: boolean;
  /** A regular -ed form: a past tense, or a participle ("will stay closed", "had left"). */
  participle?: boolean;
}

/**
 * The context of the expression at [start, end) in `text` (one sentence; text inside quotation
 * marks the expression is not part of should be blanked out by the caller, keeping offsets).
 */
export interface TenseOptions {
  /** Captions narrate what happened in the present tense ("The minister attends a meeting on Thursday"). */
  presentIsPast?: boolean;
}

// A date is judged here by the parser that reads it and again by the event reader: remember the
// answers per sentence (offsets and option make the key).
const judged = memoByText(() => new Map<string, TemporalContext>(), 5_000);

export function temporalContext(text: string, start: number, end: number, options: TenseOptions = {}): TemporalContext {
  const answers = judged(text);
  const key = `${start}:${end}:${options.presentIsPast ? 1 : 0}`;
  let answer = answers.get(key);
  if (!answer) answers.set(key, (answer = judge(text, start, end, options)));
  return answer;
}

function judge(text: string, start: number, end: number, options: TenseOptions): TemporalContext {
  const before = text.slice(0, start);
  const speech = lastSpeech(before);
  let from = 0;
  if (speech) {
    // "The spokesman said on Friday": the expression dates the saying itself.
    // ("Further names will be announced in July": a saying still ahead is a plan.)
    if (ATTACHED_TO_SPEECH.test(before.slice(speech.end)) && !/\b(that|he|she|they|it|we)\b/i.test(before.slice(speech.end)) && !SPEECH_AHEAD.test(before.slice(Math.max(0, speech.start - 24), speech.start))) {
      return { kind: 'happened', direction: 'past', cued: true, spoken: true };
    }
    from = speech.end;
  }
  // "tells the magazine in an interview conducted Sunday", "an interview with a radio station on Wednesday":
  // the day of an interview is a day of saying.
  if (INTERVIEW.test(before) || POSTED.test(before.slice(-120))) return { kind: 'happened', direction: 'past', cued: true, spoken: true };
  // "by Friday", "before Monday", "starting June 7", "until Dec. 9 to respond": a deadline or a start lies ahead.
  // ("By Wednesday evening, 5,000 people had left" is past perfect, though.)
  // A deadline someone only hopes or proposes to meet stays proposed ("hope to reopen by November").
  if (DEADLINE.test(before) && !pastPerfectBy(before, text.slice(end)) && !pastBefore(before.slice(from))) {
    return fromKind(HOPED.test(before.slice(from)) ? 'proposed' : 'scheduled');
  }
  // "until Dec. 9 to respond", "given them until Friday's 11pm deadline": a time allowed, ahead.
  if (/\buntil\s+$/i.test(before) && /^(?:\s+to\s+[a-z]+|['’]s\s+(?:[\w.:]+\s+){0,2}(?:deadline|cut-?off)\b)/i.test(text.slice(end))) return fromKind('scheduled');
  // "The judge set sentencing for May 2", "adjourned the case until Monday": a past act that fixes
  // a day still ahead.
  // (The ending is tested first on a short tail: most expressions follow no such preposition.)
  if (FOR_TAIL.test(before.slice(-16)) && SET_FOR.test(before)) return fromKind('scheduled');
  // "at the next review on July 15", "its next meeting, on 4 May": an occasion still to come.
  // (Not "the next day" or "the next week" of a past narration.)
  if (NEXT_OCCASION.test(before.slice(-40))) return fromKind('scheduled');
  // "fixed a trial date of 5 October 2026", "a hearing date for 3 June": a day set, ahead.
  if (/\bdate\s+(?:of|for)\s+$/i.test(before.slice(-12))) return fromKind('scheduled');
  // "is on loan until May 2031", "remains closed until 3 November": a present state lasts until then.
  if (/\b(?:is|are|remains?|stays?|runs?|lasts?)\b[^,.;:]{0,60}\buntil\s+(?:the\s+end\s+of\s+)?$/i.test(before)) return fromKind('scheduled');
  // "the lowest since February 2021": a point the present is counted from lies behind.
  if (SINCE.test(before.slice(-24))) return fromKind('happened');
  // "says he is still pinching himself after sensationally winning Sunday's grand prix": what one
  // did before the telling happened.
  if (AFTER_DOING.test(before.slice(-48))) return fromKind('happened');
  // "in February 2021, when a freeze crippled the grid": the clause after tells what happened then.
  const when = WHEN_AFTER.exec(text.slice(end, end + 120));
  const then = when && firstCue(when[1]);
  if (then) return fromCue(then, options);
  // "Only then did she turn to the new phone, which goes on sale today and ships May 9": a relative
  // clause has its own tense; the main clause's verbs say nothing about it.
  const relative = RELATIVE_CLAUSE.exec(before);
  const clause = relative ? relative.index : 0;
  const cue = lastCue(before.slice(Math.max(from, clause)));
  if (cue) return fromCue(cue, options);
  // "On Monday, the council will vote": the main clause after the expression decides.
  // (", and the party has been quick …": a coordinated clause after it has a tense of its own.)
  const after = text.slice(end, end + 100).split(relative ? /[,;:]/ : /[;:]|,\s+(?:and|but)\s/)[0];
  // (", followed by another in the second quarter", ", led by the mayor": a participle modifying
  // what went before tells no tense.)
  const next = PARTICIPLE_PHRASE.test(after) ? undefined : firstCue(after);
  if (next) return fromCue(next, options);
  // No verb cue near it. A sentence with no past form at all speaks in the present, which in news
  // copy announces a schedule ("India and Australia meet again on Tuesday"), except in captions.
  const told = relative ? text.slice(clause, end + after.length) : text;
  if (!options.presentIsPast && !cues(told).some((c) => c.kind === 'happened')) return { ...fromKind('scheduled'), cued: false };
  return { ...fromKind('happened'), cued: false };
}

const PARTICIPLE_PHRASE = /^,\s+[a-z]{3,}ed\s+by\b/;
const DEADLINE = /\b(by|before|starting|beginning)\s+(next\s+|this\s+|on\s+|the\s+end\s+of\s+)?$/i;
/** Where the clause the deadline stands in begins. */
const CLAUSE_BREAK = /[,;:—–]|\b(?:and|but)\s/g;

/**
 * "By Wednesday evening, 5,000 people had left", "they had left by Monday": a past perfect reached
 * by then. An opening "by" looks at the clause after it; one within a clause at that clause only
 * ("agreed to cut jobs by 2030, ending a dispute that had …" is still ahead).
 */
function pastPerfectBy(before: string, after: string): boolean {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = m.index + m[0].length;
  const clause = before.slice(from);
  // (An opening "by" reaches the clause after it, not a new one: ", and said … that had been destroyed".)
  if (!clause.replace(DEADLINE, '').trim()) return /\b(had|was|were)\b/i.test(after.split(/[;.]|,\s+(?:and|but)\s/)[0]);
  return /\b(had|was|were)\b/i.test(clause) || /\b(had|was|were)\b/i.test(after.split(/[,;:.]/)[0]);
}

/**
 * "The fire broke out shortly before midnight on Thursday", "He resigned before Christmas": an act
 * told in the past before a "before" took place then; a deadline is set by a plan or a duty.
 */
function pastBefore(before: string): boolean {
  if (!/\bbefore\s+(?:\S+\s+){0,2}$/i.test(before.slice(-30))) return false;
  const cue = lastCue(before);
  return cue?.kind === 'happened';
}

function fromKind(kind: EventKind): TemporalContext {
  return { kind, direction: kind === 'happened' ? 'past' : 'future', cued: true };
}

function fromCue(cue: Cue, options: TenseOptions): TemporalContext {
  // A caption's present narrates the moment pictured ("The mayor opens the bridge on Tuesday").
  if (cue.timetable && options.presentIsPast) return fromKind('happened');
  const context = fromKind(cue.kind);
  if (cue.timetable) context.timetable = true;
  return context;
}

/** "he may have gone", "it could have been": a guess at a past, no plan (the participle after it is read as past). */
const MAY_HAVE = new RegExp(`^\\s+(?:not\\s+)?have\\s+(?:${[...IRREGULAR_PAST, ...SHORT_AND_PERFECT].join('|')}|[a-z]{2,}(?:ed|en))\\b`, 'i');

const AS_YOU_KNOW = /\bas\s+(?:many\s+of\s+|some\s+of\s+|most\s+of\s+)?you\s+(?:will|may|might)\s+(?:already\s+)?(?:know|have\s+(?:heard|seen|read))\b/i;

function cues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const [re, kind] of [
    [SCHEDULED, 'scheduled'],
    [PROPOSED, 'proposed'],
    [PAST, 'happened'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (kind === 'happened' && NOT_PAST.test(m[1])) continue;
      // "a scaled-back plan", "a long-awaited report": part of a compound adjective, no verb.
      if (kind === 'happened' && (text[m.index - 1] === '-' || text[m.index + m[0].length] === '-')) continue;
      // "two years left on the lease", "nothing left": what remains, not a past.
      if (m[1] === 'left' && QUANTITY_BEFORE.test(text.slice(0, m.index))) continue;
      // "will be played", "is expected": a participle after a present or future "be" is no past.
      // So is an irregular one ("must be spent", "is held").
      if (kind === 'happened' && /\b(be|is|are|am|being|been)\s+(\w+ly\s+)?$/i.test(text.slice(0, m.index))) continue;
      // "should have been done", "will have gone": a modal perfect tells no past ("may have gone up
      // on Saturday", a guess at what happened, does: see MAY_HAVE).
      if (kind === 'happened' && /\b(?:should|would|will)\s+(?:not\s+)?have\s+(?:\w+ly\s+)?$/i.test(text.slice(0, m.index))) continue;
      if (kind === 'proposed' && /^(?:may|might|could|must)$/i.test(m[0]) && MAY_HAVE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
      if (m[0] === 'May' || m[0] === 'Will') continue; // the month, a name: not the modal
      // "As many of you will know, …": an aside to the reader, no plan of the story.
      if (kind === 'scheduled' && AS_YOU_KNOW.test(text.slice(Math.max(0, m.index - 30), m.index + 20))) continue;
      // "what appeared to be a leak": a judgement, not a plan.
      if (kind === 'scheduled' && /^to be/i.test(m[0]) && /\b(?:appear|seem|prove|happen|turn(?:ed|s)? out|believed|thought|known|said|reported|understood)(?:s|ed)?\s+$/i.test(text.slice(0, m.index))) continue;
      const cue: Cue = { at: m.index + m[0].length, kind };
      if (kind === 'happened' && /ed$/.test(m[1])) cue.participle = true;
      if (kind === 'scheduled' && PRESENT_SCHEDULE.test(m[1])) cue.timetable = true;
      out.push(cue);
    }
  }
  // "the Council cut its rate", "she put the question": a verb whose past is its base form is a
  // past after a name or a pronoun ("to cut", "will cut", "a rate cut" are not).
  AMBIGUOUS_PAST.lastIndex = 0;
  for (let m = AMBIGUOUS_PAST.exec(text); m; m = AMBIGUOUS_PAST.exec(text)) {
    if (SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) out.push({ at: m.index + m[0].length, kind: 'happened' });
  }
  // At the same position a plan outranks a past form ("invited" is both).
  const rank = { scheduled: 0, proposed: 1, happened: 2 } as const;
  return out.sort((a, b) => a.at - b.at || rank[b.kind] - rank[a.kind]);
}

/** ", three agencies ": a comma, then a new clause's subject (up to four words, no relative or joining word). */
const SUBJECT_AFTER_COMMA = /,\s+(?!(?:which|who|that|as|and|but|or)\b)(?:[\p{L}'’-]+\s+){1,4}$/u;

/**
 * The cue nearest before the expression. A regular -ed form after a plan is its participle, not a
 * past ("we will keep the zone closed until Monday"), so the plan stands.
 */
function lastCue(text: string): Cue | undefined {
  const all = cues(text);
  const last = all.at(-1);
  if (!last?.participle) return last;
  for (let i = all.length - 2; i >= 0; i--) {
    // A new clause ("…, and the crew sealed", "… a week after the bridge collapsed") starts a new
    // verb phrase: no plan reaches past it.
    if (/,\s+(?:and|but)\s|;|\b(?:after|since|because|when|while)\s/.test(text.slice(all[i].at, all[i + 1].at))) break;
    // ("… could slide into famine within weeks, three agencies warned on Tuesday": a subject after a
    // comma makes the -ed word a verb of its own clause, no participle of the one before.)
    if (SUBJECT_AFTER_COMMA.test(text.slice(all[i].at, all[i + 1].at).replace(/[\p{L}'’-]+$/u, ''))) break;
    if (all[i].kind !== 'happened') return all[i];
    if (!all[i].participle) break;
  }
  return last;
}

function firstCue(text: string): Cue | undefined {
  const all = cues(text);
  if (!all.length) return undefined;
  // Ties go to the plan, as above: the first position, best rank.
  const first = all[0].at;
  const same = all.filter((c) => c.at === first);
  return same.find((c) => c.kind !== 'happened') ?? same[0];
}

/**
 * The last speech verb of `text`. A capitalised one counts only with a capital A ("According to",
 * "Asked on Monday"): "the United States", "Notes" are names there.
 */
function lastSpeech(text: string): { start: number; end: number } | undefined {
  SPEECH.lastIndex = 0;
  let last: { start: number; end: number } | undefined;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const c = m[0].charCodeAt(0);
    if (c >= 65 && c <= 90 && c !== 65) continue;
    last = { start: m.index, end: m.index + m[0].length };
  }
  return last;
}
