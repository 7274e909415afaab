/**
 * Pull quotes: a magazine's display lines that repeat, between quotation
 * marks, as a sentence and without an attribution, words the text quotes where they stand
 * ("“It was not one protest, it was three protests …”" after “It was not
 * one protest,” she said, “it was three protests …”). Their words are
 * marked where the text gives them; the display line is furniture. So is a
 * post embedded in the page ("— Name (@handle) date" under it) whose words the
 * text quotes elsewhere: the text gives them where they are said.
 */
import { findQuotations } from './marks.ts';
import { EMBED_CREDIT } from './social.ts';

/** Lowercase words, nothing else: what a pull quote and its source share. */
const wordsOf = (text: string) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `part` is a run of consecutive words of `whole`. */
function contains(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/** A display line of this many words is no subheading, even with no sentence's end. */
const LONG_WORDS = 10;

/** A pull quote's credit under it: a dash and a name. */
const PULL_CREDIT = /^[–—-]\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u;

/** Fewer words than this could repeat by chance. */
const MIN_WORDS = 5;

/**
 * The indexes of the lines that are pull quotes: the whole line one
 * quotation (a closing mark at its end, then at most a full stop), whose
 * words (each part, when it leaves words out with an ellipsis) another line
 * quotes: its quotations' words joined, or its own words.
 */
export function pullQuotes(lines: readonly string[]): Set<number> {
  const found = lines.map(findQuotations);
  const quoted = lines.map((l, k) => wordsOf(found[k]!.map((q) => l.slice(q.start, q.end)).join(' ')));
  const own = lines.map(wordsOf);
  const pulled = new Set<number>();
  lines.forEach((line, i) => {
    const qs = found[i]!;
    if (qs.length !== 1 || qs[0]!.open !== 0 || qs[0]!.close === undefined || !/^[.!?…]?$/.test(line.slice(qs[0]!.close + 1).trim())) return;
    // (A sentence, as a pull quote is: a short quotation with no sentence's end is a subheading quoting the text, "“A shift in who holds power”";
    // a long one may go without its full stop, "‘We could hear shooting all night, and nobody knew who was shooting at whom’".)
    if (!/[.!?…]\s*$/u.test(line.slice(0, qs[0]!.close)) && !/[.!?…]$/u.test(line) && wordsOf(line).length < LONG_WORDS) return;
    const parts = line.slice(qs[0]!.start, qs[0]!.end).split(/…|\.\.\.|\[…\]/).map(wordsOf).filter((p) => p.length > 0);
    if (parts.reduce((n, p) => n + p.length, 0) < MIN_WORDS) return;
    const source = lines.findIndex((_, k) => k !== i && parts.every((p) => contains(quoted[k]!, p) || contains(own[k]!, p)) && own[k]!.length > own[i]!.length);
    if (source < 0) return;
    pulled.add(i);
    // (With its credit under it: "— Aigerim Nurlanova".)
    if (PULL_CREDIT.test(lines[i + 1] ?? '')) pulled.add(i + 1);
  });
  return pulled;
}

/**
 * The indexes of the lines of each embedded post (its text and its "— Name (@handle) date" line under it)
 * whose text holds words another line quotes (at least MIN_WORDS of them): a widget repeating the text.
 */
export function repeatedPosts(lines: readonly string[]): Set<number> {
  const quoted = lines.map((l) => findQuotations(l).map((q) => wordsOf(l.slice(q.start, q.end))).filter((w) => w.length >= MIN_WORDS));
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!EMBED_CREDIT.test(lines[i + 1] ?? '') || EMBED_CREDIT.test(line)) return;
    const own = wordsOf(line);
    if (quoted.some((qs, k) => k !== i && qs.some((q) => contains(own, q)))) out.add(i).add(i + 1);
  });
  return out;
}
