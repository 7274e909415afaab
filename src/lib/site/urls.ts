/** Every URL of the site, built in one place. Trailing slashes: one folder per page. */
export const urls = {
  home: () => '/',
  article: (article: string) => `/articles/${article}/`,
  section: (article: string, section: string) => `/articles/${article}/${section}/`,
  quote: (article: string, section: string, quote: string) => `/articles/${article}/${section}/#${quote}`,
  timeline: (article: string) => `/articles/${article}/timeline/`,
  /** Every article's events on one timeline. */
  corpusTimeline: () => '/timeline/',
  search: () => '/search/',
  analysts: () => '/analysts/',
  analyst: (id: string) => `/analysts/${id}/`,
} as const;

/** An absolute URL on the site's origin. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
