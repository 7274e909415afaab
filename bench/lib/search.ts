/**
 * How fast search answers, and what it downloads, in Chromium against the
 * built site on localhost (the search bench `npm run bench` always had, moved
 * here with its method unchanged). For each query, in a fresh browser context
 * each run (empty cache), the query is typed key by key; the time is from the
 * last key press (a capturing keydown listener's `performance.now()`) to the
 * first result rendered in #search-results (a MutationObserver: for a name, the
 * person, listed at once from the people index), and to the first quote. Medians of
 * `runs` runs of four cases:
 *
 * - cold, typed at once: typing starts as soon as the search page's script
 *   has run, while Pagefind may still be loading: the worst first search;
 * - cold, page ready: typing starts once the page has loaded Pagefind (it
 *   does on arrival): the first query's own cost (the headline figure);
 * - warm: the same query typed again on that page;
 * - cold, Enter: page ready, the whole query put in the field without events
 *   and submitted with Enter: one search of the full query from nothing
 *   (typed, each key searches, so its prefixes have loaded most of it).
 *
 * Bytes: responses to search requests (the search script, Pagefind's files)
 * made after the first key press of the "page ready" run, raw and gzipped
 * (zlib level 9), each body at the smaller of the two (Pagefind's index is
 * already compressed). What /search/ loads before any typing is `preload`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { median, ms, nullableMedian, progress } from './common.ts';
import { urls } from '../../src/lib/site/urls.ts';

export const SEARCH_VIEWPORT = { width: 1280, height: 800 };

export interface Transfer {
  url: string;
  status: number;
  /** Response body bytes as sent (the server does not compress: the raw size). */
  body: number;
  /** Body plus response headers. */
  transfer: number;
  /** The body gzipped by zlib (level 9). */
  gzip: number;
}

export interface SearchBytes {
  requests: number;
  body: number;
  transfer: number;
  /** Sum of gzipped bodies. */
  gzipAll: number;
  /** Sum of min(raw, gzipped) per body: what a server compressing only where it helps sends. */
  gzip: number;
}

export interface Run {
  /** Last key press → first result, in ms. */
  ms: number;
  /** Last key press → first quote, in ms (null: none was listed). */
  quoteMs: number | null;
  results: number;
}

export interface QueryReport {
  query: string;
  coldAtOnce: { runs: Run[]; medianMs: number };
  coldReady: { runs: Run[]; medianMs: number; medianQuoteMs: number | null; bytes: SearchBytes; files: Transfer[] };
  warm: { runs: Run[]; medianMs: number; bytes: SearchBytes };
  coldEnter: { runs: Run[]; medianMs: number };
  /** Paths of the other requests made during the first search (the favicon, asked again). */
  otherRequests: string[];
}

export interface SearchBench {
  runs: number;
  queries: QueryReport[];
  /** What /search/ loads for search before any typing: its script and Pagefind's start-up files. */
  preload: { bytes: SearchBytes; files: Transfer[] } | undefined;
  errors: string[];
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
const isSearchAsset = (r: Request) => new URL(r.url()).pathname.startsWith(urls.searchIndex()) || r.resourceType() === 'script';

export async function total(requests: Request[]): Promise<{ bytes: SearchBytes; files: Transfer[] }> {
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
 * `enter`, the field is filled without events and the time is from pressing Enter.
 */
async function typeAndTime(page: Page, query: string, how: 'type' | 'enter' = 'type'): Promise<Run> {
  await page.evaluate(() => {
    const state = { t0: 0, t1: 0, quote: 0, armed: false };
    (window as unknown as { __bench: typeof state }).__bench = state;
    const results = document.querySelector('#search-results')!;
    const observer = new MutationObserver(() => {
      if (state.t0 === 0) return;
      if (!state.t1 && results.querySelector('a.result')) state.t1 = performance.now();
      if (!state.quote && results.querySelector('a.result-quote')) state.quote = performance.now();
      if (state.t1 && state.quote) observer.disconnect();
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
  await settled(page);
  const { t0, t1, quote } = await page.evaluate(() => (window as unknown as { __bench: { t0: number; t1: number; quote: number } }).__bench);
  const results = await page.locator('#search-results a.result').count();
  return { ms: t1 - t0, quoteMs: quote > 0 ? quote - t0 : null, results };
}

async function openSearch(browser: Browser, base: string, waitReady: boolean) {
  const context = await browser.newContext({ viewport: SEARCH_VIEWPORT });
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

export async function benchSearch(browser: Browser, base: string, queries: readonly string[], runs: number): Promise<SearchBench> {
  const reports: QueryReport[] = [];
  let preload: SearchBench['preload'];
  const problems: string[] = [];
  for (const query of queries) {
    const atOnce: Run[] = [];
    const ready: Run[] = [];
    const warm: Run[] = [];
    const enter: Run[] = [];
    let firstSearch: { bytes: SearchBytes; files: Transfer[] } | undefined;
    let warmBytes: SearchBytes | undefined;
    let otherRequests: string[] = [];
    for (let i = 0; i < runs; i += 1) {
      // Cold, typed as soon as the page can take it.
      {
        const s = await openSearch(browser, base, false);
        atOnce.push(await typeAndTime(s.page, query));
        problems.push(...s.errors.map((e) => `${query}: ${e}`));
        await s.context.close();
      }
      // Cold, once the page has loaded Pagefind; then warm, on the same page.
      {
        const s = await openSearch(browser, base, true);
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
      // Cold, page ready, the whole query submitted with Enter.
      {
        const s = await openSearch(browser, base, true);
        enter.push(await typeAndTime(s.page, query, 'enter'));
        problems.push(...s.errors.map((e) => `${query}: ${e}`));
        await s.context.close();
      }
    }
    const report: QueryReport = {
      query,
      coldAtOnce: { runs: atOnce, medianMs: median(atOnce.map((r) => r.ms)) },
      coldReady: { runs: ready, medianMs: median(ready.map((r) => r.ms)), medianQuoteMs: nullableMedian(ready.map((r) => r.quoteMs)), bytes: firstSearch!.bytes, files: firstSearch!.files },
      warm: { runs: warm, medianMs: median(warm.map((r) => r.ms)), bytes: warmBytes! },
      coldEnter: { runs: enter, medianMs: median(enter.map((r) => r.ms)) },
      otherRequests,
    };
    reports.push(report);
    progress(`search "${query}": cold ready ${ms(report.coldReady.medianMs)} (first quote ${report.coldReady.medianQuoteMs === null ? '–' : ms(report.coldReady.medianQuoteMs)}), at once ${ms(report.coldAtOnce.medianMs)}, warm ${ms(report.warm.medianMs)}, Enter ${ms(report.coldEnter.medianMs)} (median of ${runs})`);
  }
  return { runs, queries: reports, preload, errors: [...new Set(problems)] };
}
