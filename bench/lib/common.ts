/**
 * What `npm run bench`'s parts share: the page types measured, the targets
 * printed beside the numbers, medians, units, progress lines and tables.
 */
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { urls } from '../../src/lib/site/urls.ts';

export const PAGE_TYPES = ['home', 'article', 'section', 'analyst', 'timeline', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export interface PageSpec {
  type: PageType;
  path: string;
}

/**
 * One page of each type, as served from `dist/`, chosen from the content: the first article (by slug), its
 * section with the most quotes, and the analyst quoted most in it.
 */
export function benchPages(contentRoot: string): PageSpec[] {
  const { value: corpus, errors } = loadCorpus(contentRoot);
  const article = [...corpus.articles].sort((a, b) => a.slug.localeCompare(b.slug))[0];
  if (errors.length > 0 || !article) throw new Error(`bench: the content in ${contentRoot} does not load (run npm run check:content)`);
  const scans = article.sections.map((section) => ({ section, quotes: scanSection(section.body).quotes }));
  const busiest = scans.reduce((best, s) => (s.quotes.length > best.quotes.length ? s : best));
  const quoted = Map.groupBy(scans.flatMap((s) => s.quotes.flatMap((q) => q.person ?? [])), (id) => id);
  const analyst = [...quoted].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]?.[0] ?? corpus.people[0]?.id;
  return [
    { type: 'home', path: urls.home() },
    { type: 'article', path: urls.article(article.slug) },
    { type: 'section', path: urls.section(article.slug, busiest.section.data.slug) },
    ...(analyst ? [{ type: 'analyst' as const, path: urls.person(analyst) }] : []),
    { type: 'timeline', path: urls.timeline(article.slug) },
    { type: 'search', path: urls.search() },
  ];
}

/** Reported beside the figures; nothing fails on them. */
export const TARGETS = {
  /** Every Lighthouse category (performance, accessibility, best practices, SEO) on every page type, out of 100. */
  lighthouseScore: 100,
  /** Everything the section page loads, gzipped. */
  sectionGzipBytes: 12 * 1024,
  /** Last key press → first result rendered. */
  firstResultMs: 100,
  /** What the first search fetches, gzipped. */
  firstSearchGzipBytes: 90 * 1024,
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of runs that each may have measured nothing (null): null unless every run measured. */
export function nullableMedian(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === values.length ? median(present) : null;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${Math.round(n / 1024 ** 2)} MB`;
export const ms = (n: number) => `${Math.round(n)} ms`;
export const seconds = (n: number) => `${n.toFixed(1)} s`;
/** ✓ when `ok`, ✗ when not: printed after a target. */
export const mark = (ok: boolean) => (ok ? '✓' : '✗');

const started = performance.now();

/** A progress line, with the time since the bench started. */
export function progress(message: string): void {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}`);
}

export const elapsedSeconds = () => (performance.now() - started) / 1000;

/** A plain-text table: the first `left` columns aligned left, the others right. */
export function table(rows: string[][], left = 1): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
