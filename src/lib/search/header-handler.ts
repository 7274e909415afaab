/**
 * The header search field's one piece of JavaScript: the value of its
 * `onfocus` attribute. On the field's first focus (a click, a tap, Tab) it
 * loads the header-search module, which loads Pagefind and the people index;
 * nothing runs or loads before that. astro.config.mjs hashes this exact
 * string into the CSP, as it does the section text's selection handler
 * (src/lib/share/selection-handler.ts).
 */
import { urls } from '../site/urls.ts';

export const HEADER_SEARCH_HANDLER = `import('${urls.headerSearchModule()}').then(m=>m.start(this))`;
