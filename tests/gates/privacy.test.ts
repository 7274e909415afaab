/**
 * Gate 4, privacy: loading every page of dist/, and searching, requests
 * nothing from any origin but the local server's.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/html.ts';
import { watchRequests, type RequestLog } from './lib/privacy.ts';
import { searchFor, sitePages } from './lib/site.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: RequestLog;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  log = await watchRequests(context, base);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('privacy: no request leaves the local server', () => {
  test.each(sitePages(DIST).map((p) => p.path))('loading %s', async (path) => {
    const before = log.offsite.length;
    const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(log.offsite.slice(before), 'requests to other origins').toEqual([]);
  });

  test('searching', async () => {
    const before = log.offsite.length;
    const all = log.all.length;
    const results = await searchFor(page, base);
    expect(results, 'the search found results').toBeGreaterThan(0);
    expect(log.all.slice(all).some((u) => u.includes('/pagefind/')), 'the search loaded its index').toBe(true);
    expect(log.offsite.slice(before), 'requests to other origins').toEqual([]);
  });
});
