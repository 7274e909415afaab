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
