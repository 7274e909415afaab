/** Chromium for the browser tests and gates, on top of the launcher the benches share (src/cli/chromium.ts). */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/cli/chromium.ts';

export { CHROMIUM_FLAGS, launchChromium } from '../../src/cli/chromium.ts';

/** One Chromium for a test file: launched before its tests, closed after them. Call the result to get it. */
export function useChromium(extraArgs: readonly string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (useChromium must be called at the top of the test file)');
    return browser;
  };
}

/** A page that records console errors and page errors, for asserting none happened. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** True when the element's box lies within the viewport and is not covered by the sticky header. */
export function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    const top = header && getComputedStyle(document.querySelector('.site-header')!).position === 'sticky' ? header.bottom : 0;
    return box.top >= top - 1 && box.top < window.innerHeight && box.bottom > top;
  }, selector);
}
