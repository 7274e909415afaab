/**
 * The site model (model.ts) of a content root read by the project's own
 * loader (lib/content/load.ts), outside Astro: for the build steps that run
 * beside Astro (the share cards and citation files, lib/build/artifacts.ts).
 * The entries are shaped as Astro's collections give them (content.config.ts:
 * the same ids, the same schemas), so the model is the one the pages see.
 */
import type { Corpus } from '../content/load.ts';
import { siteModel, type Site, type SiteEntries } from './model.ts';
import { markdownOf } from './section-text.ts';

/** Corpus entries as collection entries: only the fields the site model reads. */
const entry = <C extends keyof SiteEntries>(value: { id: string; data: unknown; body?: string; filePath?: string }) => value as unknown as SiteEntries[C][number];

/** The site model of a loaded (and checked) corpus. Drafts are not published. */
export function siteFromCorpus(corpus: Corpus): Site {
  const published = corpus.articles.filter((a) => !a.data.draft);
  const entries: SiteEntries = {
    articles: published.map((a) => entry<'articles'>({ id: a.slug, data: a.data })),
    sections: corpus.articles.flatMap((a) => a.sections.map((s) => entry<'sections'>({ id: `${a.slug}/${s.data.slug}`, data: s.data, body: s.body, filePath: s.file }))),
    people: corpus.people.map((p) => entry<'people'>({ id: p.id, data: p })),
    glossary: corpus.glossary.map((g) => entry<'glossary'>({ id: g.id, data: g })),
    events: corpus.articles.flatMap((a) => a.events.map((e) => entry<'events'>({ id: `${a.slug}/${e.id}`, data: { ...e, id: `${a.slug}/${e.id}`, article: a.slug, eventId: e.id } }))),
  };
  return siteModel(entries, markdownOf);
}
