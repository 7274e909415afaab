/**
 * Pagefind alone, on a built site's /search/ page in Chromium: the page
 * loaded (fresh context each run, empty cache) until its script has loaded
 * Pagefind, then, through the page's own Pagefind instance, the time of a
 * search call and of the search plus its first result's data (the fragment
 * the page needs to show it). The page's own figures (keystroke → first
 * result rendered, bytes) come from bench/lib/search.ts; this
 * separates the index's share from the page's rendering.
 */
import type { Browser } from 'playwright-core';

export interface PagefindTiming {
  query: string;
  results: number;
  /** Medians, ms: query → search resolved; → first result's data loaded. */
  searchMs: number;
  firstResultMs: number;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function timePagefind(browser: Browser, base: string, query: string, runs = 3): Promise<PagefindTiming> {
  const timings: { search: number; first: number; results: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.classList.contains('search-ready'));
    // A string, so that no bundler rewrites the page's import().
    const result = (await page.evaluate(`(async (q) => {
      const pf = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const t0 = performance.now();
      const found = await pf.search(q);
      const t1 = performance.now();
      if (found.results[0]) await found.results[0].data();
      return { search: t1 - t0, first: performance.now() - t0, results: found.results.length };
    })(${JSON.stringify(query)})`)) as { search: number; first: number; results: number };
    timings.push(result);
    await context.close();
  }
  return { query, results: timings[0]!.results, searchMs: median(timings.map((t) => t.search)), firstResultMs: median(timings.map((t) => t.first)) };
}
