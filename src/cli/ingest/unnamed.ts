/**
 * Speakers the text leaves unnamed, for quotes.ts: the subject of the sentence just before a quotation that
 * "he" or "she" then attributes ("One Western diplomat in Nur-Sultan, who asked not to be named, was more
 * guarded. “…,” he said."), and the person an unnamed role refers back to ("A Kazakh government official …
 * told TCA … “…,” the official said."). Pure text work: the phrase as the text gives it, its article in
 * lower case (a speaker's label reads mid-sentence), with the place it gives them ("in Nur-Sultan").
 */

/** An indefinite person opening a sentence: "One Western diplomat", "A senior Kazakh official", "An analyst", "A 34-year-old woman". */
const INDEFINITE = String.raw`(?:One|A|An)\s+(?:[\p{L}\d-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+`;
/** …as its subject, a place or a clause after it, then a verb, and the sentence ends before the quotation. */
/** Where they are, as the text places them: "in Nur-Sultan", "from Almaty". */
const PLACE = String.raw`\s+(?:in|from|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
const UNNAMED_SENTENCE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(${INDEFINITE}(?:${PLACE})?)(?:\s+with\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?(?:,\s+([^,“”«»"]{2,160}),)?\s+(?:was|is|were|seemed|sounded|spoke|struck|put|had|has|said|says|told|described|recalled|explained)\s[^.!?“”«»"]*[.!?]\s*$`,
  'u',
);

const lowerArticle = (phrase: string) => phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/** The unnamed person whose sentence ends just before a quotation (`before`: the paragraph up to its mark). */
export function unnamedBefore(before: string): string | undefined {
  const m = UNNAMED_SENTENCE.exec(before);
  // (Not one the apposition names: "A 31-year-old market trader, Gulzhan, said …" is Gulzhan.)
  if (!m || (m[2] && /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*$/u.test(m[2].trim()))) return undefined;
  return lowerArticle(m[1]!);
}

/** Whom a role ("the official", "the diplomat") refers back to: the last indefinite person of that noun in `earlier` (paragraphs, oldest first). */
export function introducedAs(role: string, earlier: readonly string[]): string | undefined {
  // (An adjective the text gave too may come before the noun: "the former diplomat".)
  const noun = /^the\s+(?:(?:former|senior|retired|foreign|local|western|Western)\s+)?(\p{Ll}[\p{Ll}-]+)$/u.exec(role)?.[1];
  if (!noun) return undefined;
  // (With whom they work for: "A manager of a Chinese energy company in Aktobe".)
  const of = String.raw`(?:\s+(?:of|at|with)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+(?=${PLACE}|[,.;]|\s+(?:who|which|said|told)(?![\p{L}])))?`;
  // (Or where they served: "A former Iranian diplomat who served in Almaty".)
  const served = String.raw`(?:\s+who\s+(?:served|serves|worked|works|lived|lives)\s+in\s+\p{Lu}[\p{L}-]+)?`;
  const pattern = new RegExp(String.raw`(?:^|[.!?]\s+|,\s+)((?:One|A|An|one|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${noun}(?![\p{L}])${of}(?:${PLACE}(?![\p{L}]))?${served})`, 'gu');
  const found = earlier.flatMap((p) => [...p.matchAll(pattern)].map((m) => m[1]!));
  return found.length > 0 ? lowerArticle(found.at(-1)!) : undefined;
}
