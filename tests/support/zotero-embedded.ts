/**
 * What Zotero saves from a web page through its "Embedded Metadata"
 * translator (the one of Zotero's generic web translators that matches our
 * pages: they carry no COinS, DOI or unAPI), re-implemented for the tests
 * over a parsed page (hast). It follows zotero/translators at commit 2814370
 * (June 2026): `Embedded Metadata.js` (EM below) and `RDF.js`, which EM loads
 * for every prefixed tag (DC., og:, prism.…). Line numbers are those files'.
 *
 * Only the paths a page of ours can take are modelled; anything else that
 * would change the result (bib/bibo/eprints types, parsely, several bylines,
 * a PDF link) throws, so a test cannot pass by ignoring it.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { prop } from './html.ts';
import { bylineAuthors, classes, cleanAuthor, detectType, highwireCreators, NS, PRISM2, strToISO, trimInternal, words, type ZoteroCreator } from './zotero-rules.ts';

export { strToISO, type ZoteroCreator };

export interface ZoteroItem {
  itemType: string;
  title?: string;
  /** The publication (for a webpage, Zotero shows it as "Website Title"). */
  publicationTitle?: string;
  creators: ZoteroCreator[];
  /** As found; `isoDate` is how Zotero's strToDate reads it. */
  date?: string;
  isoDate?: string;
  url?: string;
  language?: string;
  abstractNote?: string;
  /** Our host (none on a webpage: its type has no such field). */
  libraryCatalog?: string;
  attachments: { title: string; url: string }[];
}



// EM 42–65: Highwire tags mapped straight to fields, in this order (a later tag overwrites an earlier one's field).
const HIGHWIRE_MAPPINGS: [string, string][] = [
  ['citation_title', 'title'],
  ['citation_publication_date', 'date'],
  ['citation_cover_date', 'date'],
  ['citation_date', 'date'],
  ['citation_journal_title', 'publicationTitle'],
  ['citation_journal_abbrev', 'journalAbbreviation'],
  ['citation_inbook_title', 'publicationTitle'],
  ['citation_book_title', 'bookTitle'],
  ['citation_volume', 'volume'],
  ['citation_issue', 'issue'],
  ['citation_series_title', 'series'],
  ['citation_conference_title', 'conferenceName'],
  ['citation_conference', 'conferenceName'],
  ['citation_dissertation_institution', 'university'],
  ['citation_technical_report_institution', 'institution'],
  ['citation_technical_report_number', 'number'],
  ['citation_publisher', 'publisher'],
  ['citation_isbn', 'ISBN'],
  ['citation_abstract', 'abstractNote'],
  ['citation_doi', 'DOI'],
  ['citation_public_url', 'url'],
  ['citation_language', 'language'],
];


function elements(tree: Root): Element[] {
  const out: Element[] = [];
  visit(tree, 'element', (el) => {
    out.push(el);
  });
  return out;
}




/** What Zotero saves from the page at `pageUrl` (EM doWeb: init with forceLoadRDF, then the RDF import and completeItem). */
export function zoteroEmbedded(tree: Root, pageUrl: string): ZoteroItem {
  const all = elements(tree);
  const html = all.find((el) => el.tagName === 'html');
  const head = html?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'head');
  const headMetas = (head?.children ?? []).filter((c): c is Element => c.type === 'element' && c.tagName === 'meta');
  // EM 171–179 getContentText: `html>head>meta[name$="…"]`, the first one's content.
  const contentText = (name: string) => {
    const el = headMetas.find((m) => String(prop(m, 'name') ?? '').endsWith(name));
    return el ? (prop(el, 'content') ?? undefined) : undefined;
  };
  // EM 181–188 getContent: every meta of head or body whose name ends in `name`.
  const contents = (name: string) =>
    all.filter((el) => el.tagName === 'meta' && String(prop(el, 'name') ?? '').endsWith(name)).map((el) => prop(el, 'content') ?? '');

  // EM 236–308 init: prefixed tags become RDF statements about the page; Highwire tags suggest a type.
  const statements = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  let generatorType: string | undefined;
  for (const meta of all.filter((el) => el.tagName === 'meta')) {
    const tags = prop(meta, 'name') || prop(meta, 'property');
    const value = prop(meta, 'content');
    if (!tags || !value) continue;
    for (const tag of tags.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix: string | undefined;
      let prefixLength = 0;
      if (parts.length > 2) {
        prefix = parts[1]!.toLowerCase();
        prefixLength = parts[0]!.length + parts[1]!.length + 1;
      }
      if (!prefix || !(prefix in NS)) {
        prefix = parts[0]!.toLowerCase();
        prefixLength = parts[0]!.length;
      }
      if (prefix in NS) {
        let p = tag.slice(prefixLength + 1);
        p = p.charAt(0).toLowerCase() + p.slice(1);
        if (p === 'type' && (prefix === 'bib' || prefix === 'bibo')) throw new Error(`${tag}: bib/bibo types are not modelled`);
        const predicate = NS[prefix as keyof typeof NS] + p;
        statements.set(predicate, [...(statements.get(predicate) ?? []), value]);
      } else if (tag.toLowerCase() === 'generator') {
        if (/blogger|wordpress|wooframework/i.test(value)) generatorType = 'blogPost';
      } else {
        switch (tag.slice(tag.lastIndexOf('citation_'))) {
          case 'citation_journal_title':
            hwType = 'journalArticle';
            break;
          case 'citation_technical_report_institution':
            hwType = 'report';
            break;
          case 'citation_conference_title':
          case 'citation_conference':
            hwType = 'conferencePaper';
            break;
          case 'citation_book_title':
          case 'citation_inbook_title':
            hwType = 'bookSection';
            break;
          case 'citation_dissertation_institution':
            hwType = 'thesis';
            break;
          case 'citation_title':
          case 'citation_series_title':
            hwTypeGuess ??= 'journalArticle';
            break;
          case 'citation_isbn':
            hwTypeGuess = 'book';
            break;
        }
      }
    }
  }
  // EM 311–316: WordPress's marks.
  const heuristicType = all.some((el) => ['wp-block-library-css', 'wp-block-library-inline-css'].includes(String(prop(el, 'id'))) || classes(el).includes('yoast-schema-graph'))
    ? 'blogPost'
    : undefined;
  if (all.some((el) => el.tagName === 'meta' && prop(el, 'name') === 'parsely-page')) throw new Error('parsely metadata is not modelled');

  const first = (...predicates: string[]) => {
    for (const p of predicates) if (statements.has(p)) return statements.get(p)![0];
    return undefined;
  };
  const hasNode = statements.size > 0;
  // EM 331–347: the RDF translator's default, then its type detection unless a Highwire type decides.
  const defaultUnknownType = hwTypeGuess || generatorType || heuristicType || (hasNode ? 'webpage' : undefined);
  const itemType = hwType ?? (hasNode ? detectType(first, defaultUnknownType) : defaultUnknownType);
  if (!itemType) throw new Error('no item type: Zotero would not save this page');

  // RDF.js importItem (861–1330), the fields our pages can carry.
  const item: ZoteroItem = { itemType, creators: [], libraryCatalog: new URL(pageUrl).host, attachments: [] };
  const rdf: Record<string, string | undefined> = {
    title: first(`${NS.dc}title`, `${NS.dcterms}title`, `${NS.eprints}title`, `${NS.og}title`, `${NS.so}headline`),
    publicationTitle: first(`${NS.prism}publicationName`, ...PRISM2.map((p) => `${p}publicationName`), `${NS.eprints}publication`, `${NS.dc}source`, `${NS.dcterms}source`),
    date: first(
      `${NS.eprints}date`,
      `${NS.prism}publicationDate`,
      ...PRISM2.map((p) => `${p}publicationDate`),
      `${NS.og}published_time`,
      `${NS.article}published_time`,
      `${NS.dc}date.issued`,
      `${NS.dcterms}date.issued`,
      `${NS.dcterms}issued`,
      `${NS.dc}date`,
      `${NS.dcterms}date`,
      `${NS.so}datePublished`,
    ),
    url: first(`${NS.og}url`, ...PRISM2.map((p) => `${p}url`), `${NS.bibo}uri`, `${NS.so}url`, `${NS.so}sameAs`),
    language: first(`${NS.dc}language`, `${NS.dcterms}language`, `${NS.so}inLanguage`),
    abstractNote: first(`${NS.prism}teaser`, `${NS.og}description`, `${NS.dcterms}abstract`, `${NS.so}description`) ?? first(`${NS.dc}description`, `${NS.dcterms}description`),
  };
  // RDF.js 977–980: og:site_name is the publication of a blog post, webpage or newspaper article that has none.
  const siteName = first(`${NS.og}site_name`);
  if (siteName && !rdf.publicationTitle && ['blogPost', 'webpage', 'newspaperArticle'].includes(itemType)) rdf.publicationTitle = siteName;
  for (const [k, v] of Object.entries(rdf)) if (v !== undefined) (item as unknown as Record<string, string>)[k] = v;
  const rdfCreators = [`${NS.so}author`, `${NS.so}creator`, `${NS.dc}creator`, `${NS.dcterms}creator`, `${NS.dc}contributor`, `${NS.dcterms}contributor`]
    .flatMap((p) => statements.get(p) ?? [])
    .map((name) => cleanAuthor(name, 'author', name.includes(',')));

  // EM 401–570 addHighwireMetadata.
  for (const [tag, field] of HIGHWIRE_MAPPINGS) {
    const value = contentText(tag);
    if (value && value.trim()) (item as unknown as Record<string, string>)[field] = trimInternal(value);
  }
  let authorNodes = contents('citation_author');
  if (authorNodes.length === 0) authorNodes = contents('citation_authors');
  item.creators = highwireCreators(authorNodes);
  if (item.creators.length === 0) item.creators = rdfCreators;
  if (!item.date) item.date = contentText('citation_online_date') || contentText('citation_year');
  if (contents('citation_pdf_url').length > 0) throw new Error('citation_pdf_url is not modelled');
  // EM 542–545: no PDF, so a snapshot of the page itself.
  item.attachments.push({ title: 'Snapshot', url: pageUrl });
  if (!item.url) item.url = contentText('citation_abstract_html_url') || contentText('citation_fulltext_html_url');

  // EM 666–737 addLowQualityMetadata.
  if (!item.title) item.title = toText(all.find((el) => el.tagName === 'title') ?? { type: 'root', children: [] });
  if (item.title) {
    item.title = item.title.replace(/\s+/g, ' ');
    if (item.publicationTitle) {
      const escaped = item.publicationTitle.replace(/([()[\]$^*+.?|])/g, '\\$1');
      item.title = item.title.replace(new RegExp(`\\s*[-–—=_:|~#]\\s*${escaped}\\s*$`, 'i'), '');
    }
  }
  if (item.creators.length === 0) {
    const w3 = new Set(
      all
        .filter((el) => el.tagName === 'meta' && [prop(el, 'name'), prop(el, 'property')].some((n) => n?.toLowerCase() === 'author'))
        .map((el) => prop(el, 'content') ?? '')
        .filter((c) => /[^\s,-.;]/.test(c)),
    );
    const og = all
      .filter((el) => el.tagName === 'meta' && ['article:author', 'video:director', 'music:musician'].includes(String(prop(el, 'property'))))
      .map((el) => prop(el, 'content') ?? '')
      .filter((c) => c && !/(https?:\/\/)?[\da-z.-]+\.[a-z.]{2,6}/.test(c) && c !== 'false');
    if (w3.size > 0 && !(w3.size === 1 && w3.has('Condé Nast'))) item.creators = [...w3].map((a) => cleanAuthor(a, 'author', false));
    else if (og.length > 0) item.creators = og.map((a) => cleanAuthor(a, 'author', false));
    else item.creators = bylineAuthors(all);
  }
  if (!item.abstractNote) {
    const description = headMetas.concat(all.filter((el) => el.tagName === 'meta')).find((el) => prop(el, 'name')?.toLowerCase() === 'description');
    if (description) item.abstractNote = trimInternal(prop(description, 'content') ?? '');
  }
  if (!item.url) {
    const canonical = (head?.children ?? []).find((c): c is Element => c.type === 'element' && c.tagName === 'link' && words(c, 'rel').includes('canonical'));
    item.url = (canonical && prop(canonical, 'href')) || pageUrl;
  }
  if (!item.language) {
    const lang = all.find((el) => el.tagName === 'meta' && ['language', 'lang'].includes(String(prop(el, 'name')).toLowerCase()));
    item.language = (lang && prop(lang, 'content')) || (html && prop(html, 'lang')) || undefined;
  }
  // EM 729–731: no date yet: the first <time datetime> of the page.
  if (!item.date) {
    const time = all.find((el) => el.tagName === 'time' && prop(el, 'dateTime'));
    item.date = time ? prop(time, 'dateTime') : undefined;
  }
  // Zotero's schema has no Library Catalog for a webpage: saving drops it (itemToAPIJSON).
  if (item.itemType === 'webpage') delete item.libraryCatalog;
  // EM 980–983 finalDataCleanup: relative URLs resolved.
  if (item.url) item.url = new URL(item.url, pageUrl).href;
  item.isoDate = strToISO(item.date);
  return item;
}

