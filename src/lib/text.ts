/** Sentence-level text helpers (Intl.Segmenter, no dependency). */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into trimmed, non-empty sentences. */
export function splitSentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/** The sentences of `text` that overlap the span [start, end), joined. */
export function sentencesAround(text: string, start: number, end: number): string {
  const parts = [...segmenter.segment(text)].filter((s) => s.index < end && s.index + s.segment.length > start);
  return parts.map((s) => s.segment).join('').trim();
}

/** A courtesy title or a rank before a name, its full stop ("Mr. Lapin", "Gen. Serdyukov"); a month's or a number's before a figure ("Jan. 19", "No. 2"). */
const ABBREVIATION_STOP = /(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Sen|Rep|Gov|St)\.(?=\s+\p{Lu})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.(?=\s+\d))/gu;

/**
 * The sentences of `text` with their indexes, an abbreviation's full stop ending none ("The speed of the airlift, Mr.
 * Lapin says, was …", "by Jan. 19, officials say"): the segments are `text`'s own words.
 */
export function sentenceSegments(text: string): { index: number; segment: string }[] {
  const masked = text.replace(ABBREVIATION_STOP, (m) => `${m.slice(0, -1)}_`);
  return [...segmenter.segment(masked)].map((t) => ({ index: t.index, segment: text.slice(t.index, t.index + t.segment.length) }));
}

/** Collapses runs of white space to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What goes before the `i`th of `n` names in "A, B and C": '', ', ' or ' and ' (for lists of links). */
export function nameSeparator(i: number, n: number): string {
  return i === 0 ? '' : i === n - 1 ? ' and ' : ', ';
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.map((name, i) => nameSeparator(i, names.length) + name).join('');
}

/** "1 event", "2 events": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
