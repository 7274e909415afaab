/**
 * Matching people's names across spellings and transliterations: "Ancheschi"
 * and "Ancheski" are Anceschi, "Toqaev" is Tokayev, "Sutyrin" is
 * "Soutyrine". Names are folded (any-ascii transliteration, lowercase,
 * y→i, q→k, kh→h, sch→sk, ch→k, doubled letters once, diacritics gone) and
 * compared by Levenshtein distance. Used by ingest (to find the registry
 * entry a name in a new text is) and by check:content (to warn of two
 * entries that may be one person).
 */
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';

/**
 * Titles, honorifics, offices, ranks and demonyms before a name, never part
 * of it: "President Kassym-Jomart Tokayev", "Dr. Luca Anceschi",
 * "Colonel-General Andrei Serdyukov", "Kazakh analyst …" (lower case, no dots).
 */
const TITLE_WORDS = new Set(
  'president vice prime minister foreign defence defense interior deputy secretary general secretary-general ambassador senator professor prof dr mr mrs ms mme m sir madame monsieur gen colonel lieutenant major captain admiral marshal brigadier sergeant field chairman chairwoman director spokesman spokeswoman spokesperson state head mayor governor commander chief former prosecutor prosecutor-general attorney akim ombudsman mp mep lawmaker legislator parliamentarian congressman congresswoman депутат президент премьер-министр министр глава политолог эксперт kazakh russian chinese french german american british uzbek kyrgyz tajik turkmen belarusian armenian political analyst expert'.split(' '),
);

/** Whether a word is a title ("Dr.", "Colonel-General": each part of a compound one). */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || (w.includes('-') && w.split('-').every((p) => TITLE_WORDS.has(p)));
}

/** A name without the titles before it (at least one word kept): "CSTO Secretary General Stanislav Zas" → "Stanislav Zas". */
export function stripTitles(name: string): string {
  // An institution keeps its words: "Prosecutor General's Office".
  if (/\b(?:Office|Ministry|Service|Agency|Council|Committee|Administration|Government|Court|Department)$/u.test(name)) return name;
  const words = name.trim().split(/\s+/);
  const before = words.length;
  // Titles, and the institution before them ("CSTO Secretary General X", "Kremlin Spokesman X").
  while (words.length > 1 && (isTitleWord(words[0]!) || (words.length > 3 && isTitleWord(words[1]!)))) words.shift();
  // After an office, a country in the genitive before the name ("Президент Казахстана Касым-Жомарт Токаев").
  if (words.length < before && words.length >= 3 && /^[А-ЯЁ]/u.test(words[0]!)) words.splice(0, words.length - 2);
  return words.join(' ');
}

/** Lower case in ASCII letters ("Président" → "president", "Токаев" → "tokaev"): how names and offices are compared. */
export const asciiLower = (text: string) => anyAscii(text).toLowerCase();

/** One word of a name folded for comparison. */
function foldWord(word: string): string {
  return asciiLower(word)
    .replace(/[^a-z]/g, '')
    .replace(/sch/g, 'sk')
    .replace(/ch/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, '');
}

/** The words of a name, folded, titles dropped: "Prof. Luca Anceschi" → ["luka", "anceski"]. */
export function foldName(name: string): string[] {
  return stripTitles(name)
    .split(/[\s-]+/)
    .map(foldWord)
    .filter(Boolean);
}

/** Edits allowed between two folded words of this length: none for short words, 1 up to 7 letters, then 2. */
function tolerance(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

function wordsClose(a: string, b: string): boolean {
  return distance(a, b) <= tolerance(Math.min(a.length, b.length));
}

export type NameMatch = 'same' | 'close' | 'surname' | undefined;

/**
 * How two names match: `same` when they fold to the same words, `close`
 * when every word is within a small edit distance (a first name may be an
 * initial or a short form, "Alex" for Alexander), `surname` when one is a surname alone that matches the other's
 * surname; undefined otherwise.
 */
export function matchNames(a: string, b: string): NameMatch {
  const [fa, fb] = [foldName(a), foldName(b)];
  if (fa.length === 0 || fb.length === 0) return undefined;
  if (fa.join(' ') === fb.join(' ')) return 'same';
  const [surnameA, surnameB] = [fa.at(-1)!, fb.at(-1)!];
  if (!wordsClose(surnameA, surnameB)) return undefined;
  if (fa.length === 1 || fb.length === 1) return 'surname';
  const [firstA, firstB] = [fa[0]!, fb[0]!];
  // A first name may be an initial ("A. Cooley") or its short form ("Alex" for Alexander, three letters at least).
  const short = Math.min(firstA.length, firstB.length) >= 3 && (firstA.startsWith(firstB) || firstB.startsWith(firstA));
  const initial = firstA.length === 1 || firstB.length === 1 ? firstA[0] === firstB[0] : short || wordsClose(firstA, firstB);
  return initial ? 'close' : undefined;
}

export interface Person {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface PersonMatch {
  id: string;
  /** `exact`: the spelling is the name or an alias; otherwise the spelling is new (propose it as an alias). */
  exact: boolean;
  how: Exclude<NameMatch, undefined>;
}

/**
 * The registry entry a name (as a text writes it) is, if one is close enough:
 * an exact spelling first, then a folded match of the full name, then a
 * surname alone (only when one entry has it). Undefined when nothing is close,
 * or when two entries are equally close (the editor decides).
 */
export function findPerson(people: readonly Person[], written: string): PersonMatch | undefined {
  const plain = stripTitles(written).toLowerCase();
  const exact = people.find((p) => [p.name, ...p.aliases].some((s) => s.toLowerCase() === plain));
  if (exact) return { id: exact.id, exact: true, how: 'same' };
  for (const how of ['same', 'close', 'surname'] as const) {
    // (A full name matches a surname alone only if its first name fits the entry's: "Karim Masimov" is not
    // "Erlan Kasymov" for his alias "Kasymov".)
    const full = (p: Person) => stripTitles(written).split(/\s+/).length < 2 || matchNames(p.name, written) !== undefined;
    const hits = people.filter((p) => [p.name, ...p.aliases].some((s) => matchNames(s, written) === how) && (how !== 'surname' || full(p)));
    if (hits.length === 1) return { id: hits[0]!.id, exact: false, how };
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

/** Pairs of registry entries whose names (or aliases) match closely: possibly one person twice. */
export function possibleDuplicates<P extends Person>(people: readonly P[]): { a: P; b: P; spellings: [string, string] }[] {
  const out: { a: P; b: P; spellings: [string, string] }[] = [];
  people.forEach((a, i) => {
    for (const b of people.slice(i + 1)) {
      const pair = [a.name, ...a.aliases].flatMap((x) => [b.name, ...b.aliases].map((y) => [x, y] as [string, string])).find(([x, y]) => {
        const m = matchNames(x, y);
        return m === 'same' || m === 'close';
      });
      if (pair) out.push({ a, b, spellings: pair });
    }
  });
  return out;
}
