/**
 * Links: every internal reference in dist/ (relative, root-relative or
 * absolute on the site's origin) resolves to a file, every #fragment to an
 * id on its target page; the only external links go to the articles'
 * sources (JSON-LD isBasedOn).
 */
import { describe, expect, test } from 'vitest';
import { fileForPath, idsOf, jsonLdOf, loadPages, pageAt, prop, selectAll, SITE_ORIGIN, urlPathOf, type DistPage } from '../support/html.ts';

const pages = loadPages();

const ORIGIN = SITE_ORIGIN;

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
  form: ['action'],
};

interface Ref {
  page: DistPage;
  tag: string;
  attr: string;
  value: string;
  url: URL;
}

function refsOf(page: DistPage): Ref[] {
  const base = new URL(page.path, ORIGIN);
  const refs: Ref[] = [];
  for (const el of selectAll(page.tree, (e) => e.tagName in URL_ATTRIBUTES)) {
    for (const attr of URL_ATTRIBUTES[el.tagName]!) {
      const value = prop(el, attr);
      if (value === undefined) continue;
      refs.push({ page, tag: el.tagName, attr, value, url: new URL(value, base) });
    }
  }
  return refs;
}

const refs = pages.flatMap(refsOf);
const idsByFile = new Map(pages.map((p) => [p.file, new Set(idsOf(p.tree))]));
const sourceUrls = new Set(
  pages.flatMap((p) => jsonLdOf(p)).flatMap((ld) => (ld && typeof ld === 'object' && 'isBasedOn' in ld ? [String(ld.isBasedOn)] : [])),
);
const where = (r: Ref) => `${r.page.file}: <${r.tag} ${r.attr}="${r.value}">`;

describe(`links in dist/ (site origin ${ORIGIN})`, () => {
  test('the pages were built for the configured origin', () => {
    const home = pageAt('/')!;
    const canonical = selectAll(home.tree, (e) => e.tagName === 'link' && prop(e, 'rel') === 'canonical')[0];
    expect(canonical && new URL(prop(canonical, 'href')!).origin).toBe(ORIGIN);
  });

  test('every internal link resolves to a file, and every #fragment to an id there', () => {
    const internal = refs.filter((r) => r.url.origin === ORIGIN);
    const broken: string[] = [];
    let fragments = 0;
    for (const r of internal) {
      const file = fileForPath(r.url.pathname);
      if (!file) {
        broken.push(`${where(r)}: no file for ${r.url.pathname}`);
        continue;
      }
      // A text directive (`#id:~:text=…`) is not part of the id.
      const id = decodeURIComponent(r.url.hash.slice(1).split(':~:')[0]!);
      if (!id) continue;
      fragments += 1;
      const ids = idsByFile.get(file);
      if (!ids) broken.push(`${where(r)}: #${id} points into ${file}, which is not an HTML page`);
      else if (!ids.has(id)) broken.push(`${where(r)}: no id "${id}" in ${urlPathOf(file)}`);
    }
    console.log(`links: ${internal.length} internal references (${fragments} with a fragment), ${broken.length} broken`);
    expect(internal.length).toBeGreaterThan(0);
    expect(broken, `broken internal links:\n${broken.join('\n')}`).toEqual([]);
  });

  test('same-page links (#x) all point to an id on the page', () => {
    const samePage = refs.filter((r) => r.value.startsWith('#'));
    const broken = samePage.filter((r) => !idsByFile.get(r.page.file)!.has(decodeURIComponent(r.value.slice(1))));
    expect(samePage.length).toBeGreaterThan(0);
    expect(broken.map(where), 'same-page links without a target').toEqual([]);
  });

  test('no link uses a scheme other than http(s)', () => {
    const odd = refs.filter((r) => r.url.protocol !== 'http:' && r.url.protocol !== 'https:');
    expect(odd.map(where)).toEqual([]);
  });

  test('the only external links are to the articles’ sources', () => {
    const external = refs.filter((r) => r.url.origin !== ORIGIN);
    const listing = [...new Set(external.map((r) => `<${r.tag} ${r.attr}> ${r.url.href}`))];
    console.log(`external links (${external.length}):\n${listing.map((l) => `  ${l}`).join('\n')}`);
    expect(sourceUrls.size, 'JSON-LD names the source (isBasedOn)').toBeGreaterThan(0);
    for (const url of sourceUrls) expect(new URL(url).hostname).toMatch(/(^|\.)thediplomat\.com$/);
    const disallowed = external.filter((r) => r.tag !== 'a' || !sourceUrls.has(r.url.href));
    expect(disallowed.map(where), `external references other than a link to the source (${[...sourceUrls].join(', ')})`).toEqual([]);
    expect(external.length, 'the source is linked').toBeGreaterThan(0);
  });

  test('no page repeats an id', () => {
    const dupes = pages.flatMap((p) => {
      const seen = new Set<string>();
      return idsOf(p.tree).filter((id) => (seen.has(id) ? true : (seen.add(id), false))).map((id) => `${p.file}: #${id}`);
    });
    expect(dupes).toEqual([]);
  });

  test('aria-labelledby, aria-describedby, aria-controls and label[for] name ids on the page', () => {
    const broken: string[] = [];
    for (const p of pages) {
      const ids = idsByFile.get(p.file)!;
      for (const el of selectAll(p.tree, () => true)) {
        for (const attr of ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor']) {
          for (const id of (prop(el, attr) ?? '').split(/\s+/).filter(Boolean)) {
            if (!ids.has(id)) broken.push(`${p.file}: <${el.tagName} ${attr}="${id}">`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
