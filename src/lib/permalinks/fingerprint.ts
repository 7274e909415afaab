/**
 * Fingerprints of published text: what a permalink is matched by. A block's
 * text is its words as the reader sees them (Markdown and directive syntax
 * gone), normalised: Unicode NFC, white space collapsed, trimmed.
 */
import { createHash } from 'node:crypto';
import { normalizeSpace } from '../text.ts';

/** The text a fingerprint is taken of. */
export function normaliseText(text: string): string {
  return normalizeSpace(text.normalize('NFC'));
}

/** SHA-256 of the normalised text, hex, first 16 digits: enough to tell any two texts of a corpus apart. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 16);
}

/** Hex digits of the fingerprint in a new paragraph id (`p-3f9a1c`): 16.7 million values, unique in any section. */
export const ID_DIGITS = 6;

/**
 * The id a paragraph gets the first time it is published: `p-` and the
 * start of its fingerprint, lengthened while it collides with an id in
 * `taken` (live or retired: an id is never given to other text).
 */
export function newParagraphId(print: string, taken: ReadonlySet<string>): string {
  for (let digits = ID_DIGITS; digits <= print.length; digits++) {
    const id = `p-${print.slice(0, digits)}`;
    if (!taken.has(id)) return id;
  }
  for (let n = 2; ; n++) if (!taken.has(`p-${print}-${n}`)) return `p-${print}-${n}`;
}

/** Word bigrams of a text, lowercased: what similarity is measured on. */
export function shingles(text: string): Set<string> {
  const words = normaliseText(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 1) return new Set(words);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** The share of `part`'s shingles found in `whole` (0–1): how much of a new text comes from an old one. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const s of part) if (whole.has(s)) shared += 1;
  return shared / part.size;
}
