/**
 * The keyboard paths through a section page: the first Tab stop is the skip
 * link, Enter on it moves focus to the main content; every permalink anchor
 * (`a.permalink`) is reached by Tab, with a visible focus outline, in view
 * and not covered.
 */
import { expect, test } from 'vitest';
import type { Tab } from '../../support/engines/engine.ts';
import { placement, scrollSettled, waitFor } from '../../support/engines/page.ts';
import { base, DESKTOP, inTab, type EngineRef } from './in-tab.ts';
import { PERMALINKS } from './site.ts';

interface Focused {
  href: string | null;
  inMain: boolean;
  isMain: boolean;
  outline: boolean;
  /** Focused before in this walk: the walk has come round. */
  seen: boolean;
}

function focused(tab: Tab): Promise<Focused | null> {
  return tab.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const seen = el.hasAttribute('data-tab-seen');
    el.setAttribute('data-tab-seen', '');
    const style = getComputedStyle(el);
    const main = document.querySelector('main');
    return {
      href: el.getAttribute('href'),
      inMain: main?.contains(el) ?? false,
      isMain: el === main,
      outline: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
      seen,
    };
  }, null);
}

export function keyboardChecks(engine: EngineRef): void {
  const { path } = PERMALINKS;
  test(`${path}: the skip link comes first and moves focus to main; Tab reaches every permalink anchor, outlined, in view`, async () => {
    await inTab(engine(), { viewport: DESKTOP }, async (tab) => {
      await tab.goto(`${base}${path}`);
      await tab.press('Tab');
      const first = await focused(tab);
      const mainId = await tab.evaluate(() => document.querySelector('main')?.id ?? null, null);
      expect(mainId, 'main has an id to skip to').not.toBeNull();
      expect(first?.href, 'the first Tab stop skips to main').toBe(`#${mainId}`);
      expect((await placement(tab, null)).inView, 'the skip link is on screen when focused').toBe(true);
      await tab.press('Enter');
      await waitFor(tab, 'focus on main', () => document.activeElement === document.querySelector('main'), null);

      const anchors = await tab.evaluate(
        () => [...document.querySelectorAll<HTMLAnchorElement>('main a.permalink')].map((a) => a.getAttribute('href')!),
        null,
      );
      expect(anchors.length).toBeGreaterThan(0);
      const reached = new Set<string>();
      const problems: string[] = [];
      for (let i = 0; i < 600; i += 1) {
        await tab.press('Tab');
        const f = await focused(tab);
        if (!f || f.seen || !f.inMain) break;
        if (f.href === null || !anchors.includes(f.href)) continue;
        reached.add(f.href);
        if (!f.outline) problems.push(`${f.href}: no focus outline`);
        // Focus scrolls the anchor into view, perhaps smoothly and, in WebKit on a busy machine, after a
        // delay (Chromium too, at a CI run's load): judge where the scroll ends, asking again for up to 6 s unless it is already there.
        let at = await placement(tab, null);
        for (const start = Date.now(); (!at.inView || at.coveredBy !== null) && Date.now() - start < 6000; ) {
          await scrollSettled(tab);
          at = await placement(tab, null);
        }
        if (!at.inView || at.coveredBy !== null) problems.push(`${f.href}: not in view or covered when focused (${JSON.stringify(at)})`);
      }
      expect(anchors.filter((a) => !reached.has(a)), 'permalink anchors not reached by Tab').toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
