/** A quoted subheading that repeats a marked quote's words is that speaker's (src/cli/ingest/echoes.ts). */
import { describe, expect, it } from 'vitest';
import { aloneQuotation, echoedSubheadings } from '../../src/cli/ingest/echoes.ts';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';

const registry = [{ id: 'kasymov', name: 'Erlan Kasymov', kind: 'analyst', aliases: ['Kasymov'] }];

describe('echoes.ts', () => {
  it('aloneQuotation: a paragraph that is one quotation, after a dash or not', () => {
    expect(aloneQuotation("- 'Foreign powers will now watch closely'")).toEqual({ start: 3, end: 40 });
    expect(aloneQuotation('“A week is a favour.”')).toBeDefined();
    expect(aloneQuotation('He said “a week” was enough.')).toBeUndefined();
  });

  it('a quoted subheading repeating a marked quote is its speaker’s; one echoing nothing stays unattributed', () => {
    const sections: SectionText[] = [{ slug: 's', paragraphs: [
      "- 'Foreign powers will now watch closely'",
      'Erlan Kasymov spoke to reporters.',
      '"But the foreign powers will now watch closely, and the government knows it," Kasymov said.',
      "- 'Nobody said this at all'",
    ] }];
    const ids = new QuoteIds([]);
    const first = proposeQuotes(sections, registry, ids);
    const { proposals, unattributed } = echoedSubheadings(sections, first.proposals, first.unattributed, ids);
    expect(proposals.map((p) => [p.paragraph, p.text, p.people?.join(' ')])).toEqual([
      [1, 'Foreign powers will now watch closely', 'kasymov'],
      [3, 'But the foreign powers will now watch closely, and the government knows it,', 'kasymov'],
    ]);
    expect(unattributed.map((u) => u.text)).toEqual(['Nobody said this at all']);
  });
});
