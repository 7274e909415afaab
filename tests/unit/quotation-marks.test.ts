/**
 * None of our words inside the author's quotation marks: every Markdown
 * fixture the site's pipeline or the margin-note plugin renders (among them
 * `pipeline/second-article`, quoted in every order: `“…,” said X.`,
 * `X said: “…”`, a whole paragraph quoted, an attribution between the two
 * halves of a quotation) keeps its notes outside the quotations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { annotationsInsideQuotations } from '../support/quotation-marks.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/markdown');
const cases = ['pipeline/full-section', 'pipeline/second-article', 'pipeline/literal-colons', 'rehype-margin-notes/quotation-marks'];
const parse = (dir: string) => fromHtml(readFileSync(join(FIXTURES, dir, 'output.html'), 'utf8'), { fragment: true });

describe('margin notes stay outside the author’s quotation marks', () => {
  test.each(cases)('%s', (dir) => {
    const tree = parse(dir);
    expect(annotationsInsideQuotations(tree)).toEqual([]);
  });

  test('the second article quotes in four orders, and each quote has its note', () => {
    const html = readFileSync(join(FIXTURES, 'pipeline/second-article/output.html'), 'utf8');
    const input = readFileSync(join(FIXTURES, 'pipeline/second-article/input.md'), 'utf8');
    expect(input).toMatch(/,\]\{[^}]*\}” said /); // “…,” said X.
    expect(input).toMatch(/ said: “:quote\[/); // X said: “…”
    expect(input).toMatch(/\n\n“:quote\[[^\]]*\]\{[^}]*\}”\n/); // a whole paragraph
    expect(input).toMatch(/\}” [A-Z][a-z]+ [A-Z][a-z]+ wrote, “:quote\[[^\]]*\]\{[^}]*continues=/); // between two halves
    const quotes = [...input.matchAll(/\{#(q-[\w-]+)/g)].map((m) => m[1]);
    for (const id of quotes) expect(html, id).toMatch(new RegExp(`class="permalink" href="#${id}"`));
  });

  test('the check itself finds a note inside quotation marks', () => {
    const bad = fromHtml('<p id="p1">He said “it <span class="ann mn">Cooley</span> will,” and left.</p><p id="p2">“<q class="quote">Yes<span class="ann">x</span></q>”</p><p id="p3">“No<span class="ann">y</span>” he said.</p>', { fragment: true });
    expect(annotationsInsideQuotations(bad)).toHaveLength(4);
  });
});
