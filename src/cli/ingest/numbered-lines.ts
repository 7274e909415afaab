/**
 * The cleaned text's lines with the raw line each starts at, for the steps of
 * cleanSource (junk.ts) that read or remove lines after it: they find a line
 * by its number, never by its text (a line joined across a page turn or a
 * PDF's wrap is no raw line), and drop lines and numbers together.
 */
import type { CleanedSource } from './junk.ts';

/** The cleaned text's lines in order, each with its line number in the raw text and its index in `lines`. */
export function numberedLines(cleaned: CleanedSource): { line: string; lineNumber: number; index: number }[] {
  return cleaned.lines.map((line, index) => ({ line, lineNumber: cleaned.lineNumbers[index]!, index }));
}

/** The cleaned text without the lines at these indices (of `lines`), their line numbers with them. */
export function withoutLines(cleaned: CleanedSource, gone: ReadonlySet<number>): CleanedSource {
  const keep = (_: unknown, i: number) => !gone.has(i);
  return { ...cleaned, lines: cleaned.lines.filter(keep), lineNumbers: cleaned.lineNumbers.filter(keep) };
}
