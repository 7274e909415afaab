/**
 * The people index (`/search/people.json`): every analyst with every
 * spelling of their name, their quote count and their page, so the header
 * field can offer people as the reader types, before any quote.
 * Most-quoted first: among equally good matches, the one readers most likely mean.
 */
import type { Site } from '../site/model.ts';
import { urls } from '../site/urls.ts';
import type { Person } from './client/people.ts';

export function peopleIndex(site: Site): Person[] {
  return site.analysts
    .map((a) => ({ name: a.name, aliases: [...new Set([a.name, ...a.aliases])], quotes: site.quotesBy(a.id).length, url: urls.analyst(a.id) }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
