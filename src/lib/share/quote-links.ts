/** Links to the pages of a section's quotes, each named by who said what (shortened). */
import { joinParts } from '../content/scan.ts';
import { speakerOf, type Site, type SiteSection } from '../site/model.ts';
import { truncateWords } from './truncate.ts';
import { urls } from '../site/urls.ts';

export interface QuoteLink {
  href: string;
  label: string;
}

export function quoteLinks(site: Site, section: SiteSection): QuoteLink[] {
  return section.quotes
    .filter((q) => !q.continues)
    .map((q) => {
      const words = truncateWords(joinParts(q, section.quotes), 70);
      const label = q.kind === 'direct' ? `Quote by ${speakerOf(site, q)}: “${words}”` : `Paraphrase of ${speakerOf(site, q)}: ${words}`;
      return { href: urls.quotePage(q.id), label };
    });
}
