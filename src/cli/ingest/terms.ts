/**
 * The author's terms in marks: a word or two in quotation marks that stands
 * before the noun it qualifies ("a “multi-vector” foreign policy", "a strategy
 * officials call “multivector” diplomacy", "the ‘peacekeeping’ force") in a
 * sentence with no verb of saying. The marks are the author's distance
 * from a label, not somebody's words: not a quotation to mark (an editor may
 * still mark it). After a verb of saying ("said the alliance would send a
 * “peacekeeping” force") the words are the speaker's.
 */
import type { Quotation } from './marks.ts';
import { VERB } from './speech-patterns.ts';

/** Words that may follow a quoted modifier without being the noun it qualifies. */
const NOT_A_NOUN = /^(?:and|or|but|nor|of|to|in|on|at|for|with|by|from|into|over|that|which|who|whom|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|as|than|the|a|an|it|its|they|he|she|we|not|so|if|when|while|because|among|amid|across|against|after|before|during|under|about|since|until|within|without|through|near|outside|inside|beyond|behind|toward|towards|per|via|like|despite|there|here|now|then|too|also|again)$/u;

/** A verb of saying (speech-patterns.ts's). */
const SAYING = new RegExp(String.raw`(?<![\p{L}])(${VERB})(?![\p{L}])`, 'gu');

/** Where one sentence ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?]["”’»]?)\s+(?=[“"«‘]?\p{Lu})/u;

/** Whether quotation `q` of `paragraph` is such a term (`verb`: its attribution's). */
export function isAuthorsTerm(paragraph: string, q: Pick<Quotation, 'open' | 'start' | 'end' | 'close'>, verb: string): boolean {
  // (A body's label after its initials is the body's: "the CSTO’s “peacekeeping” contingent", quotations.ts.)
  if (q.close === undefined || verb === 'label') return false;
  // (A verb of saying anywhere in the sentence, outside the marks, makes them the speaker's: "he thanked the Russian
  // leader for the alliance’s “prompt” response", "Police have “liquidated” dozens …, X said". Naming is not saying:
  // "a strategy officials call “multivector” diplomacy".)
  const before = paragraph.slice(0, q.open).split(SENTENCE_BREAK).at(-1)!;
  const after = paragraph.slice(q.close + 1).split(SENTENCE_BREAK)[0]!;
  const sentence = `${before} ${after}`.replace(/[“"«‘][^”"»’]*[”"»’]/gu, ' ');
  if ([...sentence.matchAll(SAYING)].some((m) => !/^call/u.test(m[1]!))) return false;
  const words = paragraph.slice(q.start, q.end).trim().split(/\s+/);
  if (words.length > 2 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return false;
  const next = /^\s+(\p{Ll}{3,})(?![\p{L}’'-])/u.exec(paragraph.slice(q.close + 1))?.[1];
  return next !== undefined && !NOT_A_NOUN.test(next) && !/(?:ly|ed|ing)$/u.test(next);
}
