/**
 * Responsive layout: at 320 CSS pixels wide (the narrowest phones, or 1280
 * at 400% zoom) no page scrolls sideways, at its top or at a permalink.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';
import { pagePaths } from '../support/html.ts';
import { busiestSection } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const WIDTH = 320;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page, errors } = await openPage(browser, { viewport: { width: WIDTH, height: 640 } }));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The document's scroll width, and the elements that stick out past the viewport (for the message). */
function overflow(p: Page) {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

describe(`at ${WIDTH}px wide`, () => {
  test.each(pagePaths())('%s does not scroll horizontally', async (path) => {
    await page.goto(`${base}${path}`);
    const { scrollWidth, wide } = await overflow(page);
    expect(scrollWidth, `${path} is ${scrollWidth}px wide; sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);
  });

  test('a section opened at a quote, with the sidebar details open, does not scroll horizontally', async () => {
    const section = busiestSection();
    await page.goto(`${base}${section.path}#${section.quotes.at(-1)!.id}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { scrollWidth, wide } = await overflow(page);
    expect(scrollWidth, `sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);
  });

  test('no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
