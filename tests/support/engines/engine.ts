/**
 * What the cross-engine tests (tests/engines/) need from a browser, the same
 * in each engine: open a tab at a viewport with JavaScript on or off, go to a
 * URL, run a function in the page, press keys, type, click, drag the mouse,
 * and list what went wrong in the page (console errors, uncaught errors,
 * CSP violations). One module per engine implements it: chromium.ts
 * (playwright-core), firefox.ts (puppeteer-core over WebDriver BiDi),
 * webkit.ts (WebKitGTK's WebDriver through selenium-webdriver).
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
}

export interface TabOptions {
  viewport: Viewport;
  /** False: the page's own scripts do not run (the test's `evaluate` still does). Default true. */
  javaScript?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A key as Playwright and Puppeteer name it (`Tab`, `Enter`, `Escape`,
 * `ArrowDown`, …), optionally with `Shift+`.
 */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'Space';

/** A function the tab runs in the page: serialised, so it may use only its argument and the page's globals. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Tab {
  /** Navigates and resolves once the page has loaded (its `load` event). */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (JSON-serialisable) result, awaited. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Presses and releases a key in the focused element. */
  press(key: Key): Promise<void>;
  /** Types text key by key into the focused element. */
  type(text: string): Promise<void>;
  /** Clicks the centre of the first element matching `selector` (scrolled into view). */
  click(selector: string): Promise<void>;
  /** Presses the mouse at `from`, moves it to `to` in steps, releases it (viewport coordinates). */
  drag(from: Point, to: Point): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen since the tab opened. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The browser's name and version, as it reports them. */
  version: string;
  open(options: TabOptions): Promise<Tab>;
  /**
   * Loads each URL and lists the console errors, uncaught errors and CSP
   * violations that happen while it loads, each prefixed with its URL. A tab
   * hears them too, except in WebKit (see webkit.ts), which loads them apart.
   */
  loadProblems(urls: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** `loadProblems` through a tab, for the engines whose tabs hear a page from its first script on. */
export async function loadProblemsInTab(engine: Pick<Engine, 'open'>, urls: readonly string[]): Promise<string[]> {
  const tab = await engine.open({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  try {
    for (const url of urls) {
      const before = (await tab.problems()).length;
      await tab.goto(url);
      // What runs just after the load (a script's first errors) counts as loading too.
      await new Promise((r) => setTimeout(r, 200));
      problems.push(...(await tab.problems()).slice(before).map((p) => `${url}: ${p}`));
    }
  } finally {
    await tab.close();
  }
  return problems;
}

/**
 * Run in the page: scrolls the first element matching `selector` to the
 * middle of the viewport and returns the centre of its first line box, the
 * point a reader would click (null if there is no such element).
 */
export function centreOf(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** What a test file must know about an engine before it starts one (tests are declared before `beforeAll`). */
export interface EngineDriver {
  name: EngineName;
  /** The narrowest viewport the engine can be given here (see webkit.ts). */
  minViewportWidth: number;
  launch(): Promise<Engine>;
}

/**
 * Installed in every page before its scripts run (where the engine allows:
 * see webkit.ts): reports each `securitypolicyviolation` as a console error,
 * which every engine's console listener sees, so a violation is never missed
 * for want of reading a page-local log before the page goes away.
 */
export function reportCspViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}`),
    true,
  );
}

/** The mouse of Playwright and of Puppeteer, which share these calls. */
interface StepMouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** `Tab.drag` on such a mouse. */
export async function dragMouse(mouse: StepMouse, from: Point, to: Point): Promise<void> {
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(to.x, to.y, { steps: 10 });
  await mouse.up();
}

/** Timeouts shared by the engines: page loads and in-page waits. */
export const NAVIGATION_TIMEOUT = 30_000;
