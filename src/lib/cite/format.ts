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

function entry(cite: Cite, item: CslItem, style: string, format: 'text' | 'html'): string {
  const note = item.note ? ` ${format === 'html' ? escapeHtml(item.note) : item.note}.` : '';
  // nosort: one entry, nothing to sort (and the CSL engine's sort keys were a quarter of its time).
  const out = cite.format('bibliography', { style, format, lang: 'en-US', append: note, nosort: true }) as string;
  if (format === 'text') return out.trim();
  // citeproc wraps the entry in two <div>s: keep what is inside.
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(out);
  if (!inner) throw new Error(`unexpected ${style} HTML from citeproc: ${out}`);
  return inner[1]!.trim();
}

/** BibTeX and CSL-JSON: quick (no CSL engine), for the citation files. */
export const bibtexOf = (item: CslItem): string => (new Cite(item).format('bibtex', { format: 'text' }) as string).trim() + '\n';
export const cslJsonOf = (item: CslItem): string => `${new Cite(item).format('data', { format: 'text' }) as string}\n`;

/** The entries a page shows: Chicago and APA as HTML (two runs of the CSL engine, a few milliseconds each). */
function htmlEntries(item: CslItem): Pick<Formatted, 'chicagoHtml' | 'apaHtml'> {
  const cite = new Cite(item);
  return { chicagoHtml: entry(cite, item, CHICAGO, 'html'), apaHtml: entry(cite, item, 'apa', 'html') };
}

/** Every form of one item. */
export function formatItem(item: CslItem): Formatted {
  const cite = new Cite(item);
  return {
    chicago: entry(cite, item, CHICAGO, 'text'),
    apa: entry(cite, item, 'apa', 'text'),
    ...htmlEntries(item),
    bibtex: bibtexOf(item),
    csl: cslJsonOf(item),
  };
}

/** What a page's entries depend on besides the item: the styles' text and the library's version. */
const ENGINE = {
  citationJs: version,
  styles: createHash('sha256').update(styles.get(CHICAGO)).update('\0').update(styles.get('apa')).digest('hex'),
};

/**
 * The entries a page shows (Chicago and APA, as HTML), from the build cache
 * (lib/build/artifact-cache.ts) when this exact item was formatted before:
 * the CSL engine is most of a large corpus's citation time.
 */
export function citationHtml(item: CslItem): Pick<Formatted, 'chicagoHtml' | 'apaHtml'> {
  return cachedJson('citation', { engine: ENGINE, item }, (input) => htmlEntries(input.item));
}

/** Writes the item's citation file (`bibtex` or `csl`) to `file`, from the build cache when it was made before. */
export function writeCitationFile(item: CslItem, format: 'bibtex' | 'csl', file: string): Promise<void> {
  return cachedFile('citation-file', { engine: ENGINE, format, item }, async () => new TextEncoder().encode(format === 'bibtex' ? bibtexOf(item) : cslJsonOf(item)), file);
}
