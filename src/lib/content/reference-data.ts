/**
 * Data read straight from the content root when Astro loads its config or
 * content layer: the people registry and glossary the Markdown pipeline needs, and
 * every article's events. Errors are not raised here: the build's content
 * check reports them all with file and line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlList } from './load.ts';
import { readPermalinks } from '../permalinks/record.ts';
import { contentLayout, eventSchema, glossaryEntrySchema, personSchema, type Permalinks, type TimelineEvent } from './schema.ts';

export interface ArticleEvent extends TimelineEvent {
  article: string;
}

/** Every article's events, each tagged with its article's slug. */
export function loadEvents(root: string): ArticleEvent[] {
  const dir = join(root, contentLayout.articles);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((article) => {
      const file = join(dir, article, contentLayout.eventsFile);
      return existsSync(file) ? loadYamlList(file, eventSchema).value.map((e) => ({ ...e, article })) : [];
    });
}

/** Every published article's record of its permalinks (permalinks.yaml), by article slug. */
export function loadPermalinks(root: string): Map<string, Permalinks> {
  const dir = join(root, contentLayout.articles);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .sort()
      .flatMap((article) => {
        const record = readPermalinks(join(dir, article, contentLayout.permalinksFile)).value;
        return record ? [[article, record] as const] : [];
      }),
  );
}

export function loadReferenceData(root: string) {
  return {
    people: loadYamlList(join(root, contentLayout.people), personSchema).value,
    glossary: loadYamlList(join(root, contentLayout.glossary), glossaryEntrySchema).value,
    events: loadEvents(root),
    permalinks: loadPermalinks(root),
  };
}
