/**
 * `npm run bench [-- --skip-build] [-- --skip-lighthouse] [-- --lighthouse-runs N] [-- --builds N]`:
 * the site's performance, measured and printed beside its targets, and
 * written to bench-results/bench.json. A report: nothing fails on a number.
 *
 * 1. Clean builds (bench/lib/build.ts): wall time and peak RSS of the
 *    whole process tree, median of 3 `astro build --force` into .work/.
 * 2. Page weight (bench/lib/weight.ts): each page type loaded in
 *    Chromium from `dist/` on a local server; requests and bytes by type,
 *    raw and gzip.
 * 3. Search (bench/lib/search.ts): last keystroke → first result and
 *    the first search's bytes, medians of BENCH_RUNS runs per query.
 * 4. Lighthouse (bench/lib/lighthouse.ts): mobile scores in four
 *    categories, LCP, CLS, TBT for each page type, and the audits that fell short.
 *
 * `--lighthouse-runs` defaults to 3 (medians), `--builds` to 3. `BENCH_RUNS`
 * (search runs per query, default 3), `BENCH_QUERIES`
 * (comma-separated) and `DIST_DIR` override the defaults.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../src/cli/chromium.ts';
import { benchBuilds } from './lib/build.ts';
import { benchPages, elapsedSeconds, progress, TARGETS } from './lib/common.ts';
import { contentRoot } from '../src/lib/content/root.ts';
import { benchLighthouse } from './lib/lighthouse.ts';
import { headerHeadline, printReport, searchHeadline, type BenchResults } from './lib/report.ts';
import { benchHeaderSearch } from './lib/header-search.ts';
import { benchSearch, SEARCH_VIEWPORT } from './lib/search.ts';
import { measurePages, WEIGHT_VIEWPORT } from './lib/weight.ts';
import { parseCommandLine, wholeNumber } from '../src/cli/args.ts';
import { startStaticServer } from '../src/cli/static-server.ts';

const repo = join(import.meta.dirname, '..');
const dist = join(repo, process.env.DIST_DIR ?? 'dist');
const outDir = join(repo, 'bench-results');

function fail(message: string): never {
  console.error(`bench: ${message} (options: --skip-build, --skip-lighthouse, --lighthouse-runs N, --builds N)`);
  process.exit(1);
}
let options;
try {
  const { values } = parseCommandLine(process.argv.slice(2), {
    'skip-build': { type: 'boolean' },
    'skip-lighthouse': { type: 'boolean' },
    'lighthouse-runs': { type: 'string' },
    builds: { type: 'string' },
  });
  options = values;
} catch (error) {
  fail((error as Error).message);
}
function count(value: string | undefined, what: string): number | undefined {
  try {
    return wholeNumber(value, what);
  } catch (error) {
    return fail((error as Error).message);
  }
}
const skipBuild = options['skip-build'] ?? false;
const skipLighthouse = options['skip-lighthouse'] ?? false;
const lighthouseRuns = count(options['lighthouse-runs'], '--lighthouse-runs') ?? 3;
const builds = count(options.builds, '--builds') ?? 3;
const searchRuns = count(process.env.BENCH_RUNS, 'BENCH_RUNS') ?? 3;
const queries = (process.env.BENCH_QUERIES ?? 'Sutyrin,CSTO,Klein,authoritarian').split(',').map((q) => q.trim()).filter(Boolean);

const PAGES = benchPages(contentRoot());
for (const file of ['index.html', 'search/index.html', 'pagefind/pagefind.js', ...PAGES.map((p) => `${p.path.slice(1)}index.html`)]) {
  if (!existsSync(join(dist, file))) {
    console.error(`bench: ${join(dist, file)} is missing. Build the site first:\n\n  npm run build\n\nthen run "npm run bench" again.`);
    process.exit(1);
  }
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryBytes: totalmem(), loadAtStart: loadavg() };
progress(`bench: ${machine.cpus} CPUs, load average ${machine.loadAtStart.map((l) => l.toFixed(2)).join(' ')}; ${skipBuild ? 'no builds' : `${builds} clean builds`}, page weight, search (${searchRuns} runs × ${queries.length} queries), ${skipLighthouse ? 'no Lighthouse' : `Lighthouse (${lighthouseRuns} run${lighthouseRuns > 1 ? 's' : ''} per page)`}`);

// 1. Builds first: they use every core, and nothing else runs meanwhile.
const build = skipBuild ? null : await benchBuilds(repo, builds);

// 2, 3. Page weight and search, in one Playwright Chromium.
const server = await startStaticServer(dist);
let chromium = '';
let pages: BenchResults['pages'];
let search: BenchResults['search'];
let header: BenchResults['header'];
let lighthouse: BenchResults['lighthouse'] = null;
try {
  const browser = await launchChromium();
  chromium = browser.version();
  try {
    pages = await measurePages(browser, server.url, PAGES);
    search = await benchSearch(browser, server.url, queries, searchRuns);
    header = await benchHeaderSearch(browser, server.url, PAGES.find((p) => p.type === 'section')!.path, queries, searchRuns);
  } finally {
    await browser.close();
  }
  // 4. Lighthouse, with its own Chromium once Playwright's has gone.
  if (!skipLighthouse) lighthouse = await benchLighthouse(server.url, PAGES, lighthouseRuns);
} finally {
  await server.close();
}

const results: BenchResults = { build, pages, search, header, lighthouse };
const duration = elapsedSeconds();
printReport(results, `Benchmark: Node ${process.version}, Chromium ${chromium}, ${machine.cpus} CPUs (${machine.cpuModel}), load average at start ${machine.loadAtStart[0]!.toFixed(2)}; ${server.url} over ${dist}`);

mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'bench.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      durationSeconds: Math.round(duration),
      node: process.version,
      chromium,
      lighthouseVersion: lighthouse?.version ?? null,
      machine,
      options: { skipBuild, skipLighthouse, builds, lighthouseRuns, searchRuns, queries },
      targets: TARGETS,
      method: {
        build: 'astro build --force --outDir .work/bench-build-<i> (process.execPath), one after the other; wall time spawn→exit; peak RSS = max over samples (every 100 ms, /proc) of Σ VmRSS over the process tree; medians',
        pages: `Chromium (Playwright), fresh context, ${WEIGHT_VIEWPORT.width}×${WEIGHT_VIEWPORT.height}, until network idle; bytes = response bodies from the local server (uncompressed); gzip = zlib level 9, each body at min(raw, gzipped); gzipAll = every body gzipped`,
        search: `Chromium (Playwright), fresh context per run, ${SEARCH_VIEWPORT.width}×${SEARCH_VIEWPORT.height}; last keydown (capturing listener, performance.now()) → MutationObserver sees the first a.result; bytes = search requests after the first key press`,
        header: `Chromium (Playwright), fresh context per run, ${SEARCH_VIEWPORT.width}×${SEARCH_VIEWPORT.height}, a section page; the header field clicked, then network idle, then the query typed; last keydown → MutationObserver sees the first option / person / quote in #header-search-list`,
        lighthouse: 'lighthouse npm package, default config (mobile, simulated throttling), Debian Chromium via chrome-launcher with the browser tests’ flags',
      },
      summary: {
        buildWallSeconds: build?.wallSeconds ?? null,
        buildPeakRssBytes: build?.peakRssBytes ?? null,
        sectionGzipBytes: pages.find((p) => p.type === 'section')?.total.gzip ?? null,
        ...searchHeadline(search),
        header: headerHeadline(header),
        lighthouse: lighthouse ? Object.fromEntries(lighthouse.pages.map((p) => [p.type, { ...p.scores, lcpMs: p.lcpMs, cls: p.cls, tbtMs: p.tbtMs }])) : null,
      },
      build,
      pages,
      search,
      header,
      lighthouse: lighthouse ?? null,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${file} (${Math.floor(duration / 60)} min ${Math.round(duration % 60)} s in all)`);
// Lighthouse or an abandoned run may leave handles open.
process.exit(0);
