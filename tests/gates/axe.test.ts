/**
 * Gate 1, accessibility: axe-core's WCAG 2.2 AA rules (wcag2a, wcag2aa,
 * wcag21a, wcag21aa, wcag22aa) report no violation on any page of dist/, in
 * the light and the dark theme (prefers-color-scheme), at 1280 and at 390
 * CSS pixels wide. Each page is loaded once; the theme and the width are
 * then switched in place (page.emulateMedia, setViewportSize) and axe runs
 * again, which is what a context created with that colorScheme would give.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/html.ts';
import { checkAxe, formatViolations } from './lib/axe.ts';
import { sectionPagesIn, sitePages } from './lib/site.ts';

const base = inject('baseUrl');
const pages = sitePages(DIST);
const sections = sectionPagesIn(DIST);
let browser: Browser;
let context: BrowserContext;
let page: Page;

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };
const variants = [
  { name: 'light, 1280 px', colorScheme: 'light', viewport: WIDE },
  { name: 'dark, 1280 px', colorScheme: 'dark', viewport: WIDE },
  { name: 'dark, 390 px', colorScheme: 'dark', viewport: NARROW },
  { name: 'light, 390 px', colorScheme: 'light', viewport: NARROW },
] as const;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ colorScheme: 'light', viewport: WIDE });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test('the pages were found by walking dist/, the section pages among them', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(sections.length).toBeGreaterThan(0);
  for (const s of sections) expect(pages.map((p) => p.path)).toContain(s.path);
});

describe(`axe WCAG 2.2 AA (${variants.map((v) => v.name).join('; ')})`, () => {
  test.each(pages.map((p) => p.path))('%s: 0 violations', async (path) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(WIDE);
    const response = await page.goto(`${base}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const lines: string[] = [];
    for (const v of variants) {
      await page.emulateMedia({ colorScheme: v.colorScheme });
      await page.setViewportSize(v.viewport);
      lines.push(...formatViolations(`${path} [${v.name}]`, await checkAxe(page)));
    }
    expect(lines, `axe violations:\n${lines.join('\n')}`).toEqual([]);
  });
});
