/**
 * Search, in Chromium against the built site: everyone quoted found by every
 * spelling of their name and their quote reached by keyboard or click; the
 * analyst facet; shared and reloaded search URLs; the header search form
 * (and no script or index loaded before it is used); passage results that
 * scroll to the words they matched; hostile input rendered as text only.
 * Throughout: no console errors, no dialogs, no request beyond the local server.
 *
 * Over 300 lines because every group here derives its queries and expected URLs from the same reading
 * of the content at the top (each analyst's spellings, quote URLs, record words); split it with that
 * reading moved to tests/support/search-content.ts.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { sectionBody } from '../../src/lib/content/load.ts';
import { joinParts, scanSection } from '../../src/lib/content/scan.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { clipQuery, MAX_QUERY, normalizeQuery } from '../../src/lib/search/client/state.ts';
import { isInView, openPage, useChromium } from '../support/browser.ts';
import { busiestSection, isTarget, SECTIONS } from '../support/page-helpers.ts';
import { searchContent } from '../support/search-content.ts';
import { kindRank } from '../../src/lib/content/schema.ts';
import { sessions } from '../support/search-session.ts';

const base = inject('baseUrl');
const browser = useChromium();
const inSession = sessions(browser, base);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const EMPTY_PROMPT = /^Type to search/;
const COUNTS = /^(\d+ (person|people), )?\d+ quotes? and \d+ passages?\.$/;

// ---------------------------------------------------------------- content

const { corpus, quoteUrls } = searchContent();
/** Everyone the content quotes: the registry's entries with a quote (analysts, officials, organisations…), as the analyst facet lists them. */
const PEOPLE = corpus.people.filter((p) => (quoteUrls.get(p.id)?.length ?? 0) > 0);

/** What each analyst's quote records hold (names, aliases, the words), lowercased, as search indexes them. */
const recordText = new Map<string, string>(corpus.people.map((a) => [a.id, '']));
for (const article of corpus.articles) {
  for (const section of article.sections) {
    const quotes = scanSection(section.body).quotes;
    for (const quote of quotes.filter((q) => !q.continues)) {
      for (const id of quote.person ?? []) recordText.set(id, `${recordText.get(id)} ${joinParts(quote, quotes)}`.toLowerCase());
    }
  }
}
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
/** Whether search would match `word` in an analyst's quotes: a word of theirs starting with it (Pagefind matches prefixes and stems). */
const quotesMatch = (id: string, word: string) => wordsOf(recordText.get(id)!).some((w) => w.startsWith(word.toLowerCase().slice(0, Math.max(4, word.length - 3))));
/**
 * A glossary term (or, failing that, a capitalised word) found in the quotes of the most analysts:
 * the query for the facet tests (it needs quotes by two analysts or more).
 */
const FACET_WORD = (() => {
  const glossaryWords = corpus.glossary.flatMap((g) => [g.term, ...g.aliases.map((a) => (typeof a === 'string' ? a : a.text))]).filter((t) => /^\p{L}+$/u.test(t));
  const capitalised = [...recordText.values()].flatMap((t) => t.match(/\b\p{Lu}{3,}\b/gu) ?? []);
  const candidates = [...new Set([...glossaryWords, ...capitalised])];
  const reach = (w: string) => PEOPLE.filter((a) => wordsOf(recordText.get(a.id)!).includes(w.toLowerCase())).length;
  const best = candidates.sort((a, b) => reach(b) - reach(a))[0];
  if (!best || reach(best) < 2) throw new Error('no glossary term is in the quotes of two analysts: the facet tests need one');
  return best;
})();
/** An analyst with quotes of which none matches FACET_WORD (a search for it by them finds nothing), if any. */
const ANALYST_WITHOUT_WORD = PEOPLE.find((a) => !quotesMatch(a.id, FACET_WORD));
const ANALYST_WITH_WORD = PEOPLE.find((a) => wordsOf(recordText.get(a.id)!).includes(FACET_WORD.toLowerCase()))!;
/** An alias that is not part of its analyst's name (another spelling, such as a transliteration), if any. */
const OTHER_SPELLING = PEOPLE.flatMap((a) => a.aliases.filter((x) => !a.name.includes(x)).map((alias) => ({ alias, analyst: a })))[0];

/** The names a result's "who" line joins ("A and B", "A, B and C"): one name may contain another ("Collective Security Treaty" and "… Organization"). */
const speakersOf = (who: string) => who.split(/, | and /);
/** Every spelling of everyone quoted: [alias, registry id, display name]. */
const SPELLINGS: [string, string, string][] = PEOPLE.flatMap((a) => [...new Set([a.name, ...a.aliases])].map((alias): [string, string, string] => [alias, a.id, a.name]));

// ---------------------------------------------------------------- sessions

// ---------------------------------------------------------------- the search page

/**
 * Waits until the search page has rendered its latest search: #search-results
 * is aria-busy from the moment a search starts (an input event, a facet
 * change, page load) until the last one started has rendered.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 15_000 });
}

async function openSearch(page: Page, query = ''): Promise<void> {
  const response = await page.goto(`${base}${urls.search()}${query}`);
  expect(response?.status()).toBe(200);
  await settled(page);
}

/** Types into the search field as a reader would, key by key, and waits for the results. */
async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#search-input').click();
  await page.keyboard.type(text);
  await settled(page);
}

interface Listed {
  status: string;
  /** Headings of the result groups, in order, without their counts. */
  groups: string[];
  /** The people listed: each links to their page. */
  people: string[];
  quotes: { href: string; who: string }[];
  passages: string[];
}

/**
 * What the results show: the status line, the groups, each quote's link and speaker, each passage's link.
 * `upToTies`: results that read the same but for where they are (a quote and its copy in another article,
 * equally scored) may come in either order from one search to the next, so within such a run they are
 * listed by link (for comparing two searches; without it, in the order shown).
 */
function listed(page: Page, upToTies = false): Promise<Listed> {
  return page.evaluate((upToTies) => {
    const groups = [...document.querySelectorAll('#search-results .result-group')];
    const inGroup = (title: string) => groups.find((g) => g.querySelector('h2')?.firstChild?.textContent?.trim() === title);
    const reads = (a: Element) => [...a.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('r-where'))).map((n) => n.textContent).join('');
    const links = (title: string) => {
      const all = [...(inGroup(title)?.querySelectorAll<HTMLAnchorElement>('a.result') ?? [])];
      if (!upToTies) return all;
      const runs: HTMLAnchorElement[][] = [];
      for (const a of all) {
        const run = runs.at(-1);
        if (run && reads(run[0]!) === reads(a)) run.push(a);
        else runs.push([a]);
      }
      return runs.flatMap((run) => run.sort((x, y) => (x.getAttribute('href') ?? '').localeCompare(y.getAttribute('href') ?? '')));
    };
    return {
      status: document.querySelector('#search-status')?.textContent?.trim() ?? '',
      groups: groups.map((g) => g.querySelector('h2')?.firstChild?.textContent?.trim() ?? ''),
      people: links('People').map((a) => a.getAttribute('href') ?? ''),
      quotes: links('Quotes').map((a) => ({ href: a.getAttribute('href') ?? '', who: a.querySelector('.r-who')?.textContent ?? '' })),
      passages: links('Passages').map((a) => a.getAttribute('href') ?? ''),
    };
  }, upToTies);
}

/** The status line for what is listed: "1 person, 3 quotes and 2 passages." */
const countsOf = ({ people, quotes, passages }: Listed) =>
  `${people.length > 0 ? `${people.length} ${people.length === 1 ? 'person' : 'people'}, ` : ''}${quotes.length} quote${quotes.length === 1 ? '' : 's'} and ${passages.length} passage${passages.length === 1 ? '' : 's'}.`;

/** Presses each group's "Show … more" button until every result is listed (a group lists 30 at first). */
async function showAll(page: Page): Promise<void> {
  for (let more = page.locator('#search-results .more-results').first(); (await more.count()) > 0; more = page.locator('#search-results .more-results').first()) {
    const before = await page.locator('#search-results a.result').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results a.result').count()).toBeGreaterThan(before);
    expect(await page.evaluate(() => document.activeElement?.matches('a.result')), 'the focus goes to the first result added').toBe(true);
  }
}

interface FacetEntry {
  name: string;
  count: number;
  checked: boolean;
}

function facet(page: Page): Promise<{ visible: boolean; entries: FacetEntry[] }> {
  return page.evaluate(() => ({
    visible: !(document.querySelector<HTMLElement>('#facet-box')?.hidden ?? true),
    entries: [...document.querySelectorAll<HTMLInputElement>('#analyst-facet input[type="checkbox"]')].map((input) => {
      const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      return { name: input.value, count: Number(/\((\d+)\)\s*$/.exec(label)?.[1] ?? NaN), checked: input.checked };
    }),
  }));
}

function searchParams(page: Page): { q: string | null; analysts: string[] } {
  const params = new URL(page.url()).searchParams;
  return { q: params.get('q'), analysts: params.getAll('analyst') };
}

/** The index, among the focusable results in order, of the first quote link whose speaker includes `name`. */
function firstQuoteIndexBy(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const all = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a.result')];
    return all.findIndex((a) => a.classList.contains('result-quote') && (a.querySelector('.r-who')?.textContent ?? '').split(/, | and /).includes(n));
  }, name);
}

const activeHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

/** After following a quote result: the URL's hash is the quote's id, which is :target and in view below the header. */
async function expectAtQuote(page: Page, href: string): Promise<void> {
  const target = new URL(href, base);
  await page.waitForURL(target.href);
  const id = target.hash.slice(1);
  expect(id).toMatch(/^q-/);
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  expect(await isTarget(page, id), `#${id} is :target`).toBe(true);
  await expect.poll(() => isInView(page, `#${id}`), { timeout: 5000, message: `#${id} in view, clear of the sticky header` }).toBe(true);
}

// ---------------------------------------------------------------- tests

describe('everyone quoted (analysts, officials, organisations), by every spelling of their name', () => {
  test('the content quotes someone of the registry, and gives some of them other spellings to find them by', () => {
    expect(PEOPLE.length).toBeGreaterThan(0);
    expect(SPELLINGS.length).toBeGreaterThan(PEOPLE.length);
  });

  test.each(SPELLINGS)('“%s” lists %s first under People, then their quotes; the first quote is reached by keyboard, in view (1280 px)', async (alias, id, name) => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      await typeQuery(page, alias);
      const shown = await listed(page);
      expect(shown.status).toMatch(COUNTS);
      expect(shown.groups.slice(0, 2), 'people first, then quotes').toEqual(['People', 'Quotes']);
      expect(shown.people, `${name}'s page listed under People for “${alias}”`).toContain(urls.person(id));
      const expected = quoteUrls.get(id)!;
      const hrefs = shown.quotes.map((q) => q.href);
      for (const url of expected) expect(hrefs, `${url} listed under Quotes for “${alias}”`).toContain(url);
      for (const url of expected) expect(shown.quotes.find((q) => q.href === url)!.who, `speaker of ${url}`).toContain(name);

      // Keyboard: ↓ from the field into the results, ↓ to the analyst's first quote, Enter.
      const index = await firstQuoteIndexBy(page, name);
      expect(index).toBeGreaterThanOrEqual(0);
      const href = shown.quotes.find((q) => q.who.includes(name))!.href;
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.press('ArrowDown');
      for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
      expect(await activeHref(page), 'the focused result').toBe(href);
      await page.keyboard.press('Enter');
      await expectAtQuote(page, href);
    });
  });

  test('on a phone (390×844): typing the last spelling and tapping the quote lands on it, in view', async () => {
    const analyst = [...PEOPLE].sort((a, b) => b.aliases.length - a.aliases.length)[0]!;
    const alias = analyst.aliases.at(-1)!;
    await inSession(PHONE, async ({ page }) => {
      await openSearch(page);
      await typeQuery(page, alias);
      const shown = await listed(page);
      const quote = shown.quotes.find((q) => q.who.includes(analyst.name));
      expect(quote, `a quote by ${analyst.name} for “${alias}”`).toBeDefined();
      await page.locator(`#search-results a.result-quote[href="${quote!.href}"]`).click();
      await expectAtQuote(page, quote!.href);
    });
  });

  test('a person listed opens their page, with their quotes', async () => {
    const person = PEOPLE[0]!;
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      await typeQuery(page, person.name);
      await page.locator(`#search-results a.result-person[href="${urls.person(person.id)}"]`).click();
      await page.waitForURL((url) => url.pathname === urls.person(person.id));
      const onPage = await page.evaluate(() => [...document.querySelectorAll('a[href*="#q-"]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      for (const url of quoteUrls.get(person.id)!) expect(onPage, `${url} on ${person.name}'s page`).toContain(url);
    });
  });

  test('a reader who moves into the results as soon as the person shows keeps their place while the rest comes in', async () => {
    const person = PEOPLE[0]!;
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      await page.locator('#search-input').click();
      await page.keyboard.type(person.name);
      await page.locator(`#search-results a.result-person[href="${urls.person(person.id)}"]`).waitFor();
      await page.keyboard.press('ArrowDown');
      await settled(page);
      expect((await listed(page)).passages.length + (await listed(page)).quotes.length, 'quotes or passages came after').toBeGreaterThan(0);
      expect(await activeHref(page), 'the focus is still on the first result').toBe((await listed(page)).people[0]);
    });
  });

  test('Escape and ↑ bring the focus back to the field', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      await typeQuery(page, PEOPLE[0]!.name.split(' ').at(-1)!);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('result'))).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    });
  });
});

describe('the search form', () => {
  test('Enter searches for what the field holds, even a value no input event announced', async () => {
    const analyst = PEOPLE.at(-1)!;
    const surname = analyst.name.split(' ').at(-1)!;
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      // As when the browser restores or fills in the field: the value changes without an input event.
      await page.locator('#search-input').evaluate((el: HTMLInputElement, value) => {
        el.value = value;
      }, surname);
      await page.locator('#search-input').focus();
      await page.keyboard.press('Enter');
      await settled(page);
      expect(new URL(page.url()).pathname, 'the page stays (no reload)').toBe(urls.search());
      expect(searchParams(page)).toEqual({ q: surname, analysts: [] });
      expect((await listed(page)).quotes.map((q) => q.href)).toEqual(expect.arrayContaining(quoteUrls.get(analyst.id)!));
    });
  });
});

describe('the analyst facet', () => {
  test('checking an analyst keeps only their quotes and adds &analyst=…; unchecking restores the results', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      await typeQuery(page, FACET_WORD);
      await showAll(page);
      const all = await listed(page, true);
      expect(all.status).toMatch(COUNTS);
      // The status counts what the search found, all of it listed now.
      expect(all.status).toBe(countsOf(all));
      const before = await facet(page);
      expect(before.visible).toBe(true);
      expect(before.entries.map((e) => e.name).sort()).toEqual(PEOPLE.map((a) => a.name).sort());
      // Analysts first (then by kind, then by name), among the values with results and among those without.
      const order = [...PEOPLE].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name)).map((p) => p.name);
      for (const part of [before.entries.filter((e) => e.count > 0), before.entries.filter((e) => e.count === 0)]) {
        expect(part.map((e) => e.name)).toEqual(order.filter((name) => part.some((e) => e.name === name)));
      }
      // Each count is the number of listed quotes by that analyst (a joint quote counts for both).
      for (const e of before.entries) expect(e.count, `count for ${e.name}`).toBe(all.quotes.filter((q) => speakersOf(q.who).includes(e.name)).length);
      const withQuotes = before.entries.filter((e) => e.count > 0);
      expect(withQuotes.length, `“${FACET_WORD}” is in quotes by several analysts`).toBeGreaterThanOrEqual(2);
      expect(before.entries.every((e) => !e.checked)).toBe(true);

      // Check one by keyboard (Space): the focus stays on the box.
      const [first, second] = withQuotes as [FacetEntry, FacetEntry];
      const box = (name: string) => page.locator(`#analyst-facet input[value="${name}"]`);
      await box(first.name).focus();
      await page.keyboard.press('Space');
      await settled(page);
      expect(await box(first.name).evaluate((el) => el === document.activeElement), 'focus stays on the checkbox').toBe(true);
      await showAll(page);
      const one = await listed(page);
      expect(one.quotes.length).toBe(first.count);
      for (const q of one.quotes) expect(q.who).toContain(first.name);
      expect(one.passages, 'passages have no analyst').toEqual([]);
      expect(searchParams(page)).toEqual({ q: FACET_WORD, analysts: [first.name] });
      const afterOne = await facet(page);
      expect(afterOne.entries.find((e) => e.name === first.name)).toEqual({ ...first, checked: true });
      // The other analysts keep their counts: what checking them would add.
      for (const e of afterOne.entries.filter((x) => x.name !== first.name)) expect(e, e.name).toEqual(before.entries.find((x) => x.name === e.name));

      // A second analyst: quotes by either.
      await box(second.name).check();
      await settled(page);
      await showAll(page);
      const two = await listed(page);
      expect(two.quotes.length).toBe(all.quotes.filter((q) => q.who.includes(first.name) || q.who.includes(second.name)).length);
      for (const q of two.quotes) expect(q.who.includes(first.name) || q.who.includes(second.name), q.who).toBe(true);
      expect(searchParams(page)).toEqual({ q: FACET_WORD, analysts: [first.name, second.name] });

      // Unchecking both restores the first results and the URL.
      await box(second.name).uncheck();
      await settled(page);
      await box(first.name).uncheck();
      await settled(page);
      await showAll(page);
      expect(await listed(page, true)).toEqual(all);
      expect(searchParams(page)).toEqual({ q: FACET_WORD, analysts: [] });
      expect((await facet(page)).entries).toEqual(before.entries);
    });
  });
});

describe('shared search URLs', () => {
  /** [URL query, the query typed, the analysts checked]: opening the URL shows what doing the search shows. */
  const param = (name: string) => encodeURIComponent(name);
  const SHARED: [string, string, string[]][] = [
    ...(OTHER_SPELLING ? [[`?q=${param(OTHER_SPELLING.alias)}`, OTHER_SPELLING.alias, []] as [string, string, string[]]] : []),
    [`?q=${param(FACET_WORD)}&analyst=${param(ANALYST_WITH_WORD.name)}`, FACET_WORD, [ANALYST_WITH_WORD.name]],
    ...(ANALYST_WITHOUT_WORD ? [[`?q=${param(FACET_WORD)}&analyst=${param(ANALYST_WITHOUT_WORD.name)}`, FACET_WORD, [ANALYST_WITHOUT_WORD.name]] as [string, string, string[]]] : []),
  ];

  test.each(SHARED)('/search/%s shows the query, the same results, and keeps them on reload', async (query, typed, analysts) => {
    await inSession(DESKTOP, async ({ page }) => {
      // The search done by hand.
      await openSearch(page);
      await typeQuery(page, typed);
      for (const name of analysts) {
        await page.locator(`#analyst-facet input[value="${name}"]`).check();
        await settled(page);
      }
      const done = await listed(page, true);
      const doneFacet = await facet(page);
      expect(searchParams(page)).toEqual({ q: typed, analysts });

      // The same search opened from its URL, then reloaded.
      await openSearch(page, query);
      for (const step of ['opened', 'reloaded']) {
        expect(await page.inputValue('#search-input'), `${step}: the field shows the query`).toBe(typed);
        expect(await listed(page, true), `${step}: the same results`).toEqual(done);
        expect((await facet(page)).entries.filter((e) => e.checked).map((e) => e.name), `${step}: the analysts checked`).toEqual(analysts);
        expect(await facet(page), `${step}: the same facet`).toEqual(doneFacet);
        if (step === 'opened') {
          await page.reload();
          await settled(page);
        }
      }
      const none = ANALYST_WITHOUT_WORD !== undefined && analysts.includes(ANALYST_WITHOUT_WORD.name);
      expect(done.status, 'a clear status').toEqual(none ? `No results for “${FACET_WORD}” by ${ANALYST_WITHOUT_WORD.name}.` : expect.stringMatching(COUNTS));
      if (done.quotes.length > 0) for (const q of done.quotes) expect(analysts.length === 0 || analysts.some((a) => q.who.includes(a)), q.who).toBe(true);
    });
  });

  test('/search/?analyst=… alone lists that analyst’s quotes, and keeps them on reload', async () => {
    const analyst = PEOPLE.at(-1)!;
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page, `?analyst=${encodeURIComponent(analyst.name).replace(/%20/g, '+')}`);
      for (const step of ['opened', 'reloaded']) {
        expect(await page.inputValue('#search-input'), step).toBe('');
        const shown = await listed(page);
        expect(shown.status, step).toMatch(COUNTS);
        expect(shown.quotes.map((q) => q.href).sort(), step).toEqual([...quoteUrls.get(analyst.id)!].sort());
        expect(shown.passages, step).toEqual([]);
        expect((await facet(page)).entries.filter((e) => e.checked).map((e) => e.name), step).toEqual([analyst.name]);
        if (step === 'opened') {
          await page.reload();
          await settled(page);
        }
      }
    });
  });

  test('an analyst the index does not know is dropped from the URL instead of hiding every result', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page, `?q=${encodeURIComponent(FACET_WORD)}&analyst=Nobody%20Known`);
      expect(searchParams(page)).toEqual({ q: FACET_WORD, analysts: [] });
      expect((await listed(page)).status).toMatch(COUNTS);
    });
  });
});

describe('the header search form', () => {
  test.each([
    ['the home page', urls.home()],
    ['a section page', busiestSection().path],
  ])('%s loads no script and no search index until search is used', async (_name, path) => {
    await inSession(DESKTOP, async ({ page, requests }) => {
      const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(requests.length).toBeGreaterThan(0);
      const scripts = requests.filter((r) => r.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(r.url()).pathname));
      expect(scripts.map((r) => r.url()), 'JavaScript requests').toEqual([]);
      expect(requests.filter((r) => r.url().includes('/pagefind/')).map((r) => r.url()), 'search index requests').toEqual([]);
      expect(await page.locator('#header-search-input').isVisible(), 'the header search field').toBe(true);
    });
  });

  test('typing in the header field of a section page and pressing Enter lands on /search/?q=… with results', async () => {
    await inSession(DESKTOP, async ({ page, requests }) => {
      // The longest spelling of any analyst's name (several words, typed with spaces).
      const { alias, analyst } = PEOPLE.flatMap((a) => [a.name, ...a.aliases].map((x) => ({ alias: x, analyst: a }))).sort((a, b) => b.alias.length - a.alias.length)[0]!;
      await page.goto(`${base}${busiestSection().path}`, { waitUntil: 'networkidle' });
      expect(requests.filter((r) => r.url().includes('/pagefind/') || r.resourceType() === 'script')).toEqual([]);
      await page.locator('#header-search-input').click();
      await page.keyboard.type(alias);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === urls.search());
      expect(searchParams(page)).toEqual({ q: alias, analysts: [] });
      await settled(page);
      expect(await page.inputValue('#search-input')).toBe(alias);
      const shown = await listed(page);
      expect(shown.status).toMatch(COUNTS);
      for (const url of quoteUrls.get(analyst.id)!) expect(shown.quotes.map((q) => q.href)).toContain(url);
      expect(requests.some((r) => r.url().includes('/pagefind/')), 'the index loads on the search page').toBe(true);
    });
  });
});

describe('passage results', () => {
  /**
   * Where the `text` occurs in the page's visible text (case-insensitive,
   * across element boundaries): each occurrence's box, and where the
   * sticky header ends.
   */
  function occurrences(page: Page, text: string) {
    return page.evaluate((t) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: all.length });
        all += (n as Text).data;
      }
      const at = (offset: number) => {
        const i = nodes.findLastIndex((x) => x.start <= offset);
        return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
      };
      const header = document.querySelector('.site-header');
      const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
      const boxes: { top: number; bottom: number; pageTop: number }[] = [];
      const haystack = all.toLowerCase();
      const needle = t.toLowerCase();
      for (let i = haystack.indexOf(needle); i >= 0 && needle; i = haystack.indexOf(needle, i + 1)) {
        const range = document.createRange();
        const start = at(i);
        const end = at(i + needle.length - 1);
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // not rendered
        boxes.push({ top: box.top, bottom: box.bottom, pageTop: box.top + window.scrollY });
      }
      return { boxes, headerBottom, viewport: window.innerHeight, scrollY: window.scrollY };
    }, text);
  }

  /** Words of the section text, as readers see them (directive syntax taken out). */
  const sectionWords = SECTIONS.flatMap((s) =>
    wordsOf(sectionBody(s.article.sections[s.index]!.body).replace(/\{[^}]*\}/g, ' ').replace(/:(?:quote|term|sic)\[/g, ' ')),
  );
  const textWords = new Set(sectionWords);
  /** A long word of the text, a word with a letter beyond ASCII, and an analyst's other spelling that the text uses. */
  const PASSAGE_QUERIES = [
    ...new Set(
      [
        sectionWords.find((w) => w.length >= 12),
        sectionWords.find((w) => /[^\x00-\x7f]/.test(w) && w.length >= 4),
        PEOPLE.flatMap((a) => a.aliases.filter((x) => !a.name.includes(x) && textWords.has(x.toLowerCase())))[0],
      ].filter((w) => w !== undefined),
    ),
  ];

  test('the text gives passage queries to try', () => {
    expect(PASSAGE_QUERIES.length).toBeGreaterThan(0);
  });

  test.each(PASSAGE_QUERIES)('following a passage result for “%s” scrolls its section page to the words', async (query) => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page, `?q=${encodeURIComponent(query)}`);
      const shown = await listed(page);
      expect(shown.passages.length, 'passage results').toBeGreaterThan(0);
      const href = shown.passages[0]!;
      expect(href, 'the link carries a text fragment').toContain('#:~:text=');
      const words = decodeURIComponent(href.slice(href.indexOf(':~:text=') + ':~:text='.length));
      expect(words.toLowerCase()).toContain(query.toLowerCase().slice(0, 5));

      await page.locator(`#search-results a.result-passage[href="${href}"]`).click();
      await page.waitForURL((url) => url.pathname === new URL(href, base).pathname);
      await page.waitForLoadState('load');
      const inView = async () => {
        const o = await occurrences(page, words);
        return o.boxes.some((b) => b.top >= o.headerBottom - 1 && b.bottom <= o.viewport);
      };
      // The browser scrolls to the first match of the fragment: some occurrence of the words ends up in view…
      await expect.poll(inView, { timeout: 5000, message: `“${words}” in view, clear of the sticky header` }).toBe(true);
      // …and if the first one is below the first screen, the page has scrolled to it (not in view by luck).
      const o = await occurrences(page, words);
      expect(o.boxes.length, `“${words}” is on the page`).toBeGreaterThan(0);
      if (o.boxes[0]!.pageTop > o.viewport) expect(o.scrollY, 'scrolled to the words').toBeGreaterThan(0);
    });
  });
});

describe('hostile input', () => {
  /** [label, input, what the status must say]. `clear`: no results or counts, either being a plain statement. */
  const HOSTILE: [string, string, 'prompt' | 'none' | 'clear'][] = [
    ['empty', '', 'prompt'],
    ['spaces only', '     ', 'prompt'],
    ['5,000 characters', 'x'.repeat(5000), 'none'],
    ['a script element', '<script>alert(1)</script>', 'none'],
    ['quotes and backslashes', '"\'\\', 'none'],
    ['regular expression syntax', '.*+?^${}()|[]\\', 'none'],
    ['Cyrillic', 'Кремль', 'none'],
    ['Chinese', '哈萨克斯坦', 'none'],
    // Pagefind matches an unknown word by its longest indexed prefix ("onerror" → "one"),
    // so this one may find results: they must still be text.
    ['an img with onerror', '<img src=x onerror=alert(1)>', 'clear'],
  ];

  const counts = (page: Page) =>
    page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('img').length,
      inResults: document.querySelectorAll('#search-results script, #search-results img, #search-results iframe, #search-results [onerror]').length,
      inStatus: document.querySelector('#search-status')?.children.length ?? -1,
    }));

  async function expectStatus(page: Page, input: string, kind: 'prompt' | 'none' | 'clear') {
    const { status, quotes, passages } = await listed(page);
    const q = normalizeQuery(clipQuery(input));
    if (kind === 'prompt') {
      expect(q).toBe('');
      expect(status).toMatch(EMPTY_PROMPT);
      expect(quotes.length + passages.length).toBe(0);
    } else if (kind === 'none') {
      expect(status).toBe(`No results for “${q}”.`);
      expect(quotes.length + passages.length).toBe(0);
    } else {
      expect([`No results for “${q}”.`, ...(COUNTS.test(status) ? [status] : [])]).toContain(status);
    }
  }

  test.each(HOSTILE)('%s: typed or opened from a URL, shown as text only, with a clear status', async (_label, input, kind) => {
    await inSession(DESKTOP, async ({ page }) => {
      await openSearch(page);
      const baseline = await counts(page);
      expect(baseline.inResults).toBe(0);

      // Typed (after a search with results, so the status has to change).
      await page.fill('#search-input', PEOPLE[0]!.name.split(' ').at(-1)!);
      await settled(page);
      expect((await listed(page)).status).toMatch(COUNTS);
      await page.fill('#search-input', input);
      await settled(page);
      await expectStatus(page, input, kind);
      expect(await counts(page)).toEqual(baseline);
      const q = searchParams(page).q;
      expect((q ?? '').length).toBeLessThanOrEqual(MAX_QUERY);
      if (normalizeQuery(input) === '') expect(q).toBeNull();

      // Opened from a URL.
      await openSearch(page, `?q=${encodeURIComponent(input)}`);
      await expectStatus(page, input, kind);
      expect(await counts(page)).toEqual(baseline);
      expect(await page.inputValue('#search-input')).toBe(clipQuery(input));
      // Give a late onerror or script a moment to show itself as a dialog or an error.
      await page.waitForTimeout(200);
    });
  });
});
