// `newsdesk ingest URL|FILE [--story NAME]` in child processes: prints what it adds and exits 0;
// clear errors with exit 2, nothing written.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCli } from '../src/cli/ingest.ts';
import { articlePage, html, startServer, workspace, type TestServer, type Workspace } from './ingest-support.ts';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'newsdesk.js');
let server: TestServer;
let ws: Workspace;

beforeAll(async () => {
  server = await startServer({ '/ferry': html(articlePage()) });
  ws = workspace();
});

afterAll(async () => {
  await server.close();
  ws.cleanup();
});

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, 'ingest', ...args], {
      cwd: ws.dir,
      env: { ...process.env, SEEDS_DIR: ws.seeds, INGEST_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'silent', DISCORD_TOKEN: '', ...env },
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => done({ code, out, err }));
  });
}

describe('newsdesk ingest', () => {
  it('adds a page and prints what it adds; a duplicate or a 404 exits 2 with the reason on stderr', async () => {
    const ok = await run([`${server.url}/ferry`, '--story', 'harbour']);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Added to “harbour”: Ferry service to start in June/);
    expect(ok.out).toMatch(/New quotes \(2\):\n {2}“We expect the first boats to be full” — Tom Becker/);
    const files = ws.files();
    expect(files.filter((f) => f.startsWith('harbour/2024-05-03_'))).toHaveLength(1);

    const [dup, missing] = await Promise.all([run([`${server.url}/ferry`]), run([`${server.url}/nothing-here`])]);
    expect(dup).toMatchObject({ code: 2, out: '' });
    expect(dup.err).toMatch(/Already there: .* has the same address\. Nothing was added\./);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toMatch(/The page answered 404/);
    expect(ws.files()).toEqual(files);
  }, 30_000);

  it('says what is wrong with the arguments (exit 2), before touching anything', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a.join(' '));
    try {
      expect(await ingestCli([])).toBe(2);
      expect(await ingestCli(['a', 'b'])).toBe(2);
      expect(await ingestCli(['--story'])).toBe(2);
      expect(await ingestCli(['--bogus', 'x'])).toBe(2);
      expect(await ingestCli([join(ws.dir, 'no-such-file.txt')])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors[0]).toMatch(/say what to add\nusage: newsdesk ingest URL\|FILE \[--story NAME\]/);
    expect(errors[1]).toMatch(/give one URL or file at a time/);
    expect(errors[2]).toMatch(/--story needs a name/);
    expect(errors[3]).toMatch(/unknown option --bogus/);
    expect(errors[4]).toMatch(/No such file: .*no-such-file\.txt \(for a web page, type the full address starting with https:\/\/\)/);
  });
});
