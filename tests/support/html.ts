/**
 * Reading the built site (`dist/`) for the build and browser tests: the
 * HTML pages, parsed with a real HTML parser (hast), and small helpers to
 * find elements and their text without our annotations (`.ann`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, selectAll as hastSelectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { normalizeSpace } from '../../src/lib/text.ts';

/** The repository root (tests run from anywhere). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist');

/** The public origin astro.config.mjs builds for (canonical URLs, sitemap): SITE_URL or its default. */
export const SITE_ORIGIN = (() => {
  const config = readFileSync(join(REPO_ROOT, 'astro.config.mjs'), 'utf8');
  const fallback = /site:\s*process\.env\.SITE_URL\s*\?\?\s*['"]([^'"]+)['"]/.exec(config)?.[1];
  const site = process.env.SITE_URL ?? fallback;
  if (!site) throw new Error('cannot read the site URL from astro.config.mjs');
  return new URL(site).origin;
})();

/** Class of every element we add to the author's text (src/lib/markdown/hast.ts). */
export const ANNOTATION = 'ann';

export interface DistPage {
  /** Path of the file inside dist/, with forward slashes: `analysts/index.html`. */
  file: string;
  /** URL path the page is served at: `/people/`, `/404.html`. */
  path: string;
  html: string;
  tree: Root;
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
export function listFiles(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `a/b/index.html` → `/a/b/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The URL paths of every HTML page in dist/ (for the browser tests). */
export function pagePaths(): string[] {
  return listFiles().filter((f) => f.endsWith('.html')).map(urlPathOf);
}

let cache: DistPage[] | undefined;

/** Whether a built page is the redirect page of an address that moved (src/pages/[...moved].astro), not a page of its own. */
export function isMovedPage(page: Pick<DistPage, 'html'>): boolean {
  return /<html[^>]*\sdata-moved-to=/.test(page.html);
}

/** Every HTML page in dist/, parsed. */
export function loadPages(): DistPage[] {
  cache ??= listFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      return { file, path: urlPathOf(file), html, tree: fromHtml(html) };
    });
  return cache;
}

export function pageAt(path: string): DistPage | undefined {
  return loadPages().find((p) => p.path === path);
}

/**
 * The dist/ file a URL path resolves to, as a static host serves it: a
 * folder is its index.html, `/x/` or `/x` may also be `x.html`.
 */
export function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`, `${clean.replace(/\/$/, '')}.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => c !== '.html' && existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

/** A property of an element as a string (class lists and other lists joined by spaces). */
export function prop(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasClass(el: Element, name: string): boolean {
  const c = el.properties.className;
  return Array.isArray(c) && c.includes(name);
}

export type Predicate = (el: Element) => boolean;

/** Elements under `node` (itself included) matching a CSS selector (hast-util-select) or a predicate, in document order. */
export function selectAll(node: Nodes, match: Predicate | string): Element[] {
  if (typeof match === 'string') {
    const self = node.type === 'element' && matches(match, node) ? [node] : [];
    return [...self, ...hastSelectAll(match, node)];
  }
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (match(el)) found.push(el);
  });
  return found;
}

export function select(node: Nodes, match: Predicate | string): Element | undefined {
  return selectAll(node, match)[0];
}

/** All ids on a page (a page should not repeat one). */
export function idsOf(node: Nodes): string[] {
  return selectAll(node, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id));
}

/** A copy of `node` without the elements that have class `ann` (our annotations). */
export function withoutAnnotations<T extends Nodes>(node: T): T {
  const copy = structuredClone(node);
  visit(copy, 'element', (el: Element, index, parent) => {
    if (parent && index !== undefined && hasClass(el, ANNOTATION)) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return copy;
}

/** The rendered text of `node` (as innerText would give it), white space normalised. */
export function textOf(node: Nodes, options: { annotations?: boolean } = {}): string {
  const n = options.annotations === false ? withoutAnnotations(node) : node;
  return normalizeSpace(toText(n));
}

/** The JSON-LD blocks of a page, parsed (throws on invalid JSON). */
export function jsonLdOf(page: DistPage): unknown[] {
  return selectAll(page.tree, (el) => el.tagName === 'script' && prop(el, 'type') === 'application/ld+json').map((el) => {
    const text = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new Error(`${page.file}: invalid JSON-LD: ${String(e)}`);
    }
  });
}

/** The content of `<meta name=…>` or `<meta property=…>`. */
export function metaContent(page: DistPage, key: string): string | undefined {
  const el = select(page.tree, (e) => e.tagName === 'meta' && (prop(e, 'name') === key || prop(e, 'property') === key));
  return el ? prop(el, 'content') : undefined;
}

/** The section pages of an article, in reading order (the order of the overview's section list). */
export function sectionPages(articleSlug: string): DistPage[] {
  const overview = pageAt(`/articles/${articleSlug}/`);
  if (!overview) throw new Error(`dist has no article overview for ${articleSlug}`);
  const list = select(overview.tree, 'ol.section-list');
  if (!list) throw new Error('the article overview has no ol.section-list');
  return selectAll(list, 'a').map((a) => {
    const href = prop(a, 'href') ?? '';
    const page = pageAt(href);
    if (!page) throw new Error(`section link ${href} has no page in dist`);
    return page;
  });
}
