/**
 * Permalinks: opening a section at a quote or paragraph (#id), at desktop
 * and phone sizes, shows that element as :target, in view below the sticky
 * header, highlighted; clicking a permalink anchor (a quote's is in its
 * margin note, opened from its marker on a phone) does the same.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { isInView, openPage, useChromium } from '../support/browser.ts';
import { busiestSection, isTarget, notePermalink, scrollSettled, SECTIONS, sectionWith } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const browser = useChromium();

const VIEWPORTS = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
];

/**
 * [section path, element id, selector of a comparable element that is not the target]: from the content,
 * the first and last quote of every section with two or more (a quote's highlight needs another to differ
 * from), a joint quote's, and the second and last paragraph of every section with two or more.
 */
const TARGETS: [string, string, string][] = [
  ...SECTIONS.filter((s) => s.quotes.length > 1).flatMap((s) =>
    [...new Set([s.quotes[0]!.id, ...s.quotes.filter((q) => (q.person?.length ?? 0) > 1).map((q) => q.id), s.quotes.at(-1)!.id])].map(
      (id): [string, string, string] => [s.path, id, '.quote:not(:target)'],
    ),
  ),
  ...SECTIONS.filter((s) => s.paragraphs.length > 1).flatMap((s) =>
    [...new Set([s.paragraphs[1]!, s.paragraphs.at(-1)!])].map((id): [string, string, string] => [s.path, id, 'p.para:not(:target)']),
  ),
];
const clickQuotes = busiestSection();
const clickParagraph = sectionWith('three paragraphs', (s) => s.paragraphs.length >= 3);

const background = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? getComputedStyle(el).backgroundColor : null;
  }, selector);

const TRANSPARENT = ['rgba(0, 0, 0, 0)', 'transparent'];

/** The element is the :target, in view below the header, and highlighted unlike `other`. */
async function expectHighlightedTarget(page: Page, id: string, other: string) {
  expect(await isTarget(page, id), `#${id} is :target`).toBe(true);
  // Scrolling to a fragment may be smooth: judge where it ends, not where it passes.
  await scrollSettled(page);
  const at = await page.evaluate((i) => ({
    top: Math.round(document.getElementById(i)!.getBoundingClientRect().top),
    headerBottom: Math.round(document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0),
    scrollPaddingTop: getComputedStyle(document.documentElement).scrollPaddingTop,
  }), id);
  expect(await isInView(page, `#${id}`), `#${id} in view, clear of the sticky header (${JSON.stringify(at)})`).toBe(true);
  const targetBg = await background(page, `#${id}`);
  const otherBg = await background(page, other);
  expect(otherBg, `a non-target element (${other}) exists`).not.toBeNull();
  expect(TRANSPARENT, `#${id} has a highlight background`).not.toContain(targetBg);
  expect(targetBg, `#${id} is highlighted unlike ${other}`).not.toBe(otherBg);
}

describe.each(VIEWPORTS)('permalinks at $name', ({ width, height }) => {
  test.each(TARGETS)('opening %s#%s shows it in view and highlighted', async (path, id, other) => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      const response = await page.goto(`${base}${path}#${id}`);
      expect(response?.status()).toBe(200);
      await expectHighlightedTarget(page, id, other);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('clicking a quote’s permalink anchor updates the URL and highlights the quote', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      await page.goto(`${base}${clickQuotes.path}`);
      // Two quotes, the later first: each click moves the target.
      for (const id of [clickQuotes.quotes.at(-1)!.id, clickQuotes.quotes[0]!.id]) {
        await (await notePermalink(page, id)).click();
        await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
        await expectHighlightedTarget(page, id, '.quote:not(:target)');
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('clicking a paragraph’s permalink anchor updates the URL and highlights the paragraph', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      const id = clickParagraph.paragraphs[2]!;
      await page.goto(`${base}${clickParagraph.path}`);
      await page.locator(`#${id} > a.permalink[href="#${id}"]`).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
      await expectHighlightedTarget(page, id, 'p.para:not(:target)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** A recorded former fragment that lands on a live paragraph, in any article (none when nothing was renamed yet). */
  const formers = SECTIONS.flatMap((s) => {
    const recorded = s.article.permalinks?.sections.find((r) => r.slug === s.slug);
    return (recorded?.anchors ?? []).filter((a) => !a.revised && s.paragraphs.includes(a.to)).map((a) => ({ path: s.path, ...a }));
  });
  test.skipIf(formers.length === 0)('a former fragment (an id from before) lands on its passage: in view and highlighted', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      const former = formers[0]!;
      await page.goto(`${base}${former.path}#${former.id}`);
      await scrollSettled(page);
      expect(await isInView(page, `#${former.to}`), `#${former.id} → #${former.to} in view`).toBe(true);
      expect(TRANSPARENT, `#${former.to} is highlighted`).not.toContain(await background(page, `#${former.to}`));
      expect(await background(page, `#${former.to}`)).not.toBe(await background(page, `p.para:not(#${former.to})`));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
