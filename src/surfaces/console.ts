// The local console: reads command lines such as `/quote query:it takes one to know one` and
// prints each reply as text. `next` / `prev` press the last reply's paging buttons; `exit`, `quit`
// or the end of input end it.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../../commands/types.ts';
import type { Reply } from '../reply.ts';
import { renderText } from '../render/text.ts';
import type { Router } from '../router.ts';
import { parseCommandLine } from './parse-line.ts';

export async function runConsole(router: Router, input: Readable, output: Writable): Promise<number> {
  const definitions = router.commands.map((c) => c.definition);
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: '> ' });
  const write = (text: string) => output.write(`${text}\n`);
  let last: Reply | undefined;
  if (interactive) rl.prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) {
        if (interactive) rl.prompt();
        continue;
      }
      const word = line.toLowerCase();
      if (word === 'exit' || word === 'quit' || word === '/exit' || word === '/quit') break;
      let reply: Reply | undefined;
      if (word === 'next' || word === 'prev' || word === 'previous') {
        const want = word === 'next' ? /next/i : /prev/i;
        const button = last?.components?.flat().find((b) => want.test(b.label));
        if (!button) write(last ? 'The last reply has no pages to turn.' : 'Nothing to page yet: run a command first.');
        else if (button.disabled) write(word === 'next' ? 'That was the last page.' : 'That was the first page.');
        else reply = await router.button(button.customId);
      } else if (word === 'help' || word === '?') {
        reply = await router.run('help', {});
      } else {
        try {
          const { name, options } = parseCommandLine(line, definitions);
          reply = await router.run(name, options);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
          write(err.message);
        }
      }
      if (reply) {
        write(renderText(reply, { paging: 'console' }));
        write('');
        // A note (an outdated page, an error) does not replace the list being paged.
        if (!reply.ephemeral) last = reply;
      }
      if (interactive) rl.prompt();
    }
  } finally {
    rl.close();
  }
  return 0;
}
