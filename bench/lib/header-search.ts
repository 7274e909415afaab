/**
 * The header field's search as you type (src/lib/search/client/header.ts), in Chromium against a built
 * site on localhost, on one page (`npm run bench`: a section page; `bench:scale`: the home page): for each
 * query, in a fresh context each run, the field is clicked (its first focus loads the header-search module,
 * the people index and Pagefind) and, once Pagefind has loaded its WebAssembly and nothing more is
 * requested ("page ready"), the query is typed key by key. Times from the last key press (a
 * capturing keydown listener's `performance.now()`) to the first person, the first quote and the first
 * option of any kind shown in the list (a MutationObserver). Bytes: what the first focus loads, and what
 * the typed search then fetches, gzip (each body at min(raw, gzip), as bench/lib/search.ts counts).
 */
import type { Browser, Page, Request } from 'playwright-core';
import { median, ms, nullableMedian, progress } from './common.ts';
import { SEARCH_VIEWPORT, total, type SearchBytes } from './search.ts';

export interface HeaderRun {
  /** Last key → first option, first person, first quote (ms; null when none was shown). */
  firstMs: number;
  personMs: number | null;
  quoteMs: number | null;
  options: number;
}

export interface HeaderQueryReport {
  query: string;
  runs: HeaderRun[];
  medianFirstMs: number;
  medianPersonMs: number | null;
  medianQuoteMs: number | null;
  /** What the field's first focus loads (module, people index, Pagefind's start-up files); then what the typed search fetches. */
  focusBytes: SearchBytes;
  typedBytes: SearchBytes;
  /** The paths those requests fetched (first run). */
  focusFiles: string[];
  typedFiles: string[];
}

export interface HeaderSearchBench {
  path: string;
  runs: number;
  queries: HeaderQueryReport[];
  errors: string[];
}

async function typeAndTime(page: Page, query: string): Promise<HeaderRun> {
  await page.evaluate(() => {
    const state = { t0: 0, first: 0, person: 0, quote: 0, armed: false };
    (window as unknown as { __bench: typeof state }).__bench = state;
    const list = document.querySelector('#header-search-list')!;
    const observer = new MutationObserver(() => {
      if (state.t0 === 0) return;
      const now = performance.now();
      if (!state.first && list.querySelector('[role="option"]')) state.first = now;
      if (!state.person && list.querySelector('.result-person')) state.person = now;
      if (!state.quote && list.querySelector('.result-quote')) state.quote = now;
    });
    observer.observe(list, { childList: true, subtree: true });
    document.addEventListener('keydown', () => state.armed && state.t0 === 0 && (state.t0 = performance.now()), { capture: true });
  });
  if (query.length > 1) await page.keyboard.type(query.slice(0, -1));
  await page.evaluate(() => ((window as unknown as { __bench: { armed: boolean } }).__bench.armed = true));
  await page.keyboard.press(query.at(-1)!);
  await page.waitForFunction(() => document.querySelector('#header-search-list')?.getAttribute('aria-busy') === 'false' && (window as unknown as { __bench: { t0: number } }).__bench.t0 > 0, null, { timeout: 30_000 });
  const s = await page.evaluate(() => (window as unknown as { __bench: { t0: number; first: number; person: number; quote: number } }).__bench);
  const since = (t: number) => (t > 0 ? t - s.t0 : null);
  return { firstMs: since(s.first) ?? NaN, personMs: since(s.person), quoteMs: since(s.quote), options: await page.locator('#header-search-list [role="option"]').count() };
}

/**
 * Waits until Pagefind has loaded its WebAssembly (its worker fetches it after init, unseen by the page's
 * network-idle state) and nothing more has been requested for 300 ms.
 */
async function pagefindReady(page: Page, requests: Request[]): Promise<void> {
  const wasm = () => requests.find((r) => /\/pagefind\/wasm\.[^/]+\.pagefind$/.test(new URL(r.url()).pathname));
  for (let waited = 0; !wasm() && waited < 30_000; waited += 50) await page.waitForTimeout(50);
  await wasm()?.response();
  let seen = -1;
  while (seen !== requests.length) {
    seen = requests.length;
    await page.waitForTimeout(300);
  }
}

export async function benchHeaderSearch(browser: Browser, base: string, path: string, queries: readonly string[], runs: number): Promise<HeaderSearchBench> {
  const reports: HeaderQueryReport[] = [];
  const errors: string[] = [];
  for (const query of queries) {
    const measured: HeaderRun[] = [];
    let focused: Awaited<ReturnType<typeof total>> | undefined;
    let typed: Awaited<ReturnType<typeof total>> | undefined;
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext({ viewport: SEARCH_VIEWPORT });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${query}: ${String(e)}`));
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const onFocus: Request[] = [];
      page.on('request', (r) => onFocus.push(r));
      await page.locator('#header-search-input').click();
      await page.waitForFunction(() => document.querySelector('#header-search-list') !== null);
      await pagefindReady(page, onFocus);
      const beforeTyping = onFocus.length;
      measured.push(await typeAndTime(page, query));
      await page.waitForLoadState('networkidle');
      if (i === 0) {
        focused = await total(onFocus.slice(0, beforeTyping));
        typed = await total(onFocus.slice(beforeTyping));
      }
      await context.close();
    }
    const report: HeaderQueryReport = {
      query,
      runs: measured,
      medianFirstMs: median(measured.map((r) => r.firstMs)),
      medianPersonMs: nullableMedian(measured.map((r) => r.personMs)),
      medianQuoteMs: nullableMedian(measured.map((r) => r.quoteMs)),
      focusBytes: focused!.bytes,
      typedBytes: typed!.bytes,
      focusFiles: focused!.files.map((f) => f.url),
      typedFiles: typed!.files.map((f) => f.url),
    };
    reports.push(report);
    progress(`header search "${query}" on ${path}: first option ${ms(report.medianFirstMs)}, person ${report.medianPersonMs === null ? '–' : ms(report.medianPersonMs)}, quote ${report.medianQuoteMs === null ? '–' : ms(report.medianQuoteMs)} (median of ${runs})`);
  }
  return { path, runs, queries: reports, errors: [...new Set(errors)] };
}
