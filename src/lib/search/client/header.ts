/**
 * The header field's search, on every page but /search/: results in a
 * listbox under the field as the reader types — people first (from the
 * people index, at once), then quotes (Pagefind's quotes-only bundle), then
 * passages (the whole index, searched once the quotes are shown, in a worker
 * of its own: the next key's quotes never wait for it) — with the
 * ARIA combobox pattern: the focus stays in the field, ↓/↑ move the active
 * option (aria-activedescendant), Enter opens it, Esc closes the list, and a
 * live region announces what was found. Enter with no option active submits
 * the form: /search/?q=…, the full view with facets (and the form works
 * without JavaScript). Loaded by the field's onfocus handler; `start` runs once.
 */
import { latestOnly } from './latest.ts';
import { loadPagefind, loadQuotes, readyForPassages, readyToSearch, resultSteps } from './pagefind.ts';
import { fetchPeople, type PeopleMatcher } from './people.ts';
import { groupResults, type PassageResult, type QuoteResult } from './results.ts';
import { normalizeQuery } from './state.ts';
import { urls } from '../../site/urls.ts';
import { el, passageContent, personContent, quoteContent } from './ui.ts';

/** How many of each kind the list shows: the full view is one Enter away. */
const SHOWN = { people: 3, quotes: 5, passages: 3 } as const;

interface Option {
  href: string;
  kind: 'person' | 'quote' | 'passage';
  content: Node[];
}

export function start(input: HTMLInputElement): void {
  if (input.dataset.searchReady) return;
  input.dataset.searchReady = 'true';
  const form = input.form!;
  const list = el('div', { id: 'header-search-list', role: 'listbox', class: 'header-results', 'aria-label': 'Search results' });
  const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  list.hidden = true;
  form.append(list, status);
  for (const [k, v] of Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list.id })) input.setAttribute(k, v);

  // Both start loading now, on the first focus: by the first keystroke they are usually in.
  let matcher: PeopleMatcher | undefined;
  const people = fetchPeople(urls.people()).then((m) => (matcher = m));
  const quoteIndex = loadQuotes();
  const pagefind = loadPagefind();
  let options: HTMLElement[] = [];
  let active = -1;

  function open(show: boolean): void {
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) activate(-1);
  }

  function activate(i: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render(groups: [string, Option[]][]): void {
    // The list is drawn again as more come in: the option the reader moved to stays active.
    const was = options[active]?.dataset.href;
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const shown = groups.filter(([, items]) => items.length > 0);
    list.replaceChildren(
      ...shown.map(([title, items], g) => {
        const label = el('div', { id: `header-search-g${g}`, role: 'presentation', class: 'header-results-label' }, title);
        const rows = items.map((o) => {
          const row = el('div', { id: `header-search-o${options.length}`, role: 'option', 'aria-selected': 'false', class: `result result-${o.kind}`, 'data-href': o.href }, ...o.content);
          options.push(row);
          return row;
        });
        return el('div', { role: 'group', 'aria-labelledby': label.id }, label, ...rows);
      }),
    );
    open(options.length > 0);
    const again = was === undefined ? -1 : options.findIndex((o) => o.dataset.href === was);
    if (again >= 0) activate(again);
  }

  const peopleFor = (q: string) => (matcher?.(q) ?? []).slice(0, SHOWN.people).map((p): Option => ({ href: p.url, kind: 'person', content: personContent(p) }));

  /** What the list shows for the latest query, once its quotes are in; the passages' stage adds to it. */
  let shown: { q: string; people: Option[]; quotes: QuoteResult[]; quoteOptions: Option[] } | undefined;
  // The list is busy until the latest query has rendered, passages too: assistive technology and tests wait for it.
  const busy = { quotes: false, passages: false };
  const setBusy = (stage: keyof typeof busy) => (b: boolean) => {
    busy[stage] = b;
    list.setAttribute('aria-busy', String(busy.quotes || busy.passages));
  };

  const update = latestOnly(async (isStale, newer) => {
    const q = normalizeQuery(input.value);
    if (!q) {
      shown = undefined;
      render([]);
      status.textContent = '';
      return;
    }
    await people;
    if (isStale()) return;
    const personOptions = peopleFor(q);
    render([['People', personOptions]]);
    const pf = await quoteIndex;
    if (!(await readyToSearch(pf, q, { isStale, newer }))) return;
    const found = await pf.search(q);
    if (isStale() || !found) return;
    let quotes: QuoteResult[] = [];
    let quoteOptions: Option[] = [];
    // The best quote as soon as its data is in, then the next few.
    for await (const data of resultSteps(found, [1, SHOWN.quotes], isStale, newer)) {
      quotes = groupResults(data).quotes;
      quoteOptions = quotes.map((r): Option => ({ href: r.url, kind: 'quote', content: quoteContent(r) }));
      render([['People', personOptions], ['Quotes', quoteOptions]]);
    }
    if (isStale()) return;
    shown = { q, people: personOptions, quotes, quoteOptions };
    void addPassages();
  }, setBusy('quotes'));

  const addPassages = latestOnly(async (isStale) => {
    const mine = shown;
    // A newer query's quotes are still coming: their stage asks again.
    const current = () => !isStale() && shown === mine && normalizeQuery(input.value) === mine?.q;
    if (!mine || !current()) return;
    const pf = await pagefind;
    const filters = { kind: 'passage' };
    if (!(await readyForPassages(pf, mine.q, () => !current(), filters))) return;
    const found = await pf.search(mine.q, { filters });
    if (!current() || !found) return;
    let passages: PassageResult[] = [];
    for await (const data of resultSteps(found, [SHOWN.passages], () => !current())) passages = groupResults(data).passages;
    if (!current()) return;
    render([['People', mine.people], ['Quotes', mine.quoteOptions], ['Passages', passages.map((r): Option => ({ href: r.url, kind: 'passage', content: passageContent(r) }))]]);
    const n = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
    status.textContent =
      options.length === 0
        ? `No results for “${mine.q}”. Press Enter to search.`
        : `${n(mine.people.length, 'person', 'people')}, ${n(mine.quotes.length, 'quote')}, ${n(passages.length, 'passage')}. Press ↓ to choose, Enter to see every result.`;
  }, setBusy('passages'));

  const go = (option: HTMLElement | undefined) => option && location.assign(option.dataset.href!);
  input.addEventListener('input', () => {
    // People at once, from the index in memory, even while an earlier key's search is still running.
    const q = normalizeQuery(input.value);
    if (matcher && q) render([['People', peopleFor(q)]]);
    void update();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (options.length === 0) return;
      e.preventDefault();
      if (list.hidden) open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      activate((active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      go(options[active]);
    } else if (e.key === 'Escape' && !list.hidden) {
      // The list closes; the field keeps its text (a second Esc clears it, the browser's own way).
      e.preventDefault();
      open(false);
    }
  });
  // A press on an option keeps the focus in the field; the click opens it.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => go((e.target as Element).closest<HTMLElement>('[role="option"]') ?? undefined));
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => open(options.length > 0 && input.value.trim() !== ''));
  void update();
}
