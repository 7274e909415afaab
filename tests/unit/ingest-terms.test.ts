/**
 * The author's terms in marks (terms.ts): a word or two in marks before the noun it qualifies, in a sentence with
 * no verb of saying, is not a quotation; after a verb of saying, or as a body's label after its initials, it is.
 */
import { describe, expect, it } from 'vitest';
import { proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';

const who = (...paragraphs: string[]) => proposeQuotes([{ slug: 's', paragraphs }], [], new QuoteIds([])).proposals.map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('the author’s terms in marks', () => {
  it('a modifier in marks before its noun, with no verb of saying in the sentence, is nobody’s', () => {
    expect(who('The Kazakh Ministry of Foreign Affairs said the policy was “balanced”. Nur-Sultan has spent three decades practising a “multi-vector” foreign policy, cultivating Washington.')).toEqual([['balanced', 'Kazakh Ministry of Foreign Affairs']]);
    expect(who('Kazakhstan has sought to balance ties with Russia and China, a strategy officials call “multivector” diplomacy.')).toEqual([]);
  });

  it('after a verb of saying anywhere in the sentence, or as a body’s label after its initials, the words are quoted', () => {
    expect(who('Tokayev thanked the Russian leader for the alliance’s “prompt” response.')).toEqual([['prompt', 'Tokayev']]);
    expect(who('Police in Almaty have “liquidated” dozens of attackers overnight, spokesperson Saltanat Azirbek said on state television.')).toEqual([['liquidated', 'Saltanat Azirbek']]);
    expect(who('On January 13, the first units of the Collective Security Treaty Organization (CSTO) “peacekeeping” contingent began leaving.')).toEqual([['peacekeeping', 'CSTO']]);
  });

  it('a word in marks before a function word or a verb is no modifier: “terrorists” who', () => {
    expect(who('Marat Bekov called them “terrorists” who had trained abroad.')).toEqual([['terrorists', 'Marat Bekov']]);
  });
});
