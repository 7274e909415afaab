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

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "1 event", "2 events": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
