// The local console fed a script of commands through a stream, and the text rendering it prints.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { Engine } from '../src/engine.ts';
import { plainMarkdown, renderText, replyJson } from '../src/render/text.ts';
import { Router } from '../src/router.ts';
import { runConsole } from '../src/surfaces/console.ts';
import { buildStory, fixtureRouter } from './commands-fixture.ts';
import { HARBOUR } from './commands.test.ts';

async function run(router: Router, script: string[]): Promise<{ code: number; out: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c) => (out += c.toString()));
  const done = runConsole(router, input, output);
  input.end(`${script.join('\n')}\n`);
  const code = await done;
  return { code, out };
}

describe('console', () => {
  it('answers a script of commands on the seeds as readable text, and ends at end of input with 0', async () => {
    const router = new Router(Engine.fromPaths(['seeds']), commands);
    const { code, out } = await run(router, ['/quote query:it takes one to know one', '/timeline', '/compare', '/sources']);
    expect(code).toBe(0);
    const replies = out.split(/\n(?=\S[^\n]*\n═{3,})/);
    expect(replies.length).toBeGreaterThanOrEqual(4);
    expect(out).toMatch(/Speaker: .*Putin/);
    expect(out).toMatch(/Timeline: /);
    expect(out).toMatch(/Compare: .* 5 sources/);
    expect(out).toMatch(/Sources for /);
    expect(out).not.toMatch(/\*\*|~~|\\_/); // Markdown turned into plain marks
  });

  it('turns pages with next and prev, prints usage errors, stops at exit', async () => {
    const router = fixtureRouter(buildStory(HARBOUR));
    const { code, out } = await run(router, [
      '/quote query:terminal on time no delays acceptable best',
      'next',
      'prev',
      'prev',
      '/timeline from:soon',
      '/quote',
      'quote query:no delays',
      '/nosuchcommand',
      'exit',
      '/sources',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/Match 1 of \d+/);
    expect(out).toMatch(/Match 2 of \d+/);
    expect(out.indexOf('Match 2 of')).toBeLessThan(out.lastIndexOf('Match 1 of'));
    expect(out).toContain('That was the first page.');
    expect(out).toMatch(/from: type a date as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(out).toMatch(/\/quote needs query:/);
    expect(out).toMatch(/Unknown command \/nosuchcommand/);
    expect(out).not.toMatch(/Sources for/); // nothing after exit
  });

  it('says when there is nothing to page', async () => {
    const { out } = await run(fixtureRouter(buildStory(HARBOUR)), ['next', '/sources', 'next']);
    expect(out).toContain('Nothing to page yet');
    expect(out).toContain('The last reply has no pages to turn.');
  });
});

describe('text rendering', () => {
  it('underlines the title, shows fields as name: value blocks, buttons as hints and attachments by name', () => {
    const text = renderText(
      {
        embeds: [{ title: 'A title', description: 'Words **added** and ~~dropped~~, a \\*star\\* and snake\\_case.', fields: [{ name: 'Short', value: 'one line' }, { name: 'Long', value: 'line one\nline two' }], footer: 'foot' }],
        components: [[{ customId: 'x:p:0', label: '◀ Prev', disabled: true }, { customId: 'x:p:1', label: 'Next ▶' }]],
        attachments: [{ name: 'chart.png', data: Buffer.alloc(2048), description: 'a chart' }],
      },
      { paging: 'console' },
    );
    expect(text).toMatch(/^A title\n═══════\n/);
    expect(text).toContain('Words *added* and ~dropped~, a *star* and snake_case.');
    expect(text).toContain('Short: one line');
    expect(text).toContain('Long:\n  line one\n  line two');
    expect(text).toContain('— foot');
    expect(text).toContain('(◀ Prev) [Next ▶]   type next to turn the page');
    expect(text).toContain('Attached: chart.png (2.0 kB) — a chart');
  });

  it('keeps the reply object for --json without attachment bytes', () => {
    const json = JSON.parse(JSON.stringify(replyJson({ content: 'x', attachments: [{ name: 'a.csv', data: Buffer.from('1,2') }] })));
    expect(json.attachments).toEqual([{ name: 'a.csv', bytes: 3 }]);
  });

  it('renders block quotes and links plainly', () => {
    expect(plainMarkdown('> quoted line\n[site](https://example.org)')).toBe('  | quoted line\nsite <https://example.org>');
  });
});
