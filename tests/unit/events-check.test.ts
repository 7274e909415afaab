/**
 * The checks on an article's events.yaml: EDTF dates, mentions that point
 * at real passages, unique ids, known people and glossary entries. Each
 * case writes one events.yaml into a copy of the `valid` fixture root.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { derivedParagraphIds } from '../../src/lib/permalinks/resolve.ts';

const VALID = join(import.meta.dirname, '../fixtures/content/valid');
const EVENTS = 'articles/csto-deployment/events.yaml';
const roots: string[] = [];

/** The id of a section's first paragraph, as the site gives it (from its text: the fixture has no permalinks.yaml). */
function firstParagraph(slug: string): string {
  const section = loadCorpus(VALID).value.articles[0]!.sections.find((s) => s.data.slug === slug)!;
  return derivedParagraphIds(scanSection(section.body).paragraphs.map((p) => p.text))[0]!;
}
const [tacticP1, openingP1] = [firstParagraph('tactic-or-strategy'), firstParagraph('opening')];

function withEvents(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'events-check-'));
  roots.push(root);
  cpSync(VALID, root, { recursive: true });
  writeFileSync(join(root, EVENTS), yaml);
  return checkContent(root).errors.map((e) => ({ ...e, file: relative(root, e.file) }));
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const ok = `- id: request
  date: 2022-01-05
  label: Tokayev requests CSTO troops
  mentions:
    - { section: tactic-or-strategy, anchor: q-cooley-why }
- id: leaving
  date: 2022-01-13
  label: Troops begin to leave
  mentions:
    - { section: tactic-or-strategy, anchor: ${tacticP1} }
    - { section: opening, anchor: ${openingP1} }
  people: [cooley]
  glossary: [csto]
`;

describe('events.yaml', () => {
  it('accepts events whose mentions, people and glossary entries exist', () => {
    expect(withEvents(ok)).toEqual([]);
  });

  it('rejects an invalid EDTF date with file, field and line', () => {
    const errors = withEvents(ok.replace('date: 2022-01-13', 'date: 2022-13-13'));
    expect(errors).toEqual([
      expect.objectContaining({ file: EVENTS, line: 7, field: '[1].date', message: expect.stringContaining('not a valid EDTF date') }),
    ]);
  });

  it('rejects a date written in words', () => {
    const errors = withEvents(ok.replace('date: 2022-01-05', 'date: January 5, 2022'));
    expect(errors).toEqual([expect.objectContaining({ file: EVENTS, line: 2, field: '[0].date' })]);
  });

  it('rejects a mention of a section that does not exist', () => {
    const errors = withEvents(ok.replace(`{ section: opening, anchor: ${openingP1} }`, `{ section: closing, anchor: ${openingP1} }`));
    expect(errors).toEqual([
      { file: EVENTS, line: 6, field: 'leaving.mentions[1].section', message: 'no section "closing" in article "csto-deployment"' },
    ]);
  });

  it('rejects a mention of a paragraph or quote that does not exist', () => {
    const errors = withEvents(ok.replace('anchor: q-cooley-why', 'anchor: q-cooley-who'));
    expect(errors).toEqual([
      expect.objectContaining({ file: EVENTS, line: 1, field: 'request.mentions[0].anchor', message: expect.stringContaining('no paragraph or quote "q-cooley-who"') }),
    ]);
    expect(withEvents(ok.replace(`{ section: opening, anchor: ${openingP1} }`, '{ section: opening, anchor: p7 }'))).toHaveLength(1);
  });

  it('rejects two events with one id', () => {
    const errors = withEvents(ok.replace('id: leaving', 'id: request'));
    expect(errors).toEqual([{ file: EVENTS, line: 6, field: 'id', message: 'duplicate event id "request"' }]);
  });

  it('rejects unknown people and glossary entries', () => {
    const errors = withEvents(ok.replace('people: [cooley]', 'people: [coley]').replace('glossary: [csto]', 'glossary: [otsc]'));
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['leaving.people', 'unknown person "coley" (not in people.yaml)'],
      ['leaving.glossary', 'unknown glossary entry "otsc"'],
    ]);
  });

  it('allows the overview anchor lead-photo only when the article has a photo', () => {
    const errors = withEvents(ok.replace(`{ section: opening, anchor: ${openingP1} }`, '{ anchor: lead-photo }'));
    expect(errors).toEqual([expect.objectContaining({ field: 'leaving.mentions[1]', message: expect.stringContaining('not on the article') })]);
  });

  it('rejects an event without mentions and an unknown key', () => {
    const errors = withEvents(`- id: lonely\n  date: 2022\n  label: Nothing mentions it\n  mentions: []\n  dat: 2021\n`);
    expect(errors.map((e) => e.field).sort()).toEqual(['[0].dat', '[0].mentions']);
  });
});
