/**
 * The permalink record (src/lib/permalinks/): matching edited blocks to
 * published ones, the update of a whole article, the stable file layout,
 * and the check that refuses a stale record.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedSection } from '../../src/lib/content/load.ts';
import type { PublishedBlock } from '../../src/lib/content/schema.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { checkPermalinks, RUN } from '../../src/lib/permalinks/check.ts';
import { fingerprint, newParagraphId, normaliseText } from '../../src/lib/permalinks/fingerprint.ts';
import { matchBlocks, settleAnchors } from '../../src/lib/permalinks/match.ts';
import { formatPermalinks, readPermalinks } from '../../src/lib/permalinks/record.ts';
import { resolveSectionIds } from '../../src/lib/permalinks/resolve.ts';
import { updatePermalinks, type ContentSection } from '../../src/lib/permalinks/update.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALPHA = 'The alliance was founded in 1992 by six states that signed the treaty in Tashkent in May of that year.';
const BETA = 'Its charter followed ten years later, in Chisinau, when the treaty became an organisation with a secretariat.';
const GAMMA = 'Observers disagree about what the deployment of January meant for the balance of power in the region.';
const DELTA = 'Some read it as a tactical move, others as a lasting strategic shift in how the members see their security.';

const block = (text: string): { text: string; fingerprint: string } => ({ text, fingerprint: fingerprint(text) });
const published = (texts: readonly string[]): PublishedBlock[] => {
  const taken = new Set<string>();
  return texts.map((text) => {
    const id = newParagraphId(fingerprint(text), taken);
    taken.add(id);
    return { id, fingerprint: fingerprint(text), text };
  });
};
let counter = 0;
const fresh = () => `p-new${(counter += 1)}`;

describe('fingerprints and new ids', () => {
  it('ignore white space and Unicode composition differences', () => {
    expect(fingerprint('Naïve  and\nsure ')).toBe(fingerprint('Nai\u0308ve and sure'));
    expect(fingerprint('one')).not.toBe(fingerprint('two'));
  });
  it('derive a paragraph id from the text, lengthened past any id already used', () => {
    const print = fingerprint(ALPHA);
    expect(newParagraphId(print, new Set())).toBe(`p-${print.slice(0, 6)}`);
    expect(newParagraphId(print, new Set([`p-${print.slice(0, 6)}`]))).toBe(`p-${print.slice(0, 7)}`);
  });
});

describe('matchBlocks', () => {
  const old = published([ALPHA, BETA, GAMMA]);
  const ids = (texts: string[]) => matchBlocks(old, texts.map(block), fresh, 'section').blocks.map((b) => b.id);

  it('keeps every id when a paragraph is inserted before them', () => {
    const result = matchBlocks(old, [DELTA, ALPHA, BETA, GAMMA].map(block), fresh, 'section');
    expect(result.blocks.slice(1).map((b) => b.id)).toEqual(old.map((b) => b.id));
    expect(result.blocks[0]!.id).toMatch(/^p-new/);
    expect(result.changes.map((c) => c.kind)).toEqual(['new']);
    expect(result.retired).toEqual([]);
  });

  it('gives a split paragraph’s first part the old id and the later part a new one', () => {
    const [first, second] = [BETA.slice(0, 50), BETA.slice(51)];
    const result = matchBlocks(old, [ALPHA, first, second, GAMMA].map(block), fresh, 'section');
    expect(result.blocks.map((b) => b.id).slice(0, 2)).toEqual([old[0]!.id, old[1]!.id]);
    expect(result.blocks[2]!.id).not.toBe(old[1]!.id);
    expect(result.changes.find((c) => c.kind === 'split')).toMatchObject({ id: result.blocks[2]!.id, other: old[1]!.id });
    expect(result.retired).toEqual([]);
  });

  it('keeps the id of a reworded paragraph', () => {
    expect(ids([ALPHA, BETA.replace('ten years later', 'a decade later'), GAMMA])).toEqual(old.map((b) => b.id));
  });

  it('retires a removed paragraph’s id onto the nearest surviving paragraph before it, as revised', () => {
    const result = matchBlocks(old, [ALPHA, GAMMA].map(block), fresh, 'section');
    expect(result.retired).toEqual([{ id: old[1]!.id, to: old[0]!.id, revised: true }]);
    const first = matchBlocks(old, [BETA, GAMMA].map(block), fresh, 'section');
    expect(first.retired).toEqual([{ id: old[0]!.id, to: old[1]!.id, revised: true }]);
    expect(matchBlocks(old, [], fresh, 'section').retired.map((r) => r.to)).toEqual(['section', 'section', 'section']);
  });

  it('lands a merged paragraph’s id on the paragraph its text went to', () => {
    const result = matchBlocks(old, [ALPHA, `${BETA} ${GAMMA}`].map(block), fresh, 'section');
    expect(result.blocks.map((b) => b.id)).toEqual([old[0]!.id, old[1]!.id]);
    expect(result.retired).toEqual([{ id: old[2]!.id, to: old[1]!.id, revised: true }]);
  });

  it('never gives an id to unrelated text', () => {
    const result = matchBlocks(old, [DELTA].map(block), fresh, 'section');
    expect(old.map((b) => b.id)).not.toContain(result.blocks[0]!.id);
    expect(result.retired.map((r) => r.id).sort()).toEqual(old.map((b) => b.id).sort());
  });
});

describe('settleAnchors', () => {
  it('follows a chain of retired ids to a live one, revised if any step was', () => {
    const settled = settleAnchors(
      [
        { id: 'p1', to: 'p-a', revised: false },
        { id: 'p-a', to: 'p-b', revised: true },
      ],
      new Set(['p-b']),
      'section',
    );
    expect(settled).toEqual([
      { id: 'p1', to: 'p-b', revised: true },
      { id: 'p-a', to: 'p-b', revised: true },
    ]);
  });
});

const section = (slug: string, title: string, markdown: string): ContentSection => ({ slug, title, scan: scanSection(markdown) });

describe('updatePermalinks', () => {
  const before = [
    section('first', 'First', `${ALPHA}\n\n${BETA} :quote[the treaty became an organisation]{#q-org speaker="the text" kind=paraphrase}.`),
    section('second', 'Second', `${GAMMA}\n\n${DELTA}`),
  ];
  const { record } = updatePermalinks('a', before, undefined, { positional: true });

  it('records every section, paragraph and quote, and the former positional ids', () => {
    expect(record.sections.map((s) => s.slug)).toEqual(['first', 'second']);
    expect(record.sections[0]!.quotes.map((q) => q.id)).toEqual(['q-org']);
    expect(record.sections[0]!.anchors.map((a) => [a.id, a.to])).toEqual([
      ['p1', record.sections[0]!.paragraphs[0]!.id],
      ['p2', record.sections[0]!.paragraphs[1]!.id],
    ]);
  });

  it('is stable: a second run changes nothing', () => {
    const again = updatePermalinks('a', before, record);
    expect(formatPermalinks(again.record)).toBe(formatPermalinks(record));
    expect(again.report).toEqual([]);
  });

  it('follows a renamed slug: the old URL and heading id become former ones', () => {
    const renamed = [before[0]!, section('second-renamed', 'Second, reworded', `${GAMMA}\n\n${DELTA}`)];
    const { record: next, report } = updatePermalinks('a', renamed, record);
    const s = next.sections[1]!;
    expect(s.former).toEqual(['second']);
    expect(s.paragraphs.map((p) => p.id)).toEqual(record.sections[1]!.paragraphs.map((p) => p.id));
    expect(s.anchors).toContainEqual({ id: 'second', to: 'second-renamed', revised: false });
    expect(report.map((r) => r.kind)).toContain('moved');
  });

  it('sends a removed section’s URL and fragments to its neighbour, and a renamed quote to its new id', () => {
    const edited = [section('first', 'First', `${ALPHA}\n\n${BETA} :quote[the treaty became an organisation]{#q-organisation speaker="the text" kind=paraphrase}.`)];
    const { record: next } = updatePermalinks('a', edited, record);
    const s = next.sections[0]!;
    expect(s.former).toEqual(['second']);
    expect(s.anchors).toContainEqual({ id: 'q-org', to: 'q-organisation', revised: false, quote: true });
    for (const p of record.sections[1]!.paragraphs) expect(s.anchors).toContainEqual({ id: p.id, to: 'first', revised: true });
  });

  it('writes a file that reads back to the same record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'permalinks-'));
    try {
      writeFileSync(join(dir, 'permalinks.yaml'), formatPermalinks(record));
      expect(readPermalinks(join(dir, 'permalinks.yaml'))).toEqual({ value: record, errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('checkPermalinks', () => {
  const markdown = `${ALPHA}\n\n${BETA}`;
  const { record } = updatePermalinks('a', [section('first', 'First', markdown)], undefined);
  const loaded = (body: string, slug = 'first', title = 'First'): LoadedSection => ({ file: 'sections/01.md', data: { title, slug, order: 1, summary: 's', untitled: false }, body, bodyLine: 6 });
  const check = (body: string, slug?: string, title?: string) => checkPermalinks('a', 'permalinks.yaml', record, [{ section: loaded(body, slug, title), scan: scanSection(body) }]);

  it('passes the text as recorded', () => {
    expect(check(markdown)).toEqual([]);
  });

  it('names the file, URL and fragment an unrecorded edit would break, and what to run', () => {
    const errors = check(`${DELTA}\n\n${ALPHA}`);
    const gone = record.sections[0]!.paragraphs[1]!.id;
    expect(errors).toContainEqual({ file: 'sections/01.md', field: 'permalinks', message: expect.stringContaining(`/articles/a/first/#${gone} would break`) });
    expect(errors).toContainEqual({ file: 'sections/01.md', line: 6, field: 'permalinks', message: expect.stringContaining('not in permalinks.yaml') });
    expect(errors.every((e) => e.message.endsWith(RUN))).toBe(true);
  });

  it('refuses a renamed slug and a reworded title until they are recorded', () => {
    expect(check(markdown, 'renamed').map((e) => e.message)).toEqual([
      expect.stringContaining('/articles/a/first/ would break'),
      expect.stringContaining('/articles/a/renamed/ is not in permalinks.yaml'),
    ]);
    expect(check(markdown, 'first', 'First, reworded')).toEqual([expect.objectContaining({ field: 'title' })]);
  });
});

describe('resolveSectionIds', () => {
  it('gives recorded texts their recorded ids and others ids from their text', () => {
    const old = published([ALPHA]);
    const ids = resolveSectionIds({ slug: 's', paragraphs: [block(GAMMA), block(ALPHA)], headings: [] }, {
      slug: 's', former: [], title: { id: 's', ...block('S'), text: 'S' }, headings: [], paragraphs: old, quotes: [], anchors: [],
    });
    expect(ids.paragraphs).toEqual([newParagraphId(fingerprint(GAMMA), new Set()), old[0]!.id]);
    expect(normaliseText(` ${ALPHA} `)).toBe(ALPHA);
  });
});
