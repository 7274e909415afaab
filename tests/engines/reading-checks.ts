/**
 * The reading-critical checks, declared once and run by one test file per
 * engine (chromium/firefox/webkit.test.ts), each in its own engine: layout
 * on a phone, permalinks, reading with JavaScript off, the keyboard paths,
 * search as you type, the selection link; in every tab, no console error,
 * uncaught error or CSP violation (first: proof that a tab would see one).
 * Prints the engine's version and how long its checks took.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine, EngineDriver } from '../support/engines/engine.ts';
import { keyboardChecks } from './checks/keyboard.ts';
import { layoutChecks } from './checks/layout.ts';
import { noJavaScriptChecks } from './checks/no-javascript.ts';
import { permalinkChecks } from './checks/permalinks.ts';
import { searchChecks } from './checks/search.ts';
import { selectionLinkChecks } from './checks/selection-link.ts';
import { base, DESKTOP, type EngineRef } from './checks/in-tab.ts';
import { PAGES, PERMALINKS } from './checks/site.ts';

/** A page that breaks its own policy while it loads: an inline script its CSP does not allow. */
const VIOLATING_PAGE = `data:text/html,${encodeURIComponent(`<meta http-equiv="content-security-policy" content="script-src 'none'"><p>x</p><script>document.title = 'ran'</script>`)}`;

function problemsAreSeen(engine: EngineRef): void {
  test('a CSP violation while a page loads is seen; so are a console error, an uncaught error and a violation in a tab', async () => {
    expect((await engine().loadProblems([VIOLATING_PAGE])).join('\n'), 'the load-time violation').toMatch(/script/i);
    const tab = await engine().open({ viewport: DESKTOP });
    try {
      await tab.goto(`${base}${PERMALINKS.path}`);
      const before = (await tab.problems()).length;
      await tab.evaluate(() => {
        console.error('probe: console error');
        setTimeout(() => {
          throw new Error('probe: uncaught');
        });
        document.body.append(Object.assign(document.createElement('script'), { textContent: 'document.title = "ran"' }));
      }, null);
      await new Promise((r) => setTimeout(r, 500));
      const after = (await tab.problems()).slice(before).join('\n');
      expect(after).toContain('probe: console error');
      expect(after).toContain('probe: uncaught');
      expect(after).toMatch(/CSP violation: script-src/);
    } finally {
      await tab.close();
    }
  });
}

export function readingChecks(driver: EngineDriver): void {
  let engine: Engine | undefined;
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    engine = await driver.launch();
  });
  afterAll(async () => {
    await engine?.close();
    console.log(`${engine?.version ?? driver.name}: the cross-engine checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  const ref: EngineRef = () => {
    if (!engine) throw new Error(`${driver.name} did not start`);
    return engine;
  };
  describe(driver.name, () => {
    problemsAreSeen(ref);
    test(`loading each kind of page (${PAGES.length}): no console error, uncaught error or CSP violation`, async () => {
      expect(await ref().loadProblems(PAGES.map((path) => `${base}${path}`))).toEqual([]);
    });
    describe('layout', () => layoutChecks(driver, ref));
    describe('permalinks', () => permalinkChecks(ref));
    describe('JavaScript off', () => noJavaScriptChecks(ref));
    describe('keyboard', () => keyboardChecks(ref));
    describe('search', () => searchChecks(ref));
    describe('selection link', () => selectionLinkChecks(ref));
  });
}
