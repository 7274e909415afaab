/**
 * Text copied out of a PDF (a report, a brief): its lines are the page's,
 * not the paragraphs. Running headers and footers ("www.example.org 1",
 * the title in capitals and a page number) come out, then lines that end
 * mid-sentence are joined into their paragraph, a word hyphenated at a
 * line's end made whole again ("assis-" / "tance"). Only a text that shows
 * it is hard-wrapped is reflowed; a web page's one-line paragraphs are left
 * as they are. Junk rules run first (junk.ts), furniture by shape after.
 */
import type { CleanedSource } from './junk.ts';
import { MONTH_YEAR } from './metadata.ts';
import { numberedLines } from './numbered-lines.ts';
import { copyrightHolder } from './masthead.ts';

/** A page number before or after a line's text: "www.example.org 1", "3 CENTRAL ASIA RIGHTS WATCH | MARCH 2022". */
const PAGE_NUMBER = /^(?:(\d{1,3})\s+(.+)|(.+?)\s+(\d{1,3}))$/u;
const fold = (t: string) => t.toLowerCase().replace(/[“”"‘’'«»]/gu, '').replace(/\s+/g, ' ').trim();

/**
 * Whether `line` is a running header or footer: a page number and text whose
 * parts (between bars) each are another line of the page or the title, in any case.
 */
export function isRunningHead(line: string, known: ReadonlySet<string>): boolean {
  const m = PAGE_NUMBER.exec(line.trim());
  const text = m && (m[2] ?? m[3])!;
  if (!text || /[.!?]$/.test(text)) return false;
  return text.split(/\s+[|·•–—]\s+/).every((part) => known.has(fold(part)));
}

/** Ends a sentence or a clause that may end a paragraph. */
const ENDS = /[.!?…:;]["”’»)\]]*\d{0,3}$/u;
/** A word cut at the line's end: a letter, then a hyphen. */
const HYPHENATED = /\p{L}-$/u;
/** How many joins show a text is hard-wrapped; web paragraphs are longer than this many characters on average. */
const MIN_JOINS = 3;
const WRAP_CHARS = 110;

/** Whether `next` continues `line`'s sentence: the line ends mid-sentence, and the next opens in lower case (or the line is full). */
function continues(line: string, next: string, full: number): boolean {
  if (next === '') return false;
  if (HYPHENATED.test(line) && /^\p{L}/u.test(next)) return true;
  if (ENDS.test(line) && !/,$/.test(line)) return /^\p{Ll}/u.test(next) && !/[.!?…]["”’»)\]]*\d{0,3}$/u.test(line);
  return /^[\p{Ll}“"‘(]/u.test(next) || line.length >= full;
}

/** The two lines as one: a hyphenated word made whole ("assis-" "tance"), unless it was a compound ("31-year-" "old"). */
function join(line: string, next: string): string {
  if (!HYPHENATED.test(line)) return `${line} ${next}`;
  const cut = /(\S+)-$/u.exec(line)![1]!;
  return /[-\d]/u.test(cut) || /^\p{Lu}/u.test(next) ? `${line}${next}` : `${line.slice(0, -1)}${next}`;
}

/** The lines (with their numbers) reflowed into paragraphs, or as they were when the text is not hard-wrapped. */
export function reflow<T extends { line: string; lineNumber: number }>(lines: readonly T[]): T[] {
  const lengths = lines.map((l) => l.line.length).sort((a, b) => a - b);
  const full = Math.round((lengths[Math.floor(lengths.length * 0.9)] ?? 0) * 0.8);
  const joins = lines.filter((l, i) => i + 1 < lines.length && (HYPHENATED.test(l.line) || (!ENDS.test(l.line) && /^\p{Ll}/u.test(lines[i + 1]!.line)))).length;
  const average = lengths.reduce((n, l) => n + l, 0) / Math.max(1, lengths.length);
  if (joins < MIN_JOINS || average > WRAP_CHARS) return [...lines];
  const out: T[] = [];
  for (const l of lines) {
    const last = out.at(-1);
    if (last && continues(last.line, l.line, full)) out[out.length - 1] = { ...last, line: join(last.line, l.line) };
    else out.push({ ...l });
  }
  return out;
}

const HEAD_RULE = 'running header or footer (a page number and the page’s own words)';

/**
 * The cleaned source without running headers and footers, its hard-wrapped
 * lines joined into paragraphs; a cover page's publisher (the copyright
 * line's holder, alone on a line) and month ("March 2022") before the text
 * as metadata, the holder as the publication when the title names none.
 */
export function withPdfTextUndone(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const body = numberedLines(cleaned);
  const known = new Set([cleaned.title, ...all].map(fold).filter((t) => t !== ''));
  const heads = body.filter((b) => isRunningHead(b.line, known));
  // (A footer with a date in it reads as a date line: "3 CENTRAL ASIA RIGHTS WATCH | MARCH 2022".)
  const headsInMetadata = cleaned.metadata.filter((m) => isRunningHead(m.line, known));
  const holder = cleaned.stripped.map((s) => copyrightHolder(s.line)).find(Boolean);
  const firstProse = body.findIndex((b) => b.line.split(/\s+/).length >= 12);
  const cover = body.filter((b, k) => k < firstProse && !heads.includes(b) && ((holder && fold(b.line) === fold(holder)) || MONTH_YEAR.test(b.line)));
  const kept = body.filter((b) => !heads.includes(b) && !cover.includes(b));
  const flowed = reflow(kept);
  if (heads.length + headsInMetadata.length + cover.length === 0 && flowed.length === kept.length) return cleaned;
  const stripped = [...cleaned.stripped, ...[...heads, ...headsInMetadata].map((b) => ({ line: b.line, rule: HEAD_RULE, lineNumber: b.lineNumber }))];
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  const metadata = [
    ...cleaned.metadata.filter((m) => !headsInMetadata.includes(m)),
    ...cover.map((b) => MONTH_YEAR.test(b.line)
      ? { line: b.line, rule: 'publication date (a month alone before the text)', kind: 'date' as const, lineNumber: b.lineNumber }
      : { line: b.line, rule: 'publisher (the copyright line’s holder, on the cover)', kind: 'credit' as const, lineNumber: b.lineNumber }),
  ].sort((a, b) => a.lineNumber - b.lineNumber);
  const publication = cleaned.publication ?? (cover.some((b) => !MONTH_YEAR.test(b.line)) ? holder : undefined);
  return { ...cleaned, ...(publication ? { publication } : {}), lines: flowed.map((b) => b.line), lineNumbers: flowed.map((b) => b.lineNumber), stripped, metadata };
}
