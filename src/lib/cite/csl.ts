/**
 * CSL-JSON items (the Citation Style Language's data model, which every
 * citation format here is made from) for what a reader may cite: an
 * article, one of its sections, or one of its quotes.
 *
 * Each cites the ORIGINAL publication — title, container (the publication),
 * date and URL of the source — and points at our page in `note`
 * ("Read at …"). Pure and clock-free: there is no "accessed" date, so a
 * build gives the same citations every time.
 */
import type { CSL, CSLDate, CSLName } from '@citation-js/core';
import edtf, { type EdtfValue } from 'edtf';
import { dateParts, formatEdtf, isExact } from '../dates.ts';

export type CslItem = CSL;

export interface CitedSource {
  publication: string;
  /** A magazine or a newspaper: the item is a magazine or a newspaper article. */
  type: 'magazine' | 'newspaper';
  url: string;
  /** EDTF date (`2022-02`). */
  published: string;
  /** As the source names them; none when it names none. */
  authors: readonly string[];
  /** BCP 47 (`en`). */
  language: string;
}

/** The CSL item type of an article in each kind of publication. */
export const cslTypes = { magazine: 'article-magazine', newspaper: 'article-newspaper' } as const;

export interface CitedArticle {
  slug: string;
  title: string;
  source: CitedSource;
}

export interface CitedSection {
  slug: string;
  title: string;
  /** A section with no heading in the source (its title is ours): cited as the article. */
  untitled: boolean;
}

export interface CitedQuote {
  id: string;
  kind: 'direct' | 'paraphrase';
  /** Who is quoted, in words: "Vyacheslav Sutyrin", "Margaret Klein and Andrea Schmitz", "some observers". */
  speaker: string;
}

/** CSL dates made so far, by EDTF text: every section and quote of an article cites the same date, and parsing one takes about 0.3 ms. */
const cslDates = new Map<string, CSLDate>();

/** An EDTF date as a CSL date: date parts at the given precision, `circa` for a qualified one, else in words. */
export function cslDate(value: string): CSLDate {
  let date = cslDates.get(value);
  if (!date) {
    date = cslDateOf(value);
    if (cslDates.size >= 100_000) cslDates.clear();
    cslDates.set(value, date);
  }
  return structuredClone(date);
}

function cslDateOf(value: string): CSLDate {
  const parsed = edtf(value);
  const single = dateParts(parsed);
  if (single) return { 'date-parts': [single], ...(isExact(parsed) ? {} : { circa: true }) };
  const plain = (end: EdtfValue | undefined) => (end && isExact(end) ? dateParts(end) : undefined);
  const [from, to] = [plain(parsed.lower), plain(parsed.upper)];
  if (parsed.type === 'Interval' && from && to) return { 'date-parts': [from, to] };
  return { literal: formatEdtf(value) };
}

/** "First Last" → family and given names; a one-word name stays literal. */
export function cslName(name: string): CSLName {
  const i = name.trim().lastIndexOf(' ');
  return i < 0 ? { literal: name.trim() } : { given: name.slice(0, i).trim(), family: name.slice(i + 1).trim() };
}

/** A BibTeX-safe citation key (letters, digits, underscores). */
export function citationKey(...parts: string[]): string {
  return parts.join('_').replace(/[^A-Za-z0-9_]+/g, '_');
}

/** A part's title after the work's: "Work: Part", or "Work? Part" when the work's title ends in ? or ! (CMOS 8.163). */
export function partTitle(work: string, part: string): string {
  return /[?!]$/.test(work) ? `${work} ${part}` : `${work}: ${part}`;
}

function base(article: CitedArticle, id: string, key: string, title: string, note: string): CslItem {
  const { source } = article;
  return {
    id,
    'citation-key': key,
    type: cslTypes[source.type],
    title,
    'container-title': source.publication,
    ...(source.authors.length > 0 ? { author: source.authors.map(cslName) } : {}),
    issued: cslDate(source.published),
    URL: source.url,
    language: source.language,
    note,
  } as CslItem;
}

const readAt = (permalink: string) => `Read at ${permalink}`;

/** The article as published. `permalink`: our page, absolute. */
export function articleItem(article: CitedArticle, permalink: string): CslItem {
  return base(article, article.slug, citationKey(article.slug), article.title, readAt(permalink));
}

/** A section: the article with the section's heading added (an untitled section is cited as the article). */
export function sectionItem(article: CitedArticle, section: CitedSection, permalink: string): CslItem {
  const title = section.untitled ? article.title : partTitle(article.title, section.title);
  return base(article, `${article.slug}/${section.slug}`, citationKey(article.slug, section.slug), title, readAt(permalink));
}

/** A quote: the article, noting who is quoted (or paraphrased). */
export function quoteItem(article: CitedArticle, quote: CitedQuote, permalink: string): CslItem {
  const verb = quote.kind === 'direct' ? 'Quoting' : 'Paraphrasing';
  return base(article, `quote/${quote.id}`, citationKey(quote.id), article.title, `${verb} ${quote.speaker}. ${readAt(permalink)}`);
}
