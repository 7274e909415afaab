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
export const TARGETS = { buildSeconds: 120, rebuildSeconds: 20, peakRssBytes: 1.5 * 1024 ** 3, firstResultMs: 150, asYouTypeMs: 100, ratio1000to100: 10.5 };

/**
 * Where a build's wall time goes, in seconds: `content` (start → content synced: config, content check,
 * content layer), `bundle` (→ Astro starts generating pages: Vite), `pages` (generating the pages),
 * `finish` (Astro's build:done steps and exit), `search` (the Pagefind index, after Astro), and `artefacts`
 * (share cards and citation files: on worker threads from the build's start, beside the others, so not
 * part of the sum).
 */
export interface Stages {
  content: number;
  bundle: number;
  pages: number;
  finish: number;
  search: number;
  artefacts: number;
}

/** The stages of a build from the phases seen in its log and the seconds its steps logged. */
export function stagesOf(phases: Record<string, number>, logged: { artefacts?: number; search?: number }, wallSeconds: number): Stages {
  const synced = phases['content synced'] ?? 0;
  const rendering = phases['rendering pages'] ?? synced;
  const rendered = phases['pages rendered'] ?? rendering;
  const search = logged.search ?? 0;
  return { content: synced, bundle: rendering - synced, pages: rendered - rendering, finish: Math.max(0, wallSeconds - rendered - search), search, artefacts: logged.artefacts ?? 0 };
}

export interface BuildResult {
  exitCode: number;
  wallSeconds: number;
  usage: TreeUsage;
  /** Seconds from the start at which each phase was seen in Astro's log. */
  phases: Record<string, number>;
  /** Older results have none. */
  stages?: Stages;
  routes: number;
  /** Pages Astro's incremental build reused from the last build (older results: none). */
  restored?: number;
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
  /**
   * The build again after one article was edited, incremental (Astro's page cache and the build cache of
   * share cards and citations kept from the first): an editor's rebuild. (Older results: the same build
   * again, nothing edited, only the build cache kept.)
   */
  rebuild?: { wallSeconds: number; cpuSeconds: number; peakRss: number; edited?: string; restored?: number; rendered?: number; stages?: Stages };
  output: { files: number; bytes: number; pages: number; homeBytes: number; timelineBytes: number };
  pagesPerSecond: number;
  pagefind: { bytes: number; files: number };
  /** At one article: our clean build and a Starlight site's with as many pages (bench/lib/starlight.ts), medians of interleaved runs. */
  starlight?: { pages: number; runs: number; ours: { wallSeconds: number; peakRss: number }; starlight: { wallSeconds: number; peakRss: number } };
  /** header: the header field on the home page (older results have none). */
  search: { query: QueryReport; pagefind: PagefindTiming; header?: HeaderQueryReport }[];
}

/** The slower query's median (older results, or a query listing none, have none: –). */
function slowest(values: readonly (number | null | undefined)[]): string {
  const shown = values.filter((v): v is number => typeof v === 'number');
  return shown.length > 0 ? `${Math.round(Math.max(...shown))} ms` : '–';
}

/** The header field's slower query: last key → first person / first quote. */
function headerCell(r: SizeReport): string {
  const h = r.search.map((s) => s.header).filter((x) => x !== undefined);
  if (h.length === 0) return '–';
  return `${slowest(h.map((q) => q.medianPersonMs))} / ${slowest(h.map((q) => q.medianQuoteMs))}`;
}

/** Prints the results table, the time per kind of route, and each target met or not. `earlier`: sizes kept from earlier runs. */
export function printReport(all: SizeReport[], earlier: SizeReport[], options: { seed: number; runs: number }): void {
  const { seed, runs } = options;
  const table = [
    ['articles', 'pages', 'files', 'build', 'CPU', 'peak RSS', 'pages/s', 'rebuild, 1 edited', 'Pagefind index', 'first result (page)', 'first quote (page)', 'first result (Pagefind)', 'first search (gzip)', 'header: person / quote'],
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
      slowest(r.search.map((s) => s.query.coldReady.medianQuoteMs)),
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

  const staged = all.filter((r) => r.build.stages);
  if (staged.length > 0) {
    console.log('\nShare of the clean build\'s wall time per stage (seconds, %; artefacts run beside the others, on worker threads):\n');
    const names = ['content', 'bundle', 'pages', 'finish', 'search', 'artefacts'] as const;
    const stageRows = [['articles', ...names], ...staged.map((r) => [String(r.articles), ...names.map((n) => `${r.build.stages![n].toFixed(1)} s (${Math.round((100 * r.build.stages![n]) / r.build.wallSeconds)}%)`)])];
    const sw = stageRows[0]!.map((_, c) => Math.max(...stageRows.map((row) => row[c]!.length)));
    for (const row of stageRows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(sw[c]!) : cell.padStart(sw[c]!))).join('  '));
  }

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
    if (big.rebuild?.edited) checks.push(`1,000 articles, one edited: rebuilt in ${big.rebuild.wallSeconds.toFixed(0)} s (target ≤ ${TARGETS.rebuildSeconds} s): ${big.rebuild.wallSeconds <= TARGETS.rebuildSeconds ? 'met' : 'NOT met'}`);
    checks.push(`peak RSS ${gib(big.build.usage.peakRss)} (target ≤ ${gib(TARGETS.peakRssBytes)}): ${big.build.usage.peakRss <= TARGETS.peakRssBytes ? 'met' : 'NOT met'}`);
    const hundred = at(100);
    if (hundred) {
      const ratio = big.build.wallSeconds / hundred.build.wallSeconds;
      checks.push(`1,000 / 100 articles: ${ratio.toFixed(1)}× the wall time, ${(big.build.usage.cpuSeconds / hundred.build.usage.cpuSeconds).toFixed(1)}× the CPU (target ≤ ${TARGETS.ratio1000to100}×): ${ratio <= TARGETS.ratio1000to100 ? 'met' : 'NOT met'}`);
    }
  }
  for (const r of all.filter((x) => x.starlight)) {
    const { ours, starlight, pages, runs: n } = r.starlight!;
    const ratio = ours.wallSeconds / starlight.wallSeconds;
    checks.push(
      `${r.articles} article(s), clean build against Starlight with ${pages} pages (median of ${n} interleaved): ${ours.wallSeconds.toFixed(1)} s / ${starlight.wallSeconds.toFixed(1)} s = ${ratio.toFixed(2)}× (target ≤ 1.2×): ${ratio <= 1.2 ? 'met' : 'NOT met'}; peak RSS ${gib(ours.peakRss)} / ${gib(starlight.peakRss)} = ${(ours.peakRss / starlight.peakRss).toFixed(2)}×`,
    );
  }
  const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);
  for (const r of all) {
    // Per query: the first result (for a name, the person, from the people index) and the first quote, on both fields.
    const first = r.search.flatMap((s) => [s.query.coldReady.medianMs, s.header?.medianFirstMs ?? NaN]);
    const quotes = r.search.flatMap((s) => [s.query.coldReady.medianQuoteMs ?? NaN, s.header?.medianQuoteMs ?? NaN]);
    const met = (values: number[]) => (values.every((v) => v <= TARGETS.asYouTypeMs) ? 'met' : 'NOT met');
    const each = (pick: (s: SizeReport['search'][number]) => number | null | undefined) => r.search.map((s) => `“${s.query.query}” ${ms(pick(s))}`).join(', ');
    checks.push(
      `${r.articles} article(s), as you type (target ≤ ${TARGETS.asYouTypeMs} ms after the last key): first result on /search/ ${each((s) => s.query.coldReady.medianMs)}, in the header field ${each((s) => s.header?.medianFirstMs)}: ${met(first)}; ` +
        `first quote on /search/ ${each((s) => s.query.coldReady.medianQuoteMs)}, in the header field ${each((s) => s.header?.medianQuoteMs)}: ${met(quotes.filter((v) => !Number.isNaN(v)))}`,
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
