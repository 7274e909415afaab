/**
 * Posts of a social network in a page (a thread unrolled, a post embedded in
 * an article): the author's name above a handle ("Aigerim Nurlanova" /
 * "@ANurlanova") and the profile's bio under it, before the text, are the
 * byline and furniture; inside the text, a name above a handle credits the
 * paragraph under them (a post quoted whole, no quotation marks), and so
 * does a "— Name (@handle) date" line under a paragraph (the embed's credit).
 */
import type { CleanedSource } from './junk.ts';
import { PERSON_NAME } from './metadata.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

/** A handle alone on a line: "@ANurlanova". */
export const HANDLE = /^@[A-Za-z0-9_]{2,30}$/u;
/** An embed's credit under the post: "— Daniyar Seitkali (@DSeitkali) January 7, 2022". */
export const EMBED_CREDIT = /^[—–-]\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})\s+\(@[A-Za-z0-9_]{2,30}\)/u;
/** A bio is at most this long. */
const BIO_WORDS = 30;

/**
 * Before the text (the first line of twelve words or more): a handle, the
 * name above it as the byline, the bio under it (up to the next name,
 * handle or date) as furniture.
 */
export function withProfileLines(cleaned: CleanedSource): CleanedSource {
  const body = numberedLines(cleaned);
  const first = body.findIndex((b) => b.line.split(/\s+/).length >= 12);
  const at = body.findIndex((b, k) => (first < 0 || k < first) && HANDLE.test(b.line));
  if (at < 0) return cleaned;
  const byline = [body[at]!, ...(at > 0 && PERSON_NAME.test(body[at - 1]!.line) ? [body[at - 1]!] : [])];
  const bio = body[at + 1] && body[at + 1]!.line.split(/\s+/).length <= BIO_WORDS && !PERSON_NAME.test(body[at + 1]!.line) ? [body[at + 1]!] : [];
  const out = new Set([...byline, ...bio].map((b) => b.index));
  const metadata = [...cleaned.metadata, ...byline.map((b) => ({ line: b.line, rule: 'byline (a name and its handle)', kind: 'byline' as const, lineNumber: b.lineNumber }))].sort((a, b) => a.lineNumber - b.lineNumber);
  const stripped = [...cleaned.stripped, ...bio.map((b) => ({ line: b.line, rule: 'profile bio (under the handle)', lineNumber: b.lineNumber }))].sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, out), metadata, stripped };
}

/**
 * The paragraphs (indexes into `paragraphs`, the text's in order) that are a
 * post quoted whole, each with who wrote it: under a name and a handle, or
 * above an embed's credit line. `before(i)` is the line above paragraph i
 * when it is not a paragraph (a section's heading).
 */
export function embeddedPosts(paragraphs: readonly string[], before: (i: number) => string | undefined): Map<number, string> {
  const posts = new Map<number, string>();
  paragraphs.forEach((p, i) => {
    const credit = EMBED_CREDIT.exec(paragraphs[i + 1] ?? '');
    if (credit && !HANDLE.test(p)) posts.set(i, credit[1]!);
    if (!HANDLE.test(p) || i + 1 >= paragraphs.length) return;
    const name = i > 0 ? paragraphs[i - 1]! : before(i);
    if (name && PERSON_NAME.test(name)) posts.set(i + 1, name);
  });
  return posts;
}
