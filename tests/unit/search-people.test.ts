/**
 * The people matcher (src/lib/search/client/people.ts) on content/'s people registry (analysts,
 * officials, organisations…): every name and alias, its prefixes and its misspellings (a letter
 * dropped, doubled, or a vowel changed) find that entry first; strangers find no one. Names and misspellings are made from the content, not written here.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { peopleMatcher, type Person } from '../../src/lib/search/client/people.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { REPO_ROOT } from '../support/html.ts';

const { value: corpus } = loadCorpus(join(REPO_ROOT, 'content'));
const people: Person[] = corpus.people.map((a) => ({ name: a.name, aliases: [a.name, ...a.aliases], quotes: 1, url: urls.person(a.id) }));
const match = peopleMatcher(people);
/** Surnames and other one-word spellings, each with its entry: those a reader types. */
const words = corpus.people.flatMap((a) => [...new Set([a.name, ...a.aliases].map((s) => s.split(' ').at(-1)!))].map((w) => [w, a.id] as const));
/** Words that belong to one entry only (two people may share a first name). */
const own = words.filter(([w]) => words.filter(([v]) => v === w).length === 1);

/** Misspellings of a word: none for an acronym or a word of four letters or fewer ("CSO" is not a misspelling of CSTO). */
function misspellings(word: string): string[] {
  if (word.length <= 4 || word === word.toUpperCase()) return [word.toLowerCase()];
  const i = Math.floor(word.length / 2);
  const vowel = [...word].findIndex((c, j) => j > 0 && 'aeiouy'.includes(c));
  return [
    word.slice(0, i) + word.slice(i + 1), // a letter dropped
    word.slice(0, i) + word[i] + word.slice(i), // a letter doubled
    vowel > 0 ? word.slice(0, vowel) + (word[vowel] === 'o' ? 'u' : 'o') + word.slice(vowel + 1) : word, // a vowel changed
    word.toLowerCase(),
  ];
}

describe('people by name, prefix and misspelling', () => {
  test('there are people to find', () => expect(own.length).toBeGreaterThan(0));
  test.each(own)('%s', (word, id) => {
    const queries = [word, word.slice(0, Math.max(3, Math.ceil(word.length / 2))), ...misspellings(word)];
    for (const q of queries) expect(match(q)[0]?.url, `“${q}”`).toBe(urls.person(id));
  });
  test('full names find their entry first', () => {
    for (const a of corpus.people) expect(match(a.name)[0]?.url).toBe(urls.person(a.id));
  });
  test('a word no name resembles finds no one; one letter is too little to ask', () => {
    expect(match('zzzzqx')).toEqual([]);
    expect(match(people[0]!.name[0]!)).toEqual([]);
  });
});
