/**
 * "Link to the selected text": selecting a sentence in a section (with the
 * mouse, or with the keyboard) brings up a control whose link is a text
 * fragment (`#:~:text=`); opening that link scrolls the passage into view.
 * Nothing of it loads or runs before the reader interacts: a section page
 * requests no script on load, and the module arrives on the first selection.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, useChromium } from '../support/browser.ts';
import { sectionBody } from '../../src/lib/content/load.ts';
import { normalizeSpace, splitSentences } from '../../src/lib/text.ts';
import { scrollSettled, SECTIONS, type SiteSection } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const browser = useChromium();

/**
 * The sentences of a section that the page shows as plain text in one text node (no directive, no
 * Markdown markup), but the first of each paragraph and the section's last (a text fragment gives the
 * words around the selection: those before it from its own paragraph), in reading order.
 */
function plainSentences(section: SiteSection): string[] {
  const body = sectionBody(section.article.sections[section.index]!.body);
  const paragraphs = body.split(/\n\s*\n/).map(normalizeSpace).filter(Boolean);
  return paragraphs.flatMap((p) => splitSentences(p).map(normalizeSpace).slice(1)).slice(0, -1).filter((s) => /^[^\[\]{}:*_`<>\\#&|~]+[.?!]$/u.test(s));
}
const wordCount = (s: string) => s.split(' ').length;
/**
 * From the section with the most paragraphs: a short plain sentence of words alone (given whole; the
 * keyboard test selects it word by word) and a long one (linked by its first and last words), the last
 * of each in the section, so that opening their links has to scroll.
 */
const { section: SECTION, short: SHORT, long: LONG } = (() => {
  for (const section of [...SECTIONS].sort((a, b) => b.paragraphs.length - a.paragraphs.length)) {
    const plain = plainSentences(section);
    const short = plain.findLast((s) => wordCount(s) >= 4 && wordCount(s) <= 10 && /^[\p{L}\p{N} ]+[.?!]$/u.test(s));
    const long = plain.findLast((s) => wordCount(s) >= 16);
    if (short && long) return { section, short, long };
  }
  throw new Error('no section has a plain sentence of 4–10 words and one of 16 or more');
})();
const encodeTerm = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D');
const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const edge = (words: string[]) => escapeRegExp(encodeTerm(words.join(' ')));

/** Viewport boxes of the first and last characters of `text` in the section text (scrolled into view first). */
async function textEnds(page: Page, text: string) {
  return page.evaluate((t) => {
    const article = document.querySelector('article.section-text')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(t);
      if (i < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = (from: number) => {
        const r = document.createRange();
        r.setStart(node, from);
        r.setEnd(node, from + 1);
        const rect = r.getClientRects()[0]!;
        return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
      };
      return { first: box(i), last: box(i + t.length - 1) };
    }
    throw new Error(`"${t}" is not in one text node of the section`);
  }, text);
}

/** Where `text` is, relative to the viewport (null if absent). */
function textBox(page: Page, text: string) {
  return page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + t.length);
      const rect = r.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
    }
    return null;
  }, text);
}

const controlLink = (page: Page) => page.locator('.selection-link a');

describe('link to the selected text', () => {
  test('a section page requests and runs no script on load', async () => {
    const { context, page, errors } = await openPage(browser());
    try {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`${base}${SECTION.path}`, { waitUntil: 'networkidle' });
      expect(scripts).toEqual([]);
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.m?js(\?|$)/.test(n)));
      expect(loaded).toEqual([]);
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await page.locator('.selection-link').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('selecting a sentence with the mouse offers a link to it; opening the link scrolls it into view', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${base}${SECTION.path}`, { waitUntil: 'networkidle' });
      const { first, last } = await textEnds(page, SHORT);
      await page.mouse.move(first.left + 1, first.y);
      await page.mouse.down();
      await page.mouse.move((first.left + last.right) / 2, last.y, { steps: 5 });
      await page.mouse.move(last.right - 1, last.y, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => getSelection()!.toString())).toBe(SHORT);

      await expect.poll(() => controlLink(page).isVisible(), { timeout: 5000 }).toBe(true);
      expect(scripts).toEqual(['/js/selection-link.js']);
      const href = (await controlLink(page).getAttribute('href'))!;
      expect(href).toContain('#:~:text=');
      const url = new URL(href);
      expect(url.pathname).toBe(SECTION.path);
      // The whole sentence, with the words around it; "-", "," and "&" percent-encoded.
      expect(url.hash).toMatch(new RegExp(`^#:~:text=[^,]+-,${edge(SHORT.split(' '))},-[^,]+$`));
      expect(await page.getByRole('group', { name: 'Link to the selected text' }).isVisible()).toBe(true);
      // The control sits near the selection.
      const control = (await page.locator('.selection-link').boundingBox())!;
      expect(Math.abs(control.y - last.y)).toBeLessThan(80);
      expect(errors).toEqual([]);

      // A new reader opens the link: the sentence is scrolled into view.
      const fresh = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      try {
        await fresh.page.goto(href);
        await scrollSettled(fresh.page);
        const box = (await textBox(fresh.page, SHORT))!;
        expect(box.scrollY, 'the page scrolled').toBeGreaterThan(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
        expect(fresh.errors).toEqual([]);
      } finally {
        await fresh.context.close();
      }
    } finally {
      await context.close();
    }
  });

  test('a longer selection is linked by its first and last words; the link still lands on it', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${base}${SECTION.path}`, { waitUntil: 'networkidle' });
      const { first, last } = await textEnds(page, LONG);
      await page.mouse.move(first.left + 1, first.y);
      await page.mouse.down();
      await page.mouse.move(last.right - 1, last.y, { steps: 10 });
      await page.mouse.up();
      await expect.poll(() => controlLink(page).isVisible(), { timeout: 5000 }).toBe(true);
      const hash = new URL((await controlLink(page).getAttribute('href'))!).hash;
      expect(hash).toMatch(new RegExp(`^#:~:text=[^,]+-,${edge(LONG.split(' ').slice(0, 4))},${edge(LONG.split(' ').slice(-4))},-[^,]+$`));
      const fresh = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      try {
        await fresh.page.goto(`${base}${SECTION.path}${hash}`);
        await scrollSettled(fresh.page);
        const box = (await textBox(fresh.page, LONG))!;
        expect(box.scrollY).toBeGreaterThan(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(box.viewport);
      } finally {
        await fresh.context.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('with the keyboard (caret browsing): Shift+arrows select, Tab reaches the control, Escape closes it', async () => {
    // Selecting static text from the keyboard is caret browsing (F7 in Chromium), switched on here by its flag.
    const caret = await launchChromium(['--enable-caret-browsing']);
    try {
      const { page, errors } = await openPage(caret, { viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}${SECTION.path}`, { waitUntil: 'networkidle' });
      const { first } = await textEnds(page, SHORT);
      // The caret goes before the sentence (the section text takes focus), then the sentence is selected word by word.
      await page.mouse.click(first.left + 1, first.y);
      expect(await page.evaluate(() => document.activeElement?.matches('article.section-text'))).toBe(true);
      expect(await controlLink(page).count()).toBe(0);
      for (let i = 0; i < wordCount(SHORT); i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(SHORT);

      await expect.poll(() => controlLink(page).isVisible(), { timeout: 5000 }).toBe(true);
      // Every keyup re-reads the selection; the control may show a word-by-word step before the last keyup's turn comes.
      await expect
        .poll(() => controlLink(page).getAttribute('href'), { timeout: 5000 })
        .toMatch(new RegExp(`#:~:text=[^,]+-,${edge(SHORT.split(' '))},-[^,]+$`));
      await expect.poll(() => page.locator('.selection-link [role="status"]').textContent()).toContain('press Tab');

      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.selection-link') !== null)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toContain('#:~:text=');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.selection-link').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('article.section-text'))).toBe(true);
      expect(await page.evaluate(() => getSelection()!.toString().trim()), 'the selection stays').toBe(SHORT);
      expect(errors).toEqual([]);
    } finally {
      await caret.close();
    }
  });

  test('the control copies the link where the Clipboard API is available', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await page.goto(`${base}${SECTION.path}`, { waitUntil: 'networkidle' });
      const { first, last } = await textEnds(page, SHORT);
      await page.mouse.move(first.left + 1, first.y);
      await page.mouse.down();
      await page.mouse.move(last.right - 1, last.y, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => controlLink(page).isVisible(), { timeout: 5000 }).toBe(true);
      const href = await controlLink(page).getAttribute('href');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.locator('.selection-link [role="status"]').textContent()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
