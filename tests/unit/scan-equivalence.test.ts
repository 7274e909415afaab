/**
 * One reading of the content, whoever reads it: the content check and the
 * search records share `scanCorpus`'s scans, the section pages scan the text
 * they read from the file themselves (src/lib/site/section-text.ts). Both
 * must see the same text and find the same quotes, on every content root the
 * tests have (the site's and the fixtures'); and the memo of dates gives what
 * a fresh parse gives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { loadCorpus, sectionBody } from '../../src/lib/content/load.ts';
import { contentRoot } from '../../src/lib/content/root.ts';
import { isEdtf } from '../../src/lib/content/schema.ts';
import { scanCorpus, scanSection } from '../../src/lib/content/scan.ts';
import { describeEdtf } from '../../src/lib/dates.ts';
import { REPO_ROOT } from '../support/html.ts';

const roots = [contentRoot(), 'tests/fixtures/content/valid'];

describe.each(roots)('the content in %s', (root) => {
  const { value: corpus } = loadCorpus(resolve(REPO_ROOT, root));
  const sections = corpus.articles.flatMap((a) => a.sections);
  const scans = scanCorpus(corpus);

  it('has sections to compare', () => {
    expect(sections.length).toBeGreaterThan(0);
    expect(scans.size).toBe(sections.length);
  });

  it('gives the section pages the same Markdown body as the content check', () => {
    for (const section of sections) {
      const asPagesRead = sectionBody(new TextDecoder('utf-8').decode(readFileSync(section.file)));
      expect(asPagesRead, section.file).toBe(section.body);
    }
  });

  it('finds the same quotes, terms, notes and paragraphs in the shared scans as in a fresh scan of the file', () => {
    for (const section of sections) {
      const fresh = scanSection(sectionBody(readFileSync(section.file, 'utf8')));
      expect(scans.get(section), section.file).toEqual(fresh);
    }
  });
});

describe('dates, remembered', () => {
  const dates = ['2022-01-05', '2022-01', '2022-01-02~', '2021-22', '198X', '2022-01-01/2022-01-10', '2020/2022'];

  it('describes each date as a fresh parse does, and hands out copies the caller may change', () => {
    for (const date of dates) {
      const first = describeEdtf(date);
      const parsed = edtf(date);
      // Seasons are drawn as meteorological months, not edtf's quarters; intervals span their ends.
      if (parsed.type === 'Date') expect([first.start, first.end], date).toEqual([parsed.min, parsed.max]);
      first.text = 'changed';
      expect(describeEdtf(date).text).not.toBe('changed');
    }
  });

  it('checks a date as the parser does, the second time too', () => {
    const parses = (value: string) => {
      try {
        edtf(value);
        return true;
      } catch {
        return false;
      }
    };
    for (const value of [...dates, '2021-22~', 'not a date', '2022-13']) {
      expect([isEdtf(value), isEdtf(value)]).toEqual([parses(value), parses(value)]);
    }
  });
});
