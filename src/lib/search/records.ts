/**
 * Search records for quotes: one Pagefind custom record per quote (the
 * parts of a split quotation joined), so that a quote can be found by every
 * spelling of its speaker's name (people.yaml's aliases: "Toqaev" finds
 * Tokayev's) and filtered by who said it, article and topic. The `analyst`
 * filter (its name kept: search URLs carry it) holds every registry entry,
 * analysts or not; unnamed voices have none.
 * Section pages are indexed from their HTML as passages (with the same
 * article and topic filters, from hidden spans).
 */
import type { CustomRecord } from 'pagefind';
import type { Corpus } from '../content/load.ts';
import { joinParts, scanSection, type SectionScans } from '../content/scan.ts';
import { joinNames } from '../text.ts';
import { urls } from '../site/urls.ts';

/** The `kind` filter: what a result is. */
export const resultKinds = { quote: 'quote', passage: 'passage' } as const;

/** One record per quote of the corpus; `scans` are the content check's, when it has made them. */
export function quoteRecords(corpus: Corpus, scans?: SectionScans): CustomRecord[] {
  const registry = new Map(corpus.people.map((p) => [p.id, p]));
  return corpus.articles.filter((a) => !a.data.draft).flatMap((article) =>
    article.sections.flatMap((section) => {
      const quotes = (scans?.get(section) ?? scanSection(section.body)).quotes;
      return quotes
        .filter((q) => !q.continues)
        .map((quote): CustomRecord => {
          const people = (quote.person ?? []).map((id) => registry.get(id)).filter((p) => p !== undefined);
          const who = people.length > 0 ? joinNames(people.map((a) => a.name)) : (quote.speaker ?? '');
          const aliases = [...new Set(people.flatMap((a) => [a.name, ...a.aliases]))];
          const text = joinParts(quote, quotes);
          return {
            url: urls.quoteInText(article.slug, section.data.slug, quote.id),
            language: 'en',
            // Names and every alias are part of the searchable text: Pagefind has no typo tolerance.
            content: `${who}. ${aliases.join(' ')}. ${text}`,
            meta: {
              title: who,
              quote: text,
              kind: quote.kind,
              section: section.data.title,
              article: article.data.title,
              aliases: aliases.join(', '),
              id: quote.id,
            },
            filters: {
              kind: [resultKinds.quote],
              ...(people.length > 0 ? { analyst: people.map((a) => a.name) } : {}),
              article: [article.data.title],
              topic: article.data.topics,
            },
          };
        });
    }),
  );
}
