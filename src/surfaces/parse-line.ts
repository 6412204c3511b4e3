// Parses a typed command line such as `/quote query:pay a price speaker:Lopez` with Discord's own
// option syntax: `name:value` pairs, a value running up to the next known `name:`.
import type { CommandDefinition, OptionValues } from '../../commands/types.ts';
import { UsageError } from '../../commands/types.ts';

export interface ParsedLine {
  name: string;
  options: OptionValues;
}

export function parseCommandLine(line: string, definitions: CommandDefinition[]): ParsedLine {
  const m = /^\s*\/?([\w-]+)\s*(.*)$/s.exec(line);
  if (!m) throw new UsageError('Type a command such as /quote query:pay a price (see /help).');
  const name = m[1].toLowerCase();
  const def = definitions.find((d) => d.name === name);
  if (!def) throw new UsageError(`Unknown command /${name}. Commands: ${definitions.map((d) => `/${d.name}`).join(', ')}.`);
  const rest = m[2];
  const names = def.options.map((o) => o.name);
  const options: OptionValues = {};
  if (rest.trim()) {
    const re = new RegExp(`(?:^|\\s)(${names.map(escape).join('|') || '(?!)'}):`, 'g');
    const marks = [...rest.matchAll(re)];
    if (!marks.length || rest.slice(0, marks[0].index).trim()) {
      const hint = def.options.length ? def.options.map((o) => `${o.name}:…`).join(' ') : 'no options';
      throw new UsageError(`Could not read the options of /${name}. It takes ${hint}.`);
    }
    marks.forEach((mark, i) => {
      const key = mark[1];
      const from = mark.index! + mark[0].length;
      const to = i + 1 < marks.length ? marks[i + 1].index! : rest.length;
      options[key] = coerce(def, key, rest.slice(from, to).trim());
    });
  }
  for (const o of def.options) {
    if (o.required && (options[o.name] === undefined || options[o.name] === '')) {
      throw new UsageError(`/${name} needs ${o.name}: — ${o.description}. Example: /${name} ${o.name}:…`);
    }
  }
  return { name, options };
}

function coerce(def: CommandDefinition, key: string, value: string): string | number | boolean {
  const opt = def.options.find((o) => o.name === key)!;
  if (opt.type === 'integer') {
    if (!/^-?\d+$/.test(value)) throw new UsageError(`${key}: must be a whole number, not "${value}".`);
    return Number(value);
  }
  if (opt.type === 'boolean') {
    if (!/^(true|false)$/i.test(value)) throw new UsageError(`${key}: must be true or false.`);
    return value.toLowerCase() === 'true';
  }
  if (opt.choices && !opt.choices.some((c) => c.value === value)) {
    throw new UsageError(`${key}: must be one of ${opt.choices.map((c) => c.value).join(', ')}.`);
  }
  return value;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
