/**
 * The synthetic corpus generator (src/cli/corpus-gen/, `npm run gen-corpus`):
 * deterministic for a seed, every article within the shapes the issue asks
 * for, the whole corpus passing the content checks, and never written into
 * the real content root.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { parseGenCorpusArgs } from '../../src/cli/corpus-gen/args.ts';
import { generateCorpus } from '../../src/cli/corpus-gen/corpus.ts';
import { eventDate } from '../../src/cli/corpus-gen/dates.ts';
import { mulberry32, stream } from '../../src/cli/corpus-gen/prng.ts';
import { refuseOutDir, writeCorpus } from '../../src/cli/corpus-gen/write.ts';
import { TOPICS } from '../../src/cli/corpus-gen/vocabulary.ts';
import { describeEdtf } from '../../src/lib/dates.ts';
import { parseMarkdown } from '../../src/lib/markdown/directives.ts';

const REPO = join(import.meta.dirname, '../..');
const CONTENT = join(REPO, 'content');
const temp = mkdtempSync(join(tmpdir(), 'corpus-gen-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under a folder, relative, with its size and mtime: to show a folder was not touched. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else out.push(`${full.slice(dir.length)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

describe('the PRNG', () => {
  it('is mulberry32: the same seed gives the same sequence, another seed another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(stream(1, 'article', 0)()).not.toBe(stream(1, 'article', 1)());
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 12, seed: 7 });

  it('is deterministic: the same seed gives byte-identical files, another seed others', () => {
    const again = generateCorpus({ articles: 12, seed: 7 });
    expect([...again.files]).toEqual([...corpus.files]);
    const other = generateCorpus({ articles: 12, seed: 8 });
    expect(other.files.get('articles/' + other.articles[0]!.slug + '/article.yaml')).not.toEqual(
      corpus.files.get('articles/' + corpus.articles[0]!.slug + '/article.yaml'),
    );
  });

  it('gives article k the same text whatever the corpus size', () => {
    const small = generateCorpus({ articles: 3, seed: 7 });
    for (const [path, text] of small.files) expect(corpus.files.get(path), path).toBe(text);
  });

  it('writes the shared files and, per article, article.yaml, events.yaml and numbered sections', () => {
    expect(corpus.files.has('people.yaml')).toBe(true);
    expect(corpus.files.has('glossary.yaml')).toBe(true);
    for (const article of corpus.articles) {
      const dir = `articles/${article.slug}`;
      expect(corpus.files.has(`${dir}/article.yaml`)).toBe(true);
      expect(corpus.files.has(`${dir}/events.yaml`)).toBe(true);
      for (const s of article.sections) expect(corpus.files.has(`${dir}/sections/${String(s.data.order).padStart(2, '0')}-${s.data.slug}.md`)).toBe(true);
    }
  });

  it('makes articles of the asked shapes: sections, paragraph lengths, quotes, events, sources', () => {
    const titles = new Set<string>();
    for (const article of corpus.articles) {
      titles.add(article.data.title);
      expect(article.sections.length).toBeGreaterThanOrEqual(4);
      expect(article.sections.length).toBeLessThanOrEqual(8);
      for (const section of article.sections) {
        // Paragraph lengths counted independently: the visible text of each parsed paragraph.
        const paragraphs = parseMarkdown(section.body).children.filter((n): n is Paragraph => n.type === 'paragraph');
        expect(paragraphs.length).toBeGreaterThanOrEqual(3);
        expect(paragraphs.length).toBeLessThanOrEqual(7);
        for (const p of paragraphs) {
          const words = toString(p).split(/\s+/).filter(Boolean).length;
          expect(words, `${article.slug}/${section.data.slug}`).toBeGreaterThanOrEqual(60);
          expect(words, `${article.slug}/${section.data.slug}`).toBeLessThanOrEqual(140);
        }
      }
      expect(article.quoteIds.length).toBeGreaterThanOrEqual(5);
      expect(article.quoteIds.length).toBeLessThanOrEqual(15);
      // Spread: at least four sections hold a quote.
      const withQuotes = article.sections.filter((s) => scanSection(s.body).quotes.length > 0);
      expect(withQuotes.length).toBeGreaterThanOrEqual(Math.min(4, article.sections.length));
      expect(article.events.length).toBeGreaterThanOrEqual(5);
      expect(article.events.length).toBeLessThanOrEqual(10);
      expect(article.data.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true);
      expect(new URL(article.data.source.url).hostname).toBe('example.org');
      expect(article.data.source.published).toMatch(/^20(1[5-9]|2[0-4])-(0[1-9]|1[0-2])$/);
    }
    expect(titles.size).toBeGreaterThan(corpus.articles.length / 2);
  });

  it('gives quote ids unique across the corpus, with joint, speaker-labelled and split quotes among them', () => {
    const ids = corpus.articles.flatMap((a) => a.quoteIds);
    expect(new Set(ids).size).toBe(ids.length);
    const quotes = corpus.articles.flatMap((a) => a.sections.flatMap((s) => scanSection(s.body).quotes));
    expect(quotes.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect(quotes.some((q) => (q.person?.length ?? 0) > 1)).toBe(true);
    expect(quotes.some((q) => q.speaker !== undefined)).toBe(true);
    expect(quotes.some((q) => q.continues !== undefined)).toBe(true);
    expect(quotes.some((q) => q.kind === 'direct') && quotes.some((q) => q.kind === 'paraphrase')).toBe(true);
  });

  it('draws analysts from a shared pool of about 40, some with other spellings', () => {
    expect(corpus.stats.analysts).toBe(40);
    const analysts = corpus.files.get('people.yaml')!;
    expect(analysts).toMatch(/The sources also spell the name/);
    // Several articles quote the same analyst.
    const articlesBy = new Map<string, Set<string>>();
    for (const a of corpus.articles) {
      for (const q of a.sections.flatMap((s) => scanSection(s.body).quotes)) {
        for (const id of q.person ?? []) articlesBy.set(id, (articlesBy.get(id) ?? new Set()).add(a.slug));
      }
    }
    expect(Math.max(...[...articlesBy.values()].map((s) => s.size))).toBeGreaterThanOrEqual(3);
  });

  it('dates events at every precision', () => {
    const rng = stream(3, 'dates');
    const published = { year: 2022, month: 6 };
    const forms = {
      day: /^\d{4}-\d{2}-\d{2}$/,
      month: /^\d{4}-\d{2}$/,
      year: /^\d{4}$/,
      season: /^\d{4}-2[1-4]$/,
      'approx-day': /^\d{4}-\d{2}-\d{2}~$/,
      'approx-month': /^\d{4}-\d{2}~$/,
      'uncertain-year': /^\d{4}\?$/,
      third: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
      years: /^\d{4}\/\d{4}$/,
      decade: /^\d{3}X$/,
    } as const;
    for (const [precision, form] of Object.entries(forms)) {
      const date = eventDate(rng, published, precision as keyof typeof forms);
      expect(date, precision).toMatch(form);
      expect(() => describeEdtf(date), date).not.toThrow();
      expect(describeEdtf(date).start, date).toBeLessThan(Date.UTC(2022, 6, 1));
    }
    const all = corpus.articles.flatMap((a) => a.events.map((e) => e.date));
    expect(all.some((d) => d.endsWith('~'))).toBe(true);
    expect(all.some((d) => /-2[1-4]$/.test(d))).toBe(true);
  });
});

describe('the written corpus', () => {
  it('passes the content checks (schemas and cross-references)', () => {
    const dir = join(temp, 'ok');
    const corpus = generateCorpus({ articles: 6, seed: 11 });
    writeCorpus(dir, corpus.files, { protectedDirs: [CONTENT] });
    const { corpus: loaded, errors } = checkContent(dir);
    expect(errors).toEqual([]);
    expect(loaded.articles).toHaveLength(6);
    expect(loaded.people).toHaveLength(40);
    expect(loaded.articles.flatMap((a) => a.events)).toHaveLength(corpus.stats.events);
  });
});

describe('never into content/', () => {
  const corpus = generateCorpus({ articles: 1, seed: 1 });

  it('refuses the content root, a folder inside it and a folder that contains it, and writes nothing there', () => {
    const before = snapshot(CONTENT);
    for (const dir of [CONTENT, join(CONTENT, 'generated'), join(CONTENT, 'articles', 'x'), REPO]) {
      expect(refuseOutDir(dir, [CONTENT], true), dir).toMatch(/content root/);
      expect(() => writeCorpus(dir, corpus.files, { protectedDirs: [CONTENT], force: true }), dir).toThrow(/refusing to write/);
    }
    expect(existsSync(join(CONTENT, 'generated'))).toBe(false);
    expect(snapshot(CONTENT)).toEqual(before);
  });

  it('refuses a folder that holds files unless forced, then replaces the corpus generated there', () => {
    const dir = join(temp, 'busy');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(refuseOutDir(dir, [CONTENT], false)).toMatch(/not empty.*--force/);
    expect(() => writeCorpus(dir, corpus.files, { protectedDirs: [CONTENT] })).toThrow(/not empty/);
    mkdirSync(join(dir, 'articles', 'stale-article'), { recursive: true });
    writeCorpus(dir, corpus.files, { protectedDirs: [CONTENT], force: true });
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
    expect(existsSync(join(dir, 'articles', 'stale-article'))).toBe(false);
    expect(readdirSync(join(dir, 'articles'))).toEqual([corpus.articles[0]!.slug]);
  });

  it('accepts an empty or missing folder outside content/', () => {
    expect(refuseOutDir(join(temp, 'missing', 'deeper'), [CONTENT], false)).toBeUndefined();
  });
});

describe('gen-corpus arguments', () => {
  it('reads the folder, --articles, --seed and --force', () => {
    expect(parseGenCorpusArgs(['out', '--articles', '20'])).toEqual({ outDir: 'out', articles: 20, seed: 1, force: false });
    expect(parseGenCorpusArgs(['--articles=5', '--seed=9', '--force', 'x'])).toEqual({ outDir: 'x', articles: 5, seed: 9, force: true });
  });

  it('rejects what it cannot use, with the usage', () => {
    expect(() => parseGenCorpusArgs(['out'])).toThrow(/--articles N is required/);
    expect(() => parseGenCorpusArgs(['out', '--articles', '0'])).toThrow(/whole number/);
    expect(() => parseGenCorpusArgs(['--articles', '3'])).toThrow(/one output folder/);
    expect(() => parseGenCorpusArgs(['a', 'b', '--articles', '3'])).toThrow(/one output folder/);
    expect(() => parseGenCorpusArgs(['out', '--articles', '3', '--size', '2'])).toThrow(/unknown option --size/);
  });
});
