/**
 * The content the built site was made from, read through the project's own
 * loader and schemas (src/lib/content/load.ts): the tests derive what they
 * expect from it (articles, sections, quotes, people, events), never from
 * a list pinned to the seed article. `CONTENT_DIR` names the content root,
 * as it does for the build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus, type Corpus, type LoadedArticle } from '../../src/lib/content/load.ts';
import { contentRoot } from '../../src/lib/content/root.ts';
import { scanSection, type ScannedQuote } from '../../src/lib/content/scan.ts';
import { contentLayout, kindRank, type Person } from '../../src/lib/content/schema.ts';
import { REPO_ROOT } from './html.ts';

export const CONTENT_ROOT = resolve(REPO_ROOT, contentRoot());

let cached: Corpus | undefined;

/** The content root, loaded and checked (throws on content errors: the build would have failed). */
export function content(): Corpus {
  if (cached) return cached;
  const { value, errors } = loadCorpus(CONTENT_ROOT);
  if (errors.length > 0) throw new Error(`${CONTENT_ROOT} has content errors:\n${errors.map((e) => `${e.file}: ${e.message}`).join('\n')}`);
  cached = value;
  return value;
}

/** The published articles (drafts are not), sorted by slug. */
export function articles(): LoadedArticle[] {
  return content()
    .articles.filter((a) => !a.data.draft)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The article with this slug (throws when there is none). */
export function article(slug: string): LoadedArticle {
  const found = content().articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no article "${slug}" in ${CONTENT_ROOT}`);
  return found;
}

export const articlePath = (a: LoadedArticle) => `/articles/${a.slug}/`;
export const sectionPathOf = (a: LoadedArticle, sectionSlug: string) => `/articles/${a.slug}/${sectionSlug}/`;

/** The article's raw source, kept beside its article.yaml, if it has one. */
export function sourceFileOf(a: LoadedArticle): string | undefined {
  const file = join(CONTENT_ROOT, contentLayout.articles, a.slug, contentLayout.sourceFile);
  return existsSync(file) ? file : undefined;
}

export interface ContentQuote extends ScannedQuote {
  article: LoadedArticle;
  sectionSlug: string;
}

/** Every quote of every article, in reading order. */
export function quotes(): ContentQuote[] {
  return articles().flatMap((a) => a.sections.flatMap((s) => scanSection(s.body).quotes.map((q) => ({ ...q, article: a, sectionSlug: s.data.slug }))));
}

/** The registry entries (people.yaml) a published article quotes: those with a page, analysts first, then by name (as the site lists them). */
export function quotedPeople(): Person[] {
  const quoted = new Set(quotes().flatMap((q) => q.person ?? []));
  return content()
    .people.filter((p) => quoted.has(p.id))
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name));
}
