import { describe, expect, it } from 'vitest';
import { findSpans } from '../src/analysis/quotes/spans.ts';

const spansOf = (text: string) => {
  const paragraphs: { index: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) paragraphs.push({ index: paragraphs.length, start: m.index!, end: m.index! + m[0].length });
  return findSpans(text, paragraphs).map((s) => ({ text: text.slice(s.start, s.end), nested: s.nested }));
};

describe('quote spans', () => {
  it('reads curly and straight, double and single marks', () => {
    expect(spansOf('She said “we are ready” and he said "not yet" and ‘maybe’ and \'never\'.').map((s) => s.text)).toEqual(['we are ready', 'not yet', 'maybe', 'never']);
  });

  it('„…,“ closes after the comma of an attributed quote, and ‚…‘ nests inside it', () => {
    const text = '„Thirty years of work gone in three days,“ he said. „The ministry calls it ‚stamping out‘. Let us call it killing,“ she said.';
    expect(spansOf(text)).toEqual([
      { text: 'Thirty years of work gone in three days,', nested: false },
      { text: 'The ministry calls it ‚stamping out‘. Let us call it killing,', nested: false },
      { text: 'stamping out', nested: true },
    ]);
  });

  it('leaves out the spaces French sets inside guillemets', () => {
    expect(spansOf('« Nous sommes déterminés », a déclaré le dirigeant.').map((s) => s.text)).toEqual(['Nous sommes déterminés']);
  });

  it('reads German marks („…“) and guillemets, and English marks pair as before', () => {
    expect(spansOf('Merkel said „Wir schaffen das“ in 2015, and the minister «non» on Friday.').map((s) => s.text)).toEqual(['Wir schaffen das', 'non']);
    expect(spansOf('He said “we open tomorrow” and “we close Friday”.').map((s) => s.text)).toEqual(['we open tomorrow', 'we close Friday']);
  });

  it('does not take apostrophes for closing marks', () => {
    expect(spansOf('The workers’ union said the councils’ offer was ‘not good enough’ and didn’t budge.').map((s) => s.text)).toEqual(['not good enough']);
    expect(spansOf("The mayor's aide called it 'a disgrace' on the city's radio.").map((s) => s.text)).toEqual(['a disgrace']);
  });

  it('drops an opening mark that is never closed instead of swallowing the next quote', () => {
    expect(spansOf('Asked if he was a “liar, he answered, “I am not.”').map((s) => s.text)).toEqual(['I am not.']);
  });

  it('keeps quotes within quotes as nested spans', () => {
    const spans = spansOf('"My father used to say, \'never give up,\' and I believe it," she said.');
    expect(spans).toEqual([
      { text: "My father used to say, 'never give up,' and I believe it,", nested: false },
      { text: 'never give up,', nested: true },
    ]);
  });

  it('continues a quote into a paragraph that opens with a mark', () => {
    const spans = spansOf('“We tried everything. Nobody listened.\n“So we are leaving,” she said.');
    expect(spans.map((s) => s.text)).toEqual(['We tried everything. Nobody listened.', 'So we are leaving,']);
  });

  it('continues a quote into a numbered paragraph of a release ("5. “…")', () => {
    const spans = spansOf('4. "The fund has taken control," said Chair Philippa Strangways. "Every insured deposit is safe.\n5. "I understand this has been a worrying week."\n6. The bank\'s branches will reopen on Monday.');
    expect(spans.map((s) => s.text)).toEqual(['The fund has taken control,', 'Every insured deposit is safe.', 'I understand this has been a worrying week.']);
  });

  it('continues a quote opened by a curly single mark after its attribution', () => {
    const spans = spansOf('Dr Priya Raman said: ‘I have been working on this for nine years.\n‘Our little box is in space. We’re proud of the team.’');
    expect(spans.map((s) => s.text)).toEqual(['I have been working on this for nine years.', 'Our little box is in space. We’re proud of the team.']);
    // A straight single mark mid-paragraph may be an apostrophe: no quote is left open on it.
    expect(spansOf("The players' union met.\n'We are ready,' he said.").map((s) => s.text)).toEqual(['We are ready,']);
  });

  it('reads a plural’s apostrophe inside a quote that runs on into the next paragraph as no closing mark', () => {
    const spans = spansOf('Gary Walsh said yesterday: ‘Our members found out from a letter, some with four weeks’ notice. That’s not how you treat people.\n‘We’re meeting the company on Friday.’');
    expect(spans.map((s) => s.text)).toEqual(['Our members found out from a letter, some with four weeks’ notice. That’s not how you treat people.', 'We’re meeting the company on Friday.']);
    // A quote inside a sentence still closes on it ("would be 'asking some very hard questions' about …").
    expect(spansOf("She said the authority would be 'asking some very hard questions' about the event.\n'The tickets will get refunded,' she said.").map((s) => s.text)).toEqual(['asking some very hard questions', 'The tickets will get refunded,']);
  });

  it('continues a quote over three paragraphs though the last holds a quote within it', () => {
    const spans = spansOf("\"When you see a player go down like that, you fear the worst.\n\"Sam won't need surgery. He'll be in a brace.\n\"He's already asking to run. We'll be telling him 'not yet' a lot.\"");
    expect(spans.filter((s) => !s.nested).map((s) => s.text)).toEqual([
      'When you see a player go down like that, you fear the worst.',
      "Sam won't need surgery. He'll be in a brace.",
      "He's already asking to run. We'll be telling him 'not yet' a lot.",
    ]);
  });

  it('drops a quote left open when the next paragraph does not continue it', () => {
    expect(spansOf('He called it “a mistake\nThe vote is on Monday.').map((s) => s.text)).toEqual([]);
  });
});
