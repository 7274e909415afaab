/**
 * The dialogue dash of Spanish texts and their translations: "—Nobody
 * expected it so fast —recognizes by telephone the political scientist
 * Erlan Kasímov—. In Moscow they had the planes ready." Its parts are
 * quotations (marks.ts finds them here), their attribution the words
 * between the dashes (quotations.ts asks here who speaks).
 */
import type { Attribution } from './quotations.ts';
import type { Quotation } from './marks.ts';
import { kindOf, ONE_NAME, PRONOUN, ROLE, trimName } from './speech-patterns.ts';

/**
 * A paragraph of dialogue: an em dash, then the words at once ("—Nobody expected it"), or after a space when an
 * attribution between dashes follows ("— Nobody expected it — says X —.") or ends it after a comma ("— We do not
 * know …, — Kasymov added."); not a credit line ("— Erlan Kasymov").
 */
export const DIALOGUE = /^[—―](?=[\p{L}¿¡«“"])|^[—―]\s(?=[\p{Lu}¿¡«“"]).*(?:\s[—―]\s?\p{Ll}|,\s[—―]\s\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+\p{Ll}+\.?$)/u;
/**
 * A dash opening an attribution inside dialogue: " —says X", " — says X" (a space before, a lowercase letter after),
 * or, in the Russian style, after a comma with the name first: "…, — Kasymov added."
 */
const ASIDE_OPEN = /\s[—―]\s?(?=\p{Ll})|(?<=,)\s[—―]\s(?=\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+\p{Ll}+\.?$)/gu;

/**
 * The parts of a dialogue paragraph: each runs to the dash that opens its
 * attribution (" —recognizes X") or to the paragraph's end; after the
 * attribution's closing dash (and its full stop or comma) the words go on.
 */
export function dialogueParts(paragraph: string): Quotation[] {
  const parts: Quotation[] = [];
  let open = 0;
  let from = 1;
  while (from < paragraph.length) {
    ASIDE_OPEN.lastIndex = from;
    const aside = ASIDE_OPEN.exec(paragraph);
    const close = aside ? aside.index + 1 : paragraph.length;
    let [start, end] = [from, aside ? aside.index : paragraph.length];
    while (start < end && /\s/.test(paragraph[start]!)) start++;
    while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
    if (end > start) parts.push({ open, close, start, end, style: 'dash' });
    if (!aside) break;
    // The attribution's closing dash, then the words going on after its punctuation.
    const shut = paragraph.indexOf('—', close + 1);
    if (shut < 0) break;
    open = shut;
    from = shut + 1 + (/^[.,;:]/.test(paragraph.slice(shut + 1)) ? 1 : 0);
  }
  return parts;
}

/**
 * Who speaks a part of a dialogue paragraph (marks.ts): the attribution
 * between the dashes after it ("—recognizes by telephone from Nur-Sultan the
 * political scientist Erlan Kasímov—": the last name not after a
 * preposition, else a pronoun or a role), or, for the words after it, the
 * same attribution (one statement, in two parts).
 */
export function dialogueAttribution(paragraph: string, parts: readonly Quotation[], i: number): Attribution | undefined {
  const q = parts[i]!;
  const owner = q.close! < paragraph.length ? q : parts[i - 1]?.style === 'dash' && parts[i - 1]!.close! < paragraph.length ? parts[i - 1]! : undefined;
  if (!owner) return undefined;
  const at = owner.close! + 1;
  const shut = paragraph.indexOf('—', at);
  const aside = paragraph.slice(at, shut < 0 ? paragraph.length : shut);
  const verb = /^\p{L}+/u.exec(aside)?.[0] ?? '';
  const phrase = `—${aside.trim()}—`;
  const names = [...aside.matchAll(new RegExp(String.raw`(?<![\p{L}])${ONE_NAME}`, 'gu'))].filter((m) => !/(?:^|\s)(?:from|in|at|to|of|on|en|de|desde|por|a)\s+$/iu.test(aside.slice(0, m.index)));
  const name = names.map((m) => trimName(m[0])).filter(Boolean).at(-1);
  if (name) return { who: name, kind: 'name', verb, phrase, side: 'after', at };
  const pronoun = new RegExp(String.raw`(?<![\p{L}])(${PRONOUN})(?![\p{L}])`, 'u').exec(aside);
  if (pronoun) return { who: pronoun[1]!, kind: 'pronoun', verb, phrase, side: 'after', at };
  const role = new RegExp(ROLE, 'u').exec(aside);
  return role ? { who: role[0], kind: kindOf(role[0]), verb, phrase, side: 'after', at } : undefined;
}
