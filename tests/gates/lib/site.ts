/**
 * The pages of a built site, found by walking its folder for `*.html` (never
 * a hard-coded list), and small helpers shared by the gates.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { content, quotes } from '../../support/content.ts';
import { listFiles, urlPathOf } from '../../support/html.ts';

export interface SitePage {
  /** Path of the file inside the site folder, forward slashes: `analysts/index.html`. */
  file: string;
  /** URL path it is served at: `/people/`, `/404.html`. */
  path: string;
  /** Absolute path of the file. */
  abs: string;
}

/** Every HTML page under `dir`, sorted by file. */
export function sitePages(dir: string): SitePage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, path: urlPathOf(file), abs: join(dir, file) }));
}

/** Pages whose `<body>` has the class `section-page` (the article's sections, src/pages/articles/[article]/[section].astro). */
export function sectionPagesIn(dir: string): SitePage[] {
  return sitePages(dir).filter((p) => /<body\b[^>]*\bclass="[^"]*\bsection-page\b/.test(readFileSync(p.abs, 'utf8')));
}

/** Redirect pages of addresses that moved (src/pages/[...moved].astro: `<html data-moved-to>`): nothing links to them, and their one script sends the reader on. */
export function isMovedPage(page: SitePage): boolean {
  return /<html\b[^>]*\bdata-moved-to=/.test(readFileSync(page.abs, 'utf8'));
}

/** `http://127.0.0.1:1234/a/b/?q#x` → `/a/b/?q#x` (for messages). */
export function shortUrl(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}${u.hash}`;
}

/** A query the built site has results for: the surname of the first analyst the content quotes. */
export function searchQuery(): string {
  const analysts = new Set(content().people.filter((p) => p.kind === 'analyst').map((p) => p.id));
  const id = quotes().find((q) => q.person?.some((p) => analysts.has(p)))?.person?.find((p) => analysts.has(p));
  const name = content().people.find((a) => a.id === id)?.name;
  if (!name) throw new Error('the content quotes no analyst: nothing to search for');
  return name.split(' ').at(-1)!;
}

/**
 * Opens the search page, types `query` into `#search-input` as a reader
 * would, and waits for the results; returns how many result links appeared.
 */
export async function searchFor(page: Page, baseUrl: string, query = searchQuery()): Promise<number> {
  await page.goto(new URL('/search/', baseUrl).href, { waitUntil: 'load' });
  await page.locator('#search-input').pressSequentially(query, { delay: 20 });
  await page.locator('#search-results a.result').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  return page.locator('#search-results a.result').count();
}

/**
 * The file (inside `dir`) a URL path resolves to, as a static host serves
 * it: a folder is its index.html, `/x/` or `/x` may also be `x.html`.
 */
export function fileIn(dir: string, pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`, `${clean.replace(/\/$/, '')}.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => c !== '.html' && existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}
