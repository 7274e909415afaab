/**
 * The content checks (load.ts + validate.ts, `checkContent(root)`) on small
 * content roots under tests/fixtures/content/: `valid` passes, and each other
 * root holds one class of error (or, `several-errors`, many at once). Every
 * error must name its file, field and line and say what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatErrors, type ContentError } from '../../src/lib/content/errors.ts';
import { checkContent } from '../../src/lib/content/validate.ts';

const REPO = join(import.meta.dirname, '../..');
const FIXTURES = join(REPO, 'tests/fixtures/content');
const OPENING = 'articles/csto-deployment/sections/01-opening.md';
const TACTIC = 'articles/csto-deployment/sections/02-tactic-or-strategy.md';

/** The errors of a fixture root, with files relative to the root. */
function errorsOf(root: string): ContentError[] {
  return checkContent(root).errors.map((e) => ({ ...e, file: relative(root, e.file) }));
}

const check = (name: string) => errorsOf(join(FIXTURES, name));

describe('a valid content root', () => {
  it('has no errors', () => {
    expect(check('valid')).toEqual([]);
  });

  it('loads every file, sections in order, with quotes read from the text', () => {
    const { corpus } = checkContent(join(FIXTURES, 'valid'));
    expect(corpus.people.map((a) => a.id)).toEqual(['cooley', 'sutyrin']);
    expect(corpus.glossary.map((g) => g.id)).toEqual(['csto', 'nato']);
    expect(corpus.articles).toHaveLength(1);
    const [article] = corpus.articles;
    expect(article!.slug).toBe('csto-deployment');
    expect(article!.data.source.published).toBe('2022-02');
    expect(article!.sections.map((s) => [s.data.order, s.data.slug, s.data.untitled])).toEqual([
      [1, 'opening', true],
      [2, 'tactic-or-strategy', false],
    ]);
    // The body starts after the closing `---` of the frontmatter.
    expect(article!.sections.map((s) => s.bodyLine)).toEqual([8, 7]);
    expect(article!.sections[1]!.body.startsWith('\nTokayev announced')).toBe(true);
  });
});

describe('schema errors in a file', () => {
  it('missing required field', () => {
    expect(check('missing-field')).toEqual([
      { file: TACTIC, line: 2, field: 'summary', message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('wrong type', () => {
    expect(check('wrong-type')).toEqual([
      { file: TACTIC, line: 4, field: 'order', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('malformed YAML frontmatter (an unquoted colon in the title)', () => {
    expect(check('malformed-yaml')).toEqual([
      { file: TACTIC, line: 2, message: 'malformed YAML: Nested mappings are not allowed in compact mappings' },
    ]);
  });

  it('unknown frontmatter key "titel" (and so a missing title)', () => {
    expect(check('unknown-key')).toEqual([
      { file: TACTIC, line: 2, field: 'title', message: 'Invalid input: expected string, received undefined' },
      { file: TACTIC, line: 2, field: 'titel', message: 'unknown field (a typo?)' },
    ]);
  });

  it('a file that is not valid UTF-8', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-utf8-'));
    try {
      cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
      // "naïve" saved as Latin-1: 0xEF is not valid UTF-8 on its own.
      writeFileSync(join(root, OPENING), Buffer.concat([Buffer.from('---\ntitle: Opening\n---\n\nThat would be na'), Buffer.from([0xef]), Buffer.from('ve.\n')]));
      expect(errorsOf(root)).toEqual([{ file: OPENING, message: 'is not valid UTF-8 text; save the file as UTF-8' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('errors in directives', () => {
  it('unknown person id in a quote', () => {
    expect(check('unknown-person')).toEqual([
      { file: TACTIC, line: 10, field: ':quote person', message: 'unknown person "kooley" in quote "q-cooley-why" (add an entry to people.yaml, or use the id of an existing one)' },
    ]);
  });

  it('quote with neither person nor speaker', () => {
    expect(check('quote-without-speaker')).toEqual([
      { file: TACTIC, line: 8, field: ':quote person', message: 'a quote needs exactly one of person="…" (an id in people.yaml) or speaker="…" (an unnamed voice)' },
    ]);
  });

  it('unknown directive (:qoute)', () => {
    expect(check('unknown-directive')).toEqual([
      { file: TACTIC, line: 10, field: ':qoute (name)', message: 'unknown directive :qoute (known: :quote, :sic, :term)' },
    ]);
  });

  it('malformed or unclosed directive (a missing ])', () => {
    expect(check('unclosed-directive')).toEqual([
      {
        file: TACTIC,
        line: 10,
        field: ':quote (syntax)',
        message: 'malformed or unclosed directive :quote: write :quote[text]{attributes} with both brackets closed',
      },
    ]);
  });

  it('unknown glossary ref', () => {
    expect(check('unknown-glossary-ref')).toEqual([
      { file: OPENING, line: 11, field: ':term ref', message: 'unknown glossary entry "otan"' },
    ]);
  });

  it('raw HTML <script> in Markdown', () => {
    expect(check('raw-html-script')).toEqual([
      { file: OPENING, line: 13, field: 'body', message: 'raw HTML with <script>, <iframe> or an on…= handler is not allowed: <script>alert("xss")</script>' },
    ]);
  });
});

describe('errors across files', () => {
  it('duplicate quote id across two sections: both places reported', () => {
    expect(check('duplicate-quote-id')).toEqual([
      { file: OPENING, line: 13, field: ':quote id', message: 'duplicate quote id "q-cooley-why"' },
      { file: TACTIC, line: 10, field: ':quote id', message: 'duplicate quote id "q-cooley-why"' },
    ]);
  });

  it('duplicate section slug', () => {
    const message = 'duplicate section slug "opening" in article "csto-deployment"';
    expect(check('duplicate-section-slug')).toEqual([
      { file: OPENING, line: 1, field: 'slug', message },
      { file: TACTIC, line: 1, field: 'slug', message },
    ]);
  });

  it('duplicate section order', () => {
    const message = 'duplicate section order 1 in article "csto-deployment"';
    expect(check('duplicate-section-order')).toEqual([
      { file: OPENING, line: 1, field: 'order', message },
      { file: TACTIC, line: 1, field: 'order', message },
    ]);
  });

  it('glossary alias claimed by two entries', () => {
    expect(check('glossary-alias-clash')).toEqual([{ file: 'glossary.yaml', field: 'aliases', message: 'alias "OTSC" is claimed by csto and cst' }]);
  });

  it('empty section', () => {
    expect(check('empty-section')).toEqual([
      { file: 'articles/csto-deployment/sections/03-looking-ahead.md', field: 'body', message: 'the section has no text' },
    ]);
  });

  it('article with no sections', () => {
    expect(check('no-sections')).toEqual([
      { file: 'articles/csto-deployment/article.yaml', field: 'sections', message: 'the article "csto-deployment" has no sections (add Markdown files to its sections/ folder)' },
    ]);
  });

  it('a root with several errors reports all of them', () => {
    expect(check('several-errors')).toEqual([
      { file: 'people.yaml', line: 9, field: '[2].id', message: 'use lowercase letters, digits and single hyphens (e.g. "tactic-or-strategy")' },
      { file: OPENING, line: 1, field: 'order', message: 'duplicate section order 1 in article "csto-deployment"' },
      { file: TACTIC, line: 1, field: 'order', message: 'duplicate section order 1 in article "csto-deployment"' },
      { file: TACTIC, line: 10, field: ':quote person', message: 'unknown person "kooley" in quote "q-cooley-why" (add an entry to people.yaml, or use the id of an existing one)' },
      { file: TACTIC, line: 10, field: ':term ref', message: '"OSTC" is neither the term "CSTO" nor one of its aliases; add it to the glossary entry "csto"' },
    ]);
  });

  it('formats errors as "file:line: field: message" under a count', () => {
    const root = join(FIXTURES, 'wrong-type');
    expect(formatErrors(checkContent(root).errors, root)).toBe(`1 content error:\n  ${TACTIC}:4: order: Invalid input: expected number, received string`);
  });
});

describe('scripts/check-content.ts', () => {
  const node = join(REPO, 'node_modules/.bin/node');
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(node, ['scripts/check-content.ts', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '', ...env } });
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('exits 1 and prints every error on a bad root', () => {
    const result = run(['tests/fixtures/content/several-errors']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('5 content errors:');
    expect(lines).toHaveLength(6);
    expect(lines).toContain(
      `  tests/fixtures/content/several-errors/${TACTIC}:10: :quote person: unknown person "kooley" in quote "q-cooley-why" (add an entry to people.yaml, or use the id of an existing one)`,
    );
    expect(lines).toContain('  tests/fixtures/content/several-errors/people.yaml:9: [2].id: use lowercase letters, digits and single hyphens (e.g. "tactic-or-strategy")');
  });

  it('exits 0 with "content OK" on the real content/ folder', () => {
    const result = run(['content']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const articles = readdirSync(join(import.meta.dirname, '../../content/articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(result.stdout).toMatch(new RegExp(`^content OK: ${articles} article\\(s\\)(?: \\(\\d+ draft\\(s\\), not published\\))?, \\d+ section\\(s\\), \\d+ people, \\d+ glossary entries \\(content\\)\\n$`));
  });

  it('reads the root from CONTENT_DIR when given no argument', () => {
    const result = run([], { CONTENT_DIR: 'tests/fixtures/content/valid' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('content OK: 1 article(s), 2 section(s), 2 people, 2 glossary entries (tests/fixtures/content/valid)\n');
  });

  it('fails on a temporary copy with an invalid byte', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-script-'));
    tmp.push(root);
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    writeFileSync(join(root, 'glossary.yaml'), Buffer.from([0x2d, 0x20, 0xff, 0x0a]));
    const result = run([root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('glossary.yaml: is not valid UTF-8 text; save the file as UTF-8');
  });
});
