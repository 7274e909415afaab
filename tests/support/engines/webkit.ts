/**
 * WebKit for the cross-engine tests: Debian's WebKitGTK (`webkit2gtk-driver`)
 * through its WebDriver, `WebKitWebDriver`, driven by selenium-webdriver.
 *
 * What it takes here, and what it cannot do:
 * - A display. WebKitGTK 2.50's browser for automation, MiniBrowser, has no
 *   headless mode, so each engine starts its own virtual X server (Xvfb,
 *   `-displayfd` picks a free display) and the driver runs on it.
 * - One session per driver process: the tabs with and without JavaScript
 *   are two drivers, each with one window, so one tab of each at a time.
 * - No viewport narrower than the window allows: MiniBrowser runs full
 *   screen (no toolbar, so the window is the viewport), but GTK keeps its
 *   window at least 334 px wide here. `minViewportWidth` says so, and `open`
 *   fails if the viewport is not the size asked for.
 * - JavaScript off is MiniBrowser's `enable-javascript-markup` setting off:
 *   the page's scripts do not run, the test's `evaluate` still does.
 * - Console and CSP: this WebDriver has no BiDi and no log, and no script
 *   runs before the page's own. So a tab listens from the moment each page
 *   has loaded (console.error, uncaught errors, `securitypolicyviolation`;
 *   a page reached by a click, from the tab's next action on), and
 *   `loadProblems` loads each URL in a plain MiniBrowser of its own that
 *   prints its console and quits after the load (a few seconds
 *   each, three at a time; the checks do it once per kind of page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Builder, Capabilities, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import { centreOf, NAVIGATION_TIMEOUT, reportCspViolations, type Engine, type EngineDriver, type Key, type Tab } from './engine.ts';

const DRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Record<Key, string[]> = {
  Tab: [SeleniumKey.TAB],
  'Shift+Tab': [SeleniumKey.SHIFT, SeleniumKey.TAB],
  Enter: [SeleniumKey.ENTER],
  Escape: [SeleniumKey.ESCAPE],
  ArrowDown: [SeleniumKey.ARROW_DOWN],
  ArrowUp: [SeleniumKey.ARROW_UP],
  Space: [SeleniumKey.SPACE],
};

/** The environment for the X clients: our display, no session bus (so no MiniBrowser hands a URL to another), no accessibility bus. */
function displayEnv(display: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1' };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.WAYLAND_DISPLAY;
  return env;
}

async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const failed = once(xvfb, 'exit').then(() => {
    throw new Error('Xvfb exited before it opened a display (apt-get install xvfb)');
  });
  const opened = new Promise<string>((resolve) => {
    let out = '';
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  return { display: await Promise.race([opened, failed]), process: xvfb };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** One WebKitWebDriver process and its session: MiniBrowser full screen, JavaScript on or off. */
async function startSession(display: string, javaScript: boolean): Promise<{ driver: WebDriver; process: ChildProcess }> {
  const port = await freePort();
  const process_ = spawn(DRIVER, [`--port=${port}`], { env: displayEnv(display), stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (tries > 100 || process_.exitCode !== null) throw new Error(`${DRIVER} did not start (apt-get install webkit2gtk-driver)`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const args = ['--automation', '--full-screen', ...(javaScript ? [] : ['--enable-javascript-markup=false'])];
  const capabilities = new Capabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } });
  try {
    const driver = await new Builder().disableEnvironmentOverrides().usingServer(url).withCapabilities(capabilities).build();
    await driver.manage().setTimeouts({ pageLoad: NAVIGATION_TIMEOUT, script: NAVIGATION_TIMEOUT });
    return { driver, process: process_ };
  } catch (e) {
    process_.kill();
    throw e;
  }
}

/**
 * What is logged for a fetch that the browser's own exit at the load event cut off, as for one that cannot load:
 * WebKit's for a dynamic import (the search page's Pagefind), Pagefind's worker for an index chunk (its filters).
 */
const CUT_OFF = /Importing a module script failed|Failed to load the index chunk/u;
/** Loads of one URL at most, while each is cut off. */
const LOADS = 3;

/** Console errors (CSP's included) that a plain MiniBrowser prints while it loads `url`. */

async function consoleWhileLoading(display: string, url: string): Promise<string[]> {
  const args = ['--enable-write-console-messages-to-stdout=true', '--exit-after-load', url];
  // The console goes to stderr, despite the setting's name.
  const browser = spawn(MINIBROWSER, args, { env: displayEnv(display), stdio: ['ignore', 'ignore', 'pipe'] });
  let out = '';
  browser.stderr!.on('data', (chunk: Buffer) => (out += String(chunk)));
  const timer = setTimeout(() => browser.kill(), NAVIGATION_TIMEOUT);
  // 'close', not 'exit': only then has all of its output been read.
  await once(browser, 'close');
  clearTimeout(timer);
  // `<url>:<line>:<column>: CONSOLE <source> ERROR <message>`
  return out.split('\n').filter((line) => / CONSOLE (\w+ )?ERROR /.test(line));
}

/**
 * Run in the page after it has loaded: listen for what the tab reports.
 * Returns, and clears, what was heard since the last call on this page.
 */
function takeProblems(reportCsp: () => void): string[] {
  const w = window as unknown as { __problems?: string[] };
  if (!w.__problems) {
    const problems: string[] = [];
    w.__problems = problems;
    // The CSP listener reports through console.error, which is wrapped next.
    reportCsp();
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      problems.push(`console error: ${args.map(String).join(' ')}`);
      original(...args);
    };
    addEventListener('error', (e) => {
      if (e instanceof ErrorEvent) problems.push(`uncaught: ${e.message}`);
    });
    addEventListener('unhandledrejection', (e) => problems.push(`uncaught (in promise): ${String(e.reason)}`));
  }
  return w.__problems.splice(0);
}

interface Session {
  driver: WebDriver;
  process: ChildProcess;
  busy: boolean;
}

function openTab(session: Session): Tab {
  const { driver } = session;
  const problems: string[] = [];
  const evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => driver.executeScript<R>(`return (${fn.toString()})(arguments[0])`, arg);
  /**
   * Collects what the current page heard, and listens on it if it was not yet
   * (a page reached by a click). A page in the middle of navigating cannot
   * answer: what it heard since the last call is lost (the checks' pages are
   * also loaded through `loadProblems`).
   */
  const collect = async () => {
    const script = `return (${takeProblems.toString()})(${reportCspViolations.toString()})`;
    problems.push(...(await driver.executeScript<string[]>(script).catch(() => [])));
  };
  return {
    goto: async (url) => {
      await collect();
      await driver.get(url);
      await collect();
    },
    evaluate,
    press: async (key) => {
      await collect();
      const keys = KEYS[key];
      let actions = driver.actions();
      for (const k of keys) actions = actions.keyDown(k);
      for (const k of [...keys].reverse()) actions = actions.keyUp(k);
      await actions.perform();
    },
    type: async (text) => {
      await collect();
      await driver.actions().sendKeys(text).perform();
    },
    // A pointer click at the element's centre, as a reader clicks: this WebDriver's element click
    // refused the permalink and next-section links here as "not interactable".
    click: async (selector) => {
      await collect();
      const at = await evaluate(centreOf, selector);
      if (!at) throw new Error(`no element matches ${selector}`);
      await driver.actions().move({ x: Math.round(at.x), y: Math.round(at.y) }).click().perform();
    },
    drag: async (from, to) => {
      await collect();
      const at = (p: { x: number; y: number }) => ({ x: Math.round(p.x), y: Math.round(p.y) });
      await driver.actions().move(at(from)).press().move({ ...at(to), duration: 200 }).release().perform();
    },
    problems: async () => {
      await collect();
      return [...problems];
    },
    close: async () => {
      await driver.get('about:blank');
      session.busy = false;
    },
  };
}

/** Resizes the window (the viewport: no toolbar) and waits until the page sees the new size. */
async function setViewport(driver: WebDriver, { width, height }: { width: number; height: number }) {
  await driver.manage().window().setRect({ x: 0, y: 0, width, height });
  let got: [number, number] = [0, 0];
  for (let tries = 0; tries < 50; tries += 1) {
    got = await driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
    if (got[0] === width && got[1] === height) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKit: asked for a ${width}×${height} viewport, got ${got[0]}×${got[1]}`);
}

export const webkitDriver: EngineDriver = {
  name: 'webkit',
  minViewportWidth: 334,
  async launch(): Promise<Engine> {
    const xvfb = await startXvfb();
    const sessions = new Map<boolean, Promise<Session>>();
    const session = (javaScript: boolean) => {
      let found = sessions.get(javaScript);
      if (!found) {
        found = startSession(xvfb.display, javaScript).then((s) => ({ ...s, busy: false }));
        sessions.set(javaScript, found);
      }
      return found;
    };
    const first = await session(true).catch((e: unknown) => {
      xvfb.process.kill();
      throw e;
    });
    const capabilities = await first.driver.getCapabilities();
    return {
      name: 'webkit',
      version: `WebKitGTK ${String(capabilities.get('browserVersion'))} (${String(capabilities.get('browserName'))})`,
      async open(options) {
        const javaScript = options.javaScript !== false;
        const s = await session(javaScript);
        if (s.busy) throw new Error(`WebKit: one tab at a time with JavaScript ${javaScript ? 'on' : 'off'} (one WebDriver session each)`);
        await setViewport(s.driver, options.viewport);
        s.busy = true;
        return openTab(s);
      },
      async loadProblems(urls) {
        // A few browsers at a time: each spends most of its seconds starting up.
        const problems: string[][] = [];
        const queue = [...urls.entries()];
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [i, url] = next;
            // (MiniBrowser quits at the load event: what the page was still fetching then fails, as `CUT_OFF` says.
            // Loaded again, a file that cannot load fails every time and is reported; one the quit cut off loads.)
            let lines = await consoleWhileLoading(xvfb.display, url);
            for (let loads = 1; loads < LOADS && lines.some((line) => CUT_OFF.test(line)); loads += 1) {
              lines = await consoleWhileLoading(xvfb.display, url);
            }
            problems[i] = lines.map((line) => `${url}: ${line}`);
          }
        };
        await Promise.all([worker(), worker(), worker()]);
        return problems.flat();
      },
      async close() {
        for (const pending of sessions.values()) {
          const s = await pending;
          await s.driver.quit().catch(() => undefined);
          s.process.kill();
        }
        xvfb.process.kill();
      },
    };
  },
};
