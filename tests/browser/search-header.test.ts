/**
 * The header field's search as you type, in Chromium against the built site,
 * on the home page and on a section page: the most-quoted analyst's surname
 * lists them (People) and their quotes in place, without leaving the page;
 * the combobox pattern (role, aria-expanded, aria-activedescendant, a live
 * region); ↓/↑/Enter/Esc; a misspelled name still finds the person.
 * An official's other spelling (an alias that is not part of their name,
 * "Toqaev" for Tokayev) finds them and their quotes too.
 * The people, the alias and the misspelling are derived from content/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { urls } from '../../src/lib/site/urls.ts';
import { useChromium } from '../support/browser.ts';
import { checkAxe, formatViolations } from '../gates/lib/axe.ts';
import { busiestSection } from '../support/page-helpers.ts';
import { searchContent } from '../support/search-content.ts';
import { sessions } from '../support/search-session.ts';

const base = inject('baseUrl');
const browser = useChromium();
const inSession = sessions(browser, base);
const DESKTOP = { width: 1280, height: 800 };

const { corpus, quoteUrls } = searchContent();
const surnameOf = (name: string) => name.split(' ').at(-1)!;
/** The most-quoted analyst whose surname is theirs alone in the registry (so it names one person). */
const analyst = corpus.people
  .filter((a) => a.kind === 'analyst' && corpus.people.filter((b) => surnameOf(b.name) === surnameOf(a.name)).length === 1)
  .sort((a, b) => quoteUrls.get(b.id)!.length - quoteUrls.get(a.id)!.length)[0]!;
const surname = surnameOf(analyst.name);
/** Their surname misspelled: a letter in the middle dropped, and lower case (no alias spells it so). */
const middle = Math.floor(surname.length / 2);
const misspelled = (surname.slice(0, middle) + surname.slice(middle + 1)).toLowerCase();

/**
 * Someone quoted who is not an analyst (an official first), by a spelling of theirs that is not part of
 * their name and belongs to no one else: "Toqaev" for Kassym-Jomart Tokayev. Any entry with such a
 * spelling when the content quotes no official with one (a corpus of analysts only).
 */
const otherSpelling = (() => {
  const spellings = corpus.people.flatMap((p) => p.aliases.map((alias) => ({ alias, p })));
  const own = spellings.filter(({ alias, p }) => !p.name.includes(alias) && (quoteUrls.get(p.id)?.length ?? 0) > 0 && spellings.every((s) => s.p === p || !s.alias.toLowerCase().includes(alias.toLowerCase())));
  const rank = (kind: string) => (kind === 'official' ? 0 : kind === 'analyst' ? 2 : 1);
  // The shortest: a surname as a reader types it ("Toqaev"), rather than a full name.
  const found = own.sort((a, b) => rank(a.p.kind) - rank(b.p.kind) || a.alias.length - b.alias.length)[0];
  if (!found) throw new Error('no one quoted has a spelling that is not part of their name: add one to people.yaml');
  return { alias: found.alias, person: found.p };
})();

const PAGES: [string, string][] = [
  ['the home page', urls.home()],
  ['a section page', busiestSection().path],
];

interface Shown {
  expanded: string | null;
  visible: boolean;
  groups: string[];
  options: { id: string; href: string; kind: string; who: string; selected: string | null }[];
  active: string | null;
  status: string;
}

function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#header-search-input')!;
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    return {
      expanded: input.getAttribute('aria-expanded'),
      visible: !!list && !list.hidden && list.getBoundingClientRect().height > 0,
      groups: [...(list?.querySelectorAll('[role="group"]') ?? [])].map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
      options: [...(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])].map((o) => ({
        id: o.id,
        href: o.dataset.href ?? '',
        kind: o.className,
        who: o.querySelector('.r-who')?.textContent ?? '',
        selected: o.getAttribute('aria-selected'),
      })),
      active: input.getAttribute('aria-activedescendant'),
      status: document.querySelector('.header-search [role="status"]')?.textContent ?? '',
    };
  });
}

/** Types into the header field key by key and waits until the list shows the latest query's results (the status announces them). */
async function typeInHeader(page: Page, path: string, text: string): Promise<void> {
  const response = await page.goto(`${base}${path}`);
  expect(response?.status()).toBe(200);
  await page.locator('#header-search-input').click();
  await page.keyboard.type(text);
  await page.waitForFunction(
    () => document.querySelector('#header-search-list')?.getAttribute('aria-busy') === 'false' && (document.querySelector('.header-search [role="status"]')?.textContent ?? '') !== '',
    null,
    { timeout: 15_000 },
  );
}

describe(`the header field: typing “${surname}” (${analyst.name}, the most-quoted analyst)`, () => {
  test.each(PAGES)('on %s lists them first, then their quotes, without leaving the page', async (_name, path) => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, path, surname);
      expect(new URL(page.url()).pathname, 'still on the same page').toBe(path);
      const s = await shown(page);
      expect(s.expanded).toBe('true');
      expect(s.visible, 'the list is shown').toBe(true);
      expect(s.groups[0]).toBe('People');
      expect(s.groups).toContain('Quotes');
      expect(s.options[0]!.href, 'the person first: their page').toBe(urls.person(analyst.id));
      const quotes = s.options.filter((o) => o.kind.includes('result-quote'));
      expect(quotes.length).toBeGreaterThan(0);
      expect(quoteUrls.get(analyst.id)).toContain(quotes[0]!.href);
      expect(quotes[0]!.who).toContain(analyst.name);
      expect(s.status, 'the live region announces the results').toMatch(/\d+ quotes?/);
    });
  });

  test('the field is a combobox controlling a listbox of options, its status a polite live region', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[1]![1], surname);
      const roles = await page.evaluate(() => {
        const input = document.querySelector('#header-search-input')!;
        const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
        const status = document.querySelector('.header-search [role="status"]');
        return {
          input: input.getAttribute('role'),
          autocomplete: input.getAttribute('aria-autocomplete'),
          list: list?.getAttribute('role'),
          label: list?.getAttribute('aria-label'),
          live: status?.getAttribute('aria-live'),
        };
      });
      expect(roles).toEqual({ input: 'combobox', autocomplete: 'list', list: 'listbox', label: 'Search results', live: 'polite' });
    });
  });

  test('↓ and ↑ move the active option with the focus kept in the field; Enter opens it', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[1]![1], surname);
      await page.keyboard.press('ArrowDown');
      let s = await shown(page);
      expect(s.active).toBe(s.options[0]!.id);
      expect(s.options[0]!.selected).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowDown');
      s = await shown(page);
      expect(s.active).toBe(s.options[1]!.id);
      expect(s.options.filter((o) => o.selected === 'true').map((o) => o.id)).toEqual([s.options[1]!.id]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
      const target = s.options[1]!.href;
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => `${url.pathname}${url.hash}` === target);
    });
  });

  test('the option moved to as soon as the person shows stays active while the quotes and passages come in', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await page.goto(`${base}${PAGES[1]![1]}`);
      await page.locator('#header-search-input').click();
      await page.keyboard.type(surname);
      await page.locator('#header-search-list .result-person').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const first = (await shown(page)).options[0]!.href;
      await page.waitForFunction(() => document.querySelector('#header-search-list')?.getAttribute('aria-busy') === 'false' && (document.querySelector('.header-search [role="status"]')?.textContent ?? '') !== '', null, { timeout: 15_000 });
      const s = await shown(page);
      expect(s.options.length, 'quotes came after the person').toBeGreaterThan(1);
      expect(s.options.find((o) => o.id === s.active)?.href, 'the active option').toBe(first);
      expect(s.options.filter((o) => o.selected === 'true').map((o) => o.href)).toEqual([first]);
    });
  });

  test('Esc closes the list and leaves the focus in the field; Enter with no option active opens /search/?q=…', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[0]![1], surname);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      const s = await shown(page);
      expect(s.expanded).toBe('false');
      expect(s.visible).toBe(false);
      expect(s.active).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
      expect(await page.inputValue('#header-search-input')).toBe(surname);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === urls.search() && url.searchParams.get('q') === surname);
    });
  });

  test('a click on the person opens their page', async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[0]![1], surname);
      await page.locator('#header-search-list [role="option"]').first().click();
      await page.waitForURL((url) => url.pathname === urls.person(analyst.id));
    });
  });
});

describe('the header field: accessible with its list open', () => {
  test.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const)('axe finds no violation (%s theme, %i px), an option active', async (scheme, width) => {
    await inSession({ width, height: 800 }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await typeInHeader(page, PAGES[1]![1], surname);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const violations = await checkAxe(page);
      expect(formatViolations(`${scheme} ${width}px`, violations)).toEqual([]);
      const box = await page.locator('#header-search-list').boundingBox();
      expect(box!.x, 'the list stays on screen').toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    });
  });
});

describe('the header field: people by a misspelled name', () => {
  test(`“${misspelled}” (for ${surname}) lists ${analyst.name} first, with their quote count`, async () => {
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[0]![1], misspelled);
      const s = await shown(page);
      expect(s.groups[0]).toBe('People');
      expect(s.options[0]).toMatchObject({ href: urls.person(analyst.id), who: analyst.name });
      const n = quoteUrls.get(analyst.id)!.length;
      const where = await page.locator('#header-search-list [role="option"] .r-where').first().textContent();
      expect(where).toBe(`${n} ${n === 1 ? 'quote' : 'quotes'}`);
    });
  });
});

describe(`the header field: someone by another spelling of their name (“${otherSpelling.alias}”, ${otherSpelling.person.name}, ${otherSpelling.person.kind})`, () => {
  test('lists them first under People, and their quotes', async () => {
    const { alias, person } = otherSpelling;
    await inSession(DESKTOP, async ({ page }) => {
      await typeInHeader(page, PAGES[0]![1], alias);
      const s = await shown(page);
      expect(s.groups[0]).toBe('People');
      expect(s.options[0]).toMatchObject({ href: urls.person(person.id), who: person.name });
      const quotes = s.options.filter((o) => o.kind.includes('result-quote'));
      expect(quotes.length, `quotes for “${alias}”`).toBeGreaterThan(0);
      for (const q of quotes) expect(quoteUrls.get(person.id), `${q.href} is ${person.name}'s`).toContain(q.href);
    });
  });
});
