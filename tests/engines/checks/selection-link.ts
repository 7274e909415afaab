/**
 * The selection link: dragging the mouse over the start of a passage below
 * the first screen offers a link to it (a text fragment, `#:~:text=`);
 * opening that link in a new tab scrolls the passage into view.
 */
import { expect, test } from 'vitest';
import { scrollSettled, waitFor } from '../../support/engines/page.ts';
import { base, DESKTOP, inTab, type EngineRef } from './in-tab.ts';
import { PARAGRAPH, PERMALINKS } from './site.ts';

/** Where `text` is (its first occurrence in a text node), relative to the viewport, or null. */
function textBox(text: string) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const i = node.textContent!.indexOf(text);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + text.length);
    const box = range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, viewport: innerHeight, scrollY };
  }
  return null;
}

export function selectionLinkChecks(engine: EngineRef): void {
  const { path } = PERMALINKS;
  test(`selecting the start of ${path}’s last paragraph with the mouse offers a link that lands on it`, async () => {
    let href = '';
    let words = '';
    await inTab(engine(), { viewport: DESKTOP }, async (tab) => {
      await tab.goto(`${base}${path}`);
      // The first words of the last paragraph's first text of some length, scrolled to the middle of the screen.
      const target = await tab.evaluate((selector) => {
        const paragraphs = [...document.querySelectorAll(selector)].filter((el) => el.querySelector(`a[href="#${el.id}"]`));
        const last = paragraphs.at(-1)!;
        const node = [...last.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\S+( \S+){6}/.test(n.textContent!))!;
        const text = /\S+( \S+){5}/.exec(node.textContent!)![0];
        const start = node.textContent!.indexOf(text);
        last.scrollIntoView({ block: 'center', behavior: 'instant' });
        const charBox = (at: number) => {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const box = range.getClientRects()[0]!;
          return { left: box.left, right: box.right, y: box.top + box.height / 2 };
        };
        return { text, first: charBox(start), last: charBox(start + text.length - 1) };
      }, PARAGRAPH);
      words = target.text;
      await tab.drag({ x: target.first.left + 1, y: target.first.y }, { x: target.last.right - 1, y: target.last.y });
      expect(await tab.evaluate(() => getSelection()!.toString().trim(), null)).toBe(words);
      href = await waitFor(tab, 'the selection link', () => document.querySelector<HTMLAnchorElement>('.selection-link a[href*="#:~:text="]')?.href ?? null, null);
    });
    expect(href).toContain(`${base}${path}#:~:text=`);
    await inTab(engine(), { viewport: DESKTOP }, async (tab) => {
      await tab.goto(href);
      // The engine scrolls to the text fragment when it is ready to (late on a busy machine): wait up to 5 s for it to start, then for it to end.
      await waitFor(tab, 'the page to scroll', () => window.scrollY > 0, null, 5000).catch(() => undefined);
      await scrollSettled(tab);
      const box = await tab.evaluate(textBox, words);
      expect(box, `“${words}” on the page`).not.toBeNull();
      expect(box!.scrollY, 'the page scrolled to the passage').toBeGreaterThan(0);
      expect(box!.top >= 0 && box!.bottom <= box!.viewport, `“${words}” in view (${JSON.stringify(box)})`).toBe(true);
    });
  });
}
