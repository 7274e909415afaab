/** What search should find, derived from the content root (CONTENT_DIR): each analyst's quote URLs, in reading order. */
import { scanSection } from '../../src/lib/content/scan.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { content } from './content.ts';

export function searchContent() {
  const corpus = content();
  /** Each analyst's quotes (not continuation parts), as the URLs search should list, in reading order. */
  const quoteUrls = new Map<string, string[]>(corpus.analysts.map((a) => [a.id, []]));
  for (const article of corpus.articles.filter((a) => !a.data.draft)) {
    for (const section of article.sections) {
      for (const quote of scanSection(section.body).quotes) {
        if (quote.continues) continue;
        for (const id of quote.analyst ?? []) quoteUrls.get(id)?.push(urls.quoteInText(article.slug, section.data.slug, quote.id));
      }
    }
  }
  return { corpus, quoteUrls };
}
