/**
 * The pages the routes build, as `getStaticPaths` results: one list per kind of page, from the site model,
 * each page with the `cacheKey` of the content it reads (cache-keys.ts: Astro's incremental build).
 */
import { loadPermalinks } from '../content/reference-data.ts';
import { contentRoot } from '../content/root.ts';
import { redirectsOf } from '../permalinks/redirects.ts';
import { cacheKeys as keysOf, type CacheKeys } from './cache-keys.ts';
import { allQuotes, getSite } from './corpus.ts';

let keys: CacheKeys | undefined;
/** The content's cache keys, read once per build. */
const cacheKeys = () => (keys ??= keysOf(contentRoot()));

/** One page per article (its overview, its timeline). */
export async function articlePaths() {
  const site = await getSite();
  return site.articles.map((article) => ({ params: { article: article.slug }, props: { article }, cacheKey: cacheKeys().article(article.slug) }));
}

/** One page per section of every article. */
export async function sectionPaths() {
  const site = await getSite();
  return site.articles.flatMap((article) =>
    article.sections.map((section) => ({ params: { article: article.slug, section: section.slug }, props: { article, section }, cacheKey: cacheKeys().article(article.slug) })),
  );
}

/** One page per analyst. */
export async function analystPaths() {
  const site = await getSite();
  return site.analysts.map((analyst) => ({ params: { analyst: analyst.id }, props: { analyst }, cacheKey: cacheKeys().site }));
}

/** One page per quote. */
export async function quotePaths() {
  return (await allQuotes()).map((item) => ({ params: { quote: item.quote.id }, props: { item }, cacheKey: cacheKeys().article(item.article.slug) }));
}

/** One redirect page per published address that moved (a former section slug, a renamed or removed quote's page). */
export async function movedPaths() {
  const quotes = new Set((await allQuotes()).map((q) => q.quote.id));
  return redirectsOf(loadPermalinks(contentRoot()), { quote: (id) => quotes.has(id) }).map((redirect) => ({
    params: { moved: redirect.from.replace(/^\/|\/$/g, '') },
    props: { redirect },
    cacheKey: cacheKeys().site,
  }));
}
