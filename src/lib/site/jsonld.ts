/**
 * Structured data (schema.org, typed with schema-dts): the article as an
 * AnalysisNewsArticle based on its original publication, and one Quotation
 * per quote with its creator.
 */
import type { AnalysisNewsArticle, Organization, Person, Quotation, WithContext } from 'schema-dts';
import type { ScannedQuote } from '../content/scan.ts';
import { isIndividual, type Person as RegistryEntry } from '../content/schema.ts';
import { absolute, urls } from './urls.ts';
import type { SiteArticle, SiteSection } from './model.ts';

function creatorOf(quote: ScannedQuote, person: (id: string) => RegistryEntry, site: URL | undefined): Person | Organization | (Person | Organization)[] {
  if (quote.person) {
    const people = quote.person.map((id): Person | Organization => {
      const entry = person(id);
      return { '@type': isIndividual(entry.kind) ? 'Person' : 'Organization', name: entry.name, url: absolute(urls.person(id), site) };
    });
    return people.length === 1 ? people[0]! : people;
  }
  const name = quote.speaker ?? '';
  return quote.speakerType === 'person' ? { '@type': 'Person', name } : { '@type': 'Organization', name };
}

export function quotationLd(article: SiteArticle, section: SiteSection, quote: ScannedQuote, person: (id: string) => RegistryEntry, site: URL | undefined): Quotation {
  return {
    '@type': 'Quotation',
    '@id': absolute(urls.quoteInText(article.slug, section.slug, quote.id), site),
    url: absolute(urls.quoteInText(article.slug, section.slug, quote.id), site),
    text: quote.text,
    creator: creatorOf(quote, person, site),
    ...(quote.kind === 'paraphrase' ? { description: 'Paraphrase' } : {}),
  };
}

/** The article (optionally one of its sections as the page) with the quotes shown on the page. */
export function articleLd(
  article: SiteArticle,
  page: { url: string; section?: SiteSection; quotes: { section: SiteSection; quote: ScannedQuote }[] },
  person: (id: string) => RegistryEntry,
  site: URL | undefined,
): WithContext<AnalysisNewsArticle> {
  const { data } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    '@id': absolute(article.url, site),
    url: absolute(page.url, site),
    mainEntityOfPage: absolute(page.url, site),
    headline: data.title,
    ...(page.section ? { alternativeHeadline: page.section.title } : {}),
    description: page.section?.summary ?? data.summary,
    keywords: data.topics.join(', '),
    datePublished: data.source.published,
    isBasedOn: data.source.url,
    publisher: { '@type': 'Organization', name: data.source.publication },
    ...(data.source.authors.length > 0 ? { author: data.source.authors.map((name): Person => ({ '@type': 'Person', name })) } : {}),
    inLanguage: data.source.language,
    hasPart: page.quotes.map(({ section, quote }) => quotationLd(article, section, quote, person, site)),
  };
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`, safe against `</script>`. */
export function serializeLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
