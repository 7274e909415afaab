/**
 * The words synthetic articles are made of (vocabulary.json, data): political-analysis nouns,
 * verbs and adjectives, a fixed list of topics and publications, and the
 * syllables that make each article's invented places. Only plain letters,
 * hyphens and apostrophes: nothing Markdown or a directive would read.
 */
import words from './vocabulary.json' with { type: 'json' };

export const ADJECTIVES: readonly string[] = words.ADJECTIVES;
export const AUTHORS: readonly string[] = words.AUTHORS;
export const CITY_ENDINGS: readonly string[] = words.CITY_ENDINGS;
export const CONNECTIVES: readonly string[] = words.CONNECTIVES;
export const COUNTRY_ENDINGS: readonly string[] = words.COUNTRY_ENDINGS;
/** Intransitive, past tense: "while the reform stalled". */
export const INTRANSITIVE: readonly string[] = words.INTRANSITIVE;
export const NOUNS: readonly string[] = words.NOUNS;
export const PUBLICATIONS: readonly string[] = words.PUBLICATIONS;
/** Verbs that introduce a paraphrase: "X argued that …". */
export const REPORTING: readonly string[] = words.REPORTING;
/** Verbs that follow a direct quote: "…,” X said. */
export const SAYING: readonly string[] = words.SAYING;
export const SECTION_TITLES: readonly string[] = words.SECTION_TITLES;
/** Labels for voices that are not named analysts, with their speaker type. */
export const SPEAKERS = words.SPEAKERS as readonly { label: string; type: 'person' | 'organization' | 'group' | 'document' }[];
/** Syllables for invented place names, one set of places per article. */
export const SYLLABLES: readonly string[] = words.SYLLABLES;
export const TOPICS: readonly string[] = words.TOPICS;
/** Transitive, past tense: "the government weakened the coalition". */
export const VERBS: readonly string[] = words.VERBS;
