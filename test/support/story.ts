// Builds a story analysis from texts in memory, for tests of single rules.
import { analyzeStory } from '../../src/analysis/story.ts';
import type { Quote, StoryAnalysis } from '../../src/analysis/types.ts';
import { parseArticle } from '../../src/corpus/load.ts';

export function storyOf(files: Record<string, string>, name = 'test'): StoryAnalysis {
  const articles = Object.entries(files).map(([file, text]) => parseArticle(Buffer.from(text), `/virtual/${name}/${file}`, name));
  return analyzeStory(name, articles);
}

/** The quote whose text contains `needle` (throws if none, so a test fails loudly). */
export function quoteOf(story: StoryAnalysis, needle: string, file?: string): Quote {
  const q = story.articles.filter((a) => !file || a.file === file).flatMap((a) => a.quotes).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing "${needle}"`);
  return q;
}

export function speakerOf(text: string, needle: string): string | null {
  return quoteOf(storyOf({ 'a.txt': text }), needle).speaker;
}
