/**
 * Keys of what "Cite and share" makes for each thing cited: its citation
 * files and share card share one key, `<article>`, `<article>/<section>` or
 * `quote/<quote-id>` (their URLs: src/lib/site/urls.ts).
 */
export const shareKeys = {
  article: (article: string) => article,
  section: (article: string, section: string) => `${article}/${section}`,
  quote: (id: string) => `quote/${id}`,
} as const;

/** The share cards' size (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;
