/**
 * `npm run bench`: how fast search answers, and what it downloads, in
 * Chromium against the built site (`dist/`) served on localhost.
 *
 * For each query, on a fresh browser context each run (empty cache, so the
 * first search's costs are included), the query is typed key by key and the
 * time is taken from the last key press (a capturing keydown listener's
 * `performance.now()`) to the first result rendered in #search-results (a
 * MutationObserver). Four figures, medians of RUNS runs:
 *
 * - cold, typed at once: typing starts as soon as the search page's script
 *   has run, while Pagefind may still be loading (its WebAssembly, entry
 *   file and filters): the worst first search a reader can meet;
 * - cold, page ready: typing starts once the page has finished loading
 *   Pagefind (the search page loads it on arrival): the first query's own
 *   cost, its index chunk and result fragments;
 * - warm: the same query typed again on that page;
 * - cold, Enter: page ready, the query put in the field and submitted with
 *   Enter, which the page does not debounce: the search and rendering alone
 *   (a typed search waits 120 ms after the last key before it starts).
 *
 * Bytes: every response to a search request (the search script, Pagefind's
 * files) made after the first key press of the "page ready" run, as sent (body, then body + headers) and gzipped with
 * zlib. Pagefind's index files are already compressed: gzipping them again
 * makes them larger, so the gzip figure counts each body at the smaller of
 * its raw and gzipped sizes, as a server sending `Content-Encoding: gzip`
 * only when it helps would. What the page loads for search before any
 * typing is reported apart.
 *
 * Prints a table with the targets beside the numbers and writes
 * bench-results/search.json. Informative only: nothing here fails on a number.
 * `BENCH_RUNS`, `BENCH_QUERIES` (comma-separated) override the defaults.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer } from './lib/static-server.ts';

const repo = join(import.meta.dirname, '..');
const dist = join(repo, process.env.DIST_DIR ?? 'dist');
const outDir = join(repo, 'bench-results');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = (process.env.BENCH_QUERIES ?? 'Sutyrin,CSTO,Klein,authoritarian').split(',').map((q) => q.trim()).filter(Boolean);
const TARGET_MS = 100;
const TARGET_GZIP_BYTES = 90 * 1024;
const VIEWPORT = { width: 1280, height: 800 };

for (const file of ['index.html', 'search/index.html', 'pagefind/pagefind.js']) {
  if (!existsSync(join(dist, file))) {
    console.error(`bench: ${join(dist, file)} is missing. Build the site first:\n\n  npm run build\n\nthen run "npm run bench" again.`);
    process.exit(1);
  }
}

interface Transfer {
  url: string;
  status: number;
  /** Response body bytes as sent (the server does not compress: the raw size). */
  body: number;
  /** Body plus response headers. */
  transfer: number;
  /** The body gzipped by zlib (level 9). */
  gzip: number;
}

interface Bytes {
  requests: number;
  body: number;
  transfer: number;
  /** Sum of gzipped bodies. */
  gzipAll: number;
  /** Sum of min(raw, gzipped) per body: what a server compressing only where it helps sends. */
  gzip: number;
}

interface Run {
  /** Last key press → first result, in ms. */
  ms: number;
  results: number;
}

interface QueryReport {
  query: string;
  coldAtOnce: { runs: Run[]; medianMs: number };
  coldReady: { runs: Run[]; medianMs: number; bytes: Bytes; files: Transfer[] };
  warm: { runs: Run[]; medianMs: number; bytes: Bytes };
  /** Cold, page ready, the query submitted with Enter (no debounce). */
  coldEnter: { runs: Run[]; medianMs: number };
  /** Paths of the other requests made during the first search (the favicon, asked again). */
  otherRequests: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(request: Request): Promise<Transfer | undefined> {
  const response = await request.response();
  if (!response) return undefined;
  const sizes = await request.sizes();
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    body = Buffer.alloc(0);
  }
  const bodyBytes = sizes.responseBodySize > 0 ? sizes.responseBodySize : body.length;
  return {
    url: new URL(request.url()).pathname,
    status: response.status(),
    body: bodyBytes,
    transfer: bodyBytes + sizes.responseHeadersSize,
    gzip: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
  };
}

/**
 * Requests that are search's own: the search script and Pagefind's files.
 * Chromium also asks for the favicon again each time the page's URL or
 * title changes (the search page updates both as the reader types); the
 * local server lets it revalidate every time. Counted apart.
 */
const isSearchAsset = (r: Request) => new URL(r.url()).pathname.startsWith('/pagefind/') || r.resourceType() === 'script';

async function total(requests: Request[]): Promise<{ bytes: Bytes; files: Transfer[] }> {
  const files = (await Promise.all(requests.map(measure))).filter((t): t is Transfer => t !== undefined);
  return {
    files,
    bytes: {
      requests: files.length,
      body: files.reduce((n, f) => n + f.body, 0),
      transfer: files.reduce((n, f) => n + f.transfer, 0),
      gzipAll: files.reduce((n, f) => n + f.gzip, 0),
      gzip: files.reduce((n, f) => n + Math.min(f.body, f.gzip), 0),
    },
  };
}

/** Resolves when the search page has rendered its latest search (#search-results is no longer aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
}

/**
 * Types `query` into the empty search field, key by key, and returns the time
 * from the last key press to the first result link rendered after it. With
 * `enter`, the field is filled without events and the time is from pressing
 * Enter: a submitted search is not debounced, so this is the search's own cost.
 */
async function typeAndTime(page: Page, query: string, how: 'type' | 'enter' = 'type'): Promise<Run> {
  await page.evaluate(() => {
    const state = { t0: 0, t1: 0, armed: false };
    (window as unknown as { __bench: typeof state }).__bench = state;
    const results = document.querySelector('#search-results')!;
    const observer = new MutationObserver(() => {
      if (state.t0 > 0 && results.querySelector('a.result')) {
        state.t1 = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(results, { childList: true, subtree: true });
    document.addEventListener(
      'keydown',
      () => {
        if (state.armed && state.t0 === 0) state.t0 = performance.now();
      },
      { capture: true },
    );
  });
  await page.locator('#search-input').focus();
  if (how === 'enter') {
    await page.evaluate((q) => {
      document.querySelector<HTMLInputElement>('#search-input')!.value = q;
    }, query);
  } else if (query.length > 1) await page.keyboard.type(query.slice(0, -1));
  await page.evaluate(() => {
    (window as unknown as { __bench: { armed: boolean } }).__bench.armed = true;
  });
  await page.keyboard.press(how === 'enter' ? 'Enter' : query.at(-1)!);
  await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0, null, { timeout: 30_000 });
  const { t0, t1 } = await page.evaluate(() => (window as unknown as { __bench: { t0: number; t1: number } }).__bench);
  await settled(page);
  const results = await page.locator('#search-results a.result').count();
  return { ms: t1 - t0, results };
}

async function openSearch(browser: Browser, base: string, waitReady: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const requests: { request: Request; at: number }[] = [];
  let clock = 0;
  page.on('request', (request) => requests.push({ request, at: clock }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}/search/`, { waitUntil: waitReady ? 'networkidle' : 'domcontentloaded' });
  await page.waitForFunction(() => document.documentElement.classList.contains('search-ready'));
  if (waitReady) await settled(page);
  return {
    context,
    page,
    errors,
    /** Starts a new phase: requests from now on are counted apart. */
    phase: () => {
      clock += 1;
      return clock;
    },
    requestsIn: (phase: number) => requests.filter((r) => r.at === phase).map((r) => r.request),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

const server = await startStaticServer(dist);
const browser = await launchChromium();
const chromiumVersion = browser.version();
const reports: QueryReport[] = [];
let preload: { bytes: Bytes; files: Transfer[] } | undefined;
const problems: string[] = [];

try {
  for (const query of QUERIES) {
    const atOnce: Run[] = [];
    const ready: Run[] = [];
    const warm: Run[] = [];
    let firstSearch: { bytes: Bytes; files: Transfer[] } | undefined;
    let warmBytes: Bytes | undefined;
    let otherRequests: string[] = [];
    const enter: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      // Cold, typed as soon as the page can take it.
      {
        const s = await openSearch(browser, server.url, false);
        atOnce.push(await typeAndTime(s.page, query));
        problems.push(...s.errors.map((e) => `${query}: ${e}`));
        await s.context.close();
      }
      // Cold, once the page has loaded Pagefind; then warm, on the same page.
      {
        const s = await openSearch(browser, server.url, true);
        if (!preload) preload = await total(s.requestsIn(0).filter(isSearchAsset));
        const first = s.phase();
        ready.push(await typeAndTime(s.page, query));
        await s.page.waitForLoadState('networkidle');
        if (i === 0) {
          firstSearch = await total(s.requestsIn(first).filter(isSearchAsset));
          otherRequests = s.requestsIn(first).filter((r) => !isSearchAsset(r)).map((r) => new URL(r.url()).pathname);
        }
        await s.page.fill('#search-input', '');
        await settled(s.page);
        const again = s.phase();
        warm.push(await typeAndTime(s.page, query));
        await s.page.waitForLoadState('networkidle');
        if (i === 0) warmBytes = (await total(s.requestsIn(again).filter(isSearchAsset))).bytes;
        problems.push(...s.errors.map((e) => `${query}: ${e}`));
        await s.context.close();
      }
      // Cold, page ready, submitted with Enter: no debounce.
      {
        const s = await openSearch(browser, server.url, true);
        enter.push(await typeAndTime(s.page, query, 'enter'));
        problems.push(...s.errors.map((e) => `${query}: ${e}`));
        await s.context.close();
      }
    }
    reports.push({
      query,
      coldAtOnce: { runs: atOnce, medianMs: median(atOnce.map((r) => r.ms)) },
      coldReady: { runs: ready, medianMs: median(ready.map((r) => r.ms)), bytes: firstSearch!.bytes, files: firstSearch!.files },
      warm: { runs: warm, medianMs: median(warm.map((r) => r.ms)), bytes: warmBytes! },
      coldEnter: { runs: enter, medianMs: median(enter.map((r) => r.ms)) },
      otherRequests,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------- report

const rows = [
  ['query', 'results', 'cold, at once', 'cold, ready', 'warm', 'cold, Enter', 'target', 'first search: requests', 'raw', 'gzip', 'target'],
  ...reports.map((r) => [
    r.query,
    String(r.coldReady.runs[0]?.results ?? 0),
    ms(r.coldAtOnce.medianMs),
    ms(r.coldReady.medianMs),
    ms(r.warm.medianMs),
    ms(r.coldEnter.medianMs),
    `≤ ${TARGET_MS} ms`,
    String(r.coldReady.bytes.requests),
    kb(r.coldReady.bytes.body),
    kb(r.coldReady.bytes.gzip),
    `≤ ${TARGET_GZIP_BYTES / 1024} KB gzip`,
  ]),
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
console.log(`\nSearch benchmark: ${RUNS} runs per query, median; Chromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, ${server.url}\n`);
console.log(line(rows[0]!));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));
if (preload) {
  console.log(
    `\nLoaded by /search/ before any typing (search script + Pagefind): ${preload.bytes.requests} requests, ${kb(preload.bytes.body)} raw, ${kb(preload.bytes.gzip)} gzip.`,
  );
  const allIn = reports.map((r) => r.coldReady.bytes.gzip + preload!.bytes.gzip);
  console.log(`First search including that: ${kb(Math.min(...allIn))} – ${kb(Math.max(...allIn))} gzip (target ≤ ${TARGET_GZIP_BYTES / 1024} KB).`);
}
console.log(
  '\nTyped searches wait for the search page’s debounce (120 ms after the last key) before searching;',
  '\n“cold, Enter” submits the same query without it: the search and rendering alone.',
);
const favicons = reports.map((r) => r.otherRequests.length);
console.log(`Not counted above: ${Math.min(...favicons)}–${Math.max(...favicons)} other requests per first search (${[...new Set(reports.flatMap((r) => r.otherRequests))].join(', ')}), asked again as the URL and title change.`);
console.log(`Warm searches fetched: ${reports.map((r) => `${r.query} ${r.warm.bytes.requests} req / ${kb(r.warm.bytes.body)}`).join(', ')}.`);
const overTime = reports.filter((r) => r.coldReady.medianMs > TARGET_MS || r.warm.medianMs > TARGET_MS || r.coldEnter.medianMs > TARGET_MS).map((r) => r.query);
const overBytes = reports.filter((r) => r.coldReady.bytes.gzip > TARGET_GZIP_BYTES).map((r) => r.query);
console.log(`Over the ${TARGET_MS} ms target (cold ready, warm or Enter): ${overTime.join(', ') || 'none'}. Over the byte target: ${overBytes.join(', ') || 'none'}.`);
if (problems.length > 0) console.log(`\nConsole or page errors during the runs:\n  ${[...new Set(problems)].join('\n  ')}`);

mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'search.json');
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      node: process.version,
      runs: RUNS,
      viewport: VIEWPORT,
      targets: { ms: TARGET_MS, gzipBytes: TARGET_GZIP_BYTES },
      method: {
        time: 'last keydown (capturing listener, performance.now()) → MutationObserver sees the first a.result in #search-results',
        bytes: 'responses to requests made after the first key press; gzip = zlib level 9, counted per body as min(raw, gzipped)',
      },
      preload,
      queries: reports,
      errors: [...new Set(problems)],
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${file}`);
