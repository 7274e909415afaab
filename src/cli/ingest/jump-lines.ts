/**
 * A newspaper's page turn copied out of its print edition: "See KAZAKHSTAN
 * on Page A6", then the other page's furniture (an index, the folio "A6 |
 * THE TRIBUNE | SATURDAY, …", the jump slug and headline), then "Continued
 * from Page A1", the sentence going on where it broke. Pure text work.
 */

/** The line sending the reader on: "See KAZAKHSTAN on Page A6", "Continued on Page 4", "Please turn to A12". */
export const JUMP_OUT = /^(?:(?:See|Turn to|Please turn to)\s+[^.!?]{1,40}?\s+(?:on\s+)?|Continued on\s+)(?:Page|P\.|Pg\.?)?\s*[A-Z]?\d{1,3}\.?$/iu;
/** The line taking the reader back: "Continued from Page A1", "From Page 1". */
export const JUMP_IN = /^(?:Continued from|From)\s+(?:Page|P\.|Pg\.?)\s*[A-Z]?\d{1,3}\.?$/iu;
/** How many lines a page turn's furniture may take. */
const JUMP_MAX = 12;

/**
 * The indexes of the lines of each page turn (from the line sending the reader on to the one taking them back, and
 * the short lines after it before the text goes on: the jump's headline), when all between are short lines of
 * furniture (no sentence of the text: none over 16 words, none ending in a full stop after a lowercase word).
 */
export function jumpLines(all: readonly string[]): Set<number> {
  const found = new Set<number>();
  all.forEach((line, i) => {
    if (!JUMP_OUT.test(line.trim())) return;
    const back = all.findIndex((l, k) => k > i && k <= i + JUMP_MAX && JUMP_IN.test(l.trim()));
    if (back < 0) return;
    const between = all.slice(i + 1, back).map((l) => l.trim()).filter((l) => l !== '');
    if (between.some((l) => l.split(/\s+/).length > 16 || /\p{Ll}[.!?]["”’]?$/u.test(l))) return;
    for (let k = i; k <= back; k++) found.add(k);
    // The jump's headline under "Continued from …": a short line without a full stop, before the text goes on.
    const next = back + 1;
    if (next < all.length && all[next]!.trim() !== '' && all[next]!.trim().split(/\s+/).length <= 12 && !/[.!?:;,"”’]$/u.test(all[next]!.trim()) && /^\p{Lu}/u.test(all[next]!.trim())) found.add(next);
  });
  return found;
}

/** Whether a body line goes on with the sentence a page turn broke: it starts in lowercase. */
export const continuesAfterJump = (line: string) => /^\p{Ll}/u.test(line);
