/**
 * The pages the cross-engine checks read, derived from dist/ (never listed):
 * the representative pages (tests/support/page-kinds.ts), the section pages
 * among them (they have paragraph permalinks, `#p1`, `#p2`…), and the page
 * that runs a script (search).
 */
import { loadPages, prop, selectAll } from '../../support/html.ts';
import { representativePages } from '../../support/page-kinds.ts';

const PARAGRAPH_ID = /^p\d+$/;

const idsOf = (path: string) => {
  const page = loadPages().find((p) => p.path === path);
  if (!page) throw new Error(`no page ${path} in dist/`);
  return selectAll(page.tree, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id));
};

/** Every kind of page and element, once (tests/support/page-kinds.ts). */
export const PAGES = representativePages();

/** Representative pages that are section text: they have paragraph permalinks. */
export const SECTION_PAGES = PAGES.filter((path) => idsOf(path).filter((id) => PARAGRAPH_ID.test(id)).length >= 2);

/** The section page with the most quotes (permalinks of both kinds), and its last quote and middle paragraph. */
export const PERMALINKS = (() => {
  const [path] = [...SECTION_PAGES].sort((a, b) => idsOf(b).filter((id) => id.startsWith('q-')).length - idsOf(a).filter((id) => id.startsWith('q-')).length);
  if (!path) throw new Error('dist/ has no section page');
  const ids = idsOf(path);
  const paragraphs = ids.filter((id) => PARAGRAPH_ID.test(id));
  const quote = ids.filter((id) => id.startsWith('q-')).at(-1);
  if (!quote) throw new Error(`${path} has no quote`);
  return { path, ids: [quote, paragraphs[Math.floor(paragraphs.length / 2)]!] };
})();

/** The page that loads a script of its own (search): where "JavaScript is off" can be seen. */
export const SCRIPTED_PAGE = (() => {
  const page = loadPages().find((p) => selectAll(p.tree, (el) => el.tagName === 'script' && prop(el, 'src') !== undefined).length > 0);
  if (!page) throw new Error('no page of dist/ loads a script');
  return page.path;
})();

export { PARAGRAPH_ID };
