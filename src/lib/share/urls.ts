/**
 * URLs of what "Cite and share" adds: quote pages, citation files and share
 * cards. Citation files and cards share one key per thing cited:
 * `<article>`, `<article>/<section>`, `quote/<quote-id>`.
 */
export const shareUrls = {
  /** A quote's own page (permalink, citation, share card). */
  quote: (id: string) => `/quotes/${id}/`,
  /** A citation file: BibTeX (`bib`) or CSL-JSON (`json`). */
  citeFile: (key: string, ext: 'bib' | 'json') => `/cite/${key}.${ext}`,
  /** A share card (Open Graph image), 1200×630 PNG. */
  card: (key: string) => `/og/${key}.png`,
} as const;

export const shareKeys = {
  article: (article: string) => article,
  section: (article: string, section: string) => `${article}/${section}`,
  quote: (id: string) => `quote/${id}`,
} as const;

/** The share cards' size (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;
