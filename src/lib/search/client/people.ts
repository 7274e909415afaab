/**
 * People as the reader types: the people index (`/search/people.json`,
 * written at build time by src/pages/search/people.json.ts) matched by any
 * name or alias, tolerant of prefixes and misspellings ("Sutir", "Soutyrin",
 * "Anchesch"), with Fuse.js (its basic build: fuzzy matching only).
 */
import Fuse from 'fuse.js/basic';

export interface Person {
  name: string;
  /** Every spelling, the name included. */
  aliases: string[];
  quotes: number;
  /** Their page: every quote of theirs. */
  url: string;
}

/** Worse than this (0 is exact, 1 anything) is not a match: "Anchesch" for Anceschi scores 0.03, for Sutyrin 0.5. */
const THRESHOLD = 0.35;
/** Shortest query matched against people: one or two letters match too many names to help. */
const MIN_LENGTH = 2;

export type PeopleMatcher = (query: string) => Person[];

export function peopleMatcher(people: readonly Person[]): PeopleMatcher {
  const fuse = new Fuse(people, { keys: ['aliases'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true, ignoreDiacritics: true });
  return (query) => {
    const q = query.trim();
    if (q.length < MIN_LENGTH) return [];
    return fuse.search(q).map((r) => r.item);
  };
}

/** The people index, fetched once. */
export async function fetchPeople(url: string): Promise<PeopleMatcher> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return peopleMatcher((await response.json()) as Person[]);
}
