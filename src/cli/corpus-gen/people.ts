/**
 * The shared pool of analysts (people.yaml, every entry an analyst): about 40 people, each with
 * the aliases search needs (full name, surname) and, for some, the other
 * spellings a source uses (transliterations, a dropped diacritic). Surnames
 * are distinct, so no alias is claimed by two analysts.
 */
import type { Person } from '../../lib/content/schema.ts';
import { shuffle, type Rng } from './prng.ts';

const FIRST_NAMES = [
  'Anna', 'Daniyar', 'Marta', 'Ivan', 'Leila', 'Tomas', 'Sofia', 'Karim', 'Elena', 'Jonas',
  'Amara', 'Pavel', 'Nadia', 'Rustam', 'Clara', 'Omar', 'Irina', 'Lukas', 'Zarina', 'Mateo',
  'Hana', 'Viktor', 'Aigerim', 'Felix', 'Mariam', 'Georgi', 'Ingrid', 'Bakhyt', 'Rosa', 'Emil',
  'Dilnoza', 'Arman', 'Julia', 'Nikolai', 'Selin', 'Pedro', 'Yasmin', 'Oskar', 'Lidia', 'Timur',
  'Aleksandr', 'Yulia', 'Sergei',
] as const;

/** Surnames, with the other spellings some sources use. */
const SURNAMES: readonly [string, ...string[]][] = [
  ['Petrova', 'Petrowa'], ['Tkachenko', 'Tkatchenko'], ['Nurlanova', 'Nourlanova'], ['Kowalski', 'Kovalski'], ['Haddad', 'Hadad'],
  ['Müller', 'Mueller', 'Muller'], ['Abenova'], ['Lindqvist', 'Lindquist'], ['Okonkwo'], ['Brennan'], ['Castillo'], ['Demir'],
  ['Esposito'], ['Fischer'], ['Gorbunov', 'Gorbounov'], ['Hakimov'], ['Ibrahim'], ['Jansen'], ['Karimova'], ['Laurent'],
  ['Mendes'], ['Novak'], ['Orlov', 'Orloff'], ['Pastor'], ['Quinn'], ['Rahimov'], ['Sato'], ['Tanaka'], ['Usmanov', 'Ousmanov'],
  ['Varga'], ['Weber'], ['Yilmaz'], ['Zhukova', 'Joukova'], ['Aliyev', 'Aliev'], ['Bergstrom'], ['Chen'], ['Dvorak'], ['Eriksen'],
  ['Farahani'], ['Galstyan'], ['Hoffmann'], ['Ismailova'], ['Kuznetsov', 'Kouznetsov'], ['Mirzaev'],
];

/** Other spellings of some first names ("Aleksandr" is also written "Alexander"). */
const FIRST_VARIANTS: Record<string, string> = { Aleksandr: 'Alexander', Yulia: 'Julia', Sergei: 'Sergey', Nikolai: 'Nikolay', Timur: 'Temur' };

const NOTES = [
  'Political scientist; writes on regional security.',
  'Economist at a policy institute.',
  'Journalist and former correspondent in the region.',
  'Researcher on energy policy and pipelines.',
  'Historian of the post-Soviet space.',
];

/** An id from a name: ASCII letters, lowercase, hyphens. */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

export interface PoolAnalyst extends Person {
  surname: string;
  /** Spellings the text may use for the analyst, besides the name. */
  spellings: string[];
}

/** `count` analysts (at most the number of surnames), in a seeded order: the first ones are quoted most. */
export function analystPool(rng: Rng, count = 40): PoolAnalyst[] {
  const firsts = shuffle(rng, FIRST_NAMES);
  const surnames = shuffle(rng, SURNAMES).slice(0, Math.min(count, SURNAMES.length));
  const taken = new Set(surnames.map(([s]) => s.toLowerCase()));
  return surnames.map(([surname, ...variants], i) => {
    const first = firsts[i % firsts.length]!;
    const name = `${first} ${surname}`;
    const altFirst = FIRST_VARIANTS[first];
    const alternatives = [
      ...variants.filter((v) => !taken.has(v.toLowerCase())).flatMap((v) => [`${first} ${v}`, v]),
      ...(altFirst ? [`${altFirst} ${surname}`] : []),
    ];
    const aliases = [...new Set([name, surname, ...alternatives])];
    const other = alternatives.filter((a) => a.includes(' '));
    const note =
      other.length > 0 ? `The sources also spell the name ${other.map((a) => `“${a}”`).join(' and ')}.` : i % 4 === 0 ? NOTES[i % NOTES.length] : undefined;
    return {
      id: slugify(surname),
      name,
      kind: 'analyst' as const,
      aliases,
      former: [],
      ...(note ? { note } : {}),
      surname,
      spellings: [name, surname, ...alternatives],
    };
  });
}

/** people.yaml entries: the schema's fields only (no former ids: nothing generated was published). */
export function analystEntries(pool: readonly PoolAnalyst[]): Omit<Person, 'former'>[] {
  return pool.map(({ id, name, kind, aliases, note }) => ({ id, name, kind, aliases, ...(note ? { note } : {}) }));
}
