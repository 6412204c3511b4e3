// Every slash command, in the order /help lists them.
import { compare } from './compare.ts';
import { follow } from './follow.ts';
import { help } from './help.ts';
import { ingest } from './ingest.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import { timeline } from './timeline.ts';
import type { Command } from './types.ts';

export const commands: Command[] = [quote, timeline, compare, sources, ingest, follow, help];
