/** Every citation target of the site (each article, section and quote), for the static citation files (lib/build/artifacts.ts). */
import { quotesIn, speakerOf, type Site } from '../site/model.ts';
import { articleTarget, quoteTarget, sectionTarget, type CiteTarget } from './site.ts';

export function allCiteTargets(data: Site, site: URL | string | undefined): CiteTarget[] {
  return [
    ...data.articles.flatMap((article) => [articleTarget(article, site), ...article.sections.map((section) => sectionTarget(article, section, site))]),
    ...quotesIn(data.articles).map((q) => quoteTarget(q, speakerOf(data, q.quote), site)),
  ];
}
