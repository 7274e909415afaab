/**
 * Search as you type, on the search page: typing an analyst's surname key by
 * key lists their quotes; ↓ moves from the field into the results, Enter
 * follows the first, which lands on the quote, in view and uncovered.
 */
import { expect, test } from 'vitest';
import { scanSection } from '../../../src/lib/content/scan.ts';
import { urls } from '../../../src/lib/site/urls.ts';
import { placement, scrollSettled, waitFor } from '../../support/engines/page.ts';
import { content } from '../../support/content.ts';
import { base, inTab, PHONE, type EngineRef } from './in-tab.ts';

/** The analyst quoted most often, and the last word of their name (what a reader types). */
const ANALYST = (() => {
  const corpus = content();
  const quotes = new Map<string, number>();
  for (const section of corpus.articles.filter((a) => !a.data.draft).flatMap((a) => a.sections)) {
    for (const quote of scanSection(section.body).quotes) for (const id of quote.person ?? []) quotes.set(id, (quotes.get(id) ?? 0) + 1);
  }
  const analysts = new Set(corpus.people.filter((p) => p.kind === 'analyst').map((p) => p.id));
  const [id] = [...quotes].filter(([id]) => analysts.has(id)).sort((a, b) => b[1] - a[1])[0] ?? [];
  const analyst = corpus.people.find((a) => a.id === id);
  if (!analyst) throw new Error('the content quotes no analyst');
  return { name: analyst.name, typed: analyst.name.split(/\s+/).at(-1)! };
})();

export function searchChecks(engine: EngineRef): void {
  test(`typing “${ANALYST.typed}” on the search page lists ${ANALYST.name} first, then their quotes; ↓ and Enter land on the first quote`, async () => {
    await inTab(engine(), { viewport: PHONE }, async (tab) => {
      await tab.goto(`${base}${urls.search()}`);
      await tab.click('#search-input');
      await tab.type(ANALYST.typed);
      const quotes = await waitFor(
        tab,
        'quote results for what was typed',
        (typed) => {
          const results = document.querySelector('#search-results');
          const input = document.querySelector<HTMLInputElement>('#search-input');
          if (results?.getAttribute('aria-busy') !== 'false' || input?.value !== typed) return null;
          const links = [...results.querySelectorAll<HTMLAnchorElement>('a.result-quote')];
          return links.length > 0 ? links.map((a) => ({ href: a.href, who: a.querySelector('.r-who')?.textContent ?? '' })) : null;
        },
        ANALYST.typed,
        15_000,
      );
      expect(quotes.some((q) => q.who.includes(ANALYST.name)), `a quote by ${ANALYST.name} among ${JSON.stringify(quotes)}`).toBe(true);

      await tab.press('ArrowDown');
      const focused = () => tab.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? null, null);
      expect(await focused(), '↓ focuses the first result').toBe(await tab.evaluate(() => document.querySelector<HTMLAnchorElement>('#search-results a.result')?.href ?? null, null));
      // The people whose name matches come first (their pages), then the quotes: ↓ on to the first quote.
      const firstQuote = await tab.evaluate(() => [...document.querySelectorAll('#search-results a.result')].findIndex((a) => a.classList.contains('result-quote')), null);
      for (let i = 0; i < firstQuote; i += 1) await tab.press('ArrowDown');
      const href = await focused();
      expect(href, '↓ reaches the first quote').toBe(quotes[0]!.href);
      await tab.press('Enter');
      await waitFor(tab, `the result’s page (${href})`, (url) => location.href === url && document.readyState === 'complete', href);
      // A quote result links to the quote itself.
      const id = new URL(href!).hash.slice(1);
      expect(id, `${href} links to a quote`).not.toBe('');
      await scrollSettled(tab);
      const at = await placement(tab, `[id="${id}"]`);
      expect(at.inView && at.coveredBy === null, `#${id} in view, uncovered (${JSON.stringify(at)})`).toBe(true);
    });
  });
}
