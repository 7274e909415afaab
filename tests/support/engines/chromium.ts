/** Chromium for the cross-engine tests: Debian's, through playwright-core (tests/support/browser.ts launches it). */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser.ts';
import { dragMouse, loadProblemsInTab, NAVIGATION_TIMEOUT, reportCspViolations, type Engine, type EngineDriver, type Tab, type TabOptions } from './engine.ts';

async function openTab(browser: Browser, { viewport, javaScript = true }: TabOptions): Promise<Tab> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  await context.addInitScript(reportCspViolations);
  const page: Page = await context.newPage();
  page.setDefaultTimeout(NAVIGATION_TIMEOUT);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${String(e)}`));
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.locator(selector).first().click(),
    drag: (from, to) => dragMouse(page.mouse, from, to),
    problems: async () => [...problems],
    close: () => context.close(),
  };
}

export const chromiumDriver: EngineDriver = {
  name: 'chromium',
  minViewportWidth: 0,
  async launch(): Promise<Engine> {
    const browser = await launchChromium();
    return {
      name: 'chromium',
      version: `Chromium ${browser.version()}`,
      open: (options) => openTab(browser, options),
      loadProblems: (urls) => loadProblemsInTab({ open: (options) => openTab(browser, options) }, urls),
      close: () => browser.close(),
    };
  },
};
