/**
 * Page titles within PAGE_TITLE_MAX characters: each page offers its titles
 * from the fullest to the shortest, and gets the first that fits. The
 * content checks make sure the shortest always does (an article title over
 * the limit needs a `shortTitle`, a section title or an analyst's name may
 * not exceed it), so the last resort — cutting at a word — is never reached
 * by content that passed `check:content`.
 */
import { PAGE_TITLE_MAX, titleLength, type Article } from '../content/schema.ts';
import { truncateWords } from '../share/truncate.ts';

export const SITE_TITLE = 'Analysis Reader';

/** The first candidate that fits (measured as written in the page: titleLength), else the last one cut at a word. */
export function pageTitle(...candidates: string[]): string {
  const fits = candidates.find((t) => titleLength(t) <= PAGE_TITLE_MAX);
  if (fits !== undefined) return fits;
  const last = candidates.at(-1) ?? SITE_TITLE;
  return truncateWords(last, PAGE_TITLE_MAX - (titleLength(last) - last.length));
}

/** An article's title as page titles use it: its `shortTitle`, if it has one. */
export function articleTitle(article: Pick<Article, 'title' | 'shortTitle'>): string {
  return article.shortTitle ?? article.title;
}
