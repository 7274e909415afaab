/**
 * Permalinks land on their passage: opening a section at a quote or a
 * paragraph (`#id`) makes it the :target, in view and covered by nothing
 * (a sticky header, say); clicking its permalink anchor (`a.permalink`) does the same.
 */
import { expect, test } from 'vitest';
import type { Tab } from '../../support/engines/engine.ts';
import { placement, scrollSettled, waitFor } from '../../support/engines/page.ts';
import { base, DESKTOP, inTab, PHONE, type EngineRef } from './in-tab.ts';
import { PERMALINKS } from './site.ts';

async function expectLanded(tab: Tab, id: string): Promise<void> {
  await waitFor(tab, `#${id} to be :target`, (i) => document.getElementById(i)?.matches(':target'), id);
  // The engine scrolls to it when it is ready to (on a busy machine that can be late), perhaps smoothly:
  // give it up to 5 s to get there, then judge where the scroll ends.
  const start = Date.now();
  while (!(await placement(tab, `[id="${id}"]`)).inView && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 100));
  await scrollSettled(tab);
  const at = await placement(tab, `[id="${id}"]`);
  expect(at.inView, `#${id} in view (top ${at.top})`).toBe(true);
  expect(at.coveredBy, `#${id} covered`).toBeNull();
}

export function permalinkChecks(engine: EngineRef): void {
  const { path, ids } = PERMALINKS;
  test.each([DESKTOP, PHONE])(`opening ${path}#id lands on the quote and the paragraph; so does clicking their permalinks ($width px)`, async (viewport) => {
    await inTab(engine(), { viewport }, async (tab) => {
      for (const id of ids) {
        await tab.goto(`${base}${path}#${id}`);
        await expectLanded(tab, id);
      }
      await tab.goto(`${base}${path}`);
      for (const id of [...ids].reverse()) {
        // A quote's permalink is in its margin note: where the note is not beside the text (a phone), it opens from its marker first.
        const closedNote = await tab.evaluate((i) => {
          const note = document.querySelector(`main a.permalink[href="#${i}"]`)?.closest('.mn');
          return note && getComputedStyle(note).float === 'none' && !note.matches(':popover-open') ? note.id : null;
        }, id);
        if (closedNote) await tab.click(`button[popovertarget="${closedNote}"]`);
        await tab.click(`main a.permalink[href="#${id}"]`);
        await waitFor(tab, `the URL to end in #${id}`, (i) => location.hash === `#${i}`, id);
        await expectLanded(tab, id);
      }
    });
  });
}
