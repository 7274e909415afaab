/** Every share card of the site (written by the build's artefact step, lib/build/artifacts.ts). */
import { quotesIn, speakerOf, type Site } from '../site/model.ts';
import { articleCard, quoteCard, sectionCard, type Card } from './cards.ts';

export function allCards(site: Site): Card[] {
  return [
    ...site.articles.flatMap((article) => [articleCard(article), ...article.sections.map((section) => sectionCard(article, section))]),
    ...quotesIn(site.articles).map((q) => quoteCard(q, speakerOf(site, q.quote))),
  ];
}
