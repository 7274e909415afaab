/**
 * The site's view of the content: articles with their ordered sections,
 * the quotes of each section, and every analyst's quotes. Built once per
 * build from Astro's collections and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Analyst, GlossaryEntry } from '../content/schema.ts';
import { joinParts, scanSection, type ScannedQuote } from '../content/scan.ts';
import { edtfStart } from '../dates.ts';
import { joinNames } from '../markdown/remark-quotes.ts';
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
  articles: SiteArticle[];
  analysts: Analyst[];
  analyst: (id: string) => Analyst;
  glossary: GlossaryEntry[];
  quotesBy: (analystId: string) => QuoteInContext[];
}

/** Astro only logs a Markdown plugin's error and renders nothing: make it fatal. */
function rendered(entry: CollectionEntry<'sections'>): CollectionEntry<'sections'> {
  if (!entry.rendered?.html) throw new Error(`${entry.filePath ?? entry.id}: the section did not render (see the Markdown error above)`);
  return entry;
}

async function buildSite(): Promise<Site> {
  const [articleEntries, sectionEntries, analystEntries, glossaryEntries, eventEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('analysts'),
    getCollection('glossary'),
    getCollection('events'),
  ]);
  const analysts = analystEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
  const byId = new Map(analysts.map((a) => [a.id, a]));
  const articles: SiteArticle[] = articleEntries
    .map((entry) => {
      const slug = entry.id;
      const sections = sectionEntries
        .filter((s) => s.id.startsWith(`${slug}/`))
        .sort((a, b) => a.data.order - b.data.order)
        .map((s) => ({
          entry: rendered(s),
          article: slug,
          slug: s.data.slug,
          title: s.data.title,
          summary: s.data.summary,
          untitled: s.data.untitled,
          url: urls.section(slug, s.data.slug),
          quotes: scanSection(s.body ?? '').quotes,
        }));
      const quoted = sections.flatMap((s) => s.quotes.flatMap((q) => q.analyst ?? []));
      const events = eventEntries.filter((e) => e.data.article === slug).map(({ data: { eventId, article: _, ...rest } }) => ({ ...rest, id: eventId }));
      return { slug, data: entry.data, url: urls.article(slug), sections, analysts: [...new Set(quoted)], events: placeEvents(slug, events) };
    })
    .sort((a, b) => edtfStart(b.data.source.published) - edtfStart(a.data.source.published) || a.slug.localeCompare(b.slug));
  const quotes: QuoteInContext[] = articles.flatMap((article) =>
    article.sections.flatMap((section) =>
      section.quotes
        .filter((quote) => !quote.continues)
        .map((quote) => ({ quote, text: joinParts(quote, section.quotes), article, section, url: urls.quote(article.slug, section.slug, quote.id) })),
    ),
  );
  return {
    articles,
    analysts,
    analyst: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown analyst "${id}"`);
      return found;
    },
    glossary: glossaryEntries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term)),
    quotesBy: (id) => quotes.filter((q) => q.quote.analyst?.includes(id)),
  };
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
