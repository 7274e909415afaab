/**
 * Synthetic analysis prose with exact word counts: sentences made of a
 * six-word core and phrases of two to five words, paragraphs of a target
 * length with quote sentences (`:quote` directives) placed among them, and
 * `:term` references now and then. Each word is kept as a pair — its
 * Markdown and its visible text — so counts are of what the reader sees.
 */
import type { GlossaryEntry } from '../../lib/content/schema.ts';
import { spellings } from './glossary.ts';
import { chance, int, pick, type Rng } from './prng.ts';
import { ADJECTIVES, CONNECTIVES, COUNTRY_ENDINGS, CITY_ENDINGS, INTRANSITIVE, NOUNS, SYLLABLES, VERBS } from './vocabulary.ts';

/** One word: its Markdown and the text the reader sees. */
export interface Word {
  md: string;
  text: string;
}

/** Prose in Markdown and how many words a reader sees in it. */
export interface Span {
  md: string;
  /** The visible text (directives reduced to their words). */
  text: string;
  words: number;
}

/** What an article's prose is about: its invented places and people, and the glossary it may cite. */
export interface Scene {
  country: string;
  capital: string;
  neighbour: string;
  leader: string;
  /** Years the prose may name. */
  years: [number, number];
  glossary: readonly GlossaryEntry[];
}

export const word = (text: string): Word => ({ md: text, text });

/** "a" or "an", for the word that follows. */
export const indefinite = (next: string) => (/^[aeiou]/i.test(next) ? 'an' : 'a');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An invented name of 2–3 syllables and an ending. */
export function placeName(rng: Rng, endings: readonly string[]): string {
  const syllables = Array.from({ length: int(rng, 1, 2) }, () => pick(rng, SYLLABLES)).join('');
  return cap(`${syllables}${pick(rng, endings)}`);
}

export function makeScene(rng: Rng, published: number, glossary: readonly GlossaryEntry[]): Scene {
  const country = placeName(rng, COUNTRY_ENDINGS);
  let neighbour = placeName(rng, COUNTRY_ENDINGS);
  if (neighbour === country) neighbour = `${neighbour}a`;
  return {
    country,
    capital: placeName(rng, CITY_ENDINGS),
    neighbour,
    leader: placeName(rng, ['ov', 'ev', 'yan', 'escu', 'ic', 'ani']),
    years: [published - 12, published],
    glossary: glossary.slice(int(rng, 0, Math.max(0, glossary.length - 4))).slice(0, 4),
  };
}

function noun(rng: Rng, scene: Scene): Word {
  if (scene.glossary.length > 0 && chance(rng, 0.05)) {
    const entry = pick(rng, scene.glossary);
    const text = chance(rng, 0.85) ? entry.term : pick(rng, spellings(entry));
    return { md: `:term[${text}]{ref=${entry.id}}`, text };
  }
  return word(pick(rng, NOUNS));
}

const place = (rng: Rng, s: Scene) => word(pick(rng, [s.country, s.capital, s.neighbour]));
const year = (rng: Rng, s: Scene) => word(String(int(rng, s.years[0], s.years[1])));

/** The six words every sentence starts from (lowercase where not a name). */
function core(rng: Rng, s: Scene): Word[] {
  const w = word;
  switch (int(rng, 0, 4)) {
    case 0:
      return [w('the'), w(pick(rng, ADJECTIVES)), noun(rng, s), w(pick(rng, VERBS)), w('the'), noun(rng, s)];
    case 1: {
      const adjective = pick(rng, ADJECTIVES);
      return [w(`${pick(rng, [s.country, s.neighbour])}'s`), noun(rng, s), w(pick(rng, VERBS)), w(indefinite(adjective)), w(adjective), noun(rng, s)];
    }
    case 2:
      return [w('officials'), w('in'), w(s.capital), w(pick(rng, VERBS)), w('the'), noun(rng, s)];
    case 3:
      return [w('the'), noun(rng, s), w('of'), place(rng, s), w(pick(rng, VERBS)), noun(rng, s)];
    default:
      return [w(`${s.leader}'s`), w(pick(rng, ADJECTIVES)), noun(rng, s), w(pick(rng, VERBS)), w('the'), noun(rng, s)];
  }
}

/** A phrase of exactly `size` words (2–5), of a kind not in `used` where possible; `comma` asks for a comma before it. */
function phrase(rng: Rng, s: Scene, size: number, used: Set<string>): { words: Word[]; comma: boolean } {
  const w = word;
  const options: Record<number, (() => { words: Word[]; comma: boolean })[]> = {
    2: [() => ({ words: [w('in'), place(rng, s)], comma: false }), () => ({ words: [w('since'), year(rng, s)], comma: false }), () => ({ words: [w('by'), year(rng, s)], comma: false })],
    3: [
      () => ({ words: [w('across'), w('the'), w('region')], comma: false }),
      () => ({ words: [w('after'), w('the'), noun(rng, s)], comma: false }),
      () => ({ words: [w('of'), w('the'), noun(rng, s)], comma: false }),
      () => ({ words: [w('in'), w(pick(rng, ['early', 'mid', 'late'])), year(rng, s)], comma: false }),
      () => ({ words: [w('with'), w(`${s.leader}'s`), noun(rng, s)], comma: false }),
    ],
    4: [
      () => ({ words: [w('while'), w('the'), noun(rng, s), w(pick(rng, INTRANSITIVE))], comma: true }),
      () => ({ words: [w('despite'), w('the'), w(pick(rng, ADJECTIVES)), noun(rng, s)], comma: false }),
      () => ({ words: [w('for'), w('the'), w(pick(rng, ADJECTIVES)), noun(rng, s)], comma: false }),
    ],
    5: [
      () => ({ words: [w('as'), w('the'), w(pick(rng, ADJECTIVES)), noun(rng, s), w(pick(rng, INTRANSITIVE))], comma: true }),
      () => ({ words: [w('amid'), w('growing'), noun(rng, s), w('in'), place(rng, s)], comma: false }),
      () => ({ words: [w('and'), w('the'), noun(rng, s), w('that'), w(pick(rng, VERBS))], comma: false }),
    ],
  };
  const all = options[size]!.map((make, i) => ({ make, key: `${size}.${i}` }));
  const fresh = all.filter((o) => !used.has(o.key));
  const chosen = pick(rng, fresh.length > 0 ? fresh : all);
  used.add(chosen.key);
  return chosen.make();
}

const withSuffix = (x: Word, suffix: string): Word => ({ md: `${x.md}${suffix}`, text: `${x.text}${suffix}` });

/** Capitalises a plain first word (a `:term` or a name already has its capitals). */
function capitalise(words: Word[]): Word[] {
  const [first, ...rest] = words;
  if (!first || first.md.startsWith(':')) return words;
  return [{ md: cap(first.md), text: cap(first.text) }, ...rest];
}

/**
 * A clause of exactly `n` words (n ≥ 6), without final punctuation: the core,
 * then phrases; a connective ("Meanwhile,") makes up an odd word.
 */
export function clause(rng: Rng, s: Scene, n: number, connective = true): Word[] {
  if (n < 6) throw new Error(`a clause has at least 6 words, not ${n}`);
  const words = core(rng, s);
  let rest = n - 6;
  let lead: Word | undefined;
  if (connective && (rest === 1 || (rest >= 3 && chance(rng, 0.12)))) {
    lead = word(pick(rng, CONNECTIVES));
    rest -= 1;
  } else if (rest === 1) {
    words.splice(1, 0, word(pick(rng, ['new', 'old', 'same', 'last'])));
    rest -= 1;
  }
  const used = new Set<string>();
  while (rest > 0) {
    const sizes = [2, 3, 4, 5].filter((size) => size <= rest && rest - size !== 1);
    const size = pick(rng, sizes);
    const p = phrase(rng, s, size, used);
    if (p.comma) words[words.length - 1] = withSuffix(words.at(-1)!, ',');
    words.push(...p.words);
    rest -= size;
  }
  return lead ? [lead, ...words] : words;
}

export const join = (words: readonly Word[]): Span => ({ md: words.map((x) => x.md).join(' '), text: words.map((x) => x.text).join(' '), words: words.length });

/** A sentence of exactly `n` words, capitalised, with a full stop. */
export function sentence(rng: Rng, s: Scene, n: number): Span {
  const words = capitalise(clause(rng, s, n));
  words[words.length - 1] = withSuffix(words.at(-1)!, '.');
  return join(words);
}

/** Words of an analyst's or speaker's name as they appear in text. */
export const nameWords = (name: string): Word[] => name.split(/\s+/).map(word);

export { capitalise, withSuffix };

/**
 * A paragraph of `target` words in all: the given quote sentences (placed at
 * random among the others) and plain sentences of 8–24 words making up the
 * rest. `target` is raised, when it must be, to leave room for 12 words of
 * plain text.
 */
export function paragraph(rng: Rng, s: Scene, target: number, quotes: readonly Span[]): Span {
  const quoted = quotes.reduce((n, q) => n + q.words, 0);
  let rest = Math.max(target - quoted, 12);
  const parts: Span[] = [];
  while (rest > 0) {
    const n = rest <= 24 ? rest : int(rng, 8, Math.min(24, rest - 6));
    parts.push(sentence(rng, s, n));
    rest -= n;
  }
  for (const q of quotes) parts.splice(int(rng, 0, parts.length), 0, q);
  return { md: parts.map((p) => p.md).join(' '), text: parts.map((p) => p.text).join(' '), words: parts.reduce((n, p) => n + p.words, 0) };
}
