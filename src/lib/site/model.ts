/**
 * The site's view of the content: articles with their ordered sections,
 * the quotes of each section, and everyone's quotes (the people registry). Pure: made from
 * the content's entries (corpus.ts hands it Astro's collections) and a
 * function that gives a section's Markdown.
 *
 * Scale: everything here is computed once, in time linear in the corpus
 * (entries grouped by article in one pass, each section scanned once,
 * quotes indexed by person), so that a page asking for its data costs a
 * lookup, not a pass over every article.
 */
import type { CollectionEntry } from 'astro:content';
import { kindRank, type GlossaryEntry, type Person } from '../content/schema.ts';
import { joinParts, scanSection, type ScannedQuote } from '../content/scan.ts';
import { edtfStart } from '../dates.ts';
import { joinNames } from '../text.ts';
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
  /** Ids of the people the article quotes, in order of first appearance. */
  people: string[];
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
  /** Everyone in the registry: analysts first (by kind, see personKinds), then by name. */
  people: Person[];
  /** The people a published article quotes (each has a page), in the order of `people`. */
  quoted: Person[];
  person: (id: string) => Person;
  glossary: GlossaryEntry[];
  /** A person's quotes (joint ones included), in the order of `articles`, then reading order. */
  quotesBy: (personId: string) => QuoteInContext[];
  /** quotesBy, grouped by article (same order). */
  quotesByArticle: (personId: string) => { article: SiteArticle; quotes: QuoteInContext[] }[];
  /** Every event of every article, in chronological order (ties: article order, then the article's own order). */
  events: SiteEvent[];
}


/** The content's entries, as Astro's collections give them. */
export interface SiteEntries {
  articles: CollectionEntry<'articles'>[];
  sections: CollectionEntry<'sections'>[];
  people: CollectionEntry<'people'>[];
  glossary: CollectionEntry<'glossary'>[];
  events: CollectionEntry<'events'>[];
}

/** Analysts first, then journalists, officials, other people, organisations, groups, documents; by name within a kind. */
export function byKindThenName(a: Person, b: Person): number {
  return kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name);
}

/** Chronological order of described dates (as compareEdtf, without parsing the dates again). */
function byDate(a: SiteEvent, b: SiteEvent): number {
  return a.date.start - b.date.start || b.date.end - a.date.end || a.date.edtf.localeCompare(b.date.edtf);
}

/** The site model of the entries; `markdownOf` gives a section's Markdown body. */
export function siteModel(entries: SiteEntries, markdownOf: (section: CollectionEntry<'sections'>) => string): Site {
  const people = entries.people.map((e) => e.data).sort(byKindThenName);
  const byId = new Map(people.map((p) => [p.id, p]));
  const sectionsOf = Map.groupBy(entries.sections, (s) => s.id.slice(0, s.id.indexOf('/')));
  const eventsOf = Map.groupBy(entries.events, (e) => e.data.article);
  const published = new Map(entries.articles.map((e) => [e.id, edtfStart(e.data.source.published)]));
  const articles: SiteArticle[] = entries.articles
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
      const quoted = sections.flatMap((s) => s.quotes.flatMap((q) => q.person ?? []));
      const events = (eventsOf.get(slug) ?? []).map(({ data: { eventId, article: _, ...rest } }) => ({ ...rest, id: eventId }));
      return { slug, data: entry.data, url: urls.article(slug), sections, people: [...new Set(quoted)], events: placeEvents(slug, events) };
    })
    .sort((a, b) => published.get(b.slug)! - published.get(a.slug)! || a.slug.localeCompare(b.slug));

  const quotes = quotesIn(articles);
  const byPerson = new Map<string, QuoteInContext[]>();
  for (const item of quotes) {
    for (const id of new Set(item.quote.person ?? [])) {
      const list = byPerson.get(id);
      if (list) list.push(item);
      else byPerson.set(id, [item]);
    }
  }
  const grouped = new Map<string, { article: SiteArticle; quotes: QuoteInContext[] }[]>();
  const events = articles.flatMap((a) => a.events).sort(byDate);
  return {
    articles,
    people,
    quoted: people.filter((p) => byPerson.has(p.id)),
    person: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown person "${id}"`);
      return found;
    },
    glossary: entries.glossary.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term)),
    quotesBy: (id) => byPerson.get(id) ?? [],
    quotesByArticle: (id) => {
      let groups = grouped.get(id);
      if (!groups) {
        groups = [...Map.groupBy(byPerson.get(id) ?? [], (q) => q.article.slug).values()].map((list) => ({ article: list[0]!.article, quotes: list }));
        grouped.set(id, groups);
      }
      return groups;
    },
    events,
  };
}

/** Every quote of the articles (a part that continues another is joined to it), in reading order. */
export function quotesIn(articles: readonly SiteArticle[]): QuoteInContext[] {
  return articles.flatMap((article) =>
    article.sections.flatMap((section) =>
      section.quotes
        .filter((quote) => !quote.continues)
        .map((quote) => ({ quote, text: joinParts(quote, section.quotes), article, section, url: urls.quoteInText(article.slug, section.slug, quote.id) })),
    ),
  );
}

/** The previous and next sections of a section, for reading on. */
export function neighbours(article: SiteArticle, slug: string) {
  const i = article.sections.findIndex((s) => s.slug === slug);
  return { previous: article.sections[i - 1], next: article.sections[i + 1] };
}

/** The one-line name of whoever a quote is by. */
export function speakerOf(site: Site, quote: ScannedQuote): string {
  if (!quote.person) return quote.speaker ?? '';
  return joinNames(quote.person.map((id) => site.person(id).name));
}
