// A process killed while saving an article leaves no partial article file: a child process ingests
// a large file, stops after the first chunk is on disk, and is SIGKILLed there.
import { spawn } from 'node:child_process';
import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../src/corpus/load.ts';
import { Engine } from '../src/engine.ts';
import { Desk } from '../src/ingest/desk.ts';
import { isTempName, removeStaleTemps, writeFileAtomic } from '../src/ingest/save.ts';
import { workspace } from './ingest-support.ts';

const ws = workspace();
afterAll(() => ws.cleanup());

const ROOT = resolve(import.meta.dirname, '..');

describe('atomic saves', () => {
  it('a child SIGKILLed in the middle of writing an article leaves no partial file', async () => {
    const big = join(ws.dir, 'long-report.txt');
    const paragraph = 'The inquiry heard that the harbour wall had been inspected every spring, the engineer said in her evidence. ';
    writeFileSync(big, `Long report\n\n${Array.from({ length: 300 }, (_, i) => `${paragraph}(${i})`).join('\n\n')}\n`);
    const size = statSync(big).size;
    expect(size).toBeGreaterThan(4 * 4096);

    const child = join(ws.dir, 'child.mts');
    writeFileSync(
      child,
      `import { Engine } from ${JSON.stringify(join(ROOT, 'src/engine.ts'))};
import { Desk } from ${JSON.stringify(join(ROOT, 'src/ingest/desk.ts'))};
const engine = Engine.fromPaths([${JSON.stringify(ws.seeds)}]);
const desk = new Desk(engine, {
  seedsDir: ${JSON.stringify(ws.seeds)},
  stateDir: ${JSON.stringify(ws.state)},
  write: {
    chunkBytes: 4096,
    onChunk: async (written) => {
      if (written === 4096) {
        process.stdout.write('WRITING\\n');
        await new Promise(() => setInterval(() => {}, 1000)); // stay here until killed
      }
    },
  },
});
await desk.ingest({ file: ${JSON.stringify(big)} }, { story: 'harbour' });
process.stdout.write('DONE\\n');
`,
    );
    const proc = spawn(process.execPath, ['--import', 'tsx', child], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    const exited = new Promise<NodeJS.Signals | number | null>((r) => proc.on('exit', (code, signal) => r(signal ?? code)));
    await new Promise<void>((r, j) => {
      proc.stdout.on('data', (d) => {
        out += d;
        if (out.includes('WRITING')) r();
      });
      proc.on('exit', () => j(new Error(`child ended before writing: ${out} ${err}`)));
    });
    // The first chunk is on disk, in the temporary file.
    const during = readdirSync(join(ws.seeds, 'harbour'));
    expect(during.filter(isTempName)).toHaveLength(1);
    expect(statSync(join(ws.seeds, 'harbour', during.find(isTempName)!)).size).toBe(4096);
    proc.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // No article file came of it: the folder holds the old article and a hidden temp file only.
    const after = readdirSync(join(ws.seeds, 'harbour'));
    expect(after.filter((n) => !n.startsWith('.'))).toEqual(['a.txt']);
    const loaded = loadArticles([ws.seeds]);
    expect(loaded.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(loaded.warnings).toEqual([]);

    // The next save works, and clears temp files left by saves that died long ago.
    const temp = join(ws.seeds, 'harbour', after.find(isTempName)!);
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(temp, old, old);
    const engine = Engine.fromPaths([ws.seeds]);
    const result = await new Desk(engine, { seedsDir: ws.seeds, stateDir: ws.state }).ingest({ file: big }, { story: 'harbour' });
    expect(result.file).toBe('long-report.txt');
    expect(statSync(result.path).size).toBe(size);
    expect(readdirSync(join(ws.seeds, 'harbour')).sort()).toEqual(['a.txt', 'long-report.txt']);
  }, 60_000);

  it('never replaces an existing file, and cleans up its temp file when it fails', async () => {
    const path = join(ws.dir, 'x', 'one.txt');
    await writeFileAtomic(path, 'first\n');
    await expect(writeFileAtomic(path, 'second\n')).rejects.toThrow(/already exists; nothing was written/);
    expect(readdirSync(join(ws.dir, 'x'))).toEqual(['one.txt']);
    await writeFileAtomic(path, 'second\n', { replace: true });
    expect(readdirSync(join(ws.dir, 'x'))).toEqual(['one.txt']);
    expect(await removeStaleTemps(join(ws.dir, 'x'))).toBe(0);
  });
});
