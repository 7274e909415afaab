/**
 * Cross-references in dist/: section pages and their ids, paragraph and
 * quote permalinks, attributions and analyst pages, structured data,
 * page metadata, the sitemap, and no third-party resources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_SLUG,
  DIST,
  fileForPath,
  hasClass,
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
const sections = sectionPages();
const ANALYSTS = ['cooley', 'panfilova', 'sutyrin', 'anceschi', 'kazantsev', 'klein', 'schmitz', 'latynina'];
const quotesOf = (page: DistPage) => selectAll(page.tree, '.quote');
/** A quote's margin note: the note on its page that links to it. */
const noteOf = (page: DistPage, id: string) => selectAll(page.tree, '.mn').find((n) => permalinkTo(n, id));
const permalinkTo = (el: Element, id: string) =>
  selectAll(el, (a) => a.tagName === 'a' && hasClass(a, 'permalink') && prop(a, 'href') === `#${id}`).length > 0;

type Ld = Record<string, unknown>;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

describe('section pages', () => {
  test(`there are exactly 4, under dist/articles/${ARTICLE_SLUG}/, all in the overview's section list`, () => {
    const dir = join(DIST, 'articles', ARTICLE_SLUG);
    // Other pages may live beside the sections (a timeline): a section page is one with the section text.
    const sectionFolders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
      .map((d) => `/articles/${ARTICLE_SLUG}/${d.name}/`)
      .filter((path) => select(pageAt(path)!.tree, 'article.section-text'));
    expect(sectionFolders).toHaveLength(4);
    expect(sections.map((p) => p.path).sort()).toEqual(sectionFolders.sort());
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
    for (const { page, el, id } of all) {
      if (!id) problems.push(`${page.path}: a quote without id`);
      const note = noteOf(page, id);
      if (!note) problems.push(`${page.path}#${id}: no margin note linking to it`);
      else if (!textOf(note).includes(prop(el, 'dataSpeaker') ?? '\0')) problems.push(`${page.path}#${id}: the note does not name ${prop(el, 'dataSpeaker')}`);
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

  test('every analyst link in a quote’s note points to an existing analyst page, matching data-analyst', () => {
    const problems: string[] = [];
    for (const { page, el, id } of all) {
      const links = selectAll(noteOf(page, id) ?? el, 'a.analyst').map((a) => prop(a, 'href') ?? '');
      for (const href of links) {
        const m = /^\/analysts\/([\w-]+)\/$/.exec(href);
        if (!m || !fileForPath(href)) problems.push(`${page.path}#${id}: analyst link ${href} has no page`);
      }
      const declared = (prop(el, 'dataAnalyst') ?? '').split(/\s+/).filter(Boolean);
      const linked = links.map((h) => h.split('/').at(-2));
      if (declared.join(' ') !== linked.join(' ')) problems.push(`${page.path}#${id}: data-analyst "${declared.join(' ')}" but links to ${linked.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  test('the joint quote q-klein-schmitz-threat-perception is attributed to both klein and schmitz', () => {
    const joint = all.filter((q) => q.id === 'q-klein-schmitz-threat-perception');
    expect(joint).toHaveLength(1);
    const { page, el } = joint[0]!;
    expect(selectAll(noteOf(page, 'q-klein-schmitz-threat-perception')!, 'a.analyst').map((a) => prop(a, 'href'))).toEqual(['/analysts/klein/', '/analysts/schmitz/']);
    const ld = jsonLdOf(page)[0] as Ld;
    const quotation = asArray(ld.hasPart).find((q) => String((q as Ld).url).endsWith('#q-klein-schmitz-threat-perception')) as Ld;
    expect(asArray(quotation?.creator).map((c) => (c as Ld).url)).toEqual([`${SITE_ORIGIN}/analysts/klein/`, `${SITE_ORIGIN}/analysts/schmitz/`]);
    for (const analyst of ['klein', 'schmitz']) {
      const card = select(pageAt(`/analysts/${analyst}/`)!.tree, 'li#q-klein-schmitz-threat-perception');
      expect(card, `/analysts/${analyst}/ lists the joint quote`).toBeDefined();
      expect(selectAll(card!, 'a').map((a) => prop(a, 'href'))).toContain(`${page.path}#q-klein-schmitz-threat-perception`);
    }
  });
});

describe('structured data', () => {
  const sourceUrl = 'https://thediplomat.com/2022/02/csto-deployment-in-kazakhstan-strategic-shift-or-political-consolidation/';

  test.each([`/articles/${ARTICLE_SLUG}/`, ...sections.map((p) => p.path)])('%s: JSON-LD is an AnalysisNewsArticle based on the source, one Quotation per quote', (path) => {
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
  test.each(pages.map((p) => [p.path, p] as const))('%s: title, description, canonical, og:title, og:url', (_path, page) => {
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
    const expected = pages.filter((p) => p.path !== '/404.html').map((p) => p.path);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('analysts', () => {
  test('the analysts index lists the 8 analysts', () => {
    const index = pageAt('/analysts/')!;
    const hrefs = selectAll(select(index.tree, 'main')!, 'a')
      .map((a) => prop(a, 'href') ?? '')
      .filter((h) => /^\/analysts\/[\w-]+\/$/.test(h));
    expect([...hrefs].sort()).toEqual([...ANALYSTS].map((id) => `/analysts/${id}/`).sort());
    for (const id of ANALYSTS) expect(pageAt(`/analysts/${id}/`), `/analysts/${id}/ exists`).toBeDefined();
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
