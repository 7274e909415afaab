/**
 * Who a reporting clause's subject is, when the words just before the verb are not it (quotations.ts asks
 * here): a name inside a relative clause ("X, who … from his predecessor, Y, described" is X), a possessive
 * ("the Kremlin's claim", "the alliance's “prompt” response": the word after it is a noun, nobody speaks),
 * a name after a preposition ("reached in Almaty described": a place, not the subject), and a full name's
 * middle initial ("Antony J. Blinken" is Antony Blinken, not "J. Blinken"). Pure text work.
 */
import { NAME } from './speech-patterns.ts';

/** A middle initial ("J.", "S."). */
const INITIAL = /^\p{Lu}\.$/u;

/** A name's last two words, its middle initials aside: "Secretary of State Antony J. Blinken" → "Antony Blinken". */
export function lastTwoNames(words: readonly string[]): string {
  const kept = words.filter((w, i) => !(INITIAL.test(w) && i > 0 && i < words.length - 1));
  return kept.slice(-2).join(' ');
}

/**
 * The subject a relative clause hangs on, when `before` (the sentence up to a name) ends inside one:
 * "Mr. Tokayev, who … took over from his predecessor, " → "Tokayev" (the name after it is in the relative
 * clause, and the verb after that name is the first subject's: "X, who spoke after Putin, said"). Undefined otherwise.
 */
export function relativeAntecedent(before: string): string | undefined {
  // The relative clause still open: within one sentence (a full stop only after an initial or a title, "Mr.",
  // "J."), no comma in it but one just before the name ("from his predecessor, Y"; "X, who teaches in Y,
  // pointed to the summit, where Z spoke" has closed it).
  const clause = String.raw`(?:[^,.;!?“”«»"]|(?<=(?:^|\s)\p{Lu}\p{Ll}{0,2})\.)*`;
  const m = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+(?:who|whose)\s${clause}(?:,\s*)?$`, 'u').exec(before);
  return m?.[1];
}

/** A possessive ("Kremlin's", "the alliance’s"): the word after it is what it owns, not a verb or a quotation's speaker. */
export const isPossessive = (words: string) => /\p{L}(?:['’]s|s['’])$/u.test(words.trim());

/**
 * A name or a role right after a preposition ("in Almaty", "at the university"): its object, never a clause's
 * subject (a run of three words or more starts with a place: "from Almaty Aygerim Nurlanova", see dropPlace;
 * "by" is left out: "officials quoted by Tass said" is Tass's report).
 */
export const afterPreposition = (before: string, name = '') => name.split(/\s+/).length < 3 && /(?:^|[^\p{L}])(?:in|at|from|near|of|to|for|with|on|into|across|outside|inside|around)\s+$/u.test(before);
