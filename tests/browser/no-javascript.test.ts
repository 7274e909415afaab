/**
 * With JavaScript disabled the site works the same: every section renders
 * its full text, permalinks and next/previous links work, and no page has
 * a script other than structured data.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadPermalinks } from '../../src/lib/content/reference-data.ts';
import { isInView, launchChromium, openPage } from '../support/browser.ts';
import { articles, sourceFileOf } from '../support/content.ts';
import { isMovedPage, loadPages } from '../support/html.ts';
import { busiestSection, follow, isTarget, scrollSettled, SECTIONS, sectionsOf, textWithoutAnnotations } from '../support/page-helpers.ts';
import { missingInOrder, readSource, sentencesOf } from '../support/source.ts';

const base = inject('baseUrl');
/**
 * Pages allowed a script (same-origin file, never inline), each with the
 * selector of what it offers without JavaScript. Every other page is
 * script-free but for structured data. Search is the one exception: it is
 * a progressive enhancement over the people lists (each person's page lists their quotes).
 */
const SCRIPTED_PAGES: Record<string, string> = { '/search/': '.search-fallback' };
/** Each article's source, cut at the headings of its titled sections. */
const sources = new Map(
  articles().map((a) => {
    const file = sourceFileOf(a);
    if (!file) throw new Error(`${a.slug} has no source.txt`);
    return [a.slug, readSource(file, a.sections.filter((s) => !s.data.untitled).map((s) => s.data.title))] as const;
  }),
);
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ context, page, errors } = await openPage(browser, { javaScriptEnabled: false }));
});
/** Inline event handlers seen (not <script>s, so listed for review rather than failed). */
const handlers = new Set<string>();
afterAll(async () => {
  if (handlers.size > 0) console.log(`inline event handlers:\n${[...handlers].map((h) => `  ${h}`).join('\n')}`);
  await context?.close();
  await browser?.close();
});

describe('with JavaScript disabled', () => {
  test('JavaScript really is off in this context', async () => {
    await page.goto(`${base}/`);
    await page.setContent('<p id="x">off</p><script>document.getElementById("x").textContent = "on"</script>');
    expect(await page.textContent('#x')).toBe('off');
  });

  test.each(SECTIONS.map((s) => [s.path, s] as const))('%s renders its full text, in source order', async (path, section) => {
    await page.goto(`${base}${path}`);
    expect(await page.locator('article.section-text').isVisible()).toBe(true);
    const text = await textWithoutAnnotations(page, 'article.section-text');
    const sentences = (sources.get(section.article.slug)!.sections[section.index]?.paragraphs ?? []).flatMap(sentencesOf);
    expect(sentences.length).toBeGreaterThan(0);
    const missing = missingInOrder(text, sentences);
    expect(missing.map((m) => m.sentence), `${path}: sentences missing or out of order`).toEqual([]);
    expect(await textWithoutAnnotations(page, 'h1')).toBe(section.title);
  });

  test('permalink anchors work: opening a paragraph’s, then clicking another paragraph’s and a quote’s permalink', async () => {
    // The section with the most quotes: its last paragraph and its last quote.
    const section = busiestSection();
    expect(section.quotes.length).toBeGreaterThan(0);
    const first = section.paragraphs[0]!;
    await page.goto(`${base}${section.path}#${first}`);
    expect(await isTarget(page, first)).toBe(true);
    await scrollSettled(page);
    expect(await isInView(page, `#${first}`), `#${first} in view, clear of the sticky header`).toBe(true);
    for (const id of [section.paragraphs.at(-1)!, section.quotes.at(-1)!.id]) {
      await page.locator(`a.permalink[href="#${id}"]`).last().click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
      expect(await isTarget(page, id)).toBe(true);
      await scrollSettled(page);
      expect(await isInView(page, `#${id}`), `#${id} in view, clear of the sticky header`).toBe(true);
    }
  });

  test.each(articles().map((a) => [a.slug, a] as const))('%s: Next section and Previous section links work', async (_slug, article) => {
    const sections = sectionsOf(article);
    await page.goto(`${base}${sections[0]!.path}`);
    for (let i = 1; i < sections.length; i += 1) {
      await follow(page, 'a[rel=next]');
      expect(await textWithoutAnnotations(page, 'h1')).toBe(sections[i]!.title);
    }
    for (let i = sections.length - 2; i >= 0; i -= 1) {
      await follow(page, 'a[rel=prev]');
      expect(await textWithoutAnnotations(page, 'h1')).toBe(sections[i]!.title);
    }
  });

  // Redirect pages of moved addresses load /js/moved.js, and without it refresh to where the address went.
  test.each(loadPages().filter((p) => !isMovedPage(p)).map((p) => p.path))('%s has no script other than JSON-LD (search excepted), nor a javascript: URL', async (path) => {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    const found = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')]
        .filter((s) => s.type !== 'application/ld+json')
        .map((s) => ({ type: s.type || '(classic)', src: s.getAttribute('src'), inline: (s.textContent ?? '').trim() !== '' })),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')).map((n) => `<${el.localName} ${n}>`)),
      jsUrls: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]')].length,
    }));
    const problems: string[] = [];
    for (const s of found.scripts) {
      const allowed = path in SCRIPTED_PAGES && s.src !== null && !s.inline && new URL(s.src, page.url()).origin === new URL(base).origin;
      if (!allowed) problems.push(`<script type="${s.type}"${s.src ? ` src="${s.src}"` : ''}>${s.inline ? ' (inline)' : ''}`);
    }
    if (found.jsUrls > 0) problems.push(`${found.jsUrls} javascript: URL(s)`);
    for (const h of found.handlers) handlers.add(`${path}: ${h}`);
    expect(problems).toEqual([]);
  });

  test.each(Object.entries(SCRIPTED_PAGES))('%s, which has a script, still offers its no-JavaScript fallback', async (path, fallback) => {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    const links = await page.locator(`${fallback} a[href]`).count();
    expect(links, `${fallback} lists links to follow without JavaScript`).toBeGreaterThan(0);
    expect(await page.locator(fallback).first().isVisible()).toBe(true);
  });

  test('no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
