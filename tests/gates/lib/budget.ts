/**
 * Gate 7: byte budgets. A page's weight is its HTML plus the stylesheets it
 * links, each gzipped on its own at level 9 (as a static host serves them),
 * from the files as built. And no JavaScript before the reader interacts:
 * no script requested or executed while a page loads and settles untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Page } from 'playwright-core';
import { hasClass, prop, select, selectAll, textOf, urlPathOf } from '../../support/html.ts';
import { fileIn, shortUrl } from './site.ts';

/** The budget of a section page of up to BUDGET_WORDS words: HTML + its CSS, gzipped. */
export const SECTION_BUDGET = 12 * 1024;
/**
 * The length of section SECTION_BUDGET is for. A longer section (another
 * publication's article may run 2,000 words without a heading) is allowed
 * the same bytes per word: the author's words are not ours to cut, and what
 * we add per word (quote notes, markers) may not grow.
 */
export const BUDGET_WORDS = 450;

/** The budget of a section page whose text has `words` words. */
export function sectionBudget(words: number): number {
  return Math.round(SECTION_BUDGET * Math.max(1, words / BUDGET_WORDS));
}

/** The number of words of the author's text on a section page: its headings and paragraphs (`.para`) without our annotations. */
export function sectionWords(dir: string, file: string): number {
  const article = select(fromHtml(readFileSync(join(dir, file), 'utf8')), 'article.section-text');
  if (!article) throw new Error(`${file}: no article.section-text`);
  const prose = selectAll(article, (el) => /^h[1-6]$/.test(el.tagName) || hasClass(el, 'para'));
  return prose.reduce((n, el) => n + textOf(el, { annotations: false }).split(' ').filter(Boolean).length, 0);
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

export interface PageWeight {
  file: string;
  html: number;
  css: { href: string; gzip: number }[];
  /** HTML + CSS, gzipped bytes. */
  total: number;
}

/** The gzipped weight of `file` (inside `dir`) and of each stylesheet it links (same-origin, from `dir`). */
export function pageWeight(dir: string, file: string): PageWeight {
  const html = readFileSync(join(dir, file));
  const pageUrl = new URL(urlPathOf(file), 'http://site.invalid');
  const css = selectAll(fromHtml(html.toString('utf8')), (el) => el.tagName === 'link' && (prop(el, 'rel') ?? '').split(' ').includes('stylesheet')).map((el) => {
    const href = prop(el, 'href') ?? '';
    const url = new URL(href, pageUrl);
    const cssFile = url.origin === pageUrl.origin ? fileIn(dir, url.pathname) : undefined;
    if (!cssFile) throw new Error(`${file}: stylesheet ${href} is not a file of ${dir}`);
    return { href, gzip: gzipSize(readFileSync(join(dir, cssFile))) };
  });
  const htmlGzip = gzipSize(html);
  return { file, html: htmlGzip, css, total: htmlGzip + css.reduce((n, c) => n + c.gzip, 0) };
}

export function formatWeight(w: PageWeight): string {
  return `${w.file}: ${w.total} B gzip (HTML ${w.html} B + CSS ${w.css.map((c) => `${c.href} ${c.gzip} B`).join(', ') || 'none'})`;
}

/** Events that fire without the reader doing anything: handlers for them run before any interaction. */
const LOAD_TIME_EVENTS = /^on(load|error|abort|pageshow|pagehide|beforeunload|unload|readystatechange|animation\w+|transition\w+|toggle|beforematch|contentvisibilityautostatechange)$/i;

/**
 * Loads `url` and lets it settle with no interaction; returns every sign of
 * JavaScript: script requests, executable `<script>` elements (JSON-LD and
 * other data blocks are not), handlers for events that fire on their own,
 * and scripts of the site's origin that V8 ran (Chromium's JS coverage).
 */
export async function scriptsBeforeInteraction(page: Page, url: string): Promise<string[]> {
  const origin = new URL(url).origin;
  const requested: string[] = [];
  const onRequest = (r: { resourceType(): string; url(): string }) => {
    if (r.resourceType() === 'script') requested.push(`requested script ${shortUrl(r.url())}`);
  };
  page.on('request', onRequest);
  await page.coverage.startJSCoverage({ resetOnNavigation: true, reportAnonymousScripts: false });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('request', onRequest);
  }
  const executed = (await page.coverage.stopJSCoverage())
    .filter((e) => e.url.startsWith(origin) && e.functions.some((f) => f.ranges.some((r) => r.count > 0)))
    .map((e) => `executed ${shortUrl(e.url)} (${e.source?.length ?? '?'} characters)`);
  const inPage = await page.evaluate((loadTime) => {
    const runs = (type: string) => /^(|module|(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript))$/i.test(type.trim());
    const scripts = [...document.scripts].filter((s) => runs(s.type)).map((s) => (s.src ? `<script src="${s.getAttribute('src')}">` : `inline <script> (${s.text.length} characters)`));
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => new RegExp(loadTime, 'i').test(n)).map((n) => `<${el.localName} ${n}> runs without interaction`),
    );
    return [...scripts, ...handlers];
  }, LOAD_TIME_EVENTS.source);
  return [...new Set([...requested, ...inPage, ...executed])];
}
