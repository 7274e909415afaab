/**
 * Bylines and datelines of the page's head that only the lines around them
 * show (a step of cleanSource, junk.ts, before the furniture by shape):
 * names in capitals with their role and city, one a line, above the date
 * ("KENJI KAWASE, Nikkei Asia chief business news correspondent, Hong Kong" /
 * "SHOTARO TANI, Nikkei staff writer, Tokyo" / "January 8, 2022 14:05 JST");
 * a name alone under the date with only furniture between them ("January 7,
 * 2022" / "Heard on All Things Considered" / "Peter Halvorsen" / "Listen ·
 * 3:45") when no byline was read; and a place in capitals on a line of its
 * own above the first paragraph ("ANKARA"), or beside the date ("ISTANBUL" / "JAN 12, 2022 - 11:27 AM"), the story's dateline.
 */
import type { CleanedSource } from './junk.ts';
import { isProseLine, words } from './junk-rule.ts';
import { PERSON_NAME } from './metadata.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

/** A name in capitals, a comma, then who they are and where: no sentence. */
const CAPITALS_BYLINE = /^\p{Lu}{2,}(?:[’'-]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:[’'-]\p{Lu}+)?){1,3},\s+[^.!?]{3,100}$/u;
/** A place in capitals: "ANKARA", "NUR-SULTAN", "HONG KONG/TOKYO". */
const CAPITALS_PLACE = /^\p{Lu}{3,}(?:[\s/-]\p{Lu}{2,}){0,2}$/u;
/** How many lines a byline may stand from its date. */
const GAP = 4;

type Meta = CleanedSource['metadata'][number];

export function withHeadBylines(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const body = numberedLines(cleaned);
  const strippedAt = new Set(cleaned.stripped.map((s) => s.lineNumber));
  const dateAt = cleaned.metadata.filter((m) => m.kind === 'date').map((m) => m.lineNumber);
  const bylineRead = cleaned.metadata.some((m) => m.kind === 'byline');
  const bodyAt = new Map(body.map((b) => [b.lineNumber, b]));
  /** The non-empty raw lines from line number `from` to `to` (both excluded), by number. */
  const between = (from: number, to: number) => all.slice(from, to - 1).map((l, j) => ({ line: l.trim(), n: from + j + 1 })).filter((x) => x.line !== '');
  const found = new Map<number, Omit<Meta, 'line' | 'lineNumber'>>();
  /** Whether the line just above or below line number `n` is the date. */
  const besideDate = (n: number) => [between(0, n).at(-1)?.n, between(n, all.length + 1)[0]?.n].some((d) => d !== undefined && dateAt.includes(d));
  const firstProse = body.find((b) => isProseLine(b.line) && !CAPITALS_BYLINE.test(b.line));
  /** The first paragraph after the first date (a standfirst may stand above the date). */
  const proseAfterDate = body.find((b) => b.lineNumber > Math.min(...dateAt) && isProseLine(b.line) && !CAPITALS_BYLINE.test(b.line));
  for (const [k, b] of body.entries()) {
    // Capitals bylines: this line and the lines down to the date each a capitals byline or furniture.
    if (CAPITALS_BYLINE.test(b.line) && words(b.line) <= 16) {
      const date = dateAt.find((d) => d > b.lineNumber && d - b.lineNumber <= GAP + 1);
      const run = date !== undefined && between(b.lineNumber, date).every((x) => strippedAt.has(x.n) || (bodyAt.has(x.n) && CAPITALS_BYLINE.test(x.line)));
      if (run) found.set(b.lineNumber, { rule: 'byline (a name in capitals with role and city, above the date)', kind: 'byline' });
      continue;
    }
    // A name alone under the date, furniture only between and around it.
    if (!bylineRead && PERSON_NAME.test(b.line) && (firstProse === undefined || b.lineNumber < firstProse.lineNumber)) {
      const date = dateAt.findLast((d) => d < b.lineNumber && b.lineNumber - d <= GAP + 1);
      const after = between(b.lineNumber, all.length + 1)[0];
      if (date !== undefined && between(date, b.lineNumber).every((x) => strippedAt.has(x.n)) && after !== undefined && strippedAt.has(after.n)) {
        found.set(b.lineNumber, { rule: 'byline (a name under the date, among furniture)', kind: 'byline' });
      }
      continue;
    }
    // The dateline: a place in capitals just above the first paragraph, before any, or beside the date before it.
    if (CAPITALS_PLACE.test(b.line) && firstProse !== undefined && body[k + 1] === firstProse) {
      found.set(b.lineNumber, { rule: 'dateline (a place in capitals above the first paragraph)', kind: 'credit' });
    } else if (CAPITALS_PLACE.test(b.line) && proseAfterDate !== undefined && b.lineNumber < proseAfterDate.lineNumber && besideDate(b.lineNumber)) {
      found.set(b.lineNumber, { rule: 'dateline (a place in capitals beside the date)', kind: 'credit' });
    }
  }
  if (found.size === 0) return cleaned;
  const metadata = [...cleaned.metadata, ...body.filter((b) => found.has(b.lineNumber)).map((b) => ({ line: b.line, lineNumber: b.lineNumber, ...found.get(b.lineNumber)! }))];
  metadata.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set(body.filter((b) => found.has(b.lineNumber)).map((b) => b.index))), metadata };
}
