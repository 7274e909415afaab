/**
 * Firefox for the cross-engine tests: Debian's `firefox-esr`, headless,
 * through puppeteer-core over WebDriver BiDi (`FIREFOX_PATH` overrides the
 * binary). BiDi has no per-page switch for JavaScript (Puppeteer's
 * `setJavaScriptEnabled` is not supported there), so tabs without it come
 * from a second Firefox started with the `javascript.enabled` pref off.
 */
import puppeteer, { type Browser, type EvaluateFunc, type KeyInput } from 'puppeteer-core';
import { centreOf, dragMouse, loadProblemsInTab, NAVIGATION_TIMEOUT, reportCspViolations, type Engine, type EngineDriver, type Key, type Tab, type TabOptions } from './engine.ts';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** How long a Firefox may take to start. */
const LAUNCH_TIMEOUT = 90_000;

function launchFirefox(javaScript: boolean): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocolTimeout: NAVIGATION_TIMEOUT,
    // Two start at once (with and without JavaScript); on a loaded machine a start took over Puppeteer's 30 s.
    timeout: LAUNCH_TIMEOUT,
    extraPrefsFirefox: { 'javascript.enabled': javaScript },
  });
}

async function openTab(browser: Browser, { viewport }: TabOptions): Promise<Tab> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(NAVIGATION_TIMEOUT);
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(reportCspViolations);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${String(e)}`));
  const press = async (key: Key) => {
    const [modifier, name] = key.startsWith('Shift+') ? ['Shift' as const, key.slice('Shift+'.length)] : [undefined, key];
    if (modifier) await page.keyboard.down(modifier);
    await page.keyboard.press(name as KeyInput);
    if (modifier) await page.keyboard.up(modifier);
  };
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as EvaluateFunc<[A]>, arg) as Promise<R>,
    press,
    type: (text) => page.keyboard.type(text),
    // Puppeteer's own click waits on an animation frame, which a page without JavaScript never runs here.
    click: async (selector) => {
      const at = await page.evaluate(centreOf, selector);
      if (!at) throw new Error(`no element matches ${selector}`);
      await page.mouse.click(at.x, at.y);
    },
    drag: (from, to) => dragMouse(page.mouse, from, to),
    problems: async () => [...problems],
    close: () => context.close(),
  };
}

export const firefoxDriver: EngineDriver = {
  name: 'firefox',
  minViewportWidth: 0,
  async launch(): Promise<Engine> {
    // Both at once: a launch is mostly waiting.
    const [withJs, withoutJs] = await Promise.all([launchFirefox(true), launchFirefox(false)]);
    const open = (options: TabOptions) => openTab(options.javaScript === false ? withoutJs : withJs, options);
    return {
      name: 'firefox',
      version: (await withJs.version()).replace(/^firefox\//, 'Firefox ESR '),
      open,
      loadProblems: (urls) => loadProblemsInTab({ open }, urls),
      close: async () => {
        await Promise.all([withJs.close(), withoutJs.close()]);
      },
    };
  },
};
