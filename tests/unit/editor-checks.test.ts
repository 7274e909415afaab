/**
 * The checks an editor needs before publishing, on copies of the `valid`
 * fixture content root: leftover TODO placeholders fail unless the article
 * is a draft; a title that no page title could fit fails; an event after the
 * publication date and two registry entries with close names are warnings.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { PAGE_TITLE_MAX, titleHtml, titleLength } from '../../src/lib/content/schema.ts';
import { resolveSectionIds } from '../../src/lib/permalinks/resolve.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { contentWarnings } from '../../src/lib/content/warnings.ts';
import { pageTitle } from '../../src/lib/site/page-title.ts';

const VALID = join(import.meta.dirname, '../fixtures/content/valid');
const temp = mkdtempSync(join(tmpdir(), 'editor-checks-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;

/** A copy of the valid root, changed by `change(root)`. */
function root(change: (dir: string) => void): string {
  const dir = join(temp, String(n++));
  cpSync(VALID, dir, { recursive: true });
  change(dir);
  return dir;
}
const ARTICLE = 'articles/csto-deployment/article.yaml';
/** The id the site gives a section's first paragraph (its recorded one, or the one derived from its text). */
function firstParagraphOf(dir: string, slug: string): string {
  const article = loadCorpus(dir).value.articles[0]!;
  const section = article.sections.find((s) => s.data.slug === slug)!;
  return resolveSectionIds({ slug, ...scanSection(section.body) }, article.permalinks?.sections.find((p) => p.slug === slug)).paragraphs[0]!;
}
const edit = (dir: string, file: string, f: (t: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
const messages = (dir: string) => checkContent(dir).errors.map((e) => `${e.file.slice(dir.length + 1)}:${e.line ?? ''}: ${e.field ? `${e.field}: ` : ''}${e.message}`);

describe('TODO placeholders', () => {
  const withTodo = (dir: string) => edit(dir, ARTICLE, (t) => t.replace(/^summary: .*$/m, 'summary: "TODO: summarise the article."'));

  it('fail the check, naming the file and line, in a finished article', () => {
    expect(messages(root(withTodo))).toEqual([expect.stringMatching(/^articles\/csto-deployment\/article\.yaml:2: leftover TODO placeholder: summary: "TODO: summarise/)]);
  });

  it('are allowed in a draft (draft: true), which is not published', () => {
    expect(messages(root((dir) => (withTodo(dir), appendFileSync(join(dir, ARTICLE), 'draft: true\n'))))).toEqual([]);
  });
});

describe('titles the pages could not fit', () => {
  const long = 'Strategic shift or political consolidation? The CSTO in Kazakhstan, January 2022, and after';

  it('an article title over the limit needs a shortTitle', () => {
    const dir = root((d) => edit(d, ARTICLE, (t) => t.replace(/^title: .*$/m, `title: "${long}"`)));
    expect(messages(dir)).toEqual([`${ARTICLE}:1: title: is ${long.length} characters; page titles are at most ${PAGE_TITLE_MAX} (tabs and search results cut them; html-validate rejects them): add a shortTitle for page titles`]);
    edit(dir, ARTICLE, (t) => `${t}shortTitle: The CSTO in Kazakhstan\n`);
    expect(messages(dir)).toEqual([]);
  });

  it('a shortTitle over the limit is a schema error', () => {
    let line = 0;
    const dir = root((d) => {
      line = readFileSync(join(d, ARTICLE), 'utf8').trimEnd().split('\n').length + 1;
      appendFileSync(join(d, ARTICLE), `shortTitle: "${long}"\n`);
    });
    expect(messages(dir)).toContain(`${ARTICLE}:${line}: shortTitle: must be at most ${PAGE_TITLE_MAX} characters (an & counts as 5, as written in the page)`);
  });

  it('a title is measured as the page writes it: an & counts as 5 (html-validate counts "&amp;"), an apostrophe as 1', () => {
    const amp = `Q&A: ${'x'.repeat(PAGE_TITLE_MAX - 7)}`;
    expect(amp.length).toBeLessThan(PAGE_TITLE_MAX);
    const dir = root((d) => edit(d, ARTICLE, (t) => t.replace(/^title: .*$/m, `title: "${amp}"`)));
    expect(messages(dir)).toEqual([expect.stringMatching(new RegExp(`^${ARTICLE}:1: title: is ${PAGE_TITLE_MAX + 2} characters as the page writes it \\(an & counts as 5\\)`))]);
    const apostrophes = `The CSTO's week, Tokayev's gamble: ${'x'.repeat(PAGE_TITLE_MAX - 36)}`;
    expect(titleLength(apostrophes)).toBe(apostrophes.length);
    expect(titleHtml(apostrophes)).toBe(apostrophes);
    expect(pageTitle(`${amp} – Analysis Reader`, amp, 'Q&A')).toBe('Q&A');
  });

  it('pages take the first title that fits', () => {
    expect(pageTitle(`${long} – Analysis Reader`, 'The CSTO in Kazakhstan')).toBe('The CSTO in Kazakhstan');
    expect(pageTitle('Short – Analysis Reader', 'Short')).toBe('Short – Analysis Reader');
    expect(pageTitle(long).length).toBeLessThanOrEqual(PAGE_TITLE_MAX);
  });
});

describe('what Astro would read otherwise', () => {
  it('an unquoted full date in article.yaml (a YAML 1.1 timestamp for Astro) fails, naming the line', () => {
    const dir = root((d) => edit(d, ARTICLE, (t) => t.replace(/published: "2022-02"/, 'published: 2022-02-03')));
    expect(messages(dir)).toContainEqual(expect.stringMatching(/^articles\/csto-deployment\/article\.yaml:7: source\.published: is not a valid EDTF date .*quote a full date/));
  });
});

describe('warnings', () => {
  it('an event after the publication date, and two registry entries who may be one person', () => {
    const dir = root((d) => {
      writeFileSync(join(d, 'articles/csto-deployment/events.yaml'), `- id: later\n  date: 2023-01-10\n  label: Something later\n  mentions: [{ section: opening, anchor: ${firstParagraphOf(d, 'opening')} }]\n`);
      appendFileSync(join(d, 'people.yaml'), '\n- id: soutyrine\n  name: Viatcheslav Soutyrine\n  kind: analyst\n  aliases: [Soutyrine]\n');
    });
    const { corpus, errors } = checkContent(dir);
    expect(errors).toEqual([]);
    expect(contentWarnings(corpus).map((w) => `${w.field}: ${w.message}`)).toEqual([
      'later.date: 10 January 2023 is after the article\'s publication (February 2022): check the year',
      'soutyrine.name: "sutyrin" and "soutyrine" may be one person ("Vyacheslav Sutyrin" / "Viatcheslav Soutyrine"): if so, keep one entry and list the other spelling in its aliases',
    ]);
  });

  it('none on the valid root', () => {
    expect(contentWarnings(checkContent(VALID).corpus)).toEqual([]);
  });
});
