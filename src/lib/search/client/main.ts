/**
 * The search page's script: loads Pagefind, searches as the reader types,
 * groups results into quotes and passages, offers the analyst facet with
 * counts, and keeps the state in the URL. Loaded only on /search/.
 */
import { groupResults, type PagefindData } from './results.ts';
import { clipQuery, FACETS, filtersOf, normalizeQuery, readState, valuesOf, writeState, type Facet, type SearchState } from './state.ts';
import { renderFacet, renderResults, wireKeyboard } from './ui.ts';

interface PagefindSearch {
  results: { data: () => Promise<PagefindData> }[];
  /** Counts within the current results (the analyst filter applied). */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query alone, before any filter. */
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const facetBox = document.querySelector<HTMLElement>('#facet-box')!;
/** Each facet's list of checkboxes (`#analyst-facet`, `#article-facet`, `#topic-facet`). */
const facetList = (facet: Facet) => document.querySelector<HTMLElement>(`#${facet.filter}-facet`)!;

let state: SearchState = readState(location.search);
let loading: Promise<Pagefind> | undefined;
/** Every value of every facet in the index, sorted. */
let all: Record<string, string[]> = {};
let run = 0;
/** How many results are shown after each round of fetching their data. */
const RENDER_STEPS = [1, 6, 30];

async function load(): Promise<Pagefind> {
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ excerptLength: 24 });
  await pf.init();
  const filters = await pf.filters();
  all = Object.fromEntries(FACETS.map((f) => [f.filter, Object.keys(filters[f.filter] ?? {}).sort((a, b) => a.localeCompare(b))]));
  // A facet with one value (one article, its topics) narrows nothing: it stays hidden.
  const single = (all.article ?? []).length < 2;
  for (const f of FACETS) {
    const fieldset = facetList(f).closest('fieldset')!;
    fieldset.hidden = f.filter !== 'analyst' && (single || (all[f.filter] ?? []).length < 2);
  }
  return pf;
}

function announce(text: string): void {
  status.textContent = text;
}

/** A search is running: a newer update waits for it, then searches once for the latest state. */
let running = false;
let again = false;

async function update(): Promise<void> {
  ++run;
  // Busy until the latest state has rendered: assistive technology and tests wait for it.
  results.setAttribute('aria-busy', 'true');
  // One search at a time: Pagefind answers them in turn, and on a large index (1,000 articles) a search
  // for a short prefix takes most of a second, so a search per keystroke queued up seconds of stale ones.
  // The running search stops at its next step once it is stale; then one search for the latest state.
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      await search(run);
    } while (again);
  } finally {
    running = false;
    results.setAttribute('aria-busy', 'false');
  }
}

async function search(mine: number): Promise<void> {
  const q = normalizeQuery(state.q);
  document.title = q ? `“${q}” – Search – Analysis Reader` : 'Search – Analysis Reader';
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  // One load, however many updates start before it finishes (the first one runs on page load).
  const pagefind = await (loading ??= load());
  if (mine !== run) return;
  // A value the index does not know (an old or edited link) would filter out everything, unseen in the facet.
  const before = writeState(state);
  for (const f of FACETS) {
    const known = valuesOf(state, f).filter((v) => (all[f.filter] ?? []).includes(v));
    state = { ...state, [f.field]: known };
  }
  if (writeState(state) !== before) history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  const filters = filtersOf(state);
  if (!q && !filters) {
    results.replaceChildren();
    for (const f of FACETS) renderFacet(facetList(f), f.filter, (all[f.filter] ?? []).map((name) => ({ name, count: 0, checked: false })));
    facetBox.hidden = true;
    announce('Type to search quotes and passages, or pick an analyst.');
    return;
  }
  // No debounce (a search on a small index takes a few milliseconds); a newer run makes this one stale (`mine`).
  const found = await pagefind.search(q || null, { filters });
  if (found === null || mine !== run) return;
  // The best result renders as soon as its data is in, then the first screenful, then the rest (up to 30):
  // each step fetches its results' data at once, and at 1,000 articles waiting for all of them cost the most.
  const data: PagefindData[] = [];
  for (const end of RENDER_STEPS) {
    const more = found.results.slice(data.length, end);
    if (more.length === 0 && end !== RENDER_STEPS[0]) break;
    data.push(...(await Promise.all(more.map((r) => r.data()))));
    if (mine !== run) return;
    const grouped = groupResults(data);
    renderResults(results, grouped.quotes, grouped.passages);
  }
  const { quotes, passages } = groupResults(data);
  // A facet's values are alternatives (any of them): in a facet with boxes checked, each count is what
  // that box would add, so it is not narrowed by those boxes (the current results would show 0 for the others).
  for (const f of FACETS) {
    const picked = valuesOf(state, f);
    const counts = (picked.length > 0 ? (found.totalFilters ?? found.filters) : found.filters)[f.filter] ?? {};
    renderFacet(facetList(f), f.filter, (all[f.filter] ?? []).map((name) => ({ name, count: counts[name] ?? 0, checked: picked.includes(name) })));
  }
  facetBox.hidden = false;
  const total = quotes.length + passages.length;
  const by = [
    state.analysts.length ? ` by ${state.analysts.join(' or ')}` : '',
    valuesOf(state, FACETS[1]).length ? ` in ${valuesOf(state, FACETS[1]).map((a) => `“${a}”`).join(' or ')}` : '',
    valuesOf(state, FACETS[2]).length ? ` on ${valuesOf(state, FACETS[2]).join(' or ')}` : '',
  ].join('');
  announce(
    total === 0
      ? q
        ? `No results for “${q}”${by}.`
        : `No results${by}.`
      : `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'} and ${passages.length} ${passages.length === 1 ? 'passage' : 'passages'}.`,
  );
}

input.value = state.q;
input.addEventListener('input', () => {
  state = { ...state, q: clipQuery(input.value) };
  void update();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  // The field as it is now, even if no input event told us (a value restored or filled in by the browser).
  state = { ...state, q: clipQuery(input.value) };
  void update();
});
for (const f of FACETS) {
  facetList(f).addEventListener('change', () => {
    state = { ...state, [f.field]: [...facetList(f).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) };
    void update();
  });
}
wireKeyboard(input, results);
document.documentElement.classList.add('search-ready');
void update();
