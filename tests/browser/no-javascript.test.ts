/**
 * With JavaScript disabled the site works the same: every section renders
 * its full text, permalinks and next/previous links work, and no page has
 * a script other than structured data.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isInView, launchChromium, openPage } from '../support/browser.ts';
import { pagePaths, SECTION_TITLES } from '../support/html.ts';
import { follow, isTarget, SECTION_SLUGS, sectionPath, textWithoutAnnotations } from '../support/page-helpers.ts';
import { missingInOrder, readSource, sentencesOf } from '../support/source.ts';

const base = inject('baseUrl');
const source = readSource(SECTION_TITLES);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page, errors } = await openPage(browser, { javaScriptEnabled: false }));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('with JavaScript disabled', () => {
  test('JavaScript really is off in this context', async () => {
    await page.goto(`${base}/`);
    await page.setContent('<p id="x">off</p><script>document.getElementById("x").textContent = "on"</script>');
    expect(await page.textContent('#x')).toBe('off');
  });

  test.each(SECTION_SLUGS.map((slug, i) => [slug, i] as const))('%s renders its full text, in source order', async (slug, i) => {
    await page.goto(`${base}${sectionPath(slug)}`);
    expect(await page.locator('article.section-text').isVisible()).toBe(true);
    const text = await textWithoutAnnotations(page, 'article.section-text');
    const sentences = (source.sections[i]?.paragraphs ?? []).flatMap(sentencesOf);
    expect(sentences.length).toBeGreaterThan(0);
    const missing = missingInOrder(text, sentences);
    expect(missing.map((m) => m.sentence), `${slug}: sentences missing or out of order`).toEqual([]);
    expect(await textWithoutAnnotations(page, 'h1')).toBe(SECTION_TITLES[i]);
  });

  test('permalink anchors work: opening #p1, then clicking another paragraph’s and a quote’s permalink', async () => {
    const path = sectionPath('tactic-or-strategy');
    await page.goto(`${base}${path}#p1`);
    expect(await isTarget(page, 'p1')).toBe(true);
    await expect.poll(() => isInView(page, '#p1')).toBe(true);
    for (const id of ['p3', 'q-latynina-chinese-call']) {
      await page.locator(`#${id} a.permalink[href="#${id}"]`).last().click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
      expect(await isTarget(page, id)).toBe(true);
      await expect.poll(() => isInView(page, `#${id}`)).toBe(true);
    }
  });

  test('Next section and Previous section links work', async () => {
    await page.goto(`${base}${sectionPath(SECTION_SLUGS[0])}`);
    for (let i = 1; i < SECTION_SLUGS.length; i += 1) {
      await follow(page, 'a[rel=next]');
      expect(await textWithoutAnnotations(page, 'h1')).toBe(SECTION_TITLES[i]);
    }
    for (let i = SECTION_SLUGS.length - 2; i >= 0; i -= 1) {
      await follow(page, 'a[rel=prev]');
      expect(await textWithoutAnnotations(page, 'h1')).toBe(SECTION_TITLES[i]);
    }
  });

  test('no page has a script other than JSON-LD, nor inline event handlers', async () => {
    const problems: string[] = [];
    for (const path of pagePaths()) {
      await page.goto(`${base}${path}`);
      const found = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].map((s) => s.type || '(classic)').filter((t) => t !== 'application/ld+json'),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')).map((n) => `<${el.localName} ${n}>`)),
        jsUrls: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
      }));
      for (const s of found.scripts) problems.push(`${path}: <script type="${s}">`);
      for (const h of found.handlers) problems.push(`${path}: ${h}`);
      if (found.jsUrls > 0) problems.push(`${path}: ${found.jsUrls} javascript: URL(s)`);
    }
    expect(problems).toEqual([]);
  });

  test('no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
