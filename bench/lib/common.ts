/**
 * What `npm run bench`'s parts share: the page types measured, the targets
 * printed beside the numbers, medians, units, progress lines and tables.
 */

/** One page of each type, as served from `dist/`. */
export const PAGES = [
  { type: 'home', path: '/' },
  { type: 'article', path: '/articles/csto-deployment-in-kazakhstan/' },
  { type: 'section', path: '/articles/csto-deployment-in-kazakhstan/tactic-or-strategy/' },
  { type: 'analyst', path: '/analysts/sutyrin/' },
  { type: 'timeline', path: '/articles/csto-deployment-in-kazakhstan/timeline/' },
  { type: 'search', path: '/search/' },
] as const;

export type PageType = (typeof PAGES)[number]['type'];
export type PageSpec = (typeof PAGES)[number];

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
