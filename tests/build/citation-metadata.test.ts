/**
 * Citation metadata in dist/, read the way Zotero's Embedded Metadata
 * translator reads it (tests/support/zotero-embedded.ts): every article,
 * section and quote page is saved as the ORIGINAL article — a magazine or
 * newspaper article (as article.yaml says) with its publication, date at its
 * precision, URL, author(s) and language, and the title of our own /cite/
 * file for that page — with our page kept as the item's snapshot.
 * Expectations come from the content, not from the seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LoadedArticle } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { machineDate } from '../../src/lib/dates.ts';
import { DIST, loadPages, pageAt, prop, select, SITE_ORIGIN, textOf, type DistPage } from '../support/html.ts';
import { zoteroEmbedded } from '../support/zotero-embedded.ts';
import { articles } from '../support/content.ts';

/** Zotero's item type for each publication type of article.yaml. */
const ITEM_TYPE = { magazine: 'magazineArticle', newspaper: 'newspaperArticle' } as const;

interface Cited {
  kind: 'article' | 'section' | 'quote';
  page: DistPage;
  article: LoadedArticle;
  /** Key of the page's /cite/ files. */
  key: string;
}

const cited: Cited[] = articles().flatMap((article) => {
  const at = (path: string) => {
    const page = pageAt(path);
    if (!page) throw new Error(`no page at ${path}`);
    return page;
  };
  const quoteIds = article.sections.flatMap((s) => scanSection(s.body).quotes.map((q) => q.id)).filter((id) => pageAt(`/quotes/${id}/`));
  return [
    { kind: 'article' as const, page: at(`/articles/${article.slug}/`), article, key: article.slug },
    ...article.sections.map((s) => ({ kind: 'section' as const, page: at(`/articles/${article.slug}/${s.data.slug}/`), article, key: `${article.slug}/${s.data.slug}` })),
    ...quoteIds.map((id) => ({ kind: 'quote' as const, page: at(`/quotes/${id}/`), article, key: `quote/${id}` })),
  ];
});

const citeTitle = (key: string) => (JSON.parse(readFileSync(join(DIST, 'cite', `${key}.json`), 'utf8')) as { title: string }[])[0]!.title;
const splitName = (name: string) => {
  const i = name.lastIndexOf(' ');
  return i < 0 ? { lastName: name } : { firstName: name.slice(0, i), lastName: name.slice(i + 1) };
};

describe('what Zotero saves from each article, section and quote page', () => {
  test('there are pages of every kind', () => {
    for (const kind of ['article', 'section', 'quote'] as const) expect(cited.filter((c) => c.kind === kind).length, kind).toBeGreaterThan(0);
  });

  test.each(cited.map((c) => [c.page.path, c] as const))('%s', (path, { kind, page, article, key }) => {
    const { source, title } = article.data;
    const item = zoteroEmbedded(page.tree, `${SITE_ORIGIN}${path}`);
    expect(item.itemType).toBe(ITEM_TYPE[source.type]);
    // One rule, one place: the title of our own citation files for this page.
    expect(item.title).toBe(citeTitle(key));
    if (kind !== 'section') expect(item.title).toBe(title);
    else expect(item.title!.startsWith(title)).toBe(true);
    expect(item.publicationTitle).toBe(source.publication);
    expect(item.isoDate).toBe(machineDate(source.published));
    expect(item.url).toBe(source.url);
    expect(item.language).toBe(source.language);
    expect(item.creators).toEqual(source.authors.map((name) => ({ ...splitName(name), creatorType: 'author', ...(name.includes(' ') ? {} : { firstName: '' }) })));
    // Our page: the snapshot Zotero attaches, and the canonical URL.
    expect(item.attachments).toEqual([{ title: 'Snapshot', url: `${SITE_ORIGIN}${path}` }]);
    expect(item.libraryCatalog).toBe(new URL(SITE_ORIGIN).host);
    const canonical = select(page.tree, (el) => el.tagName === 'link' && prop(el, 'rel') === 'canonical');
    expect(canonical && prop(canonical, 'href')).toBe(`${SITE_ORIGIN}${path}`);
    // A source that names no author is said to, on the page.
    const credit = select(page.tree, (el) => el.tagName === 'p' && prop(el, 'className') === 'source-credit');
    expect(credit, 'the page credits its source').toBeDefined();
    if (source.authors.length === 0) expect(textOf(credit!)).toContain(`Author not named by ${source.publication}.`);
    else for (const name of source.authors) expect(textOf(credit!)).toContain(name);
  });
});

/** Meta tags that carry a date (Highwire, PRISM, Dublin Core, Open Graph article). */
const DATE_META = /(^|[._:])(date|year|issued|published_time|modified_time)/i;
const pages = loadPages();
const publishedOf = new Map(cited.map((c) => [c.page.path, machineDate(c.article.data.source.published)]));
const publicationDates = new Set(articles().map((a) => machineDate(a.data.source.published)));

function datesOf(page: DistPage) {
  const times: { value: string; text: string }[] = [];
  const metas: { name: string; value: string }[] = [];
  const walk = (node: DistPage['tree'] | DistPage['tree']['children'][number]) => {
    if (node.type === 'element') {
      const name = prop(node, 'name') ?? prop(node, 'property') ?? '';
      if (node.tagName === 'time') times.push({ value: prop(node, 'dateTime') ?? textOf(node), text: textOf(node) });
      if (node.tagName === 'meta' && DATE_META.test(name)) metas.push({ name, value: prop(node, 'content') ?? '' });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(page.tree);
  return { times, metas };
}

describe('no stray dates: the first date a client finds is the publication date', () => {
  const dated = pages.filter((p) => datesOf(p).times.length + datesOf(p).metas.length > 0);

  test('every cited page has dates', () => {
    for (const c of cited) expect(dated, c.page.path).toContain(c.page);
  });

  test.each(dated.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const { times, metas } = datesOf(page);
    const own = publishedOf.get(path);
    if (own) {
      expect(times[0]?.value, `first <time> (“${times[0]?.text}”)`).toBe(own);
      // Every date tag in the head says the same, in its own form (Highwire's 2022/02).
      for (const m of metas) expect(m.value.replace(/\//g, '-'), m.name).toBe(own);
    } else {
      // A page of several articles or none (home, timelines): its first <time> is one of the articles' publication dates.
      expect(metas).toEqual([]);
      if (times.length > 0) expect(publicationDates, `first <time> (“${times[0]!.text}”)`).toContain(times[0]!.value);
    }
  });
});
