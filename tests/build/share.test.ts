/**
 * Cite and share, in dist/: every article, section and quote page names a
 * share card (og:image) that is a 1200×630 PNG in dist/, with alt text;
 * every quote has its own page (/quotes/<id>/), canonical to itself, kept
 * out of the search index, linking to the quote's place; every citation
 * file exists and parses (BibTeX with Citation.js, CSL-JSON with JSON.parse).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, test } from 'vitest';
import type { LoadedArticle } from '../../src/lib/content/load.ts';
import { articlePath, articles, content, quotes as contentQuotes } from '../support/content.ts';
import { DIST, fileForPath, loadPages, metaContent, pageAt, prop, select, selectAll, sectionPages, SITE_ORIGIN, textOf, type DistPage } from '../support/html.ts';

const pages = loadPages();
const sectionsOf = new Map(articles().map((a) => [a.slug, sectionPages(a.slug)] as const));
const sections = [...sectionsOf.values()].flat();
const overviews = articles().map((a) => ({ article: a, page: pageAt(articlePath(a))! }));
/** The article a page of dist/articles/<slug>/… belongs to. */
const articleOf = (page: DistPage): LoadedArticle => articles().find((a) => page.path.startsWith(articlePath(a)))!;
/** Every quote on the section pages but the parts that continue another (they are shown with it). */
const quotes = sections.flatMap((page) =>
  selectAll(page.tree, '.quote')
    .filter((el) => prop(el, 'dataContinues') === undefined)
    .map((el) => ({ id: String(el.properties.id), section: page, article: articleOf(page) })),
);
const quotePages = pages.filter((p) => p.path.startsWith('/quotes/'));

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} has the PNG signature`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1'), `${file}: the first chunk is IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function cardOf(page: DistPage) {
  const image = metaContent(page, 'og:image');
  expect(image, `${page.path} has og:image`).toBeDefined();
  const url = new URL(image!);
  expect(url.origin).toBe(SITE_ORIGIN);
  return { url, file: join(DIST, decodeURIComponent(url.pathname)) };
}

const sharedPages = [...overviews.map((o) => o.page), ...sections, ...quotePages];

describe('share cards', () => {
  test('there are pages to check: each overview, each section and one page per quote', () => {
    expect(overviews.every((o) => o.page)).toBe(true);
    expect(sections).toHaveLength(articles().reduce((n, a) => n + a.sections.length, 0));
    expect(quotes).toHaveLength(contentQuotes().filter((q) => !q.continues).length);
    expect(quotePages).toHaveLength(quotes.length);
  });

  test.each(sharedPages.map((p) => [p.path, p] as const))('%s: og:image is a 1200×630 PNG in dist/, with its size, alt text and a large Twitter card', (_path, page) => {
    const { url, file } = cardOf(page);
    expect(url.pathname).toMatch(/^\/og\/.+\.png$/);
    expect(existsSync(file), `${url.pathname} exists in dist/`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(metaContent(page, 'og:image:width')).toBe('1200');
    expect(metaContent(page, 'og:image:height')).toBe('630');
    expect(metaContent(page, 'og:image:alt')?.trim()).toBeTruthy();
    expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(page, 'twitter:image:alt')).toBe(metaContent(page, 'og:image:alt'));
  });

  test('each page has its own card', () => {
    const cards = sharedPages.map((p) => cardOf(p).url.pathname);
    expect(new Set(cards).size).toBe(cards.length);
  });

  test('a quote card’s alt text says whose words they are, the words and the article', () => {
    const names = new Map(content().people.map((a) => [a.id, a.name]));
    const problems: string[] = [];
    for (const q of contentQuotes().filter((x) => !x.continues)) {
      const alt = metaContent(pageAt(`/quotes/${q.id}/`)!, 'og:image:alt') ?? '';
      const speakers = q.person ? q.person.map((id) => names.get(id)!) : [q.speaker!];
      const opening = q.text.split(/\s+/).slice(0, 4).join(' ');
      if (!alt.startsWith(q.kind === 'direct' ? 'Quote by ' : 'Paraphrase of ')) problems.push(`${q.id}: ${alt} does not say it is a ${q.kind} quote`);
      for (const name of speakers) if (!alt.includes(name)) problems.push(`${q.id}: ${alt} does not name ${name}`);
      if (!alt.includes(opening)) problems.push(`${q.id}: ${alt} does not give the words (${opening}…)`);
      if (!alt.endsWith(` — from ${q.article.data.title}`)) problems.push(`${q.id}: ${alt} does not name the article`);
    }
    expect(problems).toEqual([]);
  });

  test('every card in dist/og/ belongs to a page', () => {
    const referenced = new Set(sharedPages.map((p) => cardOf(p).url.pathname));
    const walk = (dir: string): string[] =>
      readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(`${dir}/${d.name}`) : [`/${dir}/${d.name}`]));
    expect(walk('og').sort()).toEqual([...referenced].sort());
  });
});

describe('quote pages', () => {
  test('every quote has a page at /quotes/<id>/', () => {
    const missing = quotes.filter((q) => !pageAt(`/quotes/${q.id}/`)).map((q) => q.id);
    expect(missing).toEqual([]);
  });

  test.each(quotes.map((q) => [q.id, q] as const))('/quotes/%s/: the words, who said them, the context, canonical to itself, a link to its place', (id, q) => {
    const page = pageAt(`/quotes/${id}/`)!;
    const canonical = selectAll(page.tree, (e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical');
    expect(canonical.map((l) => prop(l, 'href'))).toEqual([`${SITE_ORIGIN}/quotes/${id}/`]);
    expect(select(page.tree, (e) => prop(e, 'dataPagefindBody') !== undefined), 'not indexed by Pagefind').toBeUndefined();
    expect(select(page.tree, (e) => e.tagName === 'meta' && prop(e, 'name') === 'robots'), 'no robots meta').toBeUndefined();
    const main = select(page.tree, 'main')!;
    expect(select(main, 'figure.quote-permalink'), 'the quote').toBeDefined();
    expect(select(main, 'p.quote-context'), 'its context').toBeDefined();
    const inPlace = select(main, 'p.quote-in-place');
    expect(inPlace && selectAll(inPlace, 'a').map((a) => prop(a, 'href'))).toEqual([`${q.section.path}#${id}`]);
    const cite = select(main, 'details.cite-this');
    expect(cite, 'its citation').toBeDefined();
    const hrefs = selectAll(cite!, 'a').map((a) => prop(a, 'href'));
    expect(hrefs).toEqual([`/cite/quote/${id}.bib`, `/cite/quote/${id}.json`]);
    expect(textOf(select(page.tree, 'title')!).length, 'the title fits in 70 characters').toBeLessThanOrEqual(70);
  });

  test('a quote by registry entries links to each one’s page; a speaker-labelled quote names its speaker', () => {
    const problems: string[] = [];
    for (const q of contentQuotes().filter((x) => !x.continues)) {
      const caption = select(pageAt(`/quotes/${q.id}/`)!.tree, 'figcaption')!;
      const links = selectAll(caption, 'a').map((a) => prop(a, 'href'));
      const expected = (q.person ?? []).map((id) => `/people/${id}/`);
      if (JSON.stringify(links) !== JSON.stringify(expected)) problems.push(`${q.id}: links to ${links.join(', ')}, expected ${expected.join(', ')}`);
      if (q.speaker && !textOf(caption).includes(q.speaker)) problems.push(`${q.id}: does not name ${q.speaker}`);
    }
    expect(problems).toEqual([]);
  });

  test('the quote pages are no search result: the index has no /quotes/ URL', () => {
    const dir = join(DIST, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map((f) => (JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.startsWith('/quotes/'))).toEqual([]);
  });

  test('each section page links to the pages of its quotes (from "Cite this section")', () => {
    for (const q of quotes) {
      const cite = select(q.section.tree, 'details.cite-this')!;
      expect(selectAll(cite, 'a').map((a) => prop(a, 'href')), `${q.section.path} links to /quotes/${q.id}/`).toContain(`/quotes/${q.id}/`);
    }
  });

  test('each quote on a person’s page links to the quote’s page', () => {
    const cards = pages.filter((p) => /^\/people\/[\w-]+\/$/.test(p.path)).flatMap((p) => selectAll(p.tree, 'li.quote-card'));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(selectAll(card, 'a').map((a) => prop(a, 'href'))).toContain(`/quotes/${String(card.properties.id)}/`);
  });
});

describe('citation files', () => {
  const citing = [
    ...overviews.map(({ article, page }) => ({ page, article, key: article.slug, permalink: `${SITE_ORIGIN}${articlePath(article)}` })),
    ...sections.map((page) => ({ page, article: articleOf(page), key: page.path.replace(/^\/articles\/|\/$/g, ''), permalink: `${SITE_ORIGIN}${page.path}` })),
    ...quotes.map((q) => ({ page: pageAt(`/quotes/${q.id}/`)!, article: q.article, key: `quote/${q.id}`, permalink: `${SITE_ORIGIN}/quotes/${q.id}/` })),
  ];
  /** What every citation of an article's pages says of the source (article.yaml's source). */
  const sourceOf = (a: LoadedArticle) => {
    const [year, month, day] = a.data.source.published.split('-').map(Number);
    return { URL: a.data.source.url, 'container-title': a.data.source.publication, issued: { 'date-parts': [[year, month, day].filter((n) => n !== undefined && !Number.isNaN(n))] } };
  };

  test.each(citing.map((c) => [c.key, c] as const))('%s: the page offers .bib and .json, which exist and parse to one entry citing the source', (key, c) => {
    const cite = select(c.page.tree, 'details.cite-this');
    expect(cite, `${c.page.path} has "Cite this"`).toBeDefined();
    expect(selectAll(cite!, 'pre')).toHaveLength(2);
    const links = selectAll(cite!, (e) => e.tagName === 'a' && prop(e, 'download') !== undefined).map((a) => prop(a, 'href')!);
    expect(links).toEqual([`/cite/${key}.bib`, `/cite/${key}.json`]);
    for (const href of links) expect(fileForPath(href), `${href} exists`).toBeDefined();

    const bib = readFileSync(join(DIST, 'cite', `${key}.bib`), 'utf8');
    const fromBib = new Cite(bib).data;
    expect(fromBib).toHaveLength(1);
    expect(fromBib[0]).toMatchObject(sourceOf(c.article));
    expect(fromBib[0]!.note).toContain(`Read at ${c.permalink}`);

    const csl = JSON.parse(readFileSync(join(DIST, 'cite', `${key}.json`), 'utf8')) as Record<string, unknown>[];
    expect(csl).toHaveLength(1);
    const { URL, 'container-title': container } = sourceOf(c.article);
    expect(csl[0]).toMatchObject({ type: 'article-magazine', URL, 'container-title': container, note: expect.stringContaining(`Read at ${c.permalink}`) });

    // What the page shows is what the files hold.
    const [, cslPre] = selectAll(cite!, 'pre');
    expect(JSON.parse(selectAll(cslPre!, 'code').flatMap((code) => code.children.map((t) => (t.type === 'text' ? t.value : ''))).join(''))).toEqual(csl);
  });

  test('on a section page, "Cite this section" is outside the searchable text', () => {
    for (const page of sections) {
      const ignored = selectAll(page.tree, (e) => prop(e, 'dataPagefindIgnore') !== undefined);
      expect(ignored.some((el) => select(el, 'details.cite-this'))).toBe(true);
    }
  });
});
