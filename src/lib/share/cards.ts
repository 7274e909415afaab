/** The share card of each article, section and quote: its content, its URL and its alt text. */
import { formatEdtf } from '../dates.ts';
import { joinNames } from '../text.ts';
import type { QuoteInContext, SiteArticle, SiteSection } from '../site/model.ts';
import { cardAlt, type CardContent } from './card.ts';
import { shareKeys } from './keys.ts';
import { urls } from '../site/urls.ts';

export interface Card {
  key: string;
  content: CardContent;
  /** For PageHead's `image`: the PNG's path and its alt text. */
  image: { path: string; alt: string };
}

const card = (key: string, content: CardContent): Card => ({ key, content, image: { path: urls.card(key), alt: cardAlt(content) } });

const sourceLine = (article: SiteArticle) => {
  const { source } = article.data;
  return `${source.publication}${source.authors.length > 0 ? `, by ${joinNames(source.authors)}` : ''}, ${formatEdtf(source.published)}`;
};

export function articleCard(article: SiteArticle): Card {
  return card(shareKeys.article(article.slug), { kind: 'article', title: article.data.title, summary: article.data.summary, source: sourceLine(article) });
}

export function sectionCard(article: SiteArticle, section: SiteSection): Card {
  const position = `Section ${article.sections.indexOf(section) + 1} of ${article.sections.length}`;
  return card(shareKeys.section(article.slug, section.slug), {
    kind: 'section',
    title: section.title,
    summary: section.summary,
    article: article.data.title,
    source: sourceLine(article),
    position,
  });
}

/** `speaker`: who is quoted, in words (speakerOf). */
export function quoteCard(quote: QuoteInContext, speaker: string): Card {
  return card(shareKeys.quote(quote.quote.id), {
    kind: 'quote',
    text: quote.text,
    direct: quote.quote.kind === 'direct',
    speaker,
    article: quote.article.data.title,
    source: sourceLine(quote.article),
  });
}
