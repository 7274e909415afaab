/**
 * What can be cited on the site, each with its citation key, CSL-JSON item
 * and the URLs of its citation files: every article, section and quote.
 */
import type { QuoteInContext, SiteArticle, SiteSection } from '../site/model.ts';
import { absolute } from '../site/urls.ts';
import { shareKeys } from '../share/keys.ts';
import { urls } from '../site/urls.ts';
import { articleItem, quoteItem, sectionItem, type CitedArticle, type CslItem } from './csl.ts';

export interface CiteTarget {
  kind: 'article' | 'section' | 'quote';
  /** Key of the citation files and the share card: `<article>`, `<article>/<section>`, `quote/<id>`. */
  key: string;
  item: CslItem;
  files: { bib: string; json: string };
}

const cited = (article: SiteArticle): CitedArticle => ({ slug: article.slug, title: article.data.title, source: article.data.source });
const files = (key: string) => ({ bib: urls.citeFile(key, 'bib'), json: urls.citeFile(key, 'json') });

export function articleTarget(article: SiteArticle, site: URL | string | undefined): CiteTarget {
  const key = shareKeys.article(article.slug);
  return { kind: 'article', key, item: articleItem(cited(article), absolute(article.url, site)), files: files(key) };
}

export function sectionTarget(article: SiteArticle, section: SiteSection, site: URL | string | undefined): CiteTarget {
  const key = shareKeys.section(article.slug, section.slug);
  const item = sectionItem(cited(article), { slug: section.slug, title: section.title, untitled: section.untitled }, absolute(section.url, site));
  return { kind: 'section', key, item, files: files(key) };
}

/** `speaker`: who is quoted, in words (speakerOf). */
export function quoteTarget(quote: QuoteInContext, speaker: string, site: URL | string | undefined): CiteTarget {
  const key = shareKeys.quote(quote.quote.id);
  const item = quoteItem(cited(quote.article), { id: quote.quote.id, kind: quote.quote.kind, speaker }, absolute(urls.quotePage(quote.quote.id), site));
  return { kind: 'quote', key, item, files: files(key) };
}
