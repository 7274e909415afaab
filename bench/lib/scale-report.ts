/**
 * bench:scale's report: the types of what it measures, and the tables and
 * target checks it prints at the end (bench/bench-scale.ts).
 */
import { cpus } from 'node:os';
import type { generateCorpus } from '../../src/cli/corpus-gen/corpus.ts';
import type { HeaderQueryReport } from './header-search.ts';
import type { QueryReport } from './search.ts';
import type { TreeUsage } from './process-tree.ts';
import type { PagefindTiming } from './search-timing.ts';

/** firstResultMs: the page's first result and Pagefind's; asYouTypeMs: the first result after the last key, on /search/ and in the header field (#15). */
export const TARGETS = { buildSeconds: 120, peakRssBytes: 2 * 1024 ** 3, firstResultMs: 150, asYouTypeMs: 100, ratio1000to100: 11 };

export interface BuildResult {
  exitCode: number;
  wallSeconds: number;
  usage: TreeUsage;
  /** Seconds from the start at which each phase was seen in Astro's log. */
  phases: Record<string, number>;
  routes: number;
  /** Summed milliseconds Astro logged per kind of route, and their counts. */
  routeTime: Record<string, { count: number; ms: number }>;
  log: string;
}

export const gib = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GiB`;
export const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface SizeReport {
  articles: number;
  /** When this size was measured (a run of some sizes keeps the others' earlier figures). */
  date: string;
  corpus: ReturnType<typeof generateCorpus>['stats'] & { generateSeconds: number };
  loadAverageBefore: number[];
  build: Omit<BuildResult, 'log'> & { log: string };
  /** The same build again, its build cache (share cards, citations) kept from the first: an author's rebuild. */
  rebuild?: { wallSeconds: number; cpuSeconds: number; peakRss: number };
  output: { files: number; bytes: number; pages: number; homeBytes: number; timelineBytes: number };
  pagesPerSecond: number;
  pagefind: { bytes: number; files: number };
  /** header: the header field on the home page (older results have none). */
  search: { query: QueryReport; pagefind: PagefindTiming; header?: HeaderQueryReport }[];
}

/** The header field's slower query: last key → first person / first quote. */
function headerCell(r: SizeReport): string {
  const h = r.search.map((s) => s.header).filter((x) => x !== undefined);
  if (h.length === 0) return '–';
  const worst = (pick: (q: HeaderQueryReport) => number | null) => {
    const shown = h.map(pick).filter((v): v is number => v !== null);
    return shown.length > 0 ? `${Math.round(Math.max(...shown))} ms` : '–';
  };
  return `${worst((q) => q.medianPersonMs)} / ${worst((q) => q.medianQuoteMs)}`;
}

/** Prints the results table, the time per kind of route, and each target met or not. `earlier`: sizes kept from earlier runs. */
export function printReport(all: SizeReport[], earlier: SizeReport[], options: { seed: number; runs: number }): void {
  const { seed, runs } = options;
  const table = [
    ['articles', 'pages', 'files', 'build', 'CPU', 'peak RSS', 'pages/s', 'rebuild (cache warm)', 'Pagefind index', 'first result (page)', 'first result (Pagefind)', 'first search (gzip)', 'header: person / quote'],
    ...all.map((r) => [
      String(r.articles),
      String(r.output.pages),
      String(r.output.files),
      `${r.build.wallSeconds.toFixed(1)} s`,
      `${r.build.usage.cpuSeconds.toFixed(0)} s`,
      gib(r.build.usage.peakRss),
      r.pagesPerSecond.toFixed(1),
      r.rebuild ? `${r.rebuild.wallSeconds.toFixed(1)} s, ${gib(r.rebuild.peakRss)}` : '–',
      `${mb(r.pagefind.bytes)} / ${r.pagefind.files} files`,
      `${Math.round(Math.max(...r.search.map((s) => s.query.coldReady.medianMs)))} ms`,
      `${Math.round(Math.max(...r.search.map((s) => s.pagefind.firstResultMs)))} ms`,
      kb(Math.max(...r.search.map((s) => s.query.coldReady.bytes.gzip))),
      headerCell(r),
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(`\nScale benchmark (seed ${seed}; ${cpus().length} CPUs; search: median of ${runs} runs, the slower of the two queries)\n`);
  console.log(line(table[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
  if (earlier.length > 0) console.log(`\n(${earlier.map((r) => `${r.articles}: measured ${r.date}`).join('; ')}, by an earlier run; the others now.)`);

  const kinds = [...new Set(all.flatMap((r) => Object.keys(r.build.routeTime)))].sort();
  console.log('\nTime Astro logged per kind of route (sum of its per-route times, seconds):\n');
  const routeRows = [['route kind', ...all.map((r) => `${r.articles}: count`), ...all.map((r) => `${r.articles}: s`)]];
  for (const kind of kinds) {
    routeRows.push([
      kind,
      ...all.map((r) => String(r.build.routeTime[kind]?.count ?? 0)),
      ...all.map((r) => ((r.build.routeTime[kind]?.ms ?? 0) / 1000).toFixed(1)),
    ]);
  }
  const rw = routeRows[0]!.map((_, c) => Math.max(...routeRows.map((row) => row[c]!.length)));
  for (const row of routeRows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(rw[c]!) : cell.padStart(rw[c]!))).join('  '));

  const at = (n: number) => all.find((r) => r.articles === n);
  const checks: string[] = [];
  const big = at(1000);
  if (big) {
    checks.push(`1,000 articles built in ${big.build.wallSeconds.toFixed(0)} s (target ≤ ${TARGETS.buildSeconds} s): ${big.build.wallSeconds <= TARGETS.buildSeconds ? 'met' : 'NOT met'}`);
    checks.push(`peak RSS ${gib(big.build.usage.peakRss)} (target ≤ ${gib(TARGETS.peakRssBytes)}): ${big.build.usage.peakRss <= TARGETS.peakRssBytes ? 'met' : 'NOT met'}`);
    const hundred = at(100);
    if (hundred) {
      const ratio = big.build.wallSeconds / hundred.build.wallSeconds;
      checks.push(`1,000 / 100 articles: ${ratio.toFixed(1)}× the wall time, ${(big.build.usage.cpuSeconds / hundred.build.usage.cpuSeconds).toFixed(1)}× the CPU (target ≤ ${TARGETS.ratio1000to100}×): ${ratio <= TARGETS.ratio1000to100 ? 'met' : 'NOT met'}`);
    }
  }
  for (const r of all) {
    const header = r.search.map((s) => s.header?.medianFirstMs ?? NaN);
    const firstQuote = r.search.map((s) => s.header?.medianQuoteMs ?? NaN);
    const page = Math.max(...r.search.map((s) => s.query.coldReady.medianMs));
    const slowest = Math.max(page, ...header);
    checks.push(
      `${r.articles} article(s), as you type (target ≤ ${TARGETS.asYouTypeMs} ms after the last key): /search/ ${Math.round(page)} ms, header field ${header.map((h) => `${Math.round(h)} ms`).join(' / ')} (first quote ${firstQuote.map((h) => (Number.isNaN(h) ? '–' : `${Math.round(h)} ms`)).join(' / ')}): ${slowest <= TARGETS.asYouTypeMs ? 'met' : 'NOT met'}`,
    );
  }
  for (const r of all) {
    const worst = Math.max(...r.search.map((s) => s.query.coldReady.medianMs));
    const engine = Math.max(...r.search.map((s) => s.pagefind.firstResultMs));
    checks.push(
      `${r.articles} article(s): first search result shown ${Math.round(worst)} ms after the key (target ≤ ${TARGETS.firstResultMs} ms): ${worst <= TARGETS.firstResultMs ? 'met' : 'NOT met'}; Pagefind alone ${Math.round(engine)} ms: ${engine <= TARGETS.firstResultMs ? 'met' : 'NOT met'}`,
    );
  }
  if (checks.length > 0) console.log(`\n${checks.join('\n')}`);
}
