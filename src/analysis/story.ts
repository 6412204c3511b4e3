// The analysis pipeline for one story: clean every article, mark off-topic paragraphs against the
// whole story, then quotes, entities, clusters and the timeline.
import { classifyParagraphs } from '../corpus/clean.ts';
import { markOffTopic } from '../corpus/offtopic.ts';
import { splitSentences } from '../corpus/sentences.ts';
import type { Article } from '../corpus/types.ts';
import { publicationDate, settleWithStory } from './dates/published.ts';
import { articleOutlet, articleTitle } from './metadata.ts';
import { buildCast } from './quotes/cast.ts';
import { extractQuotes, prepareArticle } from './quotes/extract.ts';
import { linkQuotes } from './quotes/story.ts';
import { extractEvents } from './timeline/events.ts';
import { buildTimeline } from './timeline/merge.ts';
import type { ArticleAnalysis, Quote, QuoteCluster, StoryAnalysis } from './types.ts';

export function analyzeStory(story: string, articles: Article[]): StoryAnalysis {
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);
  const published = articles.map((article, i) => publicationDate(article, paragraphs[i]));
  settleWithStory(published);
  const analyses: ArticleAnalysis[] = articles.map((article, i) => {
    const paras = paragraphs[i];
    const sentences = paras.flatMap((p) => splitSentences(article.text, p.start, p.end, p.index));
    const analysis: ArticleAnalysis = {
      article,
      file: article.file,
      title: articleTitle(article, paras, sentences),
      outlet: articleOutlet(article, paras),
      published: published[i].date,
      publishedInferred: published[i].inferred,
      paragraphs: paras,
      sentences,
      quotes: [],
      events: [],
    };
    return analysis;
  });
  const common = lowerCaseWords(articles);
  const prepared = analyses.map((a) => prepareArticle(a, common));
  const cast = buildCast(analyses.map((a, i) => ({ file: a.file, text: a.article.text, masked: prepared[i].masked, mentions: prepared[i].mentions })));
  const outlets = new Set(analyses.map((a) => a.outlet?.toLowerCase()).filter((o): o is string => !!o));
  analyses.forEach((a, i) => (a.quotes = extractQuotes(a, prepared[i], cast, outlets)));
  const entities = cast.entities();
  const clusters = linkQuotes(analyses, entities);
  for (const a of analyses) a.events = extractEvents(a, entities);
  dateQuotes(analyses, clusters);
  return { story, articles: analyses, entities, clusters, timeline: buildTimeline(analyses) };
}

/** The date of the story's newest article (published or inferred), '' when none has one. */
export function newestOf(analysis: StoryAnalysis): string {
  return analysis.articles.reduce((m, a) => ((a.published ?? '') > m ? (a.published ?? '') : m), '');
}

/**
 * When words were said: a day-precise event dated in the quote's own sentence by words outside the
 * quote ("the spokesman said on Friday, “…”"); a cluster takes the earliest day its members give.
 */
function dateQuotes(analyses: ArticleAnalysis[], clusters: QuoteCluster[]): void {
  const byId = new Map<string, Quote>();
  for (const a of analyses) {
    for (const q of a.quotes) {
      byId.set(q.id, q);
      const s = a.sentences.find((x) => x.start <= q.start && q.start < x.end);
      if (!s) continue;
      const outside = (x: { start: number }) => x.start >= s.start && x.start < s.end && (x.start < q.start || x.start >= q.end);
      const e = a.events.find((x) => x.precision === 'day' && x.kind === 'happened' && outside(x));
      if (e) q.saidOn = e.date;
    }
  }
  for (const c of clusters) {
    const days = c.quoteIds.map((id) => byId.get(id)?.saidOn).filter((d): d is string => !!d).sort();
    if (days.length) c.saidOn = days[0];
  }
}

/** Words the story writes in lower case somewhere: a capitalised one of these opening a sentence is no name. */
export function lowerCaseWords(articles: Article[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) addLowerCaseWords(a.text, out);
  return out;
}

/** The run text[i, j) is part of a web address, an e-mail address, a handle or a hashtag. */
function inWebAddress(text: string, i: number, j: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (before === 47 || before === 64 || before === 35 || before === 46) return true; // / @ # .
  const after = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  return after === 46 && next >= 97 && next <= 122; // "tidewatch.org"
}

const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;

/**
 * Every run that opens with a lower-case letter not preceded by a letter and goes on over letters,
 * apostrophes and hyphens (the regex /(?<!\p{L})\p{Ll}[\p{L}'’-]*\/gu), read by character codes: a
 * unicode-property regex over every article was a hot spot. Non-ASCII characters are tested by code
 * point with the same property classes.
 */
function addLowerCaseWords(text: string, out: Set<string>): void {
  const n = text.length;
  let prevLetter = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let width = 1;
    let lower: boolean;
    let letter: boolean;
    if (c < 128) {
      lower = c >= 97 && c <= 122;
      letter = lower || (c >= 65 && c <= 90);
    } else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      const ch = String.fromCodePoint(cp);
      lower = LOWER.test(ch);
      letter = lower || LETTER.test(ch);
    }
    if (lower && !prevLetter) {
      let j = i + width;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 39 || d === 45) j++;
          else break;
        } else if (d === 0x2019) j++;
        else {
          const cp = text.codePointAt(j)!;
          if (!LETTER.test(String.fromCodePoint(cp))) break;
          j += cp > 0xffff ? 2 : 1;
        }
      }
      // ("tidewatch.org/donate", "@tidewatch", "#tidewatch": an address or a tag, not the word in prose.)
      if (!inWebAddress(text, i, j)) out.add(text.slice(i, j));
      // The run ends before a character that is no letter (or at the end of the text).
      prevLetter = false;
      i = j;
      if (j < n) {
        // Character j is not a letter, apostrophe or hyphen: it cannot open a run; skip it.
        const cp = text.codePointAt(j)!;
        i += cp > 0xffff ? 2 : 1;
      }
      continue;
    }
    prevLetter = letter;
    i += width;
  }
}
