/**
 * Furniture after the text's end (a step of cleanSource, junk.ts): a
 * newsletter's or subscription's pitch standing above its sign-up button
 * ("The Real Russia. Today." / "Sign up for … daily newsletter", "A weekly
 * newsletter about …" / "Sign up", "Get trusted insights …" / "Subscribe to
 * …"): a short line, no quotation or speaker's turn in it, with no
 * paragraph of the text after it.
 */
import type { CleanedSource } from './junk.ts';
import { isProseLine, words } from './junk-rule.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

/** A pitch is at most this many words. */
const PITCH_WORDS = 16;
/** A sign-up button or link: "Sign up", "Subscribe to Nikkei Asia", "Sign up for …’s daily newsletter". */
const SIGN_UP = /^(?:sign[\s-]?up|subscribe|join (?:now|us|free)|register|get (?:the|our) newsletter)(?![\p{L}])/iu;
const QUOTATION = /[“”"«»„]/u;
/** A transcript's turn: "KASYMOV: Thank you.", "Heng: … thank you both." (a speaker's words, not a pitch). */
const SPEAKER_TURN = /^(?:\p{Lu}[\p{Lu}\s.’'-]{1,40}|\p{Lu}[\p{L}.’'-]{1,30}(?:\s+\p{Lu}[\p{L}.’'-]{1,30})?):\s/u;

export function withoutPitches(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const body = numberedLines(cleaned);
  const strippedAt = new Set(cleaned.stripped.map((s) => s.lineNumber));
  const lastProse = body.findLast((b) => isProseLine(b.line))?.lineNumber ?? Infinity;
  const next = (n: number) => all.slice(n).map((l, j) => ({ line: l.trim(), n: n + j + 1 })).find((x) => x.line !== '');
  const pitches = body.filter((b) => {
    if (b.lineNumber <= lastProse || words(b.line) > PITCH_WORDS || QUOTATION.test(b.line) || SPEAKER_TURN.test(b.line)) return false;
    const below = next(b.lineNumber);
    return below !== undefined && strippedAt.has(below.n) && SIGN_UP.test(below.line);
  });
  if (pitches.length === 0) return cleaned;
  const stripped = [...cleaned.stripped, ...pitches.map((b) => ({ line: b.line, rule: 'newsletter or subscription pitch (above its sign-up button, after the text)', lineNumber: b.lineNumber }))];
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set(pitches.map((b) => b.index))), stripped };
}
