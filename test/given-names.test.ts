// Given names hint at a person's sex only when English-speaking countries give them to one sex alone.
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../src/analysis/quotes/given-names.ts';

describe('given names', () => {
  it('tells a woman\'s and a man\'s given name, and reads the word before the surname', () => {
    expect(givenNameGender('Maren Solvik')).toBe('female');
    expect(givenNameGender('Frans Dekkers')).toBe('male');
    expect(givenNameGender('Hollis County Prosecutor Janelle Whitford')).toBe('female');
  });

  it('tells nothing for a name both are given, an unknown name or a single word', () => {
    expect(givenNameGender('Jordan Lee')).toBeUndefined();
    expect(givenNameGender('Oskar Brekkan')).toBeUndefined();
    expect(givenNameGender('Georgia')).toBeUndefined();
  });
});
