/**
 * Ingest scored on a corpus of short articles in different house styles
 * (tests/fixtures/ingest-corpus/: a wire report, a broadcaster's news page, think-tank commentary with
 * headings and footnotes, a machine-translated text with « », a regional
 * site with straight quotes), each with its hand-marked expected result:
 * quote recall, attribution accuracy, precision, events found, junk
 * removed, titles without their suffixes. The thresholds are the issue's
 * (#13): ≥ 90 % quotes, attributions and precision, ≥ 80 % events, all junk.
 * The held-out texts (ingest-heldout.test.ts) are scored the same way.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itMeetsTheBar, loadTexts, score, total } from '../support/ingest-score.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/ingest-corpus');
const texts = loadTexts(CORPUS, join(CORPUS, 'analysts.yaml'));
const scores = texts.map(score);

describe('ingest on the test corpus', () => {
  it('has texts in several house styles, each hand-marked', () => {
    expect(texts.map((t) => t.name).sort()).toEqual(['broadcaster', 'machine-translated', 'regional-site', 'think-tank', 'wire-report']);
    for (const t of texts) expect(t.expected.quotes.length, t.name).toBeGreaterThan(0);
  });

  itMeetsTheBar('ingest scores on the corpus', texts);

  it('proposes a known analyst’s new spelling as an alias, never a new person', () => {
    expect(total(scores, 'aliases').rate).toBe(1);
  });
});
