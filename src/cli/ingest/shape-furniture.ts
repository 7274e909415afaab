/**
 * Page furniture told by its shape and place, not by its words, so that it
 * holds for a site (or a language) no rule names: before the first paragraph
 * of prose and after the last, a short line that ends no sentence and heads
 * no text ("Open in app", "Restack", "Text to speech", "Compartir", a
 * platform's labels and footer links) is not the author's; nor is a short
 * line repeated word for word ("Share" under every post of a live blog); nor
 * any line after a magazine's end mark ("■") closing the text. The
 * other rules (junk.ts) run first, so the prose they leave marks where the
 * text starts and ends.
 */
import type { CleanedSource } from './junk.ts';
import { CLOSE, endsInInitials, isProseLine, words } from './junk-rule.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';
import { isHeadingLine } from './structure.ts';

/** Furniture before the text is at most this many words (a standfirst is longer); after it, at most this many. */
const BEFORE_WORDS = 6;
const AFTER_WORDS = 10;
/** A repeated line this short is a control, not a heading. */
const REPEATED_WORDS = 3;
/** A line addressing the reader is at most this long (an author's paragraph speaking to the reader is longer). */
const READER_WORDS = 20;

/** The reader addressed, outside quotation marks ("If you enjoyed this…", "Abonnez-vous", "Подпишитесь на наш канал"), thanks aside. */
const READER = /\b(?:you|your|vous|votre|vos|usted|ustedes|tu|tus)\b|(?<![\p{L}])(?:вы|вас|вам|ваш\p{L}*|подпишитесь|suscríbete|suscríbase)(?![\p{L}])/iu;
const QUOTED = /[“"«„‘][^”"»“’]*[”"»“’]/gu;
/** A line for the reader, not of the text: short, the reader addressed outside quotations (or an exclamation), no speaker's turn. */
const addressesReader = (l: string) => {
  if (words(l) > READER_WORDS || TEXT_SHAPES.test(l)) return false;
  const own = l.replace(QUOTED, ' ');
  // (An exclamation outside quotation marks is a page's call, not an analysis's sentence: "Try it yourself!")
  return READER.test(own.replace(/\bthank(?:s| you)\b/giu, ' ')) || (/!$/u.test(l) && own === l);
};
const isProse = (l: string) => isProseLine(l) && !addressesReader(l);
/** A line of text a heading could stand above: a sentence, or a line introducing what follows. */
const TEXT_END = new RegExp(String.raw`[.!…:]${CLOSE}$`, 'u');
const isText = (l: string) => words(l) >= 3 && TEXT_END.test(l);
/** How a line of furniture cannot end: as a sentence or a clause does (before the text; after it, a question may). */
const ENDS_BEFORE = new RegExp(String.raw`[.!?…;,]${CLOSE}$`, 'u');
const ENDS_AFTER = new RegExp(String.raw`[.!…;,]${CLOSE}$`, 'u');
/**
 * Lines that are the text however short: a credit under a quotation ("– Aigerim Nurlanova"), a footnote ("[2] …"),
 * a live blog's time ("17.40 GMT"), a speaker's turn ("HOST: Thank you", "Aigerim Nurlanova: It was."), a timeline's
 * entry ("January 6 First Russian-led troops land").
 */
const TEXT_SHAPES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s+\p{Lu}\p{Ll}|^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\p{Lu}\p{Ll}|^[–—-]\s*\S|^\[\d+\]|^\d{1,2}[:.]\d{2}(?:\s+\p{Lu}{2,5})?$|^\d{1,2}[:.]\d{2}\s+\p{L}|^\p{Lu}[\p{Lu}\s.'’-]{0,40}:\s+\S|^\p{Lu}[\p{L}\s.'’-]{0,40}:\s+.*[.!?…]["”’»)]*$/u;

/** A magazine's end mark closing the text's last paragraph: "… may not wait that long. ■". */
const END_MARK = /\s[■∎◼◾]$/u;

export type ShapeRule = 'before the text' | 'after the text' | 'after the end mark' | 'repeated' | 'for the reader';

/** The rule's name in the ingest report. */
export const shapeRuleName = (rule: ShapeRule) =>
  rule === 'repeated' ? 'short line repeated (a control, not a heading)'
  : rule === 'after the end mark' ? 'after the text’s end mark (■: the page’s, not the author’s)'
  : rule === 'for the reader' ? 'a line addressing the reader, before or after the text'
  : `short line ${rule} (furniture: no sentence, heads no text)`;

/**
 * The indexes of `lines` (the text's lines in order, other junk already
 * out) that are furniture by their shape, with why; `all` is every line of
 * the page (repetition is counted there, stripped lines included), and
 * `stripBetween[i]` whether the other rules took lines out between line i and the next.
 */
export function shapeFurniture(lines: readonly string[], all: readonly string[] = lines, stripBetween: readonly boolean[] = []): Map<number, ShapeRule> {
  const found = new Map<number, ShapeRule>();
  const first = lines.findIndex(isProse);
  if (first < 0) return found;
  // (The text ends at its end mark, when a paragraph carries one: all after it is the page's.)
  const marked = lines.findLastIndex((l) => END_MARK.test(l) && isProseLine(l.replace(END_MARK, '')));
  const last = marked >= first ? marked : lines.findLastIndex(isProse);
  const headed = lines.slice(first + 1, last).some(isHeadingLine);
  const seen = new Map<string, number>();
  for (const l of all) seen.set(l.trim(), (seen.get(l.trim()) ?? 0) + 1);
  // Between the standfirst and the next paragraph, short lines that head no text, two or more together, are a box's
  // (a piece's topics under its date: "Russia, Europe and Eurasia" / "Central Asia" / … / "Share").
  const second = lines.findIndex((l, k) => k > first && isProse(l));
  const short = (k: number) => k > first && k < second && words(lines[k]!) <= BEFORE_WORDS && !ENDS_BEFORE.test(lines[k]!) && !TEXT_SHAPES.test(lines[k]!);
  const headsNoText = (k: number) => stripBetween[k] || !(isText(lines[k + 1] ?? '') || TEXT_SHAPES.test(lines[k + 1] ?? ''));
  const topics = new Set([...lines.keys()].filter((k) => short(k) && headsNoText(k) && ((short(k - 1) && !stripBetween[k - 1]) || (short(k + 1) && !stripBetween[k]))));
  lines.forEach((line, i) => {
    if (marked >= first && i > marked) return void found.set(i, 'after the end mark');
    if (topics.has(i)) return void found.set(i, 'before the text');
    if (TEXT_SHAPES.test(line)) return;
    const next = lines[i + 1] ?? '';
    // (Not with furniture between them: "World news", the title repeated, then the standfirst.)
    const headsText = !stripBetween[i] && ((isText(next) && !addressesReader(next)) || TEXT_SHAPES.test(next));
    // The line just above the first paragraph may be its heading ("Summary"): not with furniture between them,
    // nor in a text with no other heading between its paragraphs (then it heads no sections: "Share", "Print").
    // (Nor the last of three or more short lines together above it when it is a caption, furniture under it: a list of
    // topics, "Kazakhstan" / "Russia" / … / "Protests", above the lead photo's caption and its credit.)
    const listEnd = i >= 2 && found.get(i - 1) === 'before the text' && found.get(i - 2) === 'before the text' && !stripBetween[i - 1] && !stripBetween[i - 2] && stripBetween[first] === true;
    const above = i === first - 1 ? stripBetween[i] || !headed || listEnd : i < first - 1 && !headsText;
    if (above && words(line) <= BEFORE_WORDS && (!ENDS_BEFORE.test(line) || endsInInitials(line))) found.set(i, 'before the text');
    // After the text a question is a headline, not a heading ("What is the CSTO?").
    else if (i > last && words(line) <= AFTER_WORDS && (!ENDS_AFTER.test(line) || endsInInitials(line)) && !headsText) found.set(i, 'after the text');
    else if ((i < first || i > last) && addressesReader(line)) found.set(i, 'for the reader');
    else if (words(line) <= REPEATED_WORDS && (seen.get(line) ?? 0) >= 2 && !/[.!?…;,:]$/u.test(line)) found.set(i, 'repeated');
  });
  return found;
}

/** The cleaned source without the furniture `shapeFurniture` finds, each line listed with its rule. */
export function withoutShapeFurniture(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const body = numberedLines(cleaned);
  const between = body.map((b, k) => k + 1 < body.length && all.slice(b.lineNumber, body[k + 1]!.lineNumber - 1).some((l) => l.trim() !== ''));
  const found = shapeFurniture(cleaned.lines, all, between);
  if (found.size === 0) return cleaned;
  const stripped = [...cleaned.stripped, ...body.filter((b) => found.has(b.index)).map((b) => ({ line: b.line, rule: shapeRuleName(found.get(b.index)!), lineNumber: b.lineNumber }))];
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set(found.keys())), stripped };
}
