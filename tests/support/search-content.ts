/** What search should find, derived from the content root (CONTENT_DIR): each registry entry's quote URLs, in reading order. */
import { urls } from '../../src/lib/site/urls.ts';
import { content, quotes } from './content.ts';

export function searchContent() {
  const corpus = content();
  /** Each registry entry's quotes (not continuation parts), as the URLs search should list, in reading order. */
  const quoteUrls = new Map<string, string[]>(corpus.people.map((a) => [a.id, []]));
  for (const quote of quotes()) {
    if (quote.continues) continue;
    for (const id of quote.person ?? []) quoteUrls.get(id)?.push(urls.quoteInText(quote.article.slug, quote.sectionSlug, quote.id));
  }
  return { corpus, quoteUrls };
}
