/**
 * The search page's script: loads Pagefind, searches as the reader types,
 * groups results into quotes and passages, offers the facets with counts,
 * and keeps the state in the URL. Loaded only on /search/.
 *
 * The page is one object (`page`): the reader's state, the Pagefind
 * instances, the people index and the facets' values. Every event changes the state and calls
 * `update()`, which lists the people whose name matches at once (the people
 * index, as in the header field), then searches the quotes-only bundle and shows its quotes,
 * then hands over to `addPassages()`, which searches the whole index for the
 * passages, then its quotes for the facets' counts (pagefind.ts: counting
 * every facet's values is most of a search's time, so the quotes bundle,
 * which answers first, counts only the facets the reader picked). Each runs
 * one search at a time, then one more for the latest state (on a large index a search per keystroke queued
 * up seconds of stale ones), and the quotes never wait for the passages: at
 * 1,000 articles the whole index takes most of a second for a common word,
 * the quotes alone a few tens of milliseconds. The facets' counts are drawn
 * only while the Filter panel is open (1,000 article titles).
 */
import { latestOnly } from './latest.ts';
import { loadPagefind, loadQuotes, readyForPassages, readyToSearch, resultSteps, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import { fetchPeople, type PeopleMatcher, type Person } from './people.ts';
import { groupResults, type PagefindData } from './results.ts';
import { clipQuery, FACETS, filtersOf, normalizeQuery, readState, valuesOf, writeState, type Facet, type SearchState } from './state.ts';
import { MORE_RESULTS, offerFind, renderFacet, renderResults, wireKeyboard } from './ui.ts';
import { urls } from '../../site/urls.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const facetBox = document.querySelector<HTMLDetailsElement>('#facet-box')!;
/** Wide enough for the facets beside the results (the layout's breakpoint): they start open. */
const WIDE = matchMedia('(min-width: 50rem)');
/** Each facet's list of checkboxes (`#analyst-facet`, `#article-facet`, `#topic-facet`). */
const facetList = (facet: Facet) => document.querySelector<HTMLElement>(`#${facet.filter}-facet`)!;

/** How many results are shown after each round of fetching their data. */
const RENDER_STEPS = [1, 6, 30];
/** How many people whose name matches are listed (the best matches: a misspelling finds the right one first). */
const PEOPLE_SHOWN = 5;

/** The results of the latest state: of each kind, all its search found and the data fetched so far (what is listed). */
interface Shown {
  state: SearchState;
  people: Person[];
  found: Record<Kind, PagefindResult[]>;
  data: Record<Kind, PagefindData[]>;
}
type Kind = 'quotes' | 'passages';

const page = {
  state: readState(location.search) as SearchState,
  /** Pagefind with the facets' values read: one load, however many updates start before it finishes. */
  pagefind: undefined as Promise<Pagefind> | undefined,
  /** The quotes-only bundle. */
  quotes: undefined as Promise<Pagefind> | undefined,
  /** Everyone quoted, matched by any spelling of their name (none if the index fails to load: search goes on without). */
  people: fetchPeople(urls.people()).catch((): PeopleMatcher => () => []),
  /** The same, once loaded: the input handler lists people before any search runs. */
  matcher: undefined as PeopleMatcher | undefined,
  /** The latest state's quotes, once shown: the passages' stage adds to them. */
  shown: undefined as Shown | undefined,
  /** The latest counts per facet value, drawn when the Filter panel opens. */
  counts: undefined as { filters: PagefindSearch['filters']; totals: PagefindSearch['filters'] } | undefined,
  /** Every value of every facet in the index, sorted (facetOrder). */
  facetValues: {} as Record<string, string[]>,
};

/** A facet's values in the order its list gives (`data-order`: the speakers, analysts first), others by name. */
function facetOrder(facet: Facet): (a: string, b: string) => number {
  const order: string[] = JSON.parse(facetList(facet).dataset.order ?? '[]');
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

async function loadFacets(): Promise<Pagefind> {
  const pf = await loadPagefind();
  const filters = await pf.filters();
  page.facetValues = Object.fromEntries(FACETS.map((f) => [f.filter, Object.keys(filters[f.filter] ?? {}).sort(facetOrder(f))]));
  // A facet with one value (one article, its topics) narrows nothing: it stays hidden.
  const single = (page.facetValues.article ?? []).length < 2;
  for (const f of FACETS) {
    const fieldset = facetList(f).closest('fieldset')!;
    fieldset.hidden = f.filter !== 'analyst' && (single || (page.facetValues[f.filter] ?? []).length < 2);
    offerFind(facetList(f), f.legend, (page.facetValues[f.filter] ?? []).length);
  }
  // On a phone the filters wait behind one "Filter" control, so the first result is on the first screen.
  facetBox.open = WIDE.matches;
  return pf;
}

/** Changes the state and searches for it. */
function setState(change: Partial<SearchState>): void {
  page.state = { ...page.state, ...change };
  void update();
}

/** The state in the page's title and URL. */
function showStateInUrl(): void {
  const q = normalizeQuery(page.state.q);
  document.title = q ? `“${q}” – Search – Analysis Reader` : 'Search – Analysis Reader';
  history.replaceState(null, '', `${location.pathname}${writeState(page.state)}`);
}

/** Drops filter values the index does not know (an old or edited link): they would filter out everything, unseen in the facet. */
function dropUnknownFilters(): void {
  const before = writeState(page.state);
  for (const f of FACETS) {
    page.state = { ...page.state, [f.field]: valuesOf(page.state, f).filter((v) => (page.facetValues[f.filter] ?? []).includes(v)) };
  }
  if (writeState(page.state) !== before) showStateInUrl();
}

function showNothingAsked(): void {
  results.replaceChildren();
  for (const f of FACETS) renderFacet(facetList(f), f.filter, (page.facetValues[f.filter] ?? []).map((name) => ({ name, count: 0, checked: false })));
  facetBox.hidden = true;
  status.textContent = 'Type to search quotes and passages, or pick an analyst.';
}

/**
 * A facet's values are alternatives (any of them): in a facet with boxes checked, each count is what that
 * box would add, so it is not narrowed by those boxes (the current results would show 0 for the others).
 */
function showFacets(): void {
  facetBox.hidden = false;
  const picked = FACETS.reduce((n, f) => n + valuesOf(page.state, f).length, 0);
  facetBox.querySelector('summary')!.textContent = picked > 0 ? `Filter (${picked} chosen)` : 'Filter';
  drawCounts();
}

/** The facets' values with the latest counts, while the panel is open (`opening`: it is about to). */
function drawCounts(opening = false): void {
  if (!(facetBox.open || opening) || !page.counts) return;
  for (const f of FACETS) {
    const picked = valuesOf(page.state, f);
    const counts = (picked.length > 0 ? page.counts.totals : page.counts.filters)[f.filter] ?? {};
    const values = (page.facetValues[f.filter] ?? []).map((name) => ({ name, count: counts[name] ?? 0, checked: picked.includes(name) }));
    // Values with results first; those with none after them, dimmed (a reader may still want to widen to them).
    const some = (v: (typeof values)[number]) => v.count > 0 || v.checked;
    renderFacet(facetList(f), f.filter, [...values.filter(some), ...values.filter((v) => !some(v))]);
  }
}

function announceCounts(q: string, people: number, quotes: number, passages: number): void {
  const { state } = page;
  const by = [
    state.analysts.length ? ` by ${state.analysts.join(' or ')}` : '',
    valuesOf(state, FACETS[1]).length ? ` in ${valuesOf(state, FACETS[1]).map((a) => `“${a}”`).join(' or ')}` : '',
    valuesOf(state, FACETS[2]).length ? ` on ${valuesOf(state, FACETS[2]).join(' or ')}` : '',
  ].join('');
  const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
  status.textContent =
    people + quotes + passages === 0
      ? `No results${q ? ` for “${q}”` : ''}${by}.`
      : `${people > 0 ? `${people} ${people === 1 ? 'person' : 'people'}, ` : ''}${plural(quotes, 'quote')} and ${plural(passages, 'passage')}.`;
}

/** The people whose name matches the query, for a query alone: once the reader filters (by speaker, article, topic), the results are what the filters keep. */
function peopleFor(state: SearchState, matcher: PeopleMatcher): Person[] {
  const q = normalizeQuery(state.q);
  return q && !filtersOf(state) ? matcher(q).slice(0, PEOPLE_SHOWN) : [];
}

async function search(isStale: () => boolean, newer: AbortSignal): Promise<void> {
  showStateInUrl();
  const [quoteIndex, , matcher] = await Promise.all([(page.quotes ??= loadQuotes()), (page.pagefind ??= loadFacets()), page.people]);
  if (isStale()) return;
  dropUnknownFilters();
  const state = page.state;
  const q = normalizeQuery(state.q);
  const filters = filtersOf(state);
  page.shown = undefined;
  if (!q && !filters) return showNothingAsked();
  const mine: Shown = { state, people: peopleFor(state, matcher), found: { quotes: [], passages: [] }, data: { quotes: [], passages: [] } };
  // The people at once, from the index in memory, while the quotes are searched.
  if (mine.people.length > 0) renderShown(mine);
  // No debounce but for one or two letters (readyToSearch); a newer run makes this one stale.
  if (q && !(await readyToSearch(quoteIndex, q, { isStale, newer, filters }))) return;
  const found = await quoteIndex.search(q || null, { filters });
  if (found === null || isStale()) return;
  // The best quote renders as soon as its data is in, then the first screenful, then the rest (up to 30; more on request).
  mine.found.quotes = found.results;
  for await (const data of resultSteps(found, RENDER_STEPS, isStale, newer)) {
    mine.data.quotes = [...data];
    renderShown(mine);
  }
  if (isStale()) return;
  page.shown = mine;
  renderShown(mine);
  void addPassages();
}

/**
 * The passages for the quotes shown (the whole index, passages only), then the facets' counts (a
 * second search of the whole index, both kinds: the quotes bundle loads no filters it need not count)
 * and the announcement.
 */
async function passages(isStale: () => boolean): Promise<void> {
  const mine = page.shown;
  const current = () => !isStale() && page.shown === mine;
  if (!mine || !current()) return;
  const pagefind = await page.pagefind!;
  const q = normalizeQuery(mine.state.q);
  const filters = { ...filtersOf(mine.state), kind: 'passage' };
  if (!(await readyForPassages(pagefind, q, () => !current(), filters))) return;
  const found = await pagefind.search(q || null, { filters });
  if (found === null || !current()) return;
  mine.found.passages = found.results;
  for await (const data of resultSteps(found, RENDER_STEPS, () => !current())) {
    mine.data.passages = [...data];
    renderShown(mine);
  }
  if (!current()) return;
  // The counts for the reader's filters over both kinds: one search of the whole index without `kind`;
  // the query alone, before any filter: the whole index's (`kind` is one of the filters it leaves out).
  const counted = await pagefind.search(q || null, { filters: filtersOf(mine.state) });
  if (!current()) return;
  page.counts = { filters: counted?.filters ?? found.filters, totals: found.totalFilters ?? found.filters };
  showFacets();
  announceCounts(q, mine.people.length, mine.found.quotes.length, mine.found.passages.length);
}

/** Lists the results fetched so far; each group counts all its search found, with a button for more once shown. */
function renderShown(mine: Shown): void {
  const more = page.shown === mine ? (kind: Kind) => void showMore(mine, kind) : undefined;
  const listed = { people: mine.people, quotes: groupResults(mine.data.quotes).quotes, passages: groupResults(mine.data.passages).passages };
  renderResults(results, listed, { quotes: mine.found.quotes.length, passages: mine.found.passages.length, more });
}

/** The next MORE_RESULTS results of a group; the focus goes to the first of them (it was on the button, now gone). */
async function showMore(mine: Shown, kind: Kind): Promise<void> {
  const from = mine.data[kind].length;
  const more = await Promise.all(mine.found[kind].slice(from, from + MORE_RESULTS).map((r) => r.data()));
  if (page.shown !== mine) return;
  mine.data[kind] = [...mine.data[kind], ...more];
  renderShown(mine);
  const links = results.querySelectorAll<HTMLAnchorElement>(`section[aria-labelledby="results-${kind}"] a.result`);
  (links[from] ?? links[links.length - 1])?.focus();
}

// Busy until the latest state has rendered, passages too: assistive technology and tests wait for it.
const busy = { quotes: false, passages: false };
const setBusy = (stage: keyof typeof busy) => (b: boolean) => {
  busy[stage] = b;
  results.setAttribute('aria-busy', String(busy.quotes || busy.passages));
};
const update = latestOnly(search, setBusy('quotes'));
const addPassages = latestOnly(passages, setBusy('passages'));

input.value = page.state.q;
void page.people.then((m) => (page.matcher = m));
input.addEventListener('input', () => {
  setState({ q: clipQuery(input.value) });
  // What is listed is stale now: an earlier query's passages stop rather than replace what comes next.
  page.shown = undefined;
  // The people at once, from the index in memory, even while an earlier key's search is still running.
  const people = page.matcher ? peopleFor(page.state, page.matcher) : [];
  if (people.length > 0) renderResults(results, { people, quotes: [], passages: [] });
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  // The field as it is now, even if no input event told us (a value restored or filled in by the browser).
  setState({ q: clipQuery(input.value) });
});
for (const f of FACETS) {
  facetList(f).addEventListener('change', () => {
    setState({ [f.field]: [...facetList(f).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) });
  });
}
// The counts wait for the panel: drawn when it opens (on a phone it starts closed).
// A click on the summary (the keyboard's Enter and Space too) draws them before the panel opens; `toggle`
// comes a moment after it opens, for the other ways it opens.
facetBox.querySelector('summary')!.addEventListener('click', () => facetBox.open || drawCounts(true));
facetBox.addEventListener('toggle', () => drawCounts());
wireKeyboard(input, results);
document.documentElement.classList.add('search-ready');
void update();
