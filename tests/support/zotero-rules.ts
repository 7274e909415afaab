/**
 * The parts of Zotero's web translation that tests/support/zotero-embedded.ts
 * builds on: namespaces, item types, RDF.js's item type detection, Highwire
 * authors, bylines, names and dates. Line numbers: zotero/translators at
 * commit 2814370 (EM = Embedded Metadata.js).
 */
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { prop } from './html.ts';

export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
  creatorType: string;
}

// EM 88–110 (_prefixes), RDF.js 57–81 (n): the namespaces a meta name's prefix maps to.
export const NS = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://nwalsh.com/rdf/vCard#',
  link: 'http://purl.org/rss/1.0/modules/link/',
  z: 'http://www.zotero.org/namespaces/export#',
  eprint: 'http://purl.org/eprint/terms/',
  eprints: 'http://purl.org/eprint/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  book: 'http://ogp.me/ns/book#',
  music: 'http://ogp.me/ns/music#',
  video: 'http://ogp.me/ns/video#',
  so: 'http://schema.org/',
  codemeta: 'https://codemeta.github.io/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;
export const PRISM2 = ['http://prismstandard.org/namespaces/basic/2.0/', 'http://prismstandard.org/namespaces/basic/2.1/'];

/** Zotero's item types (its schema), for ZU.itemTypeExists. */
export const ITEM_TYPES = new Set(
  'annotation artwork attachment audioRecording bill blogPost book bookSection case computerProgram conferencePaper dataset dictionaryEntry document email encyclopediaArticle film forumPost hearing instantMessage interview journalArticle letter magazineArticle manuscript map newspaperArticle note patent podcast preprint presentation radioBroadcast report standard statute thesis tvBroadcast videoRecording webpage'.split(
    ' ',
  ),
);

export const trimInternal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of a list attribute (`className`, `rel`). */
export const words = (el: Element, name = 'className'): string[] => (prop(el, name) ?? '').split(/\s+/).filter(Boolean);
export const classes = (el: Element) => words(el);

/** ZU.cleanAuthor: "Last, First" with a comma, else the last word is the last name. */
export function cleanAuthor(name: string, creatorType: string, useComma: boolean): ZoteroCreator {
  const n = trimInternal(name.replace(/^[\s.,/[\]:]+|[\s,/[\]:]+$/g, ''));
  if (useComma) {
    const [last, ...first] = n.split(/\s*,\s*/);
    return { lastName: last!, firstName: first.join(' '), creatorType };
  }
  const i = n.lastIndexOf(' ');
  return i < 0 ? { lastName: n, firstName: '', creatorType } : { firstName: n.slice(0, i), lastName: n.slice(i + 1), creatorType };
}

/** Zotero.Date.strToISO for the forms a page of ours writes: year, year-month, year-month-day, with - or /. */
export function strToISO(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(value.trim());
  if (!m) throw new Error(`strToISO: "${value}" is not modelled`);
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/** RDF.js detectType (277–858), for what a meta tag can state: z:, dc:type, og:type, prism:. */
export function detectType(first: (...p: string[]) => string | undefined, defaultUnknownType: string | undefined): string | undefined {
  const t: Record<string, string | undefined> = {};
  if (first(`${NS.rdf}type`) || first(`${NS.eprints}type`)) throw new Error('rdf:type and eprints:type are not modelled');
  const z = first(`${NS.z}itemType`, `${NS.z}type`);
  if (z && Number.isNaN(parseInt(z)) && ITEM_TYPES.has(z)) t.zotero = z;
  // RDF.js 510–630: dc:type, an item type's own name or a word from the eprints, PRISM and DCMI vocabularies.
  const dc = first(`${NS.dc}type`, 'http://purl.org/dc/elements/1.0/type', `${NS.dcterms}type`);
  if (dc) {
    if (Number.isNaN(parseInt(dc)) && ITEM_TYPES.has(dc)) t.dc = dc;
    else {
      const word = dc.toLowerCase().replace(/\s/g, '');
      const DC: Record<string, string> = {
        book: 'book', patent: 'patent', report: 'report', thesis: 'thesis', bookitem: 'bookSection', conferenceitem: 'conferencePaper',
        conferencepaper: 'conferencePaper', conferenceposter: 'conferencePaper', dataset: 'dataset', article: 'journalArticle',
        journalitem: 'journalArticle', journalarticle: 'journalArticle', submittedjournalarticle: 'journalArticle',
        'text.serial.journal': 'journalArticle', newsitem: 'newspaperArticle', scholarlytext: 'journalArticle', workingpaper: 'report',
        authoredbook: 'book', bookchapter: 'bookSection', bachelorthesis: 'thesis', masterthesis: 'thesis', doctoralthesis: 'thesis',
        electronicbook: 'book', homepage: 'webpage', webpage: 'webpage', illustration: 'artwork', map: 'map',
      };
      const DC_GUESS: Record<string, string> = { event: 'presentation', image: 'artwork', movingimage: 'videoRecording', software: 'computerProgram', sound: 'audioRecording', stillimage: 'artwork', text: 'journalArticle' };
      t.dc = DC[word];
      t.dcGuess = DC_GUESS[word];
    }
  }
  // RDF.js 697–719: og:type.
  const og = first(`${NS.og}type`);
  if (og && /^video\.(movie|episode|tv_show|other)$/.test(og)) t.og = 'videoRecording';
  else if (og === 'article') t.ogGuess = 'journalArticle';
  else if (og === 'book') t.og = 'book';
  else if (og === 'music.song' || og === 'music.album') t.og = 'audioRecording';
  else if (og === 'website') t.og = 'webpage';
  // RDF.js 722–745: prism:aggregationtype, compared in lower case (so PRISM's own "aggregationType" never matches).
  const aggregation = first(`${NS.prism}aggregationtype`, ...PRISM2.map((p) => `${p}aggregationtype`));
  t.prism = ({ book: 'bookSection', journal: 'journalArticle', magazine: 'magazineArticle', newsletter: 'newspaperArticle' } as Record<string, string>)[aggregation ?? ''];
  if (aggregation === 'feed') t.prismGuess = 'blogPost';
  if (first(`${NS.prism}genre`, ...PRISM2.map((p) => `${p}genre`))) throw new Error('prism:genre is not modelled');
  // RDF.js 815–818: the order of precedence.
  return t.zotero || t.prism || t.og || t.dc || defaultUnknownType || t.prismGuess || t.ogGuess || t.dcGuess;
}

/** EM 572–624 processHighwireCreators, for authors. */
export function highwireCreators(nodes: string[]): ZoteroCreator[] {
  const out: ZoteroCreator[] = [];
  let last: string | undefined;
  for (const node of nodes) {
    let names = node.split(/\s*;\s*/);
    if (names.length === 1 && nodes.length === 1) {
      const byComma = names[0]!.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) names = byComma;
    }
    for (let name of names) {
      name = name.trim();
      if (!name || !/[^\s,-.;]/.test(name) || name === last) continue;
      last = name;
      out.push(cleanAuthor(name, 'author', name.includes(',')));
    }
  }
  return out;
}

/** EM 754–930 getAuthorFromByline: an element classed as a byline (or one a[rel=author]) names the authors. */
export function bylineAuthors(all: Element[]): ZoteroCreator[] {
  const names = ['byline', 'bylines', 'vcard', 'article-byline'];
  const found: Element[] = [];
  for (const strict of [true, false]) {
    for (const name of names) {
      for (const el of all.filter((e) => (strict ? classes(e).includes(name) : classes(e).some((c) => c.toLowerCase().includes(name))))) {
        if (toText(el).trim() && !found.includes(el)) found.push(el);
      }
      if (strict && found.length > 0) break;
    }
  }
  if (found.length === 0) {
    const authors = all.filter((el) => el.tagName === 'a' && prop(el, 'rel') === 'author' && el.children.length > 0);
    if (authors.length === 1) found.push(authors[0]!);
  }
  if (found.length === 0) return [];
  if (found.length > 1) throw new Error(`${found.length} bylines: choosing the one nearest the title is not modelled`);
  const byline = found[0]!;
  if (all.some((el) => el.tagName === 'li' && isInside(el, byline))) throw new Error('a byline list is not modelled');
  // The byline's text without its <time>, buttons and date- or email-classed parts (EM 888–895).
  const skipped = (el: Element) => ['time', 'button', 'textarea', 'script'].includes(el.tagName) || classes(el).some((c) => /email|date/.test(c));
  const text = trimInternal(textWithout(byline, skipped));
  const parts = text.split(/\bby[:\s]+/i);
  const tail = parts[parts.length - 1]!.replace(/\s*[[(].+?[)\]]\s*/g, '');
  const authors = tail.split(/\s*(?:(?:,\s*)?\band\b|,|&)\s*/i);
  if (authors.length === 2 && authors[0]!.split(' ').length === 1) return [cleanAuthor(tail, 'author', true)];
  return authors
    .filter((a) => a.length > 0 && !a.includes('@'))
    .map((a) => (a.split(/\s/).length === 1 ? { lastName: a, creatorType: 'author' } : cleanAuthor(a, 'author', false)));
}

function isInside(el: Element, ancestor: Element): boolean {
  let inside = false;
  visit(ancestor, 'element', (e) => {
    if (e === el) inside = true;
  });
  return inside && el !== ancestor;
}

function textWithout(el: Element, skip: (e: Element) => boolean): string {
  return el.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? (skip(c) ? '' : textWithout(c, skip)) : ''))
    .join('');
}
