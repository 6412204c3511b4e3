// The project's own scorer: a TypeScript port of ../shared/tools/score-extraction, metric for
// metric (the eval test checks that both print the same figures on the same report).

const STOP = new Set(
  "the a an of in on at to for and or mr mrs ms dr president presidential spokesman spokeswoman spokesperson press secretary minister ministry chief us u.s. russian russia's kremlin white house".split(
    ' ',
  ),
);
const EDGE = " \t\n.,;:!?'\"‘’“”«»-–—…";

export function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFKC');
  t = t.replace(/[‘’‚‛`´]/g, "'").replace(/[“”„‟]/g, '"');
  t = t.replace(/\s+/g, ' ');
  let a = 0;
  let b = t.length;
  while (a < b && EDGE.includes(t[a])) a++;
  while (b > a && EDGE.includes(t[b - 1])) b--;
  return t.slice(a, b).toLowerCase();
}

export function toks(s: string | null | undefined): string[] {
  return norm(s).match(/[a-z0-9]+/g) ?? [];
}

function tokF1(a: string, b: string): number {
  const ta = toks(a);
  const tb = toks(b);
  if (!ta.length || !tb.length) return 0;
  const common = new Map<string, number>();
  for (const t of ta) common.set(t, (common.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of tb) {
    if ((common.get(t) ?? 0) > 0) {
      hit++;
      common.set(t, common.get(t)! - 1);
    }
  }
  if (!hit) return 0;
  const p = hit / tb.length;
  const r = hit / ta.length;
  return (2 * p * r) / (p + r);
}

function sim(g: string, p: string): number {
  return norm(g) === norm(p) ? 1 : tokF1(g, p);
}

function nameTokens(s: string): Set<string> {
  return new Set(toks(s).filter((t) => !STOP.has(t)));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function sameSpeaker(pred: string | null | undefined, golds: string[]): boolean {
  if (!pred) return false;
  const pt = nameTokens(pred);
  for (const g of golds) {
    const gt = nameTokens(g);
    if (!pt.size || !gt.size) {
      if (norm(pred) === norm(g)) return true;
      continue;
    }
    if (subset(pt, gt) || subset(gt, pt)) return true;
    const tp = toks(pred);
    const tg = toks(g);
    if (tp.length && tg.length && tp[tp.length - 1] === tg[tg.length - 1] && !STOP.has(tg[tg.length - 1])) return true;
  }
  return false;
}

function match<G, P>(golds: G[], preds: P[], kg: (g: G) => string, kp: (p: P) => string, thr: number): [number, number][] {
  const pairs: [number, number, number][] = [];
  golds.forEach((g, i) =>
    preds.forEach((p, j) => {
      const s = sim(kg(g), kp(p));
      if (s >= thr) pairs.push([s, i, j]);
    }),
  );
  // Python sorts the (score, i, j) tuples in reverse: ties go to the larger indexes.
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    out.push([i, j]);
  }
  return out;
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

interface GoldQuote {
  text: string;
  speaker: string;
  alt?: string[];
  optional?: boolean;
  cross?: boolean;
}
interface GoldEvent {
  date: string;
  what: string;
  sources: string[];
  optional?: boolean;
}
export interface Gold {
  articles: { file: string; published: string | null; quotes: GoldQuote[] }[];
  events: GoldEvent[];
  clusters: { members: { file: string; text: string }[] }[];
}
interface ReportQuote {
  text: string;
  speaker: string | null;
  cluster?: string | null;
}
interface ReportEntry {
  date: string;
  summary?: string;
  sources: ({ file: string; evidence?: string } | string)[];
}
export interface Report {
  articles: { file: string; published?: string | null; quotes: ReportQuote[] }[];
  timeline: ReportEntry[];
}

export interface Scores {
  detection: { p: number; r: number; f1: number; tp: number; fp: number; fn: number };
  speakerAccuracy: number;
  speakerCorrect: number;
  speakerTotal: number;
  crossCorrect: number;
  crossTotal: number;
  attributed: { p: number; r: number; f1: number; tp: number; fp: number; fn: number };
  clusters: { p: number; r: number; f1: number; items: number };
  timeline: { recall: number; found: number; events: number; precision: number; good: number; entries: number };
  published: { correct: number; total: number };
}

export function score(gold: Gold, rep: Report): Scores {
  const byFile = new Map<string, Report['articles'][number]>();
  for (const a of rep.articles ?? []) byFile.set((a.file ?? '').split('/').pop()!, a);
  let tp = 0,
    fp = 0,
    fn = 0,
    attOk = 0,
    attN = 0,
    crossOk = 0,
    crossN = 0,
    e2e = 0,
    pubOk = 0,
    pubN = 0;
  const clusterOf = new Map<string, number[]>();
  (gold.clusters ?? []).forEach((c, ci) => {
    for (const m of c.members) {
      const k = `${m.file}\u0000${m.text}`;
      clusterOf.set(k, [...(clusterOf.get(k) ?? []), ci]);
    }
  });
  const seenCount = new Map<string, number>();
  const items: [number, string][] = [];
  for (const ga of gold.articles) {
    const f = ga.file;
    const pa = byFile.get(f) ?? { file: f, quotes: [] };
    if (ga.published) {
      pubN++;
      if ((pa.published ?? '').slice(0, 10) === ga.published) pubOk++;
    }
    const golds = ga.quotes;
    const preds = pa.quotes ?? [];
    const m = match(golds, preds, (g) => g.text, (p) => p.text ?? '', 0.8);
    const matchedG = new Set(m.map(([i]) => i));
    const matchedP = new Set(m.map(([, j]) => j));
    for (const [i, j] of m) {
      const g = golds[i];
      const p = preds[j];
      const key = `${f}\u0000${g.text}`;
      if (clusterOf.has(key) && p.cluster !== null && p.cluster !== undefined) {
        const seen = seenCount.get(key) ?? 0;
        seenCount.set(key, seen + 1);
        const list = clusterOf.get(key)!;
        items.push([list[Math.min(seen, list.length - 1)], String(p.cluster)]);
      }
      if (g.optional) continue;
      tp++;
      const ok = sameSpeaker(p.speaker, [g.speaker, ...(g.alt ?? [])]);
      if (g.cross) {
        crossN++;
        crossOk += +ok;
      } else {
        attN++;
        attOk += +ok;
      }
      e2e += +ok;
    }
    golds.forEach((g, i) => {
      if (!matchedG.has(i) && !g.optional) fn++;
    });
    preds.forEach((p, j) => {
      if (matchedP.has(j)) return;
      if (golds.some((g) => g.optional && sim(g.text, p.text ?? '') >= 0.8)) return;
      fp++;
    });
  }
  const [P, R, F] = prf(tp, fp, fn);
  const [eP, eR, eF] = prf(e2e, fp + (tp - e2e), fn + (tp - e2e));
  let bp = 0,
    br = 0;
  for (const [g1, p1] of items) {
    const sameP = items.filter((x) => x[1] === p1);
    const sameG = items.filter((x) => x[0] === g1);
    bp += sameP.filter((x) => x[0] === g1).length / sameP.length;
    br += sameG.filter((x) => x[1] === p1).length / sameG.length;
  }
  const n = items.length;
  const cP = n ? bp / n : 0;
  const cR = n ? br / n : 0;
  const cF = cP + cR ? (2 * cP * cR) / (cP + cR) : 0;
  const entries = rep.timeline ?? [];
  const dmatch = (gd: string, ed: string) => !!ed && (gd.length < 10 ? ed === gd || (ed.length > gd.length && ed.startsWith(`${gd}-`)) : ed.slice(0, 10) === gd);
  const etext = (e: ReportEntry) => [e.summary ?? '', ...e.sources.filter((s): s is { file: string; evidence?: string } => typeof s === 'object').map((s) => s.evidence ?? '')].join(' ');
  const cw = (s: string) => new Set(toks(s).filter((t) => t.length > 3 && !STOP.has(t)));
  const used = new Set<number>();
  let hit = 0,
    evN = 0;
  for (const g of gold.events ?? []) {
    if (g.optional) continue;
    evN++;
    let best: [number, number] | null = null;
    entries.forEach((e, k) => {
      if (used.has(k) || !dmatch(g.date, String(e.date ?? ''))) return;
      const files = new Set(e.sources.map((s) => (typeof s === 'object' ? s.file ?? '' : String(s)).split('/').pop()!));
      if (files.size && !g.sources.some((s) => files.has(s))) return;
      const gw = cw(g.what);
      const ew = cw(etext(e));
      let shared = 0;
      for (const w of gw) if (ew.has(w)) shared++;
      const ov = shared / Math.max(1, gw.size);
      if (ov >= 0.25 && (best === null || ov > best[0])) best = [ov, k];
    });
    if (best) {
      used.add(best[1]);
      hit++;
    }
  }
  const goldDates = (gold.events ?? []).map((g) => g.date);
  const good = entries.filter((e) => goldDates.some((gd) => dmatch(gd, String(e.date ?? '')))).length;
  return {
    detection: { p: P, r: R, f1: F, tp, fp, fn },
    speakerAccuracy: attN ? attOk / attN : 0,
    speakerCorrect: attOk,
    speakerTotal: attN,
    crossCorrect: crossOk,
    crossTotal: crossN,
    attributed: { p: eP, r: eR, f1: eF, tp: e2e, fp: fp + (tp - e2e), fn: fn + (tp - e2e) },
    clusters: { p: cP, r: cR, f1: cF, items: n },
    timeline: { recall: evN ? hit / evN : 0, found: hit, events: evN, precision: entries.length ? good / entries.length : 0, good, entries: entries.length },
    published: { correct: pubOk, total: pubN },
  };
}

/** The scorer's SUMMARY line, formatted exactly as the reference prints it. */
export function summaryLine(s: Scores): string {
  const f = fixed3;
  return `SUMMARY attributed_f1=${f(s.attributed.f1)} detection_f1=${f(s.detection.f1)} speaker_acc=${f(s.speakerAccuracy)} cluster_f1=${f(s.clusters.f1)} timeline_recall=${f(s.timeline.recall)} timeline_precision=${f(s.timeline.precision)}`;
}

/** Python's "{:.3f}": round half to even on exact ties (JavaScript's toFixed rounds them up). */
export function fixed3(x: number): string {
  const scaled = x * 1000;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5) return ((floor % 2 === 0 ? floor : floor + 1) / 1000).toFixed(3);
  return x.toFixed(3);
}
