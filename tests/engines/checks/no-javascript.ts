/**
 * Reading with JavaScript off: the page's own scripts really do not run;
 * each section page shows every paragraph, no wider than a phone; its
 * permalinks land in view; the next-section link leads on.
 */
import { expect, test } from 'vitest';
import { overflow, placement, scrollSettled, waitFor } from '../../support/engines/page.ts';
import { base, inTab, PHONE, type EngineRef } from './in-tab.ts';
import { PARAGRAPH, SCRIPTED_PAGE, SECTION_PAGES } from './site.ts';

/** Whether the page fetched a script (a page with JavaScript off fetches none). */
const fetchedScript = () => performance.getEntriesByType('resource').some((e) => (e as PerformanceResourceTiming).initiatorType === 'script');

export function noJavaScriptChecks(engine: EngineRef): void {
  test(`JavaScript is off: ${SCRIPTED_PAGE} fetches no script, where the same page with JavaScript on does`, async () => {
    await inTab(engine(), { viewport: PHONE }, async (tab) => {
      await tab.goto(`${base}${SCRIPTED_PAGE}`);
      await waitFor(tab, 'the page’s script to be fetched', fetchedScript, null);
    });
    await inTab(engine(), { viewport: PHONE, javaScript: false }, async (tab) => {
      await tab.goto(`${base}${SCRIPTED_PAGE}`);
      await new Promise((r) => setTimeout(r, 300));
      expect(await tab.evaluate(fetchedScript, null)).toBe(false);
    });
  });

  test.each(SECTION_PAGES)('with JavaScript off %s shows every paragraph, fits a phone, lands on its last paragraph, leads on', async (path) => {
    await inTab(engine(), { viewport: PHONE, javaScript: false }, async (tab) => {
      await tab.goto(`${base}${path}`);
      const paragraphs = await tab.evaluate(
        (selector) => [...document.querySelectorAll(selector)].filter((el) => el.querySelector(`a[href="#${el.id}"]`)).map((el) => ({ id: el.id, shown: el.getClientRects().length > 0 && (el as HTMLElement).innerText.trim().length > 0 })),
        PARAGRAPH,
      );
      expect(paragraphs.length).toBeGreaterThan(1);
      expect(paragraphs.filter((p) => !p.shown).map((p) => p.id), 'paragraphs not shown').toEqual([]);
      const { scrollWidth, width, wide } = await overflow(tab);
      expect(scrollWidth, `sticking out: ${wide.join(', ')}`).toBeLessThanOrEqual(width);

      const last = paragraphs.at(-1)!.id;
      await tab.goto(`${base}${path}#${last}`);
      await scrollSettled(tab);
      const at = await placement(tab, `[id="${last}"]`);
      expect(at.inView && at.coveredBy === null, `#${last} in view, uncovered (${JSON.stringify(at)})`).toBe(true);

      const next = await tab.evaluate(() => document.querySelector<HTMLAnchorElement>('a[rel=next]')?.href ?? null, null);
      if (next !== null) {
        await tab.click('a[rel=next]');
        await waitFor(tab, `the next section (${next})`, (url) => location.href === url && document.readyState === 'complete', next);
      }
    });
  });
}
