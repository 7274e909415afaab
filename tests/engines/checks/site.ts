/**
 * The pages the cross-engine checks read, derived from dist/ (never listed):
 * the representative pages (tests/support/page-kinds.ts), the section pages
 * among them (their paragraphs have ids: permalinks), and the page that runs
 * a script (search).
 */
import { isMovedPage, loadPages, prop, selectAll } from '../../support/html.ts';
import { representativePages } from '../../support/page-kinds.ts';

/** Paragraphs with a permalink: a `p` with an id and, inside it, a link to that id (select, then keep those). */
export const PARAGRAPH = 'main p[id]';

const idsOf = (path: string, selector = '[id]') => {
  const page = loadPages().find((p) => p.path === path);
  if (!page) throw new Error(`no page ${path} in dist/`);
  const found = selectAll(page.tree, selector);
  const own = selector === PARAGRAPH ? found.filter((el) => selectAll(el, `a[href="#${String(el.properties.id)}"]`).length > 0) : found;
  return own.map((el) => String(el.properties.id));
};

/** Every kind of page and element, once (tests/support/page-kinds.ts). */
export const PAGES = representativePages();

/** Representative pages that are section text: they have paragraph permalinks. */
export const SECTION_PAGES = PAGES.filter((path) => idsOf(path, PARAGRAPH).length >= 2);

/** The section page with the most quotes (permalinks of both kinds), and its last quote and middle paragraph. */
export const PERMALINKS = (() => {
  const [path] = [...SECTION_PAGES].sort((a, b) => idsOf(b).filter((id) => id.startsWith('q-')).length - idsOf(a).filter((id) => id.startsWith('q-')).length);
  if (!path) throw new Error('dist/ has no section page');
  const ids = idsOf(path);
  const paragraphs = idsOf(path, PARAGRAPH);
  const quote = ids.filter((id) => id.startsWith('q-')).at(-1);
  if (!quote) throw new Error(`${path} has no quote`);
  return { path, ids: [quote, paragraphs[Math.floor(paragraphs.length / 2)]!] };
})();

/** A page that loads a script of its own (search; not a moved address's redirect page): where "JavaScript is off" can be seen. */
export const SCRIPTED_PAGE = (() => {
  const page = loadPages().find((p) => !isMovedPage(p) && selectAll(p.tree, (el) => el.tagName === 'script' && prop(el, 'src') !== undefined).length > 0);
  if (!page) throw new Error('no page of dist/ loads a script');
  return page.path;
})();
