/**
 * Fidelity: every sentence of the scraped source is on the site, word for
 * word, with our annotations (`.ann`) taken out; the section pages give the
 * source's paragraphs in the source's order; no scraping junk got through.
 */
import { describe, expect, test } from 'vitest';
import { normalizeSpace } from '../../src/lib/text.ts';
import { hasClass, loadPages, select, selectAll, sectionPages, textOf, type DistPage } from '../support/html.ts';
import { missingInOrder, readSource, sentencesOf, SOURCE_FILE } from '../support/source.ts';

/** A paragraph's id: `p-` and the start of its text's fingerprint (src/lib/permalinks/fingerprint.ts). */
const PARAGRAPH_ID = /^p-[0-9a-f]{6,}(-\d+)?$/;

const pages = loadPages();
const sections = sectionPages();
/** Section titles as the site shows them (the h1 without annotations). */
const siteTitles = sections.map((p) => textOf(select(p.tree, 'h1')!, { annotations: false }));
const source = readSource(siteTitles);

function mainText(page: DistPage): string {
  const main = select(page.tree, 'main');
  return main ? textOf(main, { annotations: false }) : '';
}

/** The section's own text: the children of article.section-text, without annotations. */
function sectionText(page: DistPage): string {
  const article = select(page.tree, 'article.section-text');
  return article ? textOf(article, { annotations: false }) : '';
}

const siteText = pages.map(mainText).join('\n');

const list = (items: readonly string[]) => items.map((s) => `  - ${s}`).join('\n');

describe(`fidelity to ${SOURCE_FILE}`, () => {
  test('every source sentence appears on the site', () => {
    const sentences = source.lines.flatMap(sentencesOf);
    const missing = sentences.filter((s) => !siteText.includes(s));
    console.log(`fidelity: ${sentences.length - missing.length}/${sentences.length} sentences`);
    expect(sentences.length).toBeGreaterThan(0);
    expect(missing, `${sentences.length - missing.length}/${sentences.length} sentences; missing from the site:\n${list(missing)}`).toEqual([]);
  });

  test('the title, the photo caption and its credit appear', () => {
    expect(source.title).not.toBe('');
    expect(siteText).toContain(source.title);
    expect(source.caption, 'the source has a photo caption').toBeDefined();
    expect(siteText).toContain(source.caption!);
    expect(source.creditLine).toMatch(/^Credit: \S/);
    expect(siteText).toContain(source.creditLine!);
  });

  test('no junk line appears in any page', () => {
    console.log(`junk lines stripped from the source: ${source.stripped.map((s) => JSON.stringify(s.line)).join(', ')}`);
    const found: string[] = [];
    for (const page of pages) {
      const body = select(page.tree, 'body');
      const head = select(page.tree, 'head');
      const text = `${body ? textOf(body) : ''}\n${head ? textOf(head) : ''}`;
      for (const { line, rule } of source.stripped) {
        const junk = normalizeSpace(line);
        // A line with words is junk wherever it appears; a bare number
        // (a share counter) only when it stands alone in an element.
        const present = /\p{L}/u.test(junk)
          ? text.includes(junk)
          : selectAll(page.tree, (el) => el.tagName !== 'html' && textOf(el) === junk).length > 0;
        if (present) found.push(`${page.file}: ${JSON.stringify(line)} (${rule})`);
      }
    }
    expect(found, `junk lines on the site:\n${list(found)}`).toEqual([]);
  });

  test('the source has one section per section page, under the same headings', () => {
    expect(sections).toHaveLength(4);
    expect(source.sections).toHaveLength(sections.length);
    // The first section is untitled in the source; the others start with their heading.
    expect(source.sections.slice(1).map((s) => s.heading)).toEqual(siteTitles.slice(1));
  });

  test('the section pages, in order, give every source sentence in source order', () => {
    const all = sections.map(sectionText).join('\n');
    const sentences = source.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]).flatMap(sentencesOf);
    const missing = missingInOrder(all, sentences);
    expect(
      missing,
      `out of order or missing in the section pages:\n${list(missing.map((m) => `${m.foundElsewhere ? '[out of order] ' : '[missing] '}${m.sentence}`))}`,
    ).toEqual([]);
  });

  test('each source paragraph is one paragraph (with its own id) of its section page, sentences in order', () => {
    const problems: string[] = [];
    sections.forEach((page, i) => {
      const article = select(page.tree, 'article.section-text')!;
      const paras = selectAll(article, (el) => el.tagName === 'p' && hasClass(el, 'para'));
      const expected = source.sections[i]?.paragraphs ?? [];
      if (paras.length !== expected.length) problems.push(`${page.path}: ${paras.length} paragraphs, the source has ${expected.length}`);
      expected.forEach((paragraph, j) => {
        const el = paras[j];
        if (!el) return;
        const id = String(el.properties.id);
        if (!PARAGRAPH_ID.test(id)) problems.push(`${page.path}: paragraph ${j + 1} has id "${id}"`);
        for (const m of missingInOrder(textOf(el, { annotations: false }), sentencesOf(paragraph))) {
          problems.push(`${page.path}#${id}: ${m.foundElsewhere ? 'out of order' : 'missing'}: ${m.sentence}`);
        }
      });
    });
    expect(problems, list(problems)).toEqual([]);
  });
});
