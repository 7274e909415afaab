/**
 * Citation metadata in a page's head, so that a reference manager (Zotero,
 * Mendeley) or Google Scholar saves the ORIGINAL article — its title,
 * publication, date at its precision, URL, author(s) and language — rather
 * than our page. Made from the same CSL item as the page's "Cite this" and its
 * /cite/ files, so the titles cannot differ.
 *
 * What reads what (zotero/translators, Embedded Metadata.js and RDF.js, which
 * it loads; Google Scholar's inclusion guidelines):
 * - Highwire Press `citation_*` tags: Scholar reads them first; Zotero maps
 *   them over everything else (HIGHWIRE_MAPPINGS: citation_title → title,
 *   citation_publication_date → date, citation_public_url → url,
 *   citation_language → language; citation_author → creators).
 * - No `citation_journal_title`: Zotero takes it as proof of a journal
 *   article, overriding every other type (init(): hwType = "journalArticle").
 * - `prism.publicationName` → Zotero's publication (RDF.js importItem) and
 *   PRISM, which Scholar also reads.
 * - `DC.type` = Zotero's item type (RDF.js detectType(): a dc:type that is an
 *   item type name wins over the "journalArticle" guess that citation_title
 *   makes). `prism.aggregationType` would be the standard way, but Zotero
 *   compares it as "aggregationtype" and never matches the spec's spelling.
 * Our page itself stays what og:url and the canonical link say; Zotero keeps
 * it as the item's Snapshot (the page it was saved from) and Library Catalog.
 */
import type { CSLDate, CSLName } from '@citation-js/core';
import type { CslItem } from './csl.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** Zotero's item type for each CSL type we cite with. */
export const zoteroItemTypes = { 'article-magazine': 'magazineArticle', 'article-newspaper': 'newspaperArticle' } as const;

/** An item's date at its precision, ISO style (`2022-02`); none for a date in words. */
export function isoDate(issued: CSLDate | undefined): string | undefined {
  const parts = issued?.['date-parts']?.[0];
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number);
  return [String(year).padStart(4, '0'), month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0')].filter(Boolean).join('-');
}

/** "Family, Given" (Highwire's and Scholar's form), or the literal name. */
export function highwireName(name: CSLName): string {
  return name.family ? [name.family, name.given].filter(Boolean).join(', ') : (name.literal ?? '');
}

/** The meta tags for one item, in the order they are written. */
export function citationMeta(item: CslItem): MetaTag[] {
  const type = zoteroItemTypes[item.type as keyof typeof zoteroItemTypes];
  if (!type) throw new Error(`citationMeta: no Zotero item type for CSL type "${item.type}"`);
  const date = isoDate(item.issued);
  const tags: [string, string | undefined][] = [
    ['citation_title', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['citation_author', highwireName(name)]),
    // Scholar's form: 2022/02 (year, month, day as the source gives them).
    ['citation_publication_date', date?.replace(/-/g, '/')],
    ['citation_public_url', item.URL],
    ['citation_language', item.language],
    ['prism.publicationName', item['container-title']],
    ['prism.publicationDate', date],
    ['DC.type', type],
  ];
  return tags.filter((t): t is [string, string] => t[1] !== undefined && t[1] !== '').map(([name, content]) => ({ name, content }));
}
