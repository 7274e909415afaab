/**
 * The people index (`/search/people.json`): everyone quoted (the people
 * registry: analysts, officials, organisations…) with every spelling of
 * their name, their quote count and their page, so the header field can
 * offer people as the reader types, before any quote ("Toqaev" finds
 * Tokayev). Analysts first, then by kind; most-quoted first within a kind:
 * among equally good matches, the one readers most likely mean.
 */
import { kindRank } from '../content/schema.ts';
import type { Site } from '../site/model.ts';
import { urls } from '../site/urls.ts';
import type { Person } from './client/people.ts';

export function peopleIndex(site: Site): Person[] {
  return site.quoted
    .map((p) => ({ rank: kindRank(p.kind), entry: { name: p.name, aliases: [...new Set([p.name, ...p.aliases])], quotes: site.quotesBy(p.id).length, url: urls.person(p.id) } }))
    .sort((a, b) => a.rank - b.rank || b.entry.quotes - a.entry.quotes || a.entry.name.localeCompare(b.entry.name))
    .map((p) => p.entry);
}
