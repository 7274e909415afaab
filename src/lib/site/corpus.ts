/**
 * The site's data for every page: the site model (model.ts) of Astro's
 * collections, made once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { quotesIn, siteModel, type QuoteInContext, type Site } from './model.ts';
import { markdownOf } from './section-text.ts';

let site: Promise<Site> | undefined;

async function loadSite(): Promise<Site> {
  const [articles, sections, analysts, glossary, events] = await Promise.all([
    getCollection('articles'),
    getCollection('sections'),
    getCollection('analysts'),
    getCollection('glossary'),
    getCollection('events'),
  ]);
  return siteModel({ articles, sections, analysts, glossary, events }, markdownOf);
}

/** The site's data, computed once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

let everyQuote: Promise<QuoteInContext[]> | undefined;

/** Every quote on the site, by an analyst or by a labelled speaker (quotesBy has only analysts'), in reading order. */
export async function allQuotes(): Promise<QuoteInContext[]> {
  everyQuote ??= getSite().then((s) => quotesIn(s.articles));
  return everyQuote;
}
