// Runs the engine over a folder and scores its extract report against a gold file.
import { readFileSync } from 'node:fs';
import { Engine } from '../../src/engine.ts';
import { buildReport, type ExtractReport } from '../../src/report.ts';
import { score, summaryLine, type Gold, type Scores } from './score.ts';

export interface Evaluation {
  report: ExtractReport;
  scores: Scores;
  summary: string;
}

export function evaluate(folder: string, goldFile: string): Evaluation {
  const report = buildReport(Engine.fromPaths([folder]));
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const scores = score(gold, report);
  return { report, scores, summary: summaryLine(scores) };
}
