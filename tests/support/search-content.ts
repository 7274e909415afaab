/** What search should find, derived from content/: each registry entry's quote URLs, in reading order. */
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { REPO_ROOT } from './html.ts';

export function searchContent() {
  const { value: corpus, errors } = loadCorpus(join(REPO_ROOT, 'content'));
  if (errors.length > 0) throw new Error(`content/ does not load: ${JSON.stringify(errors)}`);
  /** Each registry entry's quotes (not continuation parts), as the URLs search should list, in reading order. */
  const quoteUrls = new Map<string, string[]>(corpus.people.map((a) => [a.id, []]));
  for (const article of corpus.articles) {
    for (const section of article.sections) {
      for (const quote of scanSection(section.body).quotes) {
        if (quote.continues) continue;
        for (const id of quote.person ?? []) quoteUrls.get(id)?.push(urls.quoteInText(article.slug, section.data.slug, quote.id));
      }
    }
  }
  return { corpus, quoteUrls };
}
