/**
 * The site's view of the content: articles with their ordered sections,
 * the quotes of each section, and every analyst's quotes. Built once per
 * build from Astro's collections and shared by every page.
 *
 * Scale: everything here is computed once, in time linear in the corpus
 * (collections grouped by article in one pass, each section scanned once,
 * quotes indexed by analyst), so that a page asking for its data costs a
 * lookup, not a pass over every article.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sectionBody } from '../content/load.ts';
import type { Analyst, GlossaryEntry } from '../content/schema.ts';
import { joinParts, scanSection, type ScannedQuote } from '../content/scan.ts';
import { edtfStart } from '../dates.ts';
import { joinNames } from '../markdown/remark-quotes.ts';
import { renderSection } from '../markdown/render-section.ts';
import { placeEvents, type SiteEvent } from '../timeline/events.ts';
import { urls } from './urls.ts';

export interface SiteSection {
  entry: CollectionEntry<'sections'>;
  article: string;
  slug: string;
  title: string;
  summary: string;
  untitled: boolean;
  url: string;
  quotes: ScannedQuote[];
}

export interface SiteArticle {
  slug: string;
  data: CollectionEntry<'articles'>['data'];
  url: string;
  sections: SiteSection[];
  /** Ids of the analysts the article quotes, in order of first appearance. */
  analysts: string[];
  /** The dated events the article mentions, in chronological order. */
  events: SiteEvent[];
}

export interface QuoteInContext {
  quote: ScannedQuote;
  /** The quote's words with those of any parts that continue it, joined by an ellipsis. */
  text: string;
  article: SiteArticle;
  section: SiteSection;
  url: string;
}

export interface Site {
  /** Newest first (by the source's publication date), then by slug. */
  articles: SiteArticle[];
  analysts: Analyst[];
  analyst: (id: string) => Analyst;
  glossary: GlossaryEntry[];
  /** An analyst's quotes (joint ones included), in the order of `articles`, then reading order. */
  quotesBy: (analystId: string) => QuoteInContext[];
  /** quotesBy, grouped by article (same order). */
  quotesByArticle: (analystId: string) => { article: SiteArticle; quotes: QuoteInContext[] }[];
  /** Every event of every article, in chronological order (ties: article order, then the article's own order). */
  events: SiteEvent[];
}


/**
 * A section's Markdown body: from its file (the collection keeps no body, see content.config.ts).
 * The content check scanned the same text in this process, so scanSection answers from its cache.
 */
function markdownOf(entry: CollectionEntry<'sections'>): string {
  if (entry.body !== undefined) return entry.body;
  if (!entry.filePath) throw new Error(`section ${entry.id} has neither a body nor a file`);
  // Decoded as the content loader decodes it (a byte-order mark dropped), so the text is the same.
  return sectionBody(new TextDecoder('utf-8').decode(readFileSync(entry.filePath)));
}

/** The section's text as HTML, rendered when asked (its page asks, once). A Markdown error throws and stops the build. */
export function sectionHtml(section: SiteSection): Promise<string> {
  const { entry } = section;
  if (!entry.filePath) throw new Error(`section ${entry.id} has no file`);
  return renderSection(entry.filePath, markdownOf(entry), entry.data);
}

/** Groups items by a key in one pass, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Chronological order of described dates (as compareEdtf, without parsing the dates again). */
function byDate(a: SiteEvent, b: SiteEvent): number {
  return a.date.start - b.date.start || b.date.end - a.date.end || a.date.edtf.localeCompare(b.date.edtf);
}

async function buildSite(): Promise<Site> {
  const [articleEntries, sectionEntries, analystEntries, glossaryEntries, eventEntries] = await Promise.all([
    // A draft (`draft: true`) is checked with the rest but not published.
    getCollection('articles', (e) => !e.data.draft),
    getCollection('sections'),
    getCollection('analysts'),
    getCollection('glossary'),
    getCollection('events'),
  ]);
  const analysts = analystEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
  const byId = new Map(analysts.map((a) => [a.id, a]));
  const sectionsOf = groupBy(sectionEntries, (s) => s.id.slice(0, s.id.indexOf('/')));
  const eventsOf = groupBy(eventEntries, (e) => e.data.article);
  const published = new Map(articleEntries.map((e) => [e.id, edtfStart(e.data.source.published)]));
  const articles: SiteArticle[] = articleEntries
    .map((entry) => {
      const slug = entry.id;
      const sections = (sectionsOf.get(slug) ?? [])
        .sort((a, b) => a.data.order - b.data.order)
        .map((s) => ({
          entry: s,
          article: slug,
          slug: s.data.slug,
          title: s.data.title,
          summary: s.data.summary,
          untitled: s.data.untitled,
          url: urls.section(slug, s.data.slug),
          quotes: scanSection(markdownOf(s)).quotes,
        }));
      const quoted = sections.flatMap((s) => s.quotes.flatMap((q) => q.analyst ?? []));
      const events = (eventsOf.get(slug) ?? []).map(({ data: { eventId, article: _, ...rest } }) => ({ ...rest, id: eventId }));
      return { slug, data: entry.data, url: urls.article(slug), sections, analysts: [...new Set(quoted)], events: placeEvents(slug, events) };
    })
    .sort((a, b) => published.get(b.slug)! - published.get(a.slug)! || a.slug.localeCompare(b.slug));

  const quotes = quotesIn(articles);
  const byAnalyst = new Map<string, QuoteInContext[]>();
  for (const item of quotes) {
    for (const id of new Set(item.quote.analyst ?? [])) {
      const list = byAnalyst.get(id);
      if (list) list.push(item);
      else byAnalyst.set(id, [item]);
    }
  }
  const grouped = new Map<string, { article: SiteArticle; quotes: QuoteInContext[] }[]>();
  const events = articles.flatMap((a) => a.events).sort(byDate);
  return {
    articles,
    analysts,
    analyst: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown analyst "${id}"`);
      return found;
    },
    glossary: glossaryEntries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term)),
    quotesBy: (id) => byAnalyst.get(id) ?? [],
    quotesByArticle: (id) => {
      let groups = grouped.get(id);
      if (!groups) {
        groups = [...groupBy(byAnalyst.get(id) ?? [], (q) => q.article.slug).values()].map((list) => ({ article: list[0]!.article, quotes: list }));
        grouped.set(id, groups);
      }
      return groups;
    },
    events,
  };
}

/** Every quote of the articles (a part that continues another is joined to it), in reading order. */
function quotesIn(articles: readonly SiteArticle[]): QuoteInContext[] {
  return articles.flatMap((article) =>
    article.sections.flatMap((section) =>
      section.quotes
        .filter((quote) => !quote.continues)
        .map((quote) => ({ quote, text: joinParts(quote, section.quotes), article, section, url: urls.quote(article.slug, section.slug, quote.id) })),
    ),
  );
}

let site: Promise<Site> | undefined;

/** The site's data, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= buildSite();
  return site;
}

/** The previous and next sections of a section, for reading on. */
export function neighbours(article: SiteArticle, slug: string) {
  const i = article.sections.findIndex((s) => s.slug === slug);
  return { previous: article.sections[i - 1], next: article.sections[i + 1] };
}

/** The one-line name of whoever a quote is by. */
export function speakerOf(site: Site, quote: ScannedQuote): string {
  if (!quote.analyst) return quote.speaker ?? '';
  return joinNames(quote.analyst.map((id) => site.analyst(id).name));
}

let everyQuote: Promise<QuoteInContext[]> | undefined;

/** Every quote on the site, by an analyst or by a labelled speaker (quotesBy has only analysts'), in reading order. */
export async function allQuotes(): Promise<QuoteInContext[]> {
  everyQuote ??= getSite().then((s) => quotesIn(s.articles));
  return everyQuote;
}
