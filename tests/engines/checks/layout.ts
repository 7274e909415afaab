/**
 * No page kind scrolls sideways on a phone (320 and 390 px wide), at its top
 * and with every disclosure open; nothing goes wrong in the console meanwhile.
 */
import { expect, test } from 'vitest';
import type { EngineDriver } from '../../support/engines/engine.ts';
import { overflow } from '../../support/engines/page.ts';
import { base, inTab, type EngineRef } from './in-tab.ts';
import { PAGES } from './site.ts';

export function layoutChecks(driver: EngineDriver, engine: EngineRef): void {
  const widths = [320, 390].filter((w) => w >= driver.minViewportWidth);
  test.each(widths)(`at %i px wide no page kind scrolls sideways (${PAGES.length} pages), disclosures open or closed`, async (width) => {
    await inTab(engine(), { viewport: { width, height: 740 } }, async (tab) => {
      const wide: string[] = [];
      for (const path of PAGES) {
        await tab.goto(`${base}${path}`);
        for (const state of ['closed', 'open']) {
          if (state === 'open') await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), null);
          const { scrollWidth, width: viewport, wide: out } = await overflow(tab);
          if (scrollWidth > viewport) wide.push(`${path} (details ${state}): ${scrollWidth} px wide in ${viewport}; sticking out: ${out.join(', ')}`);
        }
      }
      expect(wide).toEqual([]);
    });
  });
}
