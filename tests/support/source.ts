/**
 * The scraped source article the site must render faithfully: cleaned of
 * junk (src/cli/ingest/junk.ts) and cut into its parts. `SOURCE_FILE`
 * overrides the path (relative to the working directory).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanSource, type CleanedSource } from '../../src/cli/ingest/junk.ts';
import { normalizeSpace, splitSentences } from '../../src/lib/text.ts';
import { REPO_ROOT } from './html.ts';

export const SOURCE_FILE = process.env.SOURCE_FILE
  ? resolve(process.env.SOURCE_FILE)
  : resolve(REPO_ROOT, '../shared/source/the-diplomat-kazakhstan-csto-2022.txt');

export interface SourceSection {
  /** The heading line, or undefined for text before the first heading. */
  heading?: string;
  paragraphs: string[];
}

export interface SourceArticle extends CleanedSource {
  /** The photo caption (the line before "Credit: …"), if any. */
  caption?: string;
  /** The whole "Credit: …" line, if any. */
  creditLine?: string;
  sections: SourceSection[];
}

/**
 * Reads and cuts the source. `headings` are the section titles the site
 * uses: a source line equal to one of them starts a section.
 */
export function readSource(headings: readonly string[], file = SOURCE_FILE): SourceArticle {
  const cleaned = cleanSource(readFileSync(file, 'utf8'));
  const lines = cleaned.lines.map(normalizeSpace);
  const creditAt = lines.findIndex((l) => l.startsWith('Credit:'));
  const body = creditAt >= 0 ? lines.slice(creditAt + 1) : lines;
  const isHeading = new Set(headings.map(normalizeSpace));
  const sections: SourceSection[] = [];
  for (const line of body) {
    if (isHeading.has(line)) sections.push({ heading: line, paragraphs: [] });
    else {
      if (sections.length === 0) sections.push({ paragraphs: [] });
      sections.at(-1)!.paragraphs.push(line);
    }
  }
  return {
    ...cleaned,
    title: normalizeSpace(cleaned.title),
    lines,
    caption: creditAt > 0 ? lines[creditAt - 1] : undefined,
    creditLine: creditAt >= 0 ? lines[creditAt] : undefined,
    sections,
  };
}

/** The sentences of a line, white space normalised. */
export function sentencesOf(text: string): string[] {
  return splitSentences(text).map(normalizeSpace);
}

/**
 * Finds each sentence in `text` in order, starting after the previous one.
 * Returns those not found (in order), each with where the search was.
 */
export function missingInOrder(text: string, sentences: readonly string[]): { sentence: string; foundElsewhere: boolean }[] {
  const missing: { sentence: string; foundElsewhere: boolean }[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) missing.push({ sentence, foundElsewhere: text.includes(sentence) });
    else cursor = at + sentence.length;
  }
  return missing;
}
