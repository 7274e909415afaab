/** Every citation target of the site (each article, section and quote), for the static citation files. */
import { allQuotes, getSite } from '../site/corpus.ts';
import { speakerOf } from '../site/model.ts';
import { articleTarget, quoteTarget, sectionTarget, type CiteTarget } from './site.ts';

export async function allCiteTargets(site: URL | string | undefined): Promise<CiteTarget[]> {
  const data = await getSite();
  const quotes = await allQuotes();
  return [
    ...data.articles.flatMap((article) => [articleTarget(article, site), ...article.sections.map((section) => sectionTarget(article, section, site))]),
    ...quotes.map((q) => quoteTarget(q, speakerOf(data, q.quote), site)),
  ];
}
