/**
 * A CSL-JSON item in the four forms a reader can copy: Chicago
 * (notes and bibliography: the bibliography entry) and APA 7 as text and as
 * HTML (italics), BibTeX, and CSL-JSON — all produced by Citation.js
 * (citeproc-js with the official CSL styles). Our `note` ("Read at …") is
 * appended to the Chicago and APA entries, which have no place for it.
 */
import { createHash } from 'node:crypto';
import { Cite, plugins, version } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
// The official chicago-note-bibliography.csl (CC BY-SA 3.0, its <rights> element inside), packaged for npm.
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import { cachedFile, cachedJson } from '../build/artifact-cache.ts';
import type { CslItem } from './csl.ts';

const CHICAGO = 'chicago-note-bibliography';
const styles = (plugins.config.get('@csl') as { styles: { has: (name: string) => boolean; get: (name: string) => string; add: (name: string, xml: string) => void } }).styles;
if (!styles.has(CHICAGO)) styles.add(CHICAGO, chicago.content);

export interface Formatted {
  /** Chicago notes-bibliography: the bibliography entry. */
  chicago: string;
  chicagoHtml: string;
  apa: string;
  apaHtml: string;
  bibtex: string;
  /** CSL-JSON: an array of one item, pretty-printed. */
  csl: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The entry as citeproc renders it, our note left out: the styles render
 * nothing of `note`, and an entry's `id` and `citation-key` are not printed
 * either, so the article, its untitled sections and every one of its quotes
 * share one rendering (a quote's item is the article's with another note).
 */
function bareEntry(cite: Cite, style: string, format: 'text' | 'html'): string {
  // nosort: one entry, nothing to sort (and the CSL engine's sort keys were a quarter of its time).
  const out = cite.format('bibliography', { style, format, lang: 'en-US', nosort: true }) as string;
  if (format === 'text') return out.trim();
  // citeproc wraps the entry in two <div>s: keep what is inside.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out);
  if (!inner) throw new Error(`unexpected ${style} HTML from citeproc: ${out}`);
  return inner[1]!.trim();
}

/** The item as citeproc sees it once our note, id and key are set aside: what an entry's rendering depends on. */
function bare(item: CslItem): CslItem {
  const { id: _id, 'citation-key': _key, note: _note, ...rest } = item as CslItem & { 'citation-key'?: string };
  return { id: 'entry', ...rest } as CslItem;
}

/** Our note ("Read at …"), after the entry as its last sentence. */
function withNote(entry: string, item: CslItem, format: 'text' | 'html'): string {
  return item.note ? `${entry} ${format === 'html' ? escapeHtml(item.note) : item.note}.` : entry;
}

/** BibTeX and CSL-JSON: quick (no CSL engine), for the citation files. */
export const bibtexOf = (item: CslItem): string => (new Cite(item).format('bibtex', { format: 'text' }) as string).trim() + '\n';
export const cslJsonOf = (item: CslItem): string => `${new Cite(item).format('data', { format: 'text' }) as string}\n`;

/** The entries a page shows: Chicago and APA as HTML (two runs of the CSL engine, a few milliseconds each). */
function bareHtmlEntries(cite: Cite): Pick<Formatted, 'chicagoHtml' | 'apaHtml'> {
  return { chicagoHtml: bareEntry(cite, CHICAGO, 'html'), apaHtml: bareEntry(cite, 'apa', 'html') };
}

const withNotes = (entries: Pick<Formatted, 'chicagoHtml' | 'apaHtml'>, item: CslItem) => ({
  chicagoHtml: withNote(entries.chicagoHtml, item, 'html'),
  apaHtml: withNote(entries.apaHtml, item, 'html'),
});

/** Every form of one item. */
export function formatItem(item: CslItem): Formatted {
  const cite = new Cite(bare(item));
  return {
    chicago: withNote(bareEntry(cite, CHICAGO, 'text'), item, 'text'),
    apa: withNote(bareEntry(cite, 'apa', 'text'), item, 'text'),
    ...withNotes(bareHtmlEntries(cite), item),
    bibtex: bibtexOf(item),
    csl: cslJsonOf(item),
  };
}

/** What a page's entries depend on besides the item: the styles' text and the library's version. */
const ENGINE = {
  citationJs: version,
  styles: createHash('sha256').update(styles.get(CHICAGO)).update('\0').update(styles.get('apa')).digest('hex'),
};

/** This build's renderings so far, by bare item: the pages of one article's quotes render once. */
const rendered = new Map<string, Pick<Formatted, 'chicagoHtml' | 'apaHtml'>>();

/**
 * The entries a page shows (Chicago and APA, as HTML): rendered once per
 * bare item (above) in a build, and from the build cache
 * (lib/build/artifact-cache.ts) when that item was rendered before: the CSL
 * engine is most of a large corpus's citation time.
 */
export function citationHtml(item: CslItem): Pick<Formatted, 'chicagoHtml' | 'apaHtml'> {
  const input = bare(item);
  const key = JSON.stringify(input);
  let entries = rendered.get(key);
  if (!entries) {
    entries = cachedJson('citation-entry', { engine: ENGINE, item: input }, (i) => bareHtmlEntries(new Cite(i.item)));
    rendered.set(key, entries);
  }
  return withNotes(entries, item);
}

/** Writes the item's citation file (`bibtex` or `csl`) to `file`, from the build cache when it was made before. */
export function writeCitationFile(item: CslItem, format: 'bibtex' | 'csl', file: string): Promise<void> {
  return cachedFile('citation-file', { engine: ENGINE, format, item }, async () => new TextEncoder().encode(format === 'bibtex' ? bibtexOf(item) : cslJsonOf(item)), file);
}
