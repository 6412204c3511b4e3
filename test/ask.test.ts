// `newsdesk ask` in a child process: text and --json output, exit codes 0 and 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function ask(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/newsdesk.js', 'ask', ...args], { encoding: 'utf8', env: { ...process.env, SEEDS_DIR: 'seeds', DISCORD_TOKEN: '', LOG_LEVEL: 'silent' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('newsdesk ask', () => {
  it('prints a reply as text and exits 0', () => {
    const r = ask('/quote query:pay a price');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pay a price/i);
    expect(r.out).toMatch(/Speaker:\*? /);
    expect(r.out).not.toMatch(/\*\*/);
  }, 60_000);

  it('--json prints the reply object: embeds, components, attachments by name only', () => {
    const r = ask('/timeline', '--json');
    expect(r.code).toBe(0);
    const reply = JSON.parse(r.out);
    expect(Array.isArray(reply.embeds)).toBe(true);
    expect(reply.embeds[0].title).toMatch(/Timeline/);
    expect(reply.attachments.map((a: { name: string }) => a.name)).toContain('timeline.png');
    for (const a of reply.attachments) expect(a.data).toBeUndefined();
    if (reply.components) for (const b of reply.components.flat()) expect(b.customId.length).toBeLessThanOrEqual(100);
  }, 60_000);

  it('exits 2 with the message on stderr on a usage error', () => {
    const bad = ask('/timeline from:yesterday');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/from: type a date as YYYY/);
    expect(bad.out).toBe('');
    const missing = ask('/quote');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/query/);
    const unknown = ask('/frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command/);
    const nothing = ask();
    expect(nothing.code).toBe(2);
  }, 60_000);
});
