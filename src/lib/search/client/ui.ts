/** Renders search results and the analyst facet with DOM APIs only (text nodes, never HTML strings). */
import type { Person } from './people.ts';
import type { PassageResult, QuoteResult } from './results.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A group of results: its heading counts all it has (`total`), of which `items` are shown; a button shows more. */
function group(id: string, title: string, items: HTMLElement[], total: number, more: (() => void) | undefined): HTMLElement {
  const section = el(
    'section',
    { class: 'result-group', 'aria-labelledby': id },
    el('h2', { id }, `${title} `, el('span', { class: 'count' }, `(${Math.max(total, items.length)})`)),
    el('ol', { class: 'results' }, ...items),
  );
  const left = total - items.length;
  if (more && left > 0) {
    const what = left === 1 ? title.toLowerCase().replace(/s$/, '') : title.toLowerCase();
    const label = left <= MORE_RESULTS ? `Show ${left} more ${what}` : `Show ${MORE_RESULTS} more ${what} (${left} not shown)`;
    const button = el('button', { type: 'button', class: 'more-results' }, label);
    button.addEventListener('click', more);
    section.append(button);
  }
  return section;
}

/** How many more results the "Show more" button of a group adds. */
export const MORE_RESULTS = 30;

/** Each group's total, and what its "Show more" button does (none: everything is shown). */
export interface ResultTotals {
  quotes: number;
  passages: number;
  more?: (kind: 'quotes' | 'passages') => void;
}

/** What a result shows, wherever it is listed (the search page's links, the header field's options). */
export function quoteContent(r: QuoteResult): Node[] {
  return [el('span', { class: 'r-who' }, r.who), el('q', { class: 'r-quote' }, r.quote), el('span', { class: 'r-where' }, `${r.section} · ${r.article}`)];
}

export function passageContent(r: PassageResult): Node[] {
  const excerpt = el('span', { class: 'r-excerpt' });
  for (const part of r.excerpt) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  return [el('span', { class: 'r-title' }, r.title), excerpt, el('span', { class: 'r-where' }, r.article)];
}

export function personContent(p: Person): Node[] {
  return [el('span', { class: 'r-who' }, p.name), el('span', { class: 'r-where' }, `${p.quotes} ${p.quotes === 1 ? 'quote' : 'quotes'}`)];
}

/** What the search page lists, in this order: the people whose name matches, their quotes and others', the passages. */
export interface ResultGroups {
  people: Person[];
  quotes: QuoteResult[];
  passages: PassageResult[];
}

export function renderResults(target: HTMLElement, { people, quotes, passages }: ResultGroups, totals?: ResultTotals): void {
  const groups: HTMLElement[] = [];
  const link = (href: string, kind: string, content: Node[]) => el('li', {}, el('a', { href, class: `result result-${kind}` }, ...content));
  const more = (kind: 'quotes' | 'passages') => (totals?.more ? () => totals.more!(kind) : undefined);
  if (people.length > 0) groups.push(group('results-people', 'People', people.map((p) => link(p.url, 'person', personContent(p))), people.length, undefined));
  if (quotes.length > 0) groups.push(group('results-quotes', 'Quotes', quotes.map((r) => link(r.url, 'quote', quoteContent(r))), totals?.quotes ?? 0, more('quotes')));
  if (passages.length > 0) groups.push(group('results-passages', 'Passages', passages.map((r) => link(r.url, 'passage', passageContent(r))), totals?.passages ?? 0, more('passages')));
  // The results are drawn again as more come in: a reader who has moved into them keeps their place.
  const focused = document.activeElement instanceof HTMLAnchorElement && target.contains(document.activeElement) ? document.activeElement.getAttribute('href') : null;
  target.replaceChildren(...groups);
  if (focused !== null) [...target.querySelectorAll<HTMLAnchorElement>('a.result')].find((a) => a.getAttribute('href') === focused)?.focus();
}

export interface FacetValue {
  name: string;
  count: number;
  checked: boolean;
}

/**
 * Renders the facet's checkboxes. When the same analysts are already listed,
 * only the counts and checked states change: replacing the inputs would drop
 * the focus of a reader toggling them from the keyboard.
 */
export function renderFacet(target: HTMLElement, name: string, values: FacetValue[]): void {
  const inputs = [...target.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  if (inputs.length === values.length && inputs.every((input, i) => input.value === values[i]!.name)) {
    values.forEach((v, i) => {
      inputs[i]!.checked = v.checked;
      inputs[i]!.closest('li')!.classList.toggle('facet-none', v.count === 0 && !v.checked);
      const count = target.querySelector(`label[for="${inputs[i]!.id}"] .count`);
      if (count) count.textContent = `(${v.count})`;
    });
    return;
  }
  const items = values.map((v, i) =>
    el(
      'li',
      v.count === 0 && !v.checked ? { class: 'facet-none' } : {},
      el('input', { type: 'checkbox', id: `${name}-facet-${i}`, name, value: v.name, ...(v.checked ? { checked: '' } : {}) }),
      el('label', { for: `${name}-facet-${i}` }, `${v.name} `, el('span', { class: 'count' }, `(${v.count})`)),
    ),
  );
  target.replaceChildren(...items);
}

/** A facet with more values than this gets a field to find one by name (an article facet with hundreds of titles). */
export const FIND_FROM = 12;

/** A field above the facet's list that shows only the values containing what is typed (once; kept while the list changes). */
export function offerFind(list: HTMLElement, legend: string, count: number): void {
  const existing = list.previousElementSibling?.matches('.facet-find') ? list.previousElementSibling : null;
  if (count <= FIND_FROM) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const id = `${list.id}-find`;
  const field = el('input', { type: 'search', id, autocomplete: 'off', 'aria-controls': list.id });
  field.addEventListener('input', () => {
    const words = field.value.trim().toLowerCase();
    for (const li of list.children) (li as HTMLElement).hidden = words !== '' && !(li.textContent ?? '').toLowerCase().includes(words);
  });
  list.before(el('p', { class: 'facet-find' }, el('label', { for: id }, `Find ${legend.toLowerCase()}`), field));
}

/** Arrow keys move between the input and the result links; Escape returns to the input. */
export function wireKeyboard(input: HTMLInputElement, results: HTMLElement): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a.result')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length > 0) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  results.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) all[i + 1]!.focus();
    else if (e.key === 'ArrowUp') (i > 0 ? all[i - 1]! : input).focus();
    else if (e.key === 'Escape') input.focus();
    else return;
    e.preventDefault();
  });
}
