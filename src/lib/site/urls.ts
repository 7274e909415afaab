/** Every URL of the site, built in one place. Trailing slashes: one folder per page. */
export const urls = {
  home: () => '/',
  article: (article: string) => `/articles/${article}/`,
  section: (article: string, section: string) => `/articles/${article}/${section}/`,
  /** A quote where it stands in its section. */
  quoteInText: (article: string, section: string, quote: string) => `/articles/${article}/${section}/#${quote}`,
  /** A quote's own page (permalink, citation, share card). */
  quotePage: (id: string) => `/quotes/${id}/`,
  timeline: (article: string) => `/articles/${article}/timeline/`,
  /** Every article's events on one timeline. */
  corpusTimeline: () => '/timeline/',
  search: () => '/search/',
  /** Everyone quoted (src/pages/people/index.astro). */
  peoplePage: () => '/people/',
  /** A registry entry's page: every quote of theirs. */
  person: (id: string) => `/people/${id}/`,
  /** The addresses people's pages had before the registry held more than analysts; they redirect (lib/permalinks/redirects.ts). */
  formerAnalysts: () => '/analysts/',
  formerAnalyst: (id: string) => `/analysts/${id}/`,
  /** A citation file, BibTeX (`bib`) or CSL-JSON (`json`), by share key (src/lib/share/keys.ts). */
  citeFile: (key: string, ext: 'bib' | 'json') => `/cite/${key}.${ext}`,
  /** A share card (Open Graph image, 1200×630 PNG), by share key. */
  card: (key: string) => `/og/${key}.png`,
  /** The selection-link module, loaded when the reader selects text in a section (src/lib/share/selection-handler.ts). */
  selectionModule: () => '/js/selection-link.js',
  /** The copy module of "Cite this", loaded when the reader clicks a Copy button (src/lib/cite/copy-handler.ts). */
  copyModule: () => '/js/copy-citation.js',
  /** The script of a moved address's redirect page (src/pages/[...moved].astro): on to the new address, keeping the #fragment. */
  movedModule: () => '/js/moved.js',
  /** The header field's search module, loaded on its first focus (src/lib/search/header-handler.ts). */
  headerSearchModule: () => '/js/header-search.js',
  /** The people index the header field matches names against (src/lib/search/people.ts). */
  people: () => '/search/people.json',
  /** Pagefind's whole index (passages and quotes, every facet), written after the build (src/lib/search/pagefind-index.ts). */
  searchIndex: () => '/pagefind/',
  /** Pagefind's quotes-only bundle, inside the whole index's folder: it answers first as the reader types. */
  quoteIndex: () => '/pagefind/quotes/',
} as const;

/** An absolute URL on the site's origin. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
