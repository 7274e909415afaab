/**
 * `npm run bench:scale [-- --sizes 1,100,1000] [--seed S] [--runs R] [--baseline-runs B] [--keep] [--no-rebuild]`:
 * the reader as a corpus, measured. For each size N: generates N synthetic
 * articles into .work/corpus-<N>/ (scripts/gen-corpus.ts's generator), runs
 * a clean build of them (`node scripts/build-site.ts`, as `npm run build`:
 * `astro build --force` then the search index; CONTENT_DIR set, its own
 * Astro cache and an empty build cache — every share card and citation made
 * afresh —, output in .work/scale-out-<N>/), and measures
 *
 * - wall time, and CPU time and peak RSS of the build's process tree
 *   (/proc sampled every 100 ms: the sum of VmRSS over Astro and its
 *   children, Pagefind's service among them);
 * - pages (HTML files) and files written, pages per second of wall time;
 * - the Pagefind index: bytes and files of <out>/pagefind;
 * - where the time goes: Astro's phases, and the time Astro logs for each
 *   route, summed by kind of route;
 * - search in Chromium, with `npm run bench`'s method (bench/lib/search.ts:
 *   the query typed key by key on /search/ once Pagefind has loaded, last key
 *   → first result rendered, median of R runs in fresh contexts; the bytes the
 *   first search fetches), and Pagefind alone on the same page (its search
 *   and first result's data, bench/lib/search-timing.ts).
 *
 * - where the wall time goes: content, bundling, pages, Astro's last steps,
 *   the search index, and the artefacts (cards, citation files) beside them;
 * - then, unless --no-rebuild, one article edited (a section's summary,
 *   src/cli/edit-article.ts) and the build run again, incrementally: Astro's
 *   cache of the pages and the build cache of cards and citations kept from
 *   the clean build (what an editor's rebuild costs): wall time, CPU, peak
 *   RSS and stages;
 * - at one article, our clean build against a Starlight site's with as many
 *   pages (bench/lib/starlight.ts; bench/starlight/ is installed on demand),
 *   interleaved, B runs each (3): median wall time and peak RSS.
 *
 * Prints progress while a build runs and a table at the end, and writes
 * bench-results/scale.json. The build outputs are deleted after measuring
 * unless --keep. Numbers depend on the machine and on what else runs on it:
 * the load average before each build is recorded.
 *
 * Over 300 lines because one size's run (generate, clean build, one-article rebuild, search timing) reads
 * top to bottom here; the report and the targets are in bench/lib/scale-report.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseCommandLine, wholeNumber } from '../src/cli/args.ts';
import { launchChromium } from '../src/cli/chromium.ts';
import { generateCorpus } from '../src/cli/corpus-gen/corpus.ts';
import { editOneArticle } from '../src/cli/edit-article.ts';
import { writeCorpus } from '../src/cli/corpus-gen/write.ts';
import { watchTree, type TreeUsage } from './lib/process-tree.ts';
import { benchHeaderSearch } from './lib/header-search.ts';
import { benchSearch } from './lib/search.ts';
import { timePagefind } from './lib/search-timing.ts';
import { buildStarlight, ensureStarlight, writeStarlightDocs } from './lib/starlight.ts';
import { startStaticServer } from '../src/cli/static-server.ts';
import { gib, kb, mb, printReport, stagesOf, TARGETS, type BuildResult, type SizeReport } from './lib/scale-report.ts';

const repo = join(import.meta.dirname, '..');
const work = join(repo, '.work');
const buildSite = join(repo, 'scripts', 'build-site.ts');


let values;
try {
  ({ values } = parseCommandLine(process.argv.slice(2), {
    sizes: { type: 'string', default: '1,100,1000' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    'baseline-runs': { type: 'string' },
    keep: { type: 'boolean' },
    'no-rebuild': { type: 'boolean' },
  }));
} catch (error) {
  console.error(`bench:scale: ${(error as Error).message} (options: --sizes 1,100,1000 --seed S --runs N --baseline-runs N --keep --no-rebuild)`);
  process.exit(1);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench:scale: --sizes takes whole numbers ≥ 1, comma-separated (e.g. --sizes 1,20)');
  process.exit(1);
}
let seed = 1;
let runs = 3;
let baselineRuns = 3;
try {
  seed = wholeNumber(values.seed, '--seed', 0) ?? seed;
  runs = wholeNumber(values.runs, '--runs') ?? runs;
  baselineRuns = wholeNumber(values['baseline-runs'], '--baseline-runs') ?? baselineRuns;
} catch (error) {
  console.error(`bench:scale: ${(error as Error).message}`);
  process.exit(1);
}
const keep = values.keep ?? false;
const rebuild = !values['no-rebuild'];

type RouteKind = 'section' | 'article overview' | 'article timeline' | 'quote page' | 'share card (PNG)' | 'citation file' | 'analyst' | 'other page' | 'other file';

function kindOf(path: string): RouteKind {
  if (path.startsWith('/og/')) return 'share card (PNG)';
  if (path.startsWith('/cite/')) return 'citation file';
  if (path.startsWith('/quotes/')) return 'quote page';
  if (path.startsWith('/people/')) return 'analyst';
  const article = /^\/articles\/[^/]+\/(?:([^/]+)\/)?index\.html$/.exec(path);
  if (article) return article[1] === undefined ? 'article overview' : article[1] === 'timeline' ? 'article timeline' : 'section';
  return path.endsWith('.html') ? 'other page' : 'other file';
}


/** `clean`: `--force` (every page rendered), else what Astro's incremental build reuses from the last build in `cacheDir`. */
function runBuild(size: number, contentDir: string, outDir: string, cacheDir: string, buildCacheDir: string, label = '', clean = true): Promise<BuildResult> {
  const logFile = join(work, `scale-build-${size}${label}.log`);
  const lines: string[] = [];
  const started = performance.now();
  const at = () => (performance.now() - started) / 1000;
  const child = spawn(process.execPath, [buildSite, outDir, ...(clean ? ['--force'] : [])], {
    cwd: repo,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, BUILD_CACHE_DIR: buildCacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = watchTree(child.pid!, 100);
  const phases: Record<string, number> = {};
  const stageSeconds: { artefacts?: number; search?: number } = {};
  const routeTime: Record<string, { count: number; ms: number }> = {};
  let routes = 0;
  /** Pages Astro's incremental build copied from the last build instead of rendering. */
  let restored = 0;
  const phase = (name: string) => {
    if (phases[name] !== undefined) return;
    phases[name] = at();
    const u = watch.current();
    console.log(`  [${size}] ${at().toFixed(1)} s: ${name} (RSS ${gib(u.peakRss)} peak so far)`);
  };
  const onLine = (raw: string) => {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    lines.push(line);
    if (/[├└]─ \S+ \(restored\)/.test(line)) {
      restored += 1;
      return;
    }
    const route = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (route) {
      routes += 1;
      const kind = kindOf(route[1]!);
      const ms = Number(route[2]) * (route[3] === 's' ? 1000 : 1);
      routeTime[kind] ??= { count: 0, ms: 0 };
      routeTime[kind].count += 1;
      routeTime[kind].ms += ms;
      return;
    }
    const artefacts = /\[analysis-reader:artifacts\] wrote .* in ([\d.]+) s/.exec(line);
    if (artefacts) stageSeconds.artefacts = Number(artefacts[1]);
    const search = /search-index\] indexed .* in ([\d.]+) s/.exec(line);
    if (search) stageSeconds.search = Number(search[1]);
    if (/Synced content/.test(line)) phase('content synced');
    else if (/generating static routes/.test(line)) phase('rendering pages');
    else if (/✓ Completed in/.test(line) && phases['rendering pages'] !== undefined) phase('pages rendered');
    else if (/search-index\] indexed/.test(line)) phase('search index written');
    else if (/error/i.test(line)) console.log(`  [${size}] ${line}`);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const progress = setInterval(() => {
    const u = watch.current();
    console.log(`  [${size}] ${at().toFixed(0)} s: ${routes} routes written, RSS now ${gib((u as TreeUsage & { currentRss: number }).currentRss)}, peak ${gib(u.peakRss)}, CPU ${u.cpuSeconds.toFixed(0)} s`);
  }, 15_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(progress);
      const usage = watch.stop();
      const log = lines.join('\n');
      writeFileSync(logFile, `${log}\n`);
      const wallSeconds = at();
      resolve({ exitCode: code ?? 1, wallSeconds, usage, phases, stages: stagesOf(phases, stageSeconds, wallSeconds), routes, restored, routeTime, log: relative(repo, logFile) });
    });
  });
}

function walk(dir: string): { files: number; bytes: number; html: number } {
  const entries = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : [];
  return {
    files: entries.length,
    bytes: entries.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
    html: entries.filter((entry) => entry.name.endsWith('.html')).length,
  };
}


const resultsDir = join(repo, 'bench-results');
const resultsFile = join(resultsDir, 'scale.json');
/** Sizes measured earlier (same seed) and not measured again now: kept, so that sizes can be run one at a time. */
const earlier: SizeReport[] = (() => {
  try {
    const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as { seed?: number; sizes?: SizeReport[] };
    return previous.seed === seed ? (previous.sizes ?? []).filter((r) => r.date && !sizes.includes(r.articles)) : [];
  } catch {
    return [];
  }
})();
const reports: SizeReport[] = [];
const all = () => [...earlier, ...reports].sort((a, b) => a.articles - b.articles);
console.log(`bench:scale: sizes ${sizes.join(', ')} (seed ${seed}); ${cpus().length} CPUs, ${gib(totalmem())} RAM, Node ${process.version}`);

for (const size of sizes) {
  const contentDir = join(work, `corpus-${size}`);
  const outDir = join(work, `scale-out-${size}`);
  const cacheDir = join(work, `scale-astro-cache-${size}`);
  const buildCacheDir = join(work, `scale-build-cache-${size}`);
  console.log(`\n[${size}] generating ${size} article(s) into ${relative(repo, contentDir)}/`);
  let t = performance.now();
  const corpus = generateCorpus({ articles: size, seed });
  writeCorpus(contentDir, corpus.files, { protectedDirs: [join(repo, 'content')], force: true });
  const generateSeconds = (performance.now() - t) / 1000;
  const s = corpus.stats;
  console.log(`[${size}] ${s.sections} sections, ${s.paragraphs} paragraphs, ${s.words} words, ${s.quotes} quotes, ${s.events} events (${generateSeconds.toFixed(1)} s)`);

  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(buildCacheDir, { recursive: true, force: true });
  const load = loadavg().map((n) => Math.round(n * 100) / 100);
  console.log(`[${size}] clean build → ${relative(repo, outDir)}/ (load average ${load.join(', ')})`);
  const build = await runBuild(size, contentDir, outDir, cacheDir, buildCacheDir);
  if (build.exitCode !== 0) {
    console.error(`[${size}] the build failed (exit ${build.exitCode}): see ${build.log}`);
    process.exit(1);
  }
  const output = walk(outDir);
  const pagefind = walk(join(outDir, 'pagefind'));
  const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  console.log(
    `[${size}] built in ${build.wallSeconds.toFixed(1)} s: ${output.html} pages, ${output.files} files (${mb(output.bytes)}); peak RSS ${gib(build.usage.peakRss)}, CPU ${build.usage.cpuSeconds.toFixed(0)} s; Pagefind ${mb(pagefind.bytes)} in ${pagefind.files} files`,
  );

  // Search: the surname of the analyst quoted most in this corpus, and a word every article uses.
  const quoted = new Map<string, number>();
  for (const a of corpus.articles) for (const q of a.quotes) for (const id of q.analysts) quoted.set(id, (quoted.get(id) ?? 0) + 1);
  const top = [...quoted].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const name = new RegExp(`^- id: ${top}\\n {2}name: (.+)$`, 'm').exec(corpus.files.get('people.yaml') ?? '')?.[1] ?? 'government';
  const surname = name.split(' ').at(-1)!;
  const queries = [surname, 'pipeline'];
  console.log(`[${size}] search timing in Chromium: ${queries.map((q) => `“${q}”`).join(', ')}, ${runs} run(s) each`);
  const server = await startStaticServer(outDir);
  const browser = await launchChromium();
  const search: SizeReport['search'] = [];
  try {
    for (const query of queries) {
      try {
        const page = await benchSearch(browser, server.url, [query], runs);
        const header = await benchHeaderSearch(browser, server.url, '/', [query], runs);
        search.push({ query: page.queries[0]!, pagefind: await timePagefind(browser, server.url, query, runs), header: header.queries[0] });
        if (page.errors.length > 0) console.log(`[${size}] errors on the search page: ${page.errors.join('; ')}`);
      } catch (error) {
        console.log(`[${size}] search timing for “${query}” failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const { query: q, pagefind, header } of search) {
    console.log(
      `[${size}] “${q.query}”: first result ${Math.round(q.coldReady.medianMs)} ms after the last key, first quote ${q.coldReady.medianQuoteMs === null ? '–' : `${Math.round(q.coldReady.medianQuoteMs)} ms`} (typed, page ready; Enter ${Math.round(q.coldEnter.medianMs)} ms), ${q.coldReady.runs[0]!.results} shown; first search fetched ${kb(q.coldReady.bytes.body)} (${kb(q.coldReady.bytes.gzip)} gzip) in ${q.coldReady.bytes.requests} requests;` +
        ` Pagefind alone: ${pagefind.results} results in ${Math.round(pagefind.searchMs)} ms (its timings: index ${Math.round(pagefind.pagefindPreloadMs)} ms, scoring ${Math.round(pagefind.pagefindSearchMs)} ms), first result's data in ${Math.round(pagefind.firstResultMs)} ms;` +
        (pagefind.quotes ? ` quotes bundle: ${pagefind.quotes.results} results in ${Math.round(pagefind.quotes.searchMs)} ms (index ${Math.round(pagefind.quotes.pagefindPreloadMs)} ms, scoring ${Math.round(pagefind.quotes.pagefindSearchMs)} ms), first result's data in ${Math.round(pagefind.quotes.firstResultMs)} ms;` : '') +
        ` header field: first person ${header?.medianPersonMs === null || !header ? '–' : Math.round(header.medianPersonMs)} ms, first quote ${header?.medianQuoteMs === null || !header ? '–' : Math.round(header.medianQuoteMs)} ms`,
    );
  }

  let again: SizeReport['rebuild'];
  if (rebuild) {
    rmSync(outDir, { recursive: true, force: true });
    const edited = editOneArticle(contentDir);
    console.log(`[${size}] one article edited (${edited}); built again, its build cache (share cards, citations) warm`);
    const second = await runBuild(size, contentDir, outDir, cacheDir, buildCacheDir, '-rebuild', false);
    if (second.exitCode !== 0) {
      console.error(`[${size}] the rebuild failed (exit ${second.exitCode}): see ${second.log}`);
      process.exit(1);
    }
    again = { wallSeconds: second.wallSeconds, cpuSeconds: second.usage.cpuSeconds, peakRss: second.usage.peakRss, edited, restored: second.restored, rendered: second.routes, ...(second.stages ? { stages: second.stages } : {}) };
    console.log(`[${size}] rebuilt in ${again.wallSeconds.toFixed(1)} s (${second.restored} pages reused, ${second.routes} rendered), peak RSS ${gib(again.peakRss)}, CPU ${again.cpuSeconds.toFixed(0)} s`);
  }

  // One article: our clean build against Starlight's with as many pages, interleaved, --baseline-runs of each.
  let starlight: SizeReport['starlight'];
  if (size === 1) {
    ensureStarlight();
    writeStarlightDocs(contentDir, output.html);
    const ours: { wallSeconds: number; peakRss: number }[] = [];
    const theirs: { wallSeconds: number; peakRss: number }[] = [];
    for (let i = 0; i < baselineRuns; i++) {
      for (const dir of [outDir, cacheDir, buildCacheDir]) rmSync(dir, { recursive: true, force: true });
      const mine = await runBuild(size, contentDir, outDir, cacheDir, buildCacheDir, `-vs-starlight-${i}`);
      const other = await buildStarlight();
      if (mine.exitCode !== 0 || other.exitCode !== 0) throw new Error(`[${size}] a build of the Starlight comparison failed (ours: exit ${mine.exitCode}, see ${mine.log}; Starlight's: exit ${other.exitCode})`);
      ours.push({ wallSeconds: mine.wallSeconds, peakRss: mine.usage.peakRss });
      theirs.push({ wallSeconds: other.wallSeconds, peakRss: other.usage.peakRss });
      console.log(`[${size}] vs Starlight, run ${i + 1}: ours ${mine.wallSeconds.toFixed(1)} s (${gib(mine.usage.peakRss)}), Starlight ${other.wallSeconds.toFixed(1)} s (${gib(other.usage.peakRss)})`);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    starlight = {
      pages: output.html,
      runs: baselineRuns,
      ours: { wallSeconds: median(ours.map((r) => r.wallSeconds)), peakRss: median(ours.map((r) => r.peakRss)) },
      starlight: { wallSeconds: median(theirs.map((r) => r.wallSeconds)), peakRss: median(theirs.map((r) => r.peakRss)) },
    };
  }

  reports.push({
    articles: size,
    date: new Date().toISOString(),
    corpus: { ...s, generateSeconds },
    loadAverageBefore: load,
    build,
    output: { files: output.files, bytes: output.bytes, pages: output.html, homeBytes: fileSize(join(outDir, 'index.html')), timelineBytes: fileSize(join(outDir, 'timeline', 'index.html')) },
    pagesPerSecond: output.html / build.wallSeconds,
    pagefind: { bytes: pagefind.bytes, files: pagefind.files },
    search,
    ...(again ? { rebuild: again } : {}),
    ...(starlight ? { starlight } : {}),
  });
  save();
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(buildCacheDir, { recursive: true, force: true });
}

printReport(all(), earlier, { seed, runs });

save();
console.log(`\nWrote ${relative(process.cwd(), resultsFile)}`);

/** Writes bench-results/scale.json: every size measured now, and those kept from earlier runs. */
function save(): void {
  mkdirSync(resultsDir, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memoryBytes: totalmem(),
    seed,
    searchRuns: runs,
    targets: TARGETS,
    method: {
      build: '`node scripts/build-site.ts .work/scale-out-<N>` (astro build --force, then the search index in its own process) with CONTENT_DIR=.work/corpus-<N>, its own ASTRO_CACHE_DIR and an empty BUILD_CACHE_DIR, spawned with this Node',
      memory: 'peak over /proc samples (every 100 ms) of the sum of VmRSS of the build process and all its descendants',
      cpu: 'utime + stime from /proc/<pid>/stat, last value seen per process of the tree',
      search: 'bench/lib/search.ts (npm run bench): fresh Chromium context per run, /search/ loaded until Pagefind is ready, the query typed key by key: last keydown → first a.result in #search-results ("cold, page ready"); bytes of the first search as sent and gzipped. Pagefind alone: the page\'s Pagefind instance, search() and the first result\'s data()',
    },
    sizes: all(),
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}
