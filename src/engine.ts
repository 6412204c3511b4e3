// The engine: every story's analysis and index, built from the articles folder. Discord-free;
// commands and surfaces read it.
import { analyzeStory } from './analysis/story.ts';
import type { ArticleAnalysis, StoryAnalysis } from './analysis/types.ts';
import { loadArticles } from './corpus/load.ts';
import type { Article, Warning } from './corpus/types.ts';
import { StoryIndex } from './index/search.ts';

export interface Story {
  name: string;
  analysis: StoryAnalysis;
  index: StoryIndex;
  /** Date of the newest article (published or inferred), for choosing the default story. */
  newest: string;
}

export class Engine {
  private readonly stories = new Map<string, Story>();

  constructor(
    articles: Article[],
    readonly warnings: Warning[] = [],
  ) {
    const byStory = new Map<string, Article[]>();
    for (const a of articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    for (const [name, list] of byStory) this.stories.set(name, buildStory(name, list));
  }

  static fromPaths(paths: string[], maxBytes?: number): Engine {
    const { articles, warnings } = loadArticles(paths, { maxBytes });
    return new Engine(articles, warnings);
  }

  storyNames(): string[] {
    return [...this.stories.values()].sort((a, b) => b.newest.localeCompare(a.newest) || a.name.localeCompare(b.name)).map((s) => s.name);
  }

  /** The named story, or the one with the newest article; undefined when the name is unknown. */
  story(name?: string): Story | undefined {
    if (name) return this.stories.get(name) ?? [...this.stories.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());
    const first = this.storyNames()[0];
    return first ? this.stories.get(first) : undefined;
  }

  allStories(): Story[] {
    return this.storyNames().map((n) => this.stories.get(n)!);
  }
}

function buildStory(name: string, articles: Article[]): Story {
  const analysis = analyzeStory(name, articles);
  const newest = analysis.articles.reduce((m, a) => ((a.published ?? '') > m ? (a.published ?? '') : m), '');
  return { name, analysis, index: new StoryIndex(analysis), newest };
}

export function sourceLabel(a: ArticleAnalysis): string {
  return a.outlet ?? a.title;
}
