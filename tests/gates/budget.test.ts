/**
 * Gate 7, byte budgets: each section page's HTML plus its CSS weighs at most
 * 12 KB gzipped (level 9, the files as served) for a section of up to 450
 * words, and as much per word for a longer one; and no page runs or loads
 * JavaScript before the reader interacts. JSON-LD is data, not a script.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/html.ts';
import { BUDGET_WORDS, formatWeight, pageWeight, scriptsBeforeInteraction, SECTION_BUDGET, sectionBudget, sectionWords } from './lib/budget.ts';
import { isMovedPage, sectionPagesIn, sitePages } from './lib/site.ts';

const base = inject('baseUrl');

/**
 * Pages that load a script as they open, and why. Search is the one: it is
 * a progressive enhancement (it needs its script and Pagefind to search at
 * all; without them the page lists everyone quoted, each linked to their quotes).
 */
const SCRIPTED_PAGES: Record<string, string> = {
  '/search/': 'search runs Pagefind in the page; its no-JavaScript fallback lists everyone quoted',
};

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe(`section pages: HTML + CSS ≤ ${SECTION_BUDGET} B gzipped (up to ${BUDGET_WORDS} words; longer sections in proportion)`, () => {
  const sections = sectionPagesIn(DIST);
  test('there are section pages', () => {
    expect(sections.length).toBeGreaterThan(0);
  });
  test.each(sections.map((p) => [p.path, p.file] as const))('%s', (_path, file) => {
    const weight = pageWeight(DIST, file);
    const words = sectionWords(DIST, file);
    const budget = sectionBudget(words);
    console.log(`budget: ${formatWeight(weight)}, ${words} words, budget ${budget} B`);
    expect(weight.total, `${formatWeight(weight)}; ${words} words: budget ${budget} B`).toBeLessThanOrEqual(budget);
  });
});

describe('no JavaScript before the reader interacts', () => {
  const pages = sitePages(DIST);
  // A moved address's redirect page runs /js/moved.js at once to keep the #fragment (README, "Links that never break").
  test.each(pages.filter((p) => !(p.path in SCRIPTED_PAGES) && !isMovedPage(p)).map((p) => p.path))('%s', async (path) => {
    const found = await scriptsBeforeInteraction(page, `${base}${path}`);
    expect(found, found.join('\n')).toEqual([]);
  });

  test.each(Object.keys(SCRIPTED_PAGES))('%s (scripted, allowed) is still a page of dist/', (path) => {
    expect(pages.map((p) => p.path), `${path}: ${SCRIPTED_PAGES[path]}`).toContain(path);
  });
});
