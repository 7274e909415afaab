/** The pages the routes build, as `getStaticPaths` results: one list per kind of page, from the site model. */
import { loadPermalinks } from '../content/reference-data.ts';
import { contentRoot } from '../content/root.ts';
import { redirectsOf } from '../permalinks/redirects.ts';
import { allQuotes, getSite } from './corpus.ts';

/** One page per article (its overview, its timeline). */
export async function articlePaths() {
  const site = await getSite();
  return site.articles.map((article) => ({ params: { article: article.slug }, props: { article } }));
}

/** One page per section of every article. */
export async function sectionPaths() {
  const site = await getSite();
  return site.articles.flatMap((article) =>
    article.sections.map((section) => ({ params: { article: article.slug, section: section.slug }, props: { article, section } })),
  );
}

/** One page per analyst. */
export async function analystPaths() {
  const site = await getSite();
  return site.analysts.map((analyst) => ({ params: { analyst: analyst.id }, props: { analyst } }));
}

/** One page per quote. */
export async function quotePaths() {
  return (await allQuotes()).map((item) => ({ params: { quote: item.quote.id }, props: { item } }));
}

/** One redirect page per published address that moved (a former section slug, a renamed or removed quote's page). */
export async function movedPaths() {
  const quotes = new Set((await allQuotes()).map((q) => q.quote.id));
  return redirectsOf(loadPermalinks(contentRoot()), { quote: (id) => quotes.has(id) }).map((redirect) => ({
    params: { moved: redirect.from.replace(/^\/|\/$/g, '') },
    props: { redirect },
  }));
}
