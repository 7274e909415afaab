/**
 * The site's data for every page: the site model (model.ts) of Astro's
 * collections, made once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { quotesIn, siteModel, type QuoteInContext, type Site } from './model.ts';
import { markdownOf } from './section-text.ts';

let site: Promise<Site> | undefined;

async function loadSite(): Promise<Site> {
  const [articles, sections, people, glossary, events] = await Promise.all([
    // A draft (`draft: true`) is checked with the rest but not published.
    getCollection('articles', (e) => !e.data.draft),
    getCollection('sections'),
    getCollection('people'),
    getCollection('glossary'),
    getCollection('events'),
  ]);
  return siteModel({ articles, sections, people, glossary, events }, markdownOf);
}

/** The site's data, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

let everyQuote: Promise<QuoteInContext[]> | undefined;

/** Every quote on the site, by a registry entry or by an unnamed speaker (quotesBy has only the registry's), in reading order. */
export async function allQuotes(): Promise<QuoteInContext[]> {
  everyQuote ??= getSite().then((s) => quotesIn(s.articles));
  return everyQuote;
}
