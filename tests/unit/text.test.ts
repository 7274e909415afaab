/** Sentence helpers (src/lib/text.ts). */
import { describe, expect, it } from 'vitest';
import { normalizeSpace, sentencesAround, splitSentences } from '../../src/lib/text.ts';

describe('splitSentences', () => {
  it('splits on sentence ends, trimming and dropping empty parts', () => {
    expect(splitSentences('  Few expected disorder.  Why did Russia send troops so quickly? Nobody knew!  ')).toEqual([
      'Few expected disorder.',
      'Why did Russia send troops so quickly?',
      'Nobody knew!',
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('does not split inside numbers or abbreviations like U.S.', () => {
    expect(splitSentences('The U.S. left in 2021. Growth was 2.5 percent.')).toEqual(['The U.S. left in 2021.', 'Growth was 2.5 percent.']);
  });
});

describe('sentencesAround', () => {
  const text = 'The deployment left questions. Cooley asked, “Why so quickly? Was it tactical?” Others disagreed.';

  it('returns the sentence a span sits in', () => {
    const start = text.indexOf('Others');
    expect(sentencesAround(text, start, start + 6)).toBe('Others disagreed.');
  });

  it('joins every sentence a span overlaps', () => {
    const start = text.indexOf('Why');
    const end = text.indexOf('tactical?') + 'tactical?'.length;
    expect(sentencesAround(text, start, end)).toBe('Cooley asked, “Why so quickly? Was it tactical?”');
  });

  it('returns the sentence around a position, and nothing past the end', () => {
    expect(sentencesAround(text, 5, 5)).toBe('The deployment left questions.');
    expect(sentencesAround(text, text.length, text.length + 10)).toBe('');
  });
});

describe('normalizeSpace', () => {
  it('collapses runs of white space, new lines included, and trims', () => {
    expect(normalizeSpace('  the  Majlis,\n\tconcentration   of powers ')).toBe('the Majlis, concentration of powers');
    expect(normalizeSpace('a\u00a0b')).toBe('a b');
  });
});
