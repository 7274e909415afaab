/**
 * Reading, in Chromium: inside the author's paragraphs the reader sees the
 * author's words and, of ours, only note markers (numerals); every note is
 * reachable (beside the text on wide screens, from its marker in place on
 * narrow ones, without JavaScript), in the accessibility tree, and "Hide
 * notes" hides every marker and note.
 *
 * Words of ours: for each section page and width, the text drawn inside
 * each paragraph's own box (text nodes with a visible rectangle inside it;
 * hidden, clipped and transparent nodes excluded) is cut into words and
 * compared with the words of the source's section: a word drawn that the
 * source does not have (counted as a multiset) is ours. Numerals and
 * symbols are not words here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { sectionPages, select, textOf } from '../support/html.ts';
import { scrollSettled, tabTo } from '../support/page-helpers.ts';
import { readSource } from '../support/source.ts';

const base = inject('baseUrl');
const browser = useChromium();

const pages = sectionPages();
const titles = pages.map((p) => textOf(select(p.tree, 'h1')!, { annotations: false }));
const source = readSource(titles);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** Words: runs of letters (with inner apostrophes and hyphens), lower-cased; numerals and symbols are not words. */
const wordsOf = (text: string) => (text.normalize('NFC').toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []);

/** The text drawn inside each top-level paragraph's own box. */
function drawnInParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden = (el: Element | null, stop: Element): boolean => {
      for (let e = el; e && e !== stop.parentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0' || s.clipPath !== 'none') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('article.section-text > p')].map((p) => {
      const box = p.getBoundingClientRect();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (hidden(node.parentElement, p)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const inside = [...range.getClientRects()].some((r) => {
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          return r.width > 1 && r.height > 1 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        });
        if (inside) text += node.textContent;
      }
      return text;
    });
  });
}

/** Words drawn that the author's section does not have (a multiset difference), and how many words were drawn. */
function oursAgainst(drawn: string[], authorText: string) {
  const left = new Map<string, number>();
  for (const w of wordsOf(authorText)) left.set(w, (left.get(w) ?? 0) + 1);
  const ours: string[] = [];
  let author = 0;
  for (const w of drawn.flatMap(wordsOf)) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      left.set(w, n - 1);
      author += 1;
    } else ours.push(w);
  }
  return { ours, author };
}

describe.each(VIEWPORTS)('at $width×$height', ({ width, height }) => {
  test.each(pages.map((p, i) => [p.path, i] as const))('%s: at most 1 word of ours per 100 of the author’s inside the paragraphs', async (path, i) => {
    const { context, page } = await openPage(browser(), { viewport: { width, height } });
    try {
      await page.goto(`${base}${path}`);
      const drawn = await drawnInParagraphs(page);
      const section = source.sections[i]!;
      const { ours, author } = oursAgainst(drawn, section.paragraphs.join('\n'));
      console.log(`words of ours ${width}px ${path}: ${ours.length} per ${author} of the author’s (${((100 * ours.length) / Math.max(author, 1)).toFixed(2)} per 100)${ours.length ? `: ${ours.join(' ')}` : ''}`);
      expect(drawn.length, 'paragraphs').toBeGreaterThan(0);
      expect(author, 'the author’s words are drawn').toBeGreaterThan(wordsOf(section.paragraphs.join(' ')).length * 0.99);
      expect(ours.length * 100, `words of ours: ${ours.join(' ')}`).toBeLessThanOrEqual(author);
    } finally {
      await context.close();
    }
  });
});

describe('margin notes', () => {
  test.each(pages.map((p) => [p.path] as const))('%s at 1280 px: every note is beside the text, in the accessibility tree, its links reachable by Tab', async (path) => {
    const { context, page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${base}${path}`);
      const notes = await page.$$eval('.section-text .mn', (ns) =>
        ns.map((n) => {
          const r = n.getBoundingClientRect();
          const p = n.closest('p, h1, h2, h3')!.getBoundingClientRect();
          return { id: n.id, text: (n.textContent ?? '').replace(/\s+/g, ' ').trim(), beside: r.width > 0 && r.left >= p.right, links: n.querySelectorAll('a').length };
        }),
      );
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.filter((n) => !n.beside).map((n) => n.id), 'notes not in the margin beside their paragraph').toEqual([]);
      for (const n of notes) {
        const tree = await page.locator(`#${n.id}`).ariaSnapshot();
        // The accessibility tree has the note's words (its first few, numeral dropped).
        const start = n.text.replace(/^\d+\s*/, '').split(' ').slice(0, 2).join(' ');
        expect(tree, `#${n.id} in the accessibility tree`).toContain(start.replace(/[:(]/g, '').split(' ')[0]);
      }
      // Keyboard: Tab reaches every marker and every link of every note.
      const stops = await page.$$eval('.section-text .mk, .section-text .mn a', (els) => els.length);
      const reached = new Set<string>();
      for (let i = 0; i < stops + 200 && reached.size < stops; i += 1) {
        await page.keyboard.press('Tab');
        const key = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.matches('.section-text .mk, .section-text .mn a')) return null;
          return [...document.querySelectorAll('.section-text .mk, .section-text .mn a')].indexOf(el).toString();
        });
        if (key !== null) reached.add(key);
      }
      expect(reached.size, 'markers and note links reached by Tab').toBe(stops);
    } finally {
      await context.close();
    }
  });

  test.each(pages.map((p) => [p.path] as const))('%s at 390 px without JavaScript: each marker opens its note in place, on screen, the text unmoved', async (path) => {
    const { context, page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${base}${path}`);
      const markers = await page.$$eval('.section-text .mk', (bs) => bs.map((b) => b.getAttribute('popovertarget')!));
      expect(markers.length).toBeGreaterThan(0);
      expect(await page.locator('.section-text .mn').first().isVisible(), 'notes are closed at rest').toBe(false);
      for (const id of markers) {
        const marker = page.locator(`.mk[popovertarget="${id}"]`);
        await marker.scrollIntoViewIfNeeded();
        const para = marker.locator('xpath=ancestor::*[self::p or self::h1 or self::h2][1]');
        const before = await para.boundingBox();
        await marker.click();
        const note = page.locator(`#${id}`);
        expect(await note.evaluate((n) => n.matches(':popover-open')), `#${id} opens`).toBe(true);
        const box = (await note.boundingBox())!;
        expect(box.x, `#${id} on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `#${id} on screen`).toBeLessThanOrEqual(390);
        expect(box.y + box.height > 0 && box.y < 844, `#${id} in view`).toBe(true);
        // In place: just below its marker (or just above it, near the bottom of the screen).
        const at = (await marker.boundingBox())!;
        expect(Math.min(Math.abs(box.y - (at.y + at.height)), Math.abs(box.y + box.height - at.y)), `#${id} opens at its marker`).toBeLessThan(24);
        expect(await para.boundingBox(), 'the text does not move').toEqual(before);
        await page.keyboard.press('Escape');
        expect(await note.isVisible(), `#${id} closes with Escape`).toBe(false);
      }
      // By keyboard: Enter on a marker opens its note, Tab goes into it.
      const withLink = await page.$eval('.section-text .mn a', (a) => a.closest('.mn')!.id);
      await page.locator(`.mk[popovertarget="${withLink}"]`).focus();
      await page.keyboard.press('Enter');
      expect(await page.locator(`#${withLink}`).isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate((id) => document.activeElement?.closest('.mn')?.id, withLink), 'Tab moves into the open note').toBe(withLink);
    } finally {
      await context.close();
    }
  });

  test.each(VIEWPORTS)('a quote reached by its link at $width px is highlighted with its note shown', async ({ width, height }) => {
    const { context, page } = await openPage(browser(), { viewport: { width, height }, javaScriptEnabled: false });
    try {
      const path = pages.find((p) => p.html.includes('class="quote'))!.path;
      await page.goto(`${base}${path}`);
      const ids = await page.$$eval('.section-text .quote', (qs) => qs.map((q) => q.id));
      for (const id of ids) {
        await page.goto(`${base}${path}#${id}`);
        await scrollSettled(page);
        const note = page.locator(`.mn:has(a.permalink[href="#${id}"])`);
        expect(await note.isVisible(), `#${id}: its note is shown`).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  test.each(VIEWPORTS)('“Hide notes” at $width px hides every marker and note, without JavaScript', async ({ width, height }) => {
    const { context, page } = await openPage(browser(), { viewport: { width, height }, javaScriptEnabled: false });
    try {
      for (const { path } of pages) {
        await page.goto(`${base}${path}`);
        const visible = () => page.$$eval('.section-text .ann', (els) => els.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none').length);
        expect(await visible(), 'markers and notes at rest').toBeGreaterThan(0);
        const before = (await drawnInParagraphs(page)).flatMap(wordsOf);
        expect(await tabTo(page, '.plain input'), 'the control is reachable by Tab').toBe(true);
        await page.keyboard.press('Space');
        expect(await visible(), `${path}: markers and notes shown in plain text`).toBe(0);
        const after = (await drawnInParagraphs(page)).flatMap(wordsOf);
        expect(after.length, 'the text is all there').toBe(before.length);
      }
    } finally {
      await context.close();
    }
  });
});
