/**
 * The reader as a corpus: a 20-article synthetic corpus (src/cli/corpus-gen)
 * generated into a temporary folder and built once (`astro build --force`,
 * CONTENT_DIR set, its own Astro cache and output folder), then read:
 * the home page lists every article newest first, every article has its
 * pages, a person's page gathers quotes from several articles with links
 * that resolve, /timeline/ lists every event of every article in
 * chronological order, and the Pagefind index filters by article and topic.
 * Vitest project "corpus" (vitest.config.ts): it builds on its own, without
 * dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type RunningServer } from '../../src/cli/static-server.ts';
import type { Corpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { generateCorpus } from '../../src/cli/corpus-gen/corpus.ts';
import { writeCorpus } from '../../src/cli/corpus-gen/write.ts';
import { describeEdtf, edtfStart } from '../../src/lib/dates.ts';
import { launchChromium } from '../support/browser.ts';
import { prop, REPO_ROOT, select, selectAll, textOf } from '../support/html.ts';

const ARTICLES = 20;
const temp = mkdtempSync(join(tmpdir(), 'corpus-build-'));
const contentDir = join(temp, 'content');
const outDir = join(temp, 'dist');
let corpus: Corpus;

/** Builds the generated corpus with this Node, as `npm run build` would, into `outDir`. */
function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(temp, 'astro-cache'), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}:\n${log.slice(-4000)}`))));
  });
}

beforeAll(async () => {
  const generated = generateCorpus({ articles: ARTICLES, seed: 2024 });
  writeCorpus(contentDir, generated.files, { protectedDirs: [join(REPO_ROOT, 'content')] });
  const checked = checkContent(contentDir);
  expect(checked.errors).toEqual([]);
  corpus = checked.corpus;
  await build();
}, 600_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const pages = new Map<string, Root>();
/** The built page at a URL path (`/people/x/`), parsed; undefined when there is none. */
function page(path: string): Root | undefined {
  const file = join(outDir, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return undefined;
  if (!pages.has(path)) pages.set(path, fromHtml(readFileSync(file, 'utf8')));
  return pages.get(path);
}
/** Whether `href` (path#fragment) resolves to a built page holding that id. */
function resolves(href: string): boolean {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  const tree = page(path);
  return tree !== undefined && (fragment === undefined || select(tree, (el) => el.properties.id === fragment) !== undefined);
}
const articleQuotes = (slug: string) => corpus.articles.find((a) => a.slug === slug)!.sections.flatMap((s) => scanSection(s.body).quotes);

describe(`a ${ARTICLES}-article corpus, built`, () => {
  test('the home page lists every article once, newest first, with its topics and summary', () => {
    const items = selectAll(page('/')!, 'li.article-item');
    expect(items).toHaveLength(ARTICLES);
    const slugs = items.map((li) => /^\/articles\/([^/]+)\/$/.exec(prop(select(li, 'a')!, 'href')!)![1]!);
    expect([...slugs].sort()).toEqual(corpus.articles.map((a) => a.slug).sort());
    const starts = slugs.map((slug) => edtfStart(corpus.articles.find((a) => a.slug === slug)!.data.source.published));
    for (let i = 1; i < starts.length; i++) expect(starts[i], `${slugs[i - 1]} before ${slugs[i]}`).toBeLessThanOrEqual(starts[i - 1]!);
    for (const [i, li] of items.entries()) {
      const article = corpus.articles.find((a) => a.slug === slugs[i])!;
      expect(textOf(li)).toContain(article.data.summary);
      expect(selectAll(li, 'ul.topics').flatMap((ul) => selectAll(ul, 'li')).map((t) => textOf(t))).toEqual(article.data.topics);
    }
  });

  test('every article has its overview, its timeline and every section page', () => {
    for (const article of corpus.articles) {
      expect(page(`/articles/${article.slug}/`), article.slug).toBeDefined();
      expect(page(`/articles/${article.slug}/timeline/`), `${article.slug} timeline`).toBeDefined();
      for (const section of article.sections) {
        const tree = page(`/articles/${article.slug}/${section.data.slug}/`);
        expect(tree, `${article.slug}/${section.data.slug}`).toBeDefined();
        const ids = new Set(selectAll(tree!, (el) => typeof el.properties.id === 'string').map((el) => el.properties.id));
        for (const quote of scanSection(section.body).quotes) expect(ids.has(quote.id), quote.id).toBe(true);
      }
    }
  });

  test('a person’s page gathers their quotes from several articles, grouped by article, and every link resolves', () => {
    // Everyone quoted has a page (someone of the pool no article quotes has none).
    const analysts = corpus.people.flatMap((a) => (page(`/people/${a.id}/`) ? [{ id: a.id, groups: selectAll(page(`/people/${a.id}/`)!, 'section.quote-group') }] : []));
    const busiest = analysts.sort((a, b) => b.groups.length - a.groups.length)[0]!;
    expect(busiest.groups.length).toBeGreaterThanOrEqual(3);
    const expected = corpus.articles.flatMap((a) =>
      articleQuotes(a.slug)
        .filter((q) => !q.continues && q.person?.includes(busiest.id))
        .map((q) => `${a.slug}#${q.id}`),
    );
    const listed: string[] = [];
    for (const group of busiest.groups) {
      const articleHref = prop(select(select(group, 'h3')!, 'a')!, 'href')!;
      expect(resolves(articleHref), articleHref).toBe(true);
      const slug = /^\/articles\/([^/]+)\/$/.exec(articleHref)![1]!;
      for (const card of selectAll(group, 'li.quote-card')) {
        listed.push(`${slug}#${prop(card, 'id')}`);
        const links = selectAll(card, 'a').map((a) => prop(a, 'href')!);
        expect(links.length).toBeGreaterThanOrEqual(2);
        for (const href of links) expect(resolves(href), href).toBe(true);
        // The quote's place is in this group's article.
        expect(links[0]).toMatch(new RegExp(`^/articles/${slug}/[^/]+/#${prop(card, 'id')}$`));
      }
    }
    expect(listed.sort()).toEqual(expected.sort());
  });

  test('/timeline/ lists every event of every article once, in chronological order, each naming its article', () => {
    const tree = page('/timeline/')!;
    const items = selectAll(tree, 'li.timeline-event');
    const all = corpus.articles.flatMap((a) => a.events.map((e) => ({ article: a.slug, event: e, date: describeEdtf(e.date) })));
    expect(items).toHaveLength(all.length);
    const remaining = [...all];
    const dates = items.map((li) => {
      // The event's link first; its article's in .event-article (who it involves may link in between).
      const eventLink = selectAll(li, 'a')[0];
      const articleLink = selectAll(select(li, 'span.event-article')!, 'a')[0];
      const slug = /^\/articles\/([^/]+)\/$/.exec(prop(articleLink!, 'href')!)![1]!;
      expect(textOf(articleLink!)).toBe(corpus.articles.find((a) => a.slug === slug)!.data.title);
      expect(resolves(prop(eventLink!, 'href')!), prop(eventLink!, 'href')).toBe(true);
      const when = textOf(select(li, 'time')!);
      const i = remaining.findIndex((e) => e.article === slug && e.event.label === textOf(eventLink!) && e.date.text === when);
      expect(i, `${slug}: ${when}: ${textOf(eventLink!)}`).toBeGreaterThanOrEqual(0);
      return remaining.splice(i, 1)[0]!.date;
    });
    expect(remaining).toEqual([]);
    for (let i = 1; i < dates.length; i++) {
      const [a, b] = [dates[i - 1]!, dates[i]!];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end), `${a.edtf} before ${b.edtf}`).toBe(true);
    }
    // Entries carry no ids (event ids repeat across articles): none repeats on the page.
    const ids = selectAll(tree, (el) => typeof el.properties.id === 'string').map((el) => String(el.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the header links to /timeline/ on every page', () => {
    for (const path of ['/', '/timeline/', `/articles/${corpus.articles[0]!.slug}/`]) {
      const nav = select(page(path)!, (el: Element) => el.tagName === 'nav' && prop(el, 'ariaLabel') === 'Site')!;
      expect(selectAll(nav, 'a').map((a) => prop(a, 'href'))).toContain('/timeline/');
    }
  });

  test('section pages carry the article and topic filters for Pagefind', () => {
    const article = corpus.articles[0]!;
    const tree = page(`/articles/${article.slug}/${article.sections[0]!.data.slug}/`)!;
    const filter = (name: string) =>
      selectAll(tree, (el) => el.tagName === 'span' && prop(el, 'dataPagefindFilter') === name).map((el) => textOf(el));
    expect(filter('article')).toEqual([article.data.title]);
    expect(filter('topic')).toEqual(article.data.topics);
  });
});

describe('search across the corpus (Pagefind in Chromium, the built site served on localhost)', () => {
  let server: RunningServer;
  let browser: Browser;
  let tab: Page;
  interface Found {
    count: number;
    articles: string[];
  }
  /**
   * Runs `body` in the page with `pf`, the site's Pagefind module, and `arg`. A string, not a
   * function: Vitest would rewrite a function's `import()` into its own loader, unknown in the page.
   */
  const inPage = <T,>(body: string, arg: unknown = null): Promise<T> =>
    tab.evaluate(`(async (arg) => { const pf = await import(new URL('/pagefind/pagefind.js', location.href).href); ${body} })(${JSON.stringify(arg)})`) as Promise<T>;
  const search = (query: string, filters?: Record<string, string>) =>
    inPage<Found>(
      `const found = await pf.search(arg.query, arg.filters ? { filters: arg.filters } : {});
       const data = await Promise.all(found.results.map((r) => r.data()));
       return { count: found.results.length, articles: data.map((d) => d.meta.article ?? '') };`,
      { query, filters },
    );

  beforeAll(async () => {
    server = await startStaticServer(outDir);
    browser = await launchChromium();
    tab = await browser.newPage();
    await tab.goto(`${server.url}/search/`);
    await tab.waitForFunction(() => document.documentElement.classList.contains('search-ready'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the index holds every article title and every topic as filter values', async () => {
    const filters = await inPage<Record<string, Record<string, number>>>('return pf.filters();');
    expect(Object.keys(filters.article ?? {}).sort()).toEqual(corpus.articles.map((a) => a.data.title).sort());
    expect(Object.keys(filters.topic ?? {}).sort()).toEqual([...new Set(corpus.articles.flatMap((a) => a.data.topics))].sort());
    expect(Object.keys(filters.analyst ?? {}).length).toBeGreaterThan(10);
  });

  test('an analyst’s name with a topic filter narrows the results to that topic’s articles, and an article filter to that article', async () => {
    // The analyst quoted in the most articles, searched by surname.
    const articlesOf = new Map<string, Set<string>>();
    for (const a of corpus.articles) for (const q of articleQuotes(a.slug)) for (const id of q.person ?? []) articlesOf.set(id, (articlesOf.get(id) ?? new Set()).add(a.slug));
    const [id] = [...articlesOf].sort((a, b) => b[1].size - a[1].size)[0]!;
    const surname = corpus.people.find((a) => a.id === id)!.name.split(' ').at(-1)!;
    const all = await search(surname);
    const titles = [...new Set(all.articles)];
    expect(titles.length).toBeGreaterThanOrEqual(3);
    const topicsOf = (title: string) => corpus.articles.find((a) => a.data.title === title)!.data.topics;
    // A topic some of those articles have and others not.
    const topic = [...new Set(titles.flatMap(topicsOf))].find((t) => titles.some((x) => !topicsOf(x).includes(t)))!;
    const narrowed = await search(surname, { topic });
    expect(narrowed.count).toBeGreaterThan(0);
    expect(narrowed.count).toBeLessThan(all.count);
    for (const title of narrowed.articles) expect(topicsOf(title), title).toContain(topic);
    const one = await search(surname, { article: titles[0]! });
    expect(one.count).toBeGreaterThan(0);
    expect(new Set(one.articles)).toEqual(new Set([titles[0]]));
  });

  test('on a phone (390×844) the filters wait behind one “Filter” control and a surname’s first result is on the first screen; facets dim what has no results; the article facet can be searched', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const counts = new Map<string, number>();
      for (const a of corpus.articles) for (const q of articleQuotes(a.slug)) for (const id of q.person ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
      const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      const surname = corpus.people.find((a) => a.id === id)!.name.split(' ').at(-1)!;
      await phone.goto(`${server.url}/search/`);
      await phone.waitForFunction(() => document.documentElement.classList.contains('search-ready'));
      await phone.locator('#search-input').click();
      await phone.keyboard.type(surname);
      await phone.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && document.querySelector('#search-results .result'));
      const layout = await phone.evaluate(() => {
        const first = document.querySelector('#search-results .result')!.getBoundingClientRect();
        const quote = document.querySelector('#search-results .result-quote')!.getBoundingClientRect();
        return {
          first: { top: first.top, bottom: first.bottom },
          quote: quote.top,
          open: document.querySelector<HTMLDetailsElement>('#facet-box')!.open,
          fallback: getComputedStyle(document.querySelector('.search-fallback')!).display,
        };
      });
      expect(layout.first.top, 'the first result starts on the first screen').toBeLessThan(844);
      expect(layout.first.top).toBeGreaterThan(0);
      expect(layout.quote, 'and so does the first quote, under the people whose name matches').toBeLessThan(844);
      expect(layout.open, 'the filters start closed on a phone').toBe(false);
      expect(layout.fallback, 'the no-JavaScript list is hidden once search runs').toBe('none');

      await phone.locator('#facet-box summary').click();
      const analysts = await phone.locator('#analyst-facet li').evaluateAll((lis) => lis.map((li) => li.classList.contains('facet-none')));
      expect(analysts.indexOf(true) === -1 || analysts.slice(analysts.indexOf(true)).every(Boolean), 'analysts with no result come last, dimmed').toBe(true);
      expect(analysts.filter((none) => !none).length).toBeGreaterThan(0);

      // The article facet: more titles than a list can show, found by typing.
      const title = corpus.articles[0]!.data.title;
      await phone.locator('#article-facet-find').fill(title);
      const shownTitles = await phone.locator('#article-facet li:not([hidden]) input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(shownTitles).toEqual([title]);
    } finally {
      await phone.close();
    }
  });
});
