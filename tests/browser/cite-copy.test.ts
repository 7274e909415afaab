/**
 * "Cite this": each Copy button copies its citation (Chicago and APA as
 * plain text with rich text beside it, BibTeX as text) and says so; nothing
 * of it loads before the click, and the module arrives on the click. Without
 * JavaScript the buttons are hidden and one click on a citation selects it all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { pagePaths } from '../support/html.ts';
import { checkAxe, formatViolations } from '../gates/lib/axe.ts';

const base = inject('baseUrl');
const browser = useChromium();
const paths = pagePaths();
/** One page of each citable kind: the first article overview, section and quote page. */
const PAGES = [
  paths.find((p) => /^\/articles\/[^/]+\/$/.test(p)),
  paths.find((p) => /^\/articles\/[^/]+\/[^/]+\/$/.test(p) && !p.endsWith('/timeline/')),
  paths.find((p) => p.startsWith('/quotes/')),
].filter((p): p is string => p !== undefined);

const FORMATS = [
  { id: 'cite-chicago', button: 'Copy Chicago' },
  { id: 'cite-apa', button: 'Copy APA' },
  { id: 'cite-bibtex', button: 'Copy BibTeX' },
];

async function openCiteThis(page: Page) {
  const summary = page.locator('.cite-this > summary');
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
}

describe('Copy buttons in "Cite this"', () => {
  test('there is an article, a section and a quote page', () => {
    expect(PAGES).toHaveLength(3);
  });

  test.each(PAGES)('%s: each button copies its citation; the module loads on the first click only', async (path) => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    try {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await openCiteThis(page);
      expect(scripts, 'nothing loads before the click').toEqual([]);
      for (const { id, button } of FORMATS) {
        const expected = (await page.locator(`#${id}`).textContent())!;
        expect(expected.length).toBeGreaterThan(20);
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await page.getByRole('button', { name: button }).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toBe(expected);
        await expect.poll(() => page.locator('.cite-status').textContent()).toMatch(/copied\.$/);
      }
      // Chicago and APA also go as rich text, with their italics.
      await page.getByRole('button', { name: 'Copy APA' }).click();
      const copiedHtml = () =>
        page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          return item!.types.includes('text/html') ? await (await item!.getType('text/html')).text() : '';
        });
      await expect.poll(copiedHtml, { timeout: 5000 }).toContain('<i>');
      expect(scripts).toEqual(['/js/copy-citation.js']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('open, with a citation copied, "Cite this" passes axe in both themes', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    try {
      await page.goto(`${base}${PAGES[1]}`, { waitUntil: 'networkidle' });
      await openCiteThis(page);
      await page.getByRole('button', { name: 'Copy Chicago' }).click();
      await expect.poll(() => page.locator('.cite-status').textContent()).toMatch(/copied\.$/);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(formatViolations(`${PAGES[1]} (${colorScheme})`, await checkAxe(page))).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the buttons are hidden and a click selects a whole citation', async () => {
    const { context, page, errors } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${base}${PAGES[1]}`, { waitUntil: 'networkidle' });
      await openCiteThis(page);
      expect(await page.locator('.cite-copy').first().isVisible()).toBe(false);
      expect(await page.locator('.cite-hint').isVisible()).toBe(true);
      for (const { id } of FORMATS) {
        await page.locator(`#${id}`).click();
        const [selected, text] = await Promise.all([page.evaluate(() => getSelection()!.toString()), page.locator(`#${id}`).textContent()]);
        expect(selected.trim()).toBe(text!.trim());
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
