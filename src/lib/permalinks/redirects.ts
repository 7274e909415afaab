/**
 * Addresses that were published and moved: a section's former slugs, a
 * renamed or removed quote's page, and people's pages (the analyst pages
 * that became /people/, a registry entry's former ids). Each is built as a small page at the old
 * path (src/pages/[...moved].astro) and listed in `dist/_redirects` for
 * hosts that read it (src/integrations/redirects.ts).
 */
import type { Permalinks, Person } from '../content/schema.ts';
import { urls } from '../site/urls.ts';

export interface Redirect {
  /** The old path (`/articles/a/old-slug/`). */
  from: string;
  /** Where it leads now: a path, with a #fragment when it lands inside a page. */
  to: string;
  /** The title of what it leads to, for the moved page's link. */
  title: string;
}

/** Every redirect of the corpus, by old path; `live` tells whether a quote still has its own page. */
export function redirectsOf(records: ReadonlyMap<string, Permalinks>, live: { quote: (id: string) => boolean }): Redirect[] {
  const out: Redirect[] = [];
  for (const [article, record] of records) {
    for (const section of record.sections) {
      const to = urls.section(article, section.slug);
      for (const slug of section.former) out.push({ from: urls.section(article, slug), to, title: section.title.text });
      for (const anchor of section.anchors) {
        if (!anchor.quote || live.quote(anchor.id)) continue;
        const renamed = section.quotes.some((q) => q.id === anchor.to);
        out.push({ from: urls.quotePage(anchor.id), to: renamed ? urls.quotePage(anchor.to) : `${to}#${anchor.id}`, title: section.title.text });
      }
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The people pages' former addresses: `/analysts/` (now `/people/`); `/analysts/<id>/` of every analyst and
 * journalist (what analysts.yaml held, each published there); and each former id's `/people/<id>/` and
 * `/analysts/<id>/`. `hasPage`: whether the entry has a page (someone no article quotes has none).
 */
export function peopleRedirects(people: readonly Person[], hasPage: (id: string) => boolean): Redirect[] {
  const out: Redirect[] = [{ from: urls.formerAnalysts(), to: urls.peoplePage(), title: 'People' }];
  for (const person of people) {
    if (!hasPage(person.id)) continue;
    const to = urls.person(person.id);
    if (person.kind === 'analyst' || person.kind === 'journalist') out.push({ from: urls.formerAnalyst(person.id), to, title: person.name });
    for (const id of person.former) out.push({ from: urls.person(id), to, title: person.name }, { from: urls.formerAnalyst(id), to, title: person.name });
  }
  return out;
}

/** `_redirects` (Netlify, Cloudflare Pages): one `from to 301` line each; a 301 keeps the reader's #fragment. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = ['# Written by src/integrations/redirects.ts from each article\'s permalinks.yaml and people.yaml. Do not edit.'];
  for (const r of redirects) lines.push(`${r.from} ${r.to} 301`);
  return `${lines.join('\n')}\n`;
}
