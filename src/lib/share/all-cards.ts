/** Every share card of the site, for the static PNG endpoint. */
import { allQuotes, getSite } from '../site/corpus.ts';
import { speakerOf } from '../site/model.ts';
import { articleCard, quoteCard, sectionCard, type Card } from './cards.ts';

export async function allCards(): Promise<Card[]> {
  const site = await getSite();
  const quotes = await allQuotes();
  return [
    ...site.articles.flatMap((article) => [articleCard(article), ...article.sections.map((section) => sectionCard(article, section))]),
    ...quotes.map((q) => quoteCard(q, speakerOf(site, q.quote))),
  ];
}
