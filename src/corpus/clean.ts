// Marks what in an article is not the story's own text, from generic cues only: ad markers, photo
// credits, social-media embeds and their signatures, teaser lists, repeated headlines, datelines.
// Off-topic paragraphs need the whole story's vocabulary: see offtopic.ts.
import { splitParagraphs } from './paragraphs.ts';
import type { Article, Paragraph, ParagraphKind } from './types.ts';

// (A local paper's page keeps its own language's label: Dutch, German, French, Spanish, Italian;
// "Advertisement · Scroll to continue": the label and what to do about it.)
const AD = /^(advert(isement)?|advertising|sponsored( content)?|story continues below( advertisement)?|ad|advertentie|anzeige|werbung|publicité|publicidad|pubblicità)(?![\p{L}])[\s\d:.-]*(?:[·•|–—-]\s*(?:scroll|continue|keep reading|story continues)[\p{L} ]{0,30})?$/iu;
// ("Image source, Getty Images": a broadcaster's page labels its pictures with a comma.)
const CREDIT_PREFIX = /^(?:(photo|picture|image|credit|photograph|source|video)s?\s*(credit)?\s*:|(?:image|media|video|photo)\s+source\s*,)/i;
const CREDIT_WORD = /\b(images?|photos?|pictures?|getty|shutterstock|afp|epa|ap|alamy|file photo)\b/i;
const TEASER_AGE = /^\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i;
// ("MORE TRAVEL NEWS", "Latest UK stories": a section's links follow.)
const RELATED = /^(related( articles| stories| news| coverage)?|read more|read next|up next|what to read next|further reading|more from|most (?:read|viewed|popular|shared|watched)|popular (?:now|right now|today|stories)|explore more(?: on (?:these|this) topics?)?|recommended( for you)?|you may also like|more on this story|trending|(?:more|latest)(?: [a-z]+){0,2} (?:news|stories|headlines)|see also)\s*:?$/i;
/** "Related: Germany's car industry faces a reckoning", "READ MORE: …": a link to another article, inline. */
const RELATED_LINK = /^(related|read more|read also|also read|see also|more on this story|watch|listen)\s*:\s+\S/i;
/** "This article was amended on 6 October 2025. An earlier version said …": about the page, not the story. */
const CORRECTION_NOTE = /^(?:this (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected|changed)\b|(?:correction|clarification)\s*:)/i;
/**
 * A press release's boilerplate about who issued it: "3. About the University of Harwick: Founded
 * in 1874, …", or "About Open Hands Relief" on a line of its own above it.
 */
const ABOUT_BODY = /^(?:\d+\.\s*)?About\s+(?:the\s+)?\p{Lu}[\p{L}'’ .&-]{1,60}(?::\s|\n|$)/u;
/** "Sign up for The World This Week, our free Sunday newsletter": a call to subscribe. */
const NEWSLETTER = /^(?:sign\s+up|subscribe|get\s+(?:our|the))\b.*\b(?:newsletter|briefing|bulletin|email)\b/i;
/** "The Lagdan Courier — Serving the Southern Isles since 1962": the masthead's motto, page chrome. */
const MASTHEAD = /^(?:the\s+)?\p{Lu}[\p{L}'’&. -]{2,40}\s[—–|-]\s[^.!?]{0,60}\b(?:since|est\.?|established|founded)\s+(?:in\s+)?\d{4}$/iu;
/** "Download the Pehchan News app for the latest breaking news": a call to install the outlet's app. */
const APP_PROMPT = /^(?:download|get|install)\s+(?:the|our)\s+(?:[\p{L}\p{N}&'’.-]+\s+){0,5}app\b/iu;
/** "EVENTS: Wastewater Innovation Summit 2026, 22-23 September …": the outlet's own promotion, by its label. */
const PROMO_LABEL = /^(?:EVENTS?|PROMOTED|PROMOTION|PARTNER CONTENT|SPONSORED)\s*:/;
/** A newsletter's own chrome: "View in browser", "View this email online", "… Unsubscribe | Manage preferences". */
const EMAIL_CHROME = /^(?:view|read|open)\s+(?:this\s+(?:email|newsletter|issue)\s+)?(?:in\s+(?:your\s+|a\s+)?(?:web\s+)?(?:browser|app)|online|on\s+the\s+web)\.?$|(?:^|[.|]\s*)Unsubscribe(?:\s*[|·•]|\s*$)/i;
/** A caption's credit at its end: "Photograph: Sten Arvold/Archive", "(Courier photo / Dan Whitlow)", "(Image: Agency/Jo Rau)", ". Courtesy of Acme". */
const CAPTION_CREDIT = /(?:\b(?:picture|photo|photograph|image|credit)s?\s*:\s*[A-Z/ .-]+\)?|\.\s+Courtesy\s+of\s+[A-Z&/ .'’-]+|\((?:[a-z .'’-]+\s)?(?:photo|photograph|picture)s?\s*(?:\/|by|:)[^()]{1,40}\))$/i;
/**
 * After the caption's sentence, a photographer's name then the outlet's, ". (Wes Okonkwo / Front
 * Range Ledger)", or an agency's in capitals then the photographer's, ". MERIDIAN/Joanna Hale/File
 * Photo Purchase Licensing Rights".
 */
const PHOTOGRAPHER_CREDIT = /[.!?]\s+(?:\((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+\s*\/\s*(?:\p{Lu}[\p{L}&'’.-]*\s*){1,4}\)|\p{Lu}{2,}\/(?:\p{Lu}[\p{L}'’-]+\s+){1,3}?\p{Lu}[\p{L}'’-]+(?:\/File\s+Photo)?(?:\s+Purchase\s+Licensing\s+Rights)?)$/u;
/** "— Agency News (@agency) June 3, 2023": the last line of an embedded post. */
export const EMBED_SIGNATURE = /^[—–-]{1,2}\s*(.+?)\s*\((@\w{1,30})\)\s+([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$/;
const EMBED_LINK = /(https?:\/\/t\.co\/\S+|pic\.twitter\.com\/\S+|instagram\.com\/p\/\S+)/i;
const CRAWLER_DATE = /(^|\s)date\s+\d{4}-\d{2}-\d{2}\b/i;
const BYLINE_DATE = /^\d{1,2}(st|nd|rd|th)? [A-Z][a-z]+,? \d{4}( [-–—|,] ?\d{1,2}:\d{2}\b.*)?$/;
/**
 * "By Jane Doe", "By Jane Doe for The Daily Courier", "By JANE DOE, Associated Press". Case matters
 * (no /i, under which \p{Lu} matches any letter): "By Friday, the council will decide." is story.
 */
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}(\s*(,|for|and|in)\s+\p{Lu}[\p{L}'’. ]{1,60})?$/u;
/** "By Metro Dublin reporter", "By our correspondent", "By a staff writer". */
const BYLINE_ROLE = /^[Bb][Yy]\s+(?:(?:our|a|an|the)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:staff\s+)?(?:reporter|correspondent|writer|editor|staff|team|desk)s?$/u;
const TERMINAL = /[.!?…"”’):]$/;
/** "BATTLED ON", "A LIFE IN SONG": a tabloid's heading in capitals between paragraphs, one to five words. */
const CROSSHEAD = /^(?=(?:[^\p{L}]*\p{L}){4})\p{Lu}[\p{Lu}'’&-]*(?:\s+[\p{Lu}'’&-]+){0,4}$/u;

export function classifyParagraphs(article: Article): Paragraph[] {
  const raw = splitParagraphs(article.text, article.bodyStart);
  // Fields written out in the order the spread of a raw paragraph gave (a spread per paragraph was slow).
  const paras: Paragraph[] = raw.map((p, index) => ({ start: p.start, end: p.end, text: p.text, index, kind: 'story' as ParagraphKind }));
  markLineKinds(paras);
  markBareBylines(paras);
  markAboutSections(paras);
  markReleaseTail(paras);
  markEmbeds(paras);
  markTeaserTail(paras);
  markHeadlines(paras, article.meta.title);
  return paras;
}

function markLineKinds(paras: Paragraph[]): void {
  for (const p of paras) {
    const t = p.text;
    if (AD.test(t)) p.kind = 'ad';
    else if (EMBED_SIGNATURE.test(t)) p.kind = 'embed-signature';
    else if (TEASER_AGE.test(t) || RELATED.test(t)) p.kind = 'teaser';
    // One headline, not a paragraph of the story that happens to open so.
    else if (RELATED_LINK.test(t) && wordCount(t) <= 25 && !/[.!?]\s+\p{Lu}/u.test(t)) p.kind = 'offtopic';
    else if (CORRECTION_NOTE.test(t) || ABOUT_BODY.test(t)) p.kind = 'offtopic';
    else if ((NEWSLETTER.test(t) || EMAIL_CHROME.test(t) || APP_PROMPT.test(t) || MASTHEAD.test(t) || PROMO_LABEL.test(t)) && wordCount(t) <= 25) p.kind = 'ad';
    else if (t.includes('-') && CRAWLER_DATE.test(t) && wordCount(t) <= 8) p.kind = 'dateline';
    else if (BYLINE_DATE.test(t) || BYLINE.test(t) || BYLINE_ROLE.test(t) || isPageStamp(t) || (t.length <= 60 && DATE_ONLY.test(t.replace(READ_TIME, '')))) p.kind = 'dateline';
    else if (isCredit(t)) p.kind = 'credit';
    else if (p.index > 0 && CROSSHEAD.test(t)) p.kind = 'crosshead';
    // (The credit ends the line: only its tail is searched.)
    else if ((t.includes(':') || t.includes('/') || t.endsWith(')') || t.includes('Courtesy of')) && (CAPTION_CREDIT.test(t.slice(-90)) || PHOTOGRAPHER_CREDIT.test(t.slice(-90))) && wordCount(t) > 6) p.kind = 'caption';
  }
}

/** "June 8, 2026 · 6 min read": the reading time a page puts after its date. */
const READ_TIME = /\s*[·|•–-]\s*\d{1,2}\s*min(?:ute)?s?\s+read$/i;
/** "Sun 5 Oct 2025 07.00 BST", "Friday, March 6, 2026, 9:14 AM": a line that is only a date and a time. */
const DATE_ONLY =
  /^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:\s*[,|•·–-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?$/;

/**
 * "Published 06:00 GMT, 5 March 2026 | Updated 11:42 GMT", "March 11, 2026 9:14 AM GMT Updated 2
 * hours ago": when the page went up, not a sentence.
 */
const PAGE_STAMP = /^(?:first\s+)?(?:published|posted|updated|last\s+(?:updated|modified))\b/i;
const STAMP_INSIDE = /(?:published|posted|updated)\s*:?\s*(?:\d|on\s|at\s|[A-Z][a-z]{2,8}\.?\s+\d)/i;
function isPageStamp(t: string): boolean {
  if (t.length > 200) return false;
  if (PAGE_STAMP.test(t)) return wordCount(t) <= 20 && !/[.!?]\s+\p{Lu}/u.test(t) && !/\b(?:said|says)\b/.test(t);
  return t.length <= 100 && !TERMINAL.test(t) && /\d/.test(t) && wordCount(t) <= 12 && STAMP_INSIDE.test(t);
}

/** "Harriet Lomax" alone on a line, beside the page's date line near the top: a byline without "By". */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const HEAD_LINES = 6;
/** The paragraph under a heading "About X" is the issuer's boilerplate too. */
function markAboutSections(paras: Paragraph[]): void {
  for (const p of paras) {
    const next = paras[p.index + 1];
    if (p.kind === 'offtopic' && ABOUT_BODY.test(p.text) && !p.text.includes(':') && !p.text.includes('\n') && next?.kind === 'story') next.kind = 'offtopic';
  }
}

/** "ENDS", "###", "Notes to editors": a press release's own text is over; what follows is about its issuer. */
const RELEASE_END = /^(?:[-–—]?\s*ends\s*[-–—]?|#{3}|notes?\s+(?:to|for)\s+editors:?|editor['’]?s['’]?\s+notes?:?)$/i;

function markReleaseTail(paras: Paragraph[]): void {
  const end = paras.findIndex((p, k) => p.index > 2 && (p.kind === 'story' || p.kind === 'crosshead') && p.text.length <= 24 && RELEASE_END.test(p.text.trim()) && !inContents(paras, k));
  if (end < 0) return;
  for (const p of paras.slice(end)) if ((p.kind === 'story' || p.kind === 'crosshead') && !isDatedNote(p.text)) p.kind = 'offtopic';
}

/**
 * "2. The referendum period … began on 20 April 2026.": a numbered note to editors that dates a
 * step of the story is the story's own record; one about the issuer or the press office is not.
 */
const DATED_NOTE = /^\d{1,2}\.\s.*\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/su;
const ISSUER_NOTE = /^\d{1,2}\.\s+(?:the\s+)?[^.,]{0,60}?\b(?:is|are|was)\s+(?:the|a|an)\b|\b(?:available|enquiries|contact|accreditation|founded|established|registered)\b/iu;
function isDatedNote(t: string): boolean {
  return DATED_NOTE.test(t) && !ISSUER_NOTE.test(t);
}

/** "Contents / Findings / Fines / Notes to editors": a heading listed under the page's contents, not the heading itself. */
function inContents(paras: Paragraph[], k: number): boolean {
  for (let j = k - 1; j >= 0 && paras[j].text.length <= 40 && !/[.!?]$/.test(paras[j].text); j--) if (CONTENTS.test(paras[j].text.trim())) return true;
  return false;
}
const CONTENTS = /^(?:contents|table of contents|on this page|in this (?:article|release|page)):?$/i;

function markBareBylines(paras: Paragraph[]): void {
  for (const p of paras.slice(0, HEAD_LINES)) {
    const beside = [paras[p.index - 1], paras[p.index + 1]];
    if (p.kind === 'story' && BARE_NAME.test(p.text) && beside.some((q) => q?.kind === 'dateline')) p.kind = 'dateline';
  }
}

function isCredit(t: string): boolean {
  if (wordCount(t) > 6 || TERMINAL.test(t)) return false;
  return CREDIT_PREFIX.test(t) || (CREDIT_WORD.test(t) && /^[A-Z]/.test(t) && !/\b(said|says)\b/.test(t));
}

/** The post above a signature: the line carrying its link and the lines before it that fit in one post. */
function markEmbeds(paras: Paragraph[]): void {
  for (const sig of paras.filter((p) => p.kind === 'embed-signature')) {
    const m = EMBED_SIGNATURE.exec(sig.text)!;
    sig.relay = `${m[1]} (${m[2]})`;
    const last = paras[sig.index - 1];
    if (!last || last.kind !== 'story' || !EMBED_LINK.test(last.text)) continue;
    let length = 0;
    for (let i = sig.index - 1; i >= 0 && paras[i].kind === 'story'; i--) {
      length += postLength(paras[i].text);
      if (length > POST_MAX && i < sig.index - 1) break;
      paras[i].kind = 'embed';
      paras[i].relay = sig.relay;
    }
  }
}

const POST_MAX = 280;
/** Length as a post counts it: every link is 23 characters. */
function postLength(t: string): number {
  return t.replace(/\S*(https?:\/\/|pic\.twitter\.com\/)\S+/g, 'x'.repeat(23)).length + 1;
}

/** Paragraphs i and i + 1 are the report's own: long, ended like sentences, with a sentence break in one of them. */
function resumes(paras: Paragraph[], i: number): boolean {
  const prose = (p: Paragraph | undefined) => !!p && p.kind === 'story' && p.text.length >= 120 && /[.!?]["”’']?$/.test(p.text);
  return prose(paras[i]) && prose(paras[i + 1]) && /[.!?]["”’']?\s+["“‘']?\p{Lu}/u.test(`${paras[i].text} ${paras[i + 1].text}`);
}

/** Teaser lists end an article: from the first teaser marker's block to the end, nothing is story (unless the report resumes). */
function markTeaserTail(paras: Paragraph[]): void {
  const first = paras.findIndex((p) => p.kind === 'teaser');
  if (first < 0) return;
  let start = first;
  // Walk back over the teaser's own headline and standfirst (no terminal punctuation, short).
  for (let i = first - 1; i >= 0 && first - i <= 2; i--) {
    const t = paras[i].text;
    if (paras[i].kind !== 'story' || t.length > 160 || TERMINAL.test(t)) break;
    start = i;
  }
  for (let i = start; i < paras.length; i++) {
    // A box of links in the middle of a report ("RELATED STORIES", two headlines, an advert): the
    // report resumes at two story paragraphs in a row, each a full sentence or more.
    if (i > first && resumes(paras, i)) break;
    if (paras[i].kind === 'story' || paras[i].kind === 'caption') paras[i].kind = 'teaser';
  }
  // A headline-like paragraph right before the tail is a section heading of the teaser list.
  const prev = paras[start - 1];
  if (prev && prev.kind === 'story' && !TERMINAL.test(prev.text) && prev.text.length < 120 && start - 1 > 2) prev.kind = 'teaser';
}

/** The first headline-like line is the title; a repeat of it and the standfirst under it are marked. */
function markHeadlines(paras: Paragraph[], metaTitle?: string): void {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let title = metaTitle ? norm(metaTitle) : '';
  for (let i = 0; i < Math.min(paras.length, 6); i++) {
    const p = paras[i];
    if (p.kind !== 'story') continue;
    if (title && norm(p.text) === title) {
      p.kind = i === 0 && !metaTitle ? 'title' : 'headline-repeat';
      continue;
    }
    if (!title && isHeadlineLike(p.text) && i <= 1) {
      p.kind = 'title';
      title = norm(p.text);
      continue;
    }
    if (title && paras.slice(0, i).some((q) => q.kind === 'title') && isHeadlineLike(p.text) && p.text.length > 60 && !hasStoryAfterOnly(paras, i)) {
      p.kind = 'standfirst';
    }
    break;
  }
}

function hasStoryAfterOnly(paras: Paragraph[], i: number): boolean {
  return paras.slice(0, i).some((q) => q.kind === 'story');
}

export function isHeadlineLike(t: string): boolean {
  return t.length <= 200 && !TERMINAL.test(t) && !t.includes('. ') && wordCount(t) >= 3;
}

/** Runs of non-space characters (as t.split(/\s+/).filter(Boolean).length, without the arrays). */
export function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The characters /\s/ matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
