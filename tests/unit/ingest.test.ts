/**
 * `npm run ingest` (scripts/ingest.ts) end to end on the real scraped
 * source, into a temporary content root holding copies of content/'s
 * people.yaml and glossary.yaml (never into content/ itself): the draft
 * passes the content checks, renders every character of the source, splits
 * the sections at the headings, proposes quotes and events, and the tool
 * refuses to overwrite a draft or to run on bad arguments.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadYamlList } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { eventSchema } from '../../src/lib/content/schema.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { paragraphTexts } from '../../src/cli/ingest/draft.ts';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { splitSentences } from '../../src/lib/text.ts';
import { derivedParagraphIds } from '../../src/lib/permalinks/resolve.ts';

const REPO = join(import.meta.dirname, '../..');
const SOURCE = 'content/articles/csto-deployment-in-kazakhstan/source.txt';
const SLUG = 'csto-draft';
const node = join(REPO, 'node_modules/.bin/node');

const ingest = (args: string[]) =>
  spawnSync(node, ['scripts/ingest.ts', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } });

/** Every file under `dir` with its contents, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

let root: string;
let first: ReturnType<typeof ingest>;
let article: string;
const sectionFiles = () => readdirSync(join(article, 'sections')).sort();
const sectionText = (name: string) => readFileSync(join(article, 'sections', name), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ingest-'));
  for (const name of ['people.yaml', 'glossary.yaml']) copyFileSync(join(REPO, 'content', name), join(root, name));
  first = ingest([SOURCE, '--slug', SLUG, '--content', root]);
  article = join(root, 'articles', SLUG);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`npm run ingest -- ${SOURCE} --slug ${SLUG}`, () => {
  it('exits 0 and writes only the draft article', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['articles', 'glossary.yaml', 'people.yaml']);
    expect(readdirSync(join(root, 'articles'))).toEqual([SLUG]);
    expect(readdirSync(article).sort()).toEqual(['.ingest.json', 'article.yaml', 'events.yaml', 'sections', 'source.txt']);
  });

  it('writes a draft that passes checkContent with 0 errors', () => {
    const { corpus, errors } = checkContent(root);
    expect(errors).toEqual([]);
    expect(corpus.articles.map((a) => a.slug)).toEqual([SLUG]);
  });

  it('has 4 sections with the source’s headings, the first untitled', () => {
    const sections = loadCorpus(root).value.articles[0]!.sections;
    expect(sections.map((s) => [s.data.order, s.data.title, s.data.untitled])).toEqual([
      [1, 'Opening', true],
      [2, 'Tactic or strategy?', false],
      [3, 'CSTO: misrepresented and misunderstood', false],
      [4, 'Looking Ahead: Kazakhstan’s Multi-Vector Foreign Policy', false],
    ]);
    expect(sectionFiles()).toEqual(sections.map((s) => `${String(s.data.order).padStart(2, '0')}-${s.data.slug}.md`));
    expect(sections[1]!.data.slug).toBe('tactic-or-strategy');
    expect(sections.every((s) => s.data.summary.startsWith('TODO'))).toBe(true);
  });

  it('contains every sentence of the source, and its text is exactly the cleaned source', () => {
    const cleaned = cleanSource(readFileSync(join(REPO, SOURCE), 'utf8'));
    const data = parse(readFileSync(join(article, 'article.yaml'), 'utf8'));
    expect(data.title).toBe(cleaned.title);
    const sections = loadCorpus(root).value.articles[0]!.sections;
    const draftLines = [
      data.photo.caption,
      `Credit: ${data.photo.credit}`,
      ...sections.flatMap((s) => [...(s.data.untitled ? [] : [s.data.title]), ...paragraphTexts(s.body)]),
    ];
    expect(draftLines).toEqual(cleaned.lines);
    const draftText = draftLines.join('\n');
    const sentences = cleaned.lines.flatMap((l) => splitSentences(l));
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => !draftText.includes(s))).toEqual([]);
    for (const junk of cleaned.stripped) expect(draftText).not.toContain(junk.line === '0' ? '\n0\n' : junk.line);
  });

  it('fills the article with TODO placeholders that pass the schema, and the photo from the "Credit:" line', () => {
    const { data } = loadCorpus(root).value.articles[0]!;
    expect(data.summary).toMatch(/^TODO/);
    expect(data.topics).toEqual(['TODO-topic']);
    expect(data.source).toEqual({ publication: 'The Diplomat', type: 'magazine', url: 'https://example.org/TODO', published: '2022', authors: [], language: 'en' });
    expect(data.photo!.credit).toBe('Russian Defense Ministry Press Service via AP');
    expect(data.photo!.caption).toMatch(/^In this photo taken from video .* on Saturday, January 15, 2022\.$/);
  });

  it('marks the balanced quotations with the right people', () => {
    const quotes = loadCorpus(root).value.articles[0]!.sections.flatMap((s) => scanSection(s.body).quotes);
    expect(quotes.map((q) => [q.id, q.person?.join(' '), q.kind, q.continues, q.paragraph])).toEqual([
      ['q-sutyrin-1', 'sutyrin', 'direct', undefined, 1],
      ['q-sutyrin-2', 'sutyrin', 'direct', 'q-sutyrin-1', 1],
      ['q-anceschi-1', 'anceschi', 'direct', undefined, 1],
      ['q-anceschi-2', 'anceschi', 'direct', 'q-anceschi-1', 1],
      ['q-latynina-1', 'latynina', 'direct', undefined, 2],
    ]);
    expect(quotes[0]!.text).toBe('Moscow has confirmed its role as the main (in fact, the only) guarantor of political transition security in Kazakhstan and other CSTO countries. That would be naïve.');
    expect(sectionText('02-tactic-or-strategy.md')).toContain('Soutyrin continued, “:quote[to conclude that the Kazakh crisis is over]{#q-sutyrin-2 person=sutyrin kind=direct continues=q-sutyrin-1}”.');
  });

  it('proposes the unclosed quotations (Cooley, Kazantsev, Klein and Schmitz) in the report without marking them', () => {
    expect(first.stdout).toMatch(/NOT marked q-cooley-1 +tactic-or-strategy p2 +“Why did Russia send troops so quickly\?.*person=cooley, from “Alexander Cooley asked” before it/);
    expect(first.stdout).toMatch(/NOT marked q-kazantsev-1 .*person=kazantsev/);
    expect(first.stdout).toMatch(/NOT marked q-klein-schmitz-1 .*person=klein schmitz, from “Margaret Klein and Andrea Schmitz argued”/);
    expect(first.stdout).toMatch(/marked +q-latynina-1 .*person=latynina, from “Yulia Latynina observed” before it/);
    expect(sectionText('02-tactic-or-strategy.md')).toContain('Alexander Cooley asked, “Why did Russia');
  });

  it('proposes events from the dates, each mention a paragraph where the date is', () => {
    // A mention names its paragraph by the id the site gives it (from its text): here read back as its place, pN.
    const sections = loadCorpus(root).value.articles[0]!.sections;
    const positionOf = (slug: string, id: string) => {
      const section = sections.find((s) => s.data.slug === slug)!;
      return `p${derivedParagraphIds(scanSection(section.body).paragraphs.map((p) => p.text)).indexOf(id) + 1}`;
    };
    const { value: events, errors } = loadYamlList(join(article, 'events.yaml'), eventSchema);
    expect(errors).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const byDate = Object.fromEntries(events.map((e) => [e.date, e.mentions.map((m) => (m.section ? { section: m.section, anchor: positionOf(m.section, m.anchor) } : m))]));
    expect(byDate['2022-01-05']).toEqual([{ section: 'tactic-or-strategy', anchor: 'p1' }]);
    expect(byDate['2022-01-19']).toEqual([{ section: 'tactic-or-strategy', anchor: 'p1' }]);
    expect(byDate['2022-01-15']).toEqual([{ anchor: 'lead-photo' }]);
    expect(byDate['1991-12-21']).toEqual([{ section: 'csto-misrepresented-and-misunderstood', anchor: 'p3' }]);
    expect(byDate['1992-05']).toEqual([{ section: 'csto-misrepresented-and-misunderstood', anchor: 'p3' }]);
    expect(byDate['2002-10']).toEqual([{ section: 'csto-misrepresented-and-misunderstood', anchor: 'p2' }]);
    expect(byDate['1992']).toEqual([{ section: 'csto-misrepresented-and-misunderstood', anchor: 'p2' }]);
    expect(byDate['2021-22']).toEqual([{ section: 'tactic-or-strategy', anchor: 'p3' }]);
    expect(events.every((e) => e.label.startsWith('TODO'))).toBe(true);
  });

  it('prints the stripped junk, the sections and a CHECKLIST of what to confirm', () => {
    const out = first.stdout;
    expect(out).toContain('line 3: "0" — lone counter');
    expect(out).toContain('line 19: "Like this article ? Click here to register for full access. Just $5 per month." — subscription blurb');
    expect(out).toContain('line 39: "Share." — share button');
    expect(out).toContain('line 41: "Comments are closed." — comments notice');
    expect(out).toContain('sections/02-tactic-or-strategy.md  “Tactic or strategy?”, 3 paragraph(s)');
    const checklist = out.slice(out.indexOf('CHECKLIST'));
    expect(out.indexOf('CHECKLIST')).toBeGreaterThan(0);
    for (const item of ['summary', 'topics', 'source.publication', 'source.url', 'source.published', 'source.type', 'photo']) expect(checklist).toContain(`article.yaml ${item}`);
    for (const id of ['q-cooley-1', 'q-sutyrin-1', 'q-sutyrin-2', 'q-anceschi-1', 'q-anceschi-2', 'q-kazantsev-1', 'q-klein-schmitz-1', 'q-latynina-1']) {
      expect(checklist).toContain(`[ ] quote ${id} `);
    }
    expect(checklist).toContain('[ ] event event-2022-01-05 (2022-01-05)');
    expect(checklist).toContain('“mission can be considered a Russian success”: no attribution found');
    expect(checklist).toContain('date without a year “January 13”');
    expect(checklist).toContain('[ ] when it is published: npm run permalinks');
  });

  it('refuses to overwrite the draft without --force, leaving it unchanged', () => {
    const before = snapshot(article);
    const again = ingest([SOURCE, '--slug', SLUG, '--content', root]);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`${join(root, 'articles', SLUG)} already exists`);
    expect(again.stderr).toContain('--force');
    expect(snapshot(article)).toEqual(before);
  });

  it('replaces it with --force, taking --url and --published', () => {
    const url = 'https://thediplomat.com/2022/02/csto-deployment/';
    const forced = ingest([SOURCE, '--slug', SLUG, '--content', root, '--force', '--url', url, '--published', '2022-02']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('(replacing the previous folder, --force)');
    expect(forced.stdout).not.toContain('source.url: placeholder');
    expect(loadCorpus(root).value.articles[0]!.data.source).toMatchObject({ url, published: '2022-02' });
    expect(checkContent(root).errors).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['articles', 'glossary.yaml', 'people.yaml']);
  });

  it('never destroys an edited draft: --force keeps it, writes the new draft beside it and prints what differs', () => {
    const yaml = join(article, 'article.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this summary.'));
    const before = snapshot(article);
    const again = ingest([SOURCE, '--slug', SLUG, '--content', root, '--force', '--published', '2022-02']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`NOT replaced: ${article}/ was edited since ingest wrote it (article.yaml)`);
    expect(again.stdout).toMatch(/-summary: An editor wrote this summary\.\n\+summary: "TODO/);
    const after = snapshot(article);
    const besideFiles = Object.keys(after).filter((f) => f.startsWith('/.ingest-new/'));
    expect(besideFiles).toContain('/.ingest-new/article.yaml');
    for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
    expect(checkContent(root).errors).toEqual([]);
    rmSync(join(article, '.ingest-new'), { recursive: true });
  });
});

describe('npm run ingest with bad arguments (every case of parseArgs: ingest-draft.test.ts)', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['no/such/file.txt', '--slug', 'x', '--content', '<root>'], /source file not found: no\/such\/file\.txt/],
    ['no source file', ['--slug', 'x', '--content', '<root>'], /missing the source file/],
    ['no --slug', [SOURCE, '--content', '<root>'], /missing --slug <slug>/],
    ['a bad slug', [SOURCE, '--slug', 'Bad_Slug', '--content', '<root>'], /bad --slug "Bad_Slug": use lowercase letters, digits and single hyphens/],
    ['a bad --url', [SOURCE, '--slug', 'x', '--content', '<root>', '--url', 'thediplomat.com'], /bad --url/],
    ['a missing content root', [SOURCE, '--slug', 'x', '--content', '/no/such/root'], /content root not found: \/no\/such\/root/],
  ];
  for (const [name, args, message] of cases) {
    it(`exits 1 with a clear message on ${name}, writing nothing`, () => {
      const empty = mkdtempSync(join(tmpdir(), 'ingest-args-'));
      try {
        copyFileSync(join(REPO, 'content/people.yaml'), join(empty, 'people.yaml'));
        const result = ingest(args.map((a) => (a === '<root>' ? empty : a)));
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^ingest: /);
        expect(result.stderr).toMatch(message);
        expect(readdirSync(empty)).toEqual(['people.yaml']);
        expect(existsSync(join(empty, 'articles'))).toBe(false);
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    });
  }
});
