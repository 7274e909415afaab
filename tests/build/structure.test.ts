/**
 * Cross-references in dist/: section pages and their ids, paragraph and
 * quote permalinks, attributions and people pages, structured data,
 * page metadata, the sitemap, and no third-party resources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { articlePath, articles, content, quotedPeople, quotes as contentQuotes, sectionPathOf } from '../support/content.ts';
import { kindRank } from '../../src/lib/content/schema.ts';
import { urls } from '../../src/lib/site/urls.ts';
import {
  DIST,
  fileForPath,
  hasClass,
  isMovedPage,
  jsonLdOf,
  loadPages,
  metaContent,
  pageAt,
  prop,
  select,
  selectAll,
  sectionPages,
  SITE_ORIGIN,
  textOf,
  type DistPage,
} from '../support/html.ts';
import { annotationsInsideQuotations } from '../support/quotation-marks.ts';

const pages = loadPages();
const sections = articles().flatMap((a) => sectionPages(a.slug));
const quotesOf = (page: DistPage) => selectAll(page.tree, '.quote');
/** A quote's margin note: the note on its page that links to it. */
const noteOf = (page: DistPage, id: string) => selectAll(page.tree, '.mn').find((n) => permalinkTo(n, id));
const permalinkTo = (el: Element, id: string) =>
  selectAll(el, (a) => a.tagName === 'a' && hasClass(a, 'permalink') && prop(a, 'href') === `#${id}`).length > 0;

type Ld = Record<string, unknown>;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

describe('section pages', () => {
  test.each(articles().map((a) => [a.slug, a] as const))('%s: one page per section file, under dist/articles/<slug>/, all in the overview\'s section list, in order', (slug, article) => {
    const dir = join(DIST, 'articles', slug);
    // Other pages may live beside the sections (a timeline): a section page is one with the section text.
    const sectionFolders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
      .map((d) => `/articles/${slug}/${d.name}/`)
      .filter((path) => select(pageAt(path)!.tree, 'article.section-text'));
    const expected = article.sections.map((s) => sectionPathOf(article, s.data.slug));
    expect([...sectionFolders].sort()).toEqual([...expected].sort());
    expect(sectionPages(slug).map((p) => p.path)).toEqual(expected);
  });

  test.each(sections.map((p) => [p.path, p] as const))('%s: the h1 has the section slug as id', (path, page) => {
    const h1s = selectAll(page.tree, 'h1');
    expect(h1s).toHaveLength(1);
    const slug = path.split('/').at(-2);
    expect(h1s[0]!.properties.id).toBe(slug);
    expect(permalinkTo(h1s[0]!, slug!), 'the heading links to itself').toBe(true);
  });

  test.each(sections.map((p) => [p.path, p] as const))('%s: every top-level paragraph has its own id p-<fingerprint> and a permalink to itself', (path, page) => {
    const article = select(page.tree, 'article.section-text')!;
    expect(article).toBeDefined();
    // The section's text: the article's children after the h1, up to the read-on links or the notes.
    const children = article.children.filter((c): c is Element => c.type === 'element');
    const start = children.findIndex((c) => c.tagName === 'h1');
    const end = children.findIndex((c, i) => i > start && (c.tagName === 'nav' || c.tagName === 'aside'));
    const paras = children.slice(start + 1, end < 0 ? undefined : end).filter((c) => c.tagName === 'p');
    expect(paras.length).toBeGreaterThan(0);
    const problems = paras.flatMap((p, i) => {
      const id = String(p.properties.id);
      if (!/^p-[0-9a-f]{6,}(-\d+)?$/.test(id)) return [`paragraph ${i + 1} has id "${id}", expected p- and hex digits`];
      return permalinkTo(p, id) ? [] : [`#${id} has no permalink to itself`];
    });
    expect(new Set(paras.map((p) => p.properties.id)).size, 'ids are unique').toBe(paras.length);
    expect(problems, path).toEqual([]);
  });
});

describe('quotes', () => {
  const all = pages.flatMap((page) => quotesOf(page).map((el) => ({ page, el, id: String(el.properties.id ?? '') })));

  test('the section pages have quotes, each with an id and a margin note naming who said it and linking to it; nothing of ours inside the quote', () => {
    expect(all.length).toBeGreaterThan(0);
    const problems: string[] = [];
    // Who each quote of the content names: the registry's names of its people, or its speaker.
    const people = new Map(content().people.map((p) => [p.id, p.name]));
    const named = new Map(contentQuotes().map((q) => [q.id, q.person ? q.person.map((id) => people.get(id) ?? id) : [q.speaker ?? '']]));
    for (const { page, el, id } of all) {
      if (!id) problems.push(`${page.path}: a quote without id`);
      const note = noteOf(page, id);
      const who = named.get(id) ?? [];
      if (!note) problems.push(`${page.path}#${id}: no margin note linking to it`);
      else if (who.length === 0 || !who.every((name) => name !== '' && textOf(note).includes(name))) problems.push(`${page.path}#${id}: the note does not name ${who.join(' and ') || 'anyone'}`);
      else if (prop(note, 'ariaHidden') === 'true' || hasClass(note, 'visually-hidden')) problems.push(`${page.path}#${id}: note hidden`);
      if (selectAll(el, '.ann').length > 0) problems.push(`${page.path}#${id}: an annotation inside the quote`);
    }
    expect(problems).toEqual([]);
  });

  test('our annotations stand outside the author’s quotation marks on every section page', () => {
    const problems = sections.flatMap((page) => annotationsInsideQuotations(page.tree).map((p) => `${page.path} ${p}`));
    expect(problems).toEqual([]);
  });

  test('quote ids are unique across the site', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { page, id } of all) {
      if (seen.has(id)) dupes.push(`#${id} on ${seen.get(id)} and ${page.path}`);
      else seen.set(id, page.path);
    }
    expect(dupes).toEqual([]);
  });

  test('every person link in a quote’s note points to an existing person page, matching data-person', () => {
    const problems: string[] = [];
    for (const { page, el, id } of all) {
      const links = selectAll(noteOf(page, id) ?? el, 'a.person').map((a) => prop(a, 'href') ?? '');
      for (const href of links) {
        const m = /^\/people\/([\w-]+)\/$/.exec(href);
        if (!m || !fileForPath(href)) problems.push(`${page.path}#${id}: person link ${href} has no page`);
      }
      const declared = (prop(el, 'dataPerson') ?? '').split(/\s+/).filter(Boolean);
      const linked = links.map((h) => h.split('/').at(-2));
      if (declared.join(' ') !== linked.join(' ')) problems.push(`${page.path}#${id}: data-person "${declared.join(' ')}" but links to ${linked.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  const byId = new Map(all.map((q) => [q.id, q]));
  const personQuotes = contentQuotes().filter((q) => q.person);

  test('every quote of the content is on its section page, linked to each person it names in order (JSON-LD creators too), and listed on each one\'s page', () => {
    expect(contentQuotes().length).toBe(all.length);
    const problems: string[] = [];
    for (const q of personQuotes) {
      const path = sectionPathOf(q.article, q.sectionSlug);
      const found = byId.get(q.id);
      if (!found || found.page.path !== path) {
        problems.push(`#${q.id}: not on ${path}`);
        continue;
      }
      const expected = q.person!.map((id) => urls.person(id));
      const links = selectAll(noteOf(found.page, q.id)!, 'a.person').map((a) => prop(a, 'href'));
      if (JSON.stringify(links) !== JSON.stringify(expected)) problems.push(`#${q.id}: links to ${links.join(', ')}, expected ${expected.join(', ')}`);
      const ld = jsonLdOf(found.page)[0] as Ld;
      const quotation = asArray(ld.hasPart).find((x) => String((x as Ld).url).endsWith(`#${q.id}`)) as Ld | undefined;
      const creators = asArray(quotation?.creator).map((c) => (c as Ld).url);
      if (JSON.stringify(creators) !== JSON.stringify(expected.map((e) => `${SITE_ORIGIN}${e}`))) problems.push(`#${q.id}: JSON-LD creators ${creators.join(', ')}`);
      // A part that continues another quotation is listed with it, under the first part's id.
      for (const personPage of q.continues ? [] : expected) {
        const card = select(pageAt(personPage)!.tree, `li#${q.id}`);
        if (!card) problems.push(`${personPage} does not list #${q.id}`);
        else if (!selectAll(card, 'a').some((a) => prop(a, 'href') === `${path}#${q.id}`)) problems.push(`${personPage}: #${q.id} does not link to ${path}#${q.id}`);
      }
    }
    expect(personQuotes.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe('structured data', () => {
  const articlePages = articles().flatMap((a) => [articlePath(a), ...sectionPages(a.slug).map((p) => p.path)].map((path) => [path, a.data.source.url] as const));

  test.each(articlePages)('%s: JSON-LD is an AnalysisNewsArticle based on the source, one Quotation per quote', (path, sourceUrl) => {
    const page = pageAt(path)!;
    const blocks = jsonLdOf(page);
    expect(blocks).toHaveLength(1);
    const ld = blocks[0] as Ld;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('AnalysisNewsArticle');
    expect(ld.isBasedOn).toBe(sourceUrl);
    const quotations = asArray(ld.hasPart) as Ld[];
    expect(quotations.every((q) => q['@type'] === 'Quotation')).toBe(true);
    const onPage = quotesOf(page).map((q) => String(q.properties.id));
    expect(quotations.map((q) => new URL(String(q.url)).hash.slice(1))).toEqual(onPage);
    for (const q of quotations) {
      const creators = asArray(q.creator) as Ld[];
      expect(creators.length, `${String(q.url)} has a creator`).toBeGreaterThan(0);
      for (const c of creators) {
        expect(['Person', 'Organization']).toContain(c['@type']);
        expect(String(c.name ?? '').trim()).not.toBe('');
      }
    }
  });

  test('pages other than the article and its sections have no malformed JSON-LD', () => {
    for (const page of pages) expect(() => jsonLdOf(page)).not.toThrow();
  });
});

describe('page metadata and sitemap', () => {
  const moved = pages.filter(isMovedPage);
  test.each(moved.map((p) => [p.path, p] as const))('%s (moved): a title, noindex, no canonical, and a link to where it went', (_path, page) => {
    expect(textOf(select(page.tree, 'title')!)).toMatch(/^Moved: /);
    expect(metaContent(page, 'robots')).toBe('noindex');
    expect(selectAll(page.tree, (e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical')).toHaveLength(0);
    const to = String(prop(select(page.tree, 'html')!, 'dataMovedTo'));
    expect(selectAll(select(page.tree, 'main')!, 'a').map((a) => prop(a, 'href'))).toContain(to);
  });

  test.each(pages.filter((p) => !isMovedPage(p)).map((p) => [p.path, p] as const))('%s: title, description, canonical, og:title, og:url', (_path, page) => {
    const title = select(page.tree, 'title');
    expect(title && textOf(title)).toBeTruthy();
    expect(metaContent(page, 'description')?.trim()).toBeTruthy();
    const canonical = selectAll(page.tree, (e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical');
    expect(metaContent(page, 'og:title')?.trim()).toBeTruthy();
    if (page.path === '/404.html') {
      // Not a real address: no canonical URL, and search engines are told not to index it.
      expect(canonical).toHaveLength(0);
      expect(metaContent(page, 'robots')).toBe('noindex');
      return;
    }
    expect(canonical).toHaveLength(1);
    const href = prop(canonical[0]!, 'href')!;
    expect(href).toMatch(/^https?:\/\//);
    expect(metaContent(page, 'og:url')).toBe(href);
    expect(new URL(href).pathname).toBe(page.path);
  });

  test('sitemap-index.xml exists and, through its sitemaps, lists every page (but the 404 page)', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
    const sitemaps = locs(index);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      const file = fileForPath(new URL(url).pathname);
      expect(file, `${url} is in dist`).toBeDefined();
      return locs(readFileSync(join(DIST, file!), 'utf8')).map((u) => new URL(u).pathname);
    });
    const expected = pages.filter((p) => p.path !== '/404.html' && !isMovedPage(p)).map((p) => p.path);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('people', () => {
  const people = quotedPeople();
  const quoted = new Set(people.map((p) => p.id));

  test('the people index lists everyone quoted (people.yaml entries a published article quotes), analysts first, each with a page', () => {
    expect(people.length).toBeGreaterThan(0);
    const index = pageAt(urls.peoplePage())!;
    const hrefs = selectAll(select(index.tree, 'main')!, 'a')
      .map((a) => prop(a, 'href') ?? '')
      .filter((h) => /^\/people\/[\w-]+\/$/.test(h));
    expect(hrefs).toEqual(people.map((p) => urls.person(p.id)));
    for (const p of people) expect(pageAt(urls.person(p.id)), `${urls.person(p.id)} exists`).toBeDefined();
    // Registry entries no published article quotes have no page.
    for (const p of content().people.filter((e) => !quoted.has(e.id))) expect(pageAt(urls.person(p.id)), `${p.id} is not quoted`).toBeUndefined();
  });

  test('each person page says what kind of entry it is and lists every alias the name does not already show', () => {
    for (const p of people) {
      const main = select(pageAt(urls.person(p.id))!.tree, 'main')!;
      expect(textOf(select(main, 'h1')!)).toBe(p.name);
      if (p.role) expect(textOf(main)).toContain(p.role);
      for (const alias of p.aliases.filter((a) => a !== p.name && !p.name.endsWith(` ${a}`))) expect(textOf(main), `${p.id}: “${alias}”`).toContain(`“${alias}”`);
    }
  });

  test('each article lists who it quotes, analysts first', () => {
    for (const a of articles()) {
      const ids = [...new Set(contentQuotes().filter((q) => q.article.slug === a.slug).flatMap((q) => q.person ?? []))];
      const listed = selectAll(pageAt(articlePath(a))!.tree, '.people-list > li').map((li) => prop(li, 'id'));
      const expected = people.filter((p) => ids.includes(p.id)).map((p) => `person-${p.id}`);
      expect(listed, a.slug).toEqual(expected);
      const ranks = listed.map((id) => kindRank(people.find((p) => `person-${p.id}` === id)!.kind));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }
  });

  test('the analyst pages published before the registry (/analysts/, /analysts/<id>/) still land: a redirect page and a _redirects line each', () => {
    const redirects = readFileSync(join(DIST, '_redirects'), 'utf8');
    const moved = [
      [urls.formerAnalysts(), urls.peoplePage()],
      ...people.filter((p) => p.kind === 'analyst' || p.kind === 'journalist').map((p) => [urls.formerAnalyst(p.id), urls.person(p.id)]),
      ...people.flatMap((p) => p.former.flatMap((id) => [[urls.person(id), urls.person(p.id)], [urls.formerAnalyst(id), urls.person(p.id)]])),
    ];
    for (const [from, to] of moved) {
      const page = pageAt(from!);
      expect(page, `${from} has a redirect page`).toBeDefined();
      expect(prop(select(page!.tree, 'html')!, 'dataMovedTo'), from).toBe(to);
      expect(redirects.split('\n'), from).toContain(`${from} ${to} 301`);
    }
  });
});

describe('privacy', () => {
  test('no page loads anything from a third-party origin (link, script, img, …)', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      for (const el of selectAll(page.tree, (e) => ['link', 'script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object'].includes(e.tagName))) {
        for (const attr of ['href', 'src', 'srcSet', 'data', 'poster']) {
          const value = prop(el, attr);
          if (value === undefined) continue;
          // Relative URLs are the site's own; the canonical link names the site's public origin.
          if (new URL(value, `${SITE_ORIGIN}/`).origin !== SITE_ORIGIN) offenders.push(`${page.file}: <${el.tagName} ${attr}="${value}">`);
        }
      }
    }
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    for (const f of css) {
      const text = readFileSync(join(DIST, '_astro', f), 'utf8');
      for (const m of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])(https?:)?\/\/[^'")\s]+/g)) offenders.push(`_astro/${f}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
