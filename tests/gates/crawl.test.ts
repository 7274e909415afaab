/**
 * Gate 3, links over HTTP: a crawl from / in Chromium, following every
 * same-origin link, finds no page that does not answer 200, no failing
 * resource and no #fragment without its target; and it reaches every page
 * of dist/ (but the 404 page, which nothing should link to).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/html.ts';
import { crawl, type CrawlResult } from './lib/crawl.ts';
import { isMovedPage, sitePages } from './lib/site.ts';

const base = inject('baseUrl');
let browser: Browser;
let result: CrawlResult;
/** The crawl's time grows with the site: a few seconds a page on a loaded machine, two minutes at least. */
const CRAWL_TIMEOUT = Math.max(120_000, sitePages(DIST).length * 5_000);

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext();
  result = await crawl(context, base, '/');
  await context.close();
}, CRAWL_TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

describe('crawl from /', () => {
  test('every link answers 200, every resource loads, every #fragment exists', () => {
    console.log(`crawl: ${result.visited.length} URLs fetched, ${result.fragments} fragment links checked, ${result.broken.length} broken`);
    expect(result.visited.length).toBeGreaterThan(1);
    expect(result.broken, `broken:\n${result.broken.join('\n')}`).toEqual([]);
  });

  test('reaches every page of dist/ (but the 404 page and the redirect pages of moved addresses)', () => {
    const reached = new Set(result.visited.map((v) => new URL(v.url).pathname));
    const orphans = sitePages(DIST)
      .filter((p) => !isMovedPage(p))
      .map((p) => p.path)
      .filter((p) => p !== '/404.html' && !reached.has(p));
    expect(orphans, 'pages no link leads to').toEqual([]);
  });
});
