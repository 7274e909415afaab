/**
 * Permalinks: opening a section at a quote or paragraph (#id), at desktop
 * and phone sizes, shows that element as :target, in view below the sticky
 * header, highlighted; clicking a permalink anchor (a quote's is in its
 * margin note, opened from its marker on a phone) does the same.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { loadPermalinks } from '../../src/lib/content/reference-data.ts';
import { isInView, openPage, useChromium } from '../support/browser.ts';
import { ARTICLE_SLUG } from '../support/html.ts';
import { isTarget, notePermalink, scrollSettled, sectionPath } from '../support/page-helpers.ts';

const base = inject('baseUrl');
const record = loadPermalinks('content').get(ARTICLE_SLUG)!;
/** The id of a section's n-th (0-based) paragraph, as published (permalinks.yaml). */
const paragraphId = (slug: string, n: number) => record.sections.find((s) => s.slug === slug)!.paragraphs[n]!.id;
const browser = useChromium();

const VIEWPORTS = [
  { name: 'desktop 1280×800', width: 1280, height: 800 },
  { name: 'phone 390×844', width: 390, height: 844 },
];

/** [section slug, element id, selector of a comparable element that is not the target]. */
const TARGETS: [string, string, string][] = [
  ['tactic-or-strategy', 'q-sutyrin-only-guarantor', '.quote:not(:target)'],
  ['tactic-or-strategy', 'q-klein-schmitz-threat-perception', '.quote:not(:target)'],
  ['tactic-or-strategy', 'q-latynina-chinese-call', '.quote:not(:target)'],
  ['csto-misrepresented-and-misunderstood', 'q-cst-original-objective', '.quote:not(:target)'],
  ['looking-ahead', 'q-tokayev-new-kazakhstan', '.quote:not(:target)'],
  ['tactic-or-strategy', paragraphId('tactic-or-strategy', 1), 'p.para:not(:target)'],
  ['looking-ahead', paragraphId('looking-ahead', 1), 'p.para:not(:target)'],
];

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
  test.each(TARGETS)('opening %s#%s shows it in view and highlighted', async (slug, id, other) => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      const response = await page.goto(`${base}${sectionPath(slug)}#${id}`);
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
      await page.goto(`${base}${sectionPath('tactic-or-strategy')}`);
      for (const id of ['q-kazantsev-western-vector', 'q-cooley-why-so-quickly']) {
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
      await page.goto(`${base}${sectionPath('csto-misrepresented-and-misunderstood')}`);
      const id = paragraphId('csto-misrepresented-and-misunderstood', 2);
      await page.locator(`#${id} > a.permalink[href="#${id}"]`).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
      await expectHighlightedTarget(page, id, 'p.para:not(:target)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a former fragment (an id from before, #p2) lands on its passage: in view and highlighted', async () => {
    const { context, page, errors } = await openPage(browser(), { viewport: { width, height } });
    try {
      const section = record.sections.find((s) => s.anchors.some((a) => !a.revised && s.paragraphs.some((p) => p.id === a.to)))!;
      const former = section.anchors.find((a) => !a.revised && section.paragraphs.some((p) => p.id === a.to))!;
      await page.goto(`${base}${sectionPath(section.slug)}#${former.id}`);
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
