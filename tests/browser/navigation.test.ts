/**
 * Reading through the article: home → article → first section → "Next
 * section" to the end → "Previous section" back, by mouse and by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { articlePath, articles, quotedPeople, quotes } from '../support/content.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { follow, sectionsOf, tabTo, textWithoutAnnotations } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const browser = useChromium();

const h1 = (page: Page) => textWithoutAnnotations(page, 'h1');
const pathOf = (page: Page) => new URL(page.url()).pathname;

describe.each(articles().map((a) => [a.slug, a] as const))('walking the sections of %s', (_slug, article) => {
  const sections = sectionsOf(article);
  const SECTION_TITLES = sections.map((s) => s.title);
  const last = sections.length - 1;

  /** From the home page to the first section, by the article link and the first section link. */
  async function toFirstSection(page: Page) {
    await page.goto(`${base}/`);
    await follow(page, `main a[href="${articlePath(article)}"]`);
    expect(pathOf(page)).toBe(articlePath(article));
    await follow(page, 'ol.section-list a');
    expect(pathOf(page)).toBe(sections[0]!.path);
  }

    test('with the mouse: Next section to the end, Previous section back to the start', async () => {
      const { context, page, errors } = await openPage(browser());
      try {
        await toFirstSection(page);
        for (let i = 0; i <= last; i += 1) {
          expect(await h1(page), `section ${i + 1}`).toBe(SECTION_TITLES[i]);
          expect(pathOf(page)).toBe(sections[i]!.path);
          if (i < last) await follow(page, 'a[rel=next]');
        }
        expect(await page.locator('a[rel=next]').count(), 'the last section has no Next link').toBe(0);
        for (let i = last; i > 0; i -= 1) {
          await follow(page, 'a[rel=prev]');
          expect(await h1(page), `back to section ${i}`).toBe(SECTION_TITLES[i - 1]);
        }
        expect(await page.locator('a[rel=prev]').count(), 'the first section has no Previous link').toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('with the keyboard: Tab to Next section, Enter, to the end; then Previous section back', async () => {
      const { context, page, errors } = await openPage(browser());
      try {
        await toFirstSection(page);
        for (let i = 0; i < last; i += 1) {
          // Start from the top of the page each time, as a reader arriving on it.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          expect(await tabTo(page, 'a[rel=next]'), `Next section link reachable by Tab on section ${i + 1}`).toBe(true);
          const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
          await page.keyboard.press('Enter');
          await page.waitForURL(href);
          expect(await h1(page)).toBe(SECTION_TITLES[i + 1]);
        }
        for (let i = last; i > 0; i -= 1) {
          expect(await tabTo(page, 'a[rel=prev]'), `Previous section link reachable by Tab on section ${i + 1}`).toBe(true);
          const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
          await page.keyboard.press('Enter');
          await page.waitForURL(href);
          expect(await h1(page)).toBe(SECTION_TITLES[i - 1]);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('the sidebar contents list every section in order and marks the current one', async () => {
      const { context, page } = await openPage(browser());
      try {
        for (const [i, section] of sections.entries()) {
          await page.goto(`${base}${section.path}`);
          const titles = await page.locator('.contents ol > li > a').allTextContents();
          expect(titles.map((t) => t.trim())).toEqual([...SECTION_TITLES]);
          expect(await page.locator('.contents a[aria-current=page]').getAttribute('href')).toBe(sections[i]!.path);
        }
      } finally {
        await context.close();
      }
    });
});

describe('people pages at their former addresses', () => {
  const analyst = quotedPeople().find((p) => p.kind === 'analyst');
  const quote = analyst && quotes().find((q) => !q.continues && q.person?.includes(analyst.id));

  test('an analyst page linked before the registry (/analysts/<id>/#quote) lands on their /people/ page, at the quote', async () => {
    expect(analyst && quote, 'the content quotes an analyst').toBeTruthy();
    const { context, page, errors } = await openPage(browser());
    try {
      await page.goto(`${base}${urls.formerAnalyst(analyst!.id)}#${quote!.id}`);
      await page.waitForURL((url) => url.pathname === urls.person(analyst!.id));
      expect(new URL(page.url()).hash).toBe(`#${quote!.id}`);
      expect(await h1(page)).toBe(analyst!.name);
      expect(await page.locator(`li#${quote!.id}`).count()).toBe(1);
      await page.goto(`${base}${urls.formerAnalysts()}`);
      await page.waitForURL((url) => url.pathname === urls.peoplePage());
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
