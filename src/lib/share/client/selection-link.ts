/**
 * "Link to this passage": when the reader selects text in a section, a small
 * control offers a link that opens the page scrolled to that exact text — a
 * text fragment, `#:~:text=[prefix-,]start[,end][,-suffix]`
 * (https://wicg.github.io/scroll-to-text-fragment/) — and a "Copy link"
 * button where the Clipboard API is available.
 *
 * Loaded on demand by the section text's onpointerup/onkeyup attribute
 * (src/lib/share/selection-handler.ts), never on page load. Served as
 * /js/selection-link.js, compiled from this file by the build
 * (src/pages/js/selection-link.js.ts). Self-contained: no imports.
 * Keyboard: after selecting, Tab moves into the control; Escape closes it.
 */

// ---- Text directives (pure) ----------------------------------------------

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Percent-encodes a directive term: as a URI component, plus `-` (and `,`, `&`, which encodeURIComponent already encodes). */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `text=prefix-,start,end,-suffix`, each term encoded. */
export function directiveString(d: TextDirective): string {
  const parts = [d.prefix ? `${encodeTerm(d.prefix)}-` : '', encodeTerm(d.start), d.end ? encodeTerm(d.end) : '', d.suffix ? `-${encodeTerm(d.suffix)}` : ''];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/** The page's URL (without its fragment) with the text directive. */
export function fragmentUrl(pageUrl: string, d: TextDirective): string {
  return `${pageUrl.replace(/#.*$/, '')}#:~:${directiveString(d)}`;
}

const words = (text: string) => text.split(' ').filter(Boolean);
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Selections up to this many words are given whole; longer ones by their first and last words. */
export const EXACT_WORDS = 10;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * The directive for a selection: `blocks` is the selected text of each
 * block (paragraph, heading…) it covers, `before` and `after` the text of the
 * first and last block around it.
 */
export function chooseDirective(blocks: readonly string[], before: string, after: string): TextDirective | undefined {
  const texts = blocks.map(normalize).filter(Boolean);
  if (texts.length === 0) return undefined;
  const first = words(texts[0]!);
  const last = words(texts.at(-1)!);
  const prefix = words(normalize(before)).slice(-CONTEXT_WORDS).join(' ');
  const suffix = words(normalize(after)).slice(0, CONTEXT_WORDS).join(' ');
  const context = { ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
  // A term never crosses a block boundary: a selection over several blocks is given by its start and end.
  if (texts.length === 1 && first.length <= EXACT_WORDS) return { ...context, start: texts[0]! };
  return { ...context, start: first.slice(0, EDGE_WORDS).join(' '), end: last.slice(-EDGE_WORDS).join(' ') };
}

// ---- Reading the selection -----------------------------------------------

const WORD = /[\p{L}\p{N}]/u;
const CONTROL_CLASS = 'selection-link';

/** Moves the range's ends outwards to whole words (a text fragment matches whole words only). */
function toWordBoundaries(range: Range): void {
  const { startContainer: s, endContainer: e } = range;
  if (s.nodeType === Node.TEXT_NODE) {
    const text = s.textContent ?? '';
    let i = range.startOffset;
    while (i > 0 && i < text.length && WORD.test(text[i - 1]!) && WORD.test(text[i]!)) i -= 1;
    range.setStart(s, i);
  }
  if (e.nodeType === Node.TEXT_NODE) {
    const text = e.textContent ?? '';
    let i = range.endOffset;
    while (i > 0 && i < text.length && WORD.test(text[i - 1]!) && WORD.test(text[i]!)) i += 1;
    range.setEnd(e, i);
  }
}

const blockCache = new WeakMap<Element, boolean>();
function isBlock(el: Element): boolean {
  let known = blockCache.get(el);
  if (known === undefined) {
    const display = getComputedStyle(el).display;
    known = !display.startsWith('inline') && display !== 'contents' && display !== 'ruby';
    blockCache.set(el, known);
  }
  return known;
}

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (isBlock(el)) return el;
  return root;
}

/** The rendered text of `range` inside `root`, block by block (hidden text and our control left out). */
function textByBlock(range: Range, root: Element): { block: Element; text: string }[] {
  const out: { block: Element; text: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(`.${CONTROL_CLASS}`) || !parent.checkVisibility()) continue;
    const value = node.textContent ?? '';
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : value.length;
    const piece = value.slice(from, to);
    if (!piece) continue;
    const block = blockOf(node, root);
    const current = out.at(-1);
    if (current && current.block === block) current.text += piece;
    else out.push({ block, text: piece });
  }
  return out.filter((b) => b.text.trim() !== '');
}

function textBetween(root: Element, from: [Node, number] | Node, to: [Node, number] | Node): string {
  const r = document.createRange();
  if (Array.isArray(from)) r.setStart(from[0], from[1]);
  else r.setStart(from, 0);
  if (Array.isArray(to)) r.setEnd(to[0], to[1]);
  else r.setEnd(to, to.childNodes.length);
  return textByBlock(r, root)
    .map((b) => b.text)
    .join(' ');
}

/** The selection inside `article`, as a directive, with the range it describes. */
function readSelection(article: Element): { directive: TextDirective; range: Range } | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  // Keep the part inside the section text.
  const whole = document.createRange();
  whole.selectNodeContents(article);
  if (range.compareBoundaryPoints(Range.START_TO_START, whole) < 0) range.setStart(whole.startContainer, whole.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, whole) > 0) range.setEnd(whole.endContainer, whole.endOffset);
  if (range.collapsed) return undefined;
  toWordBoundaries(range);
  const blocks = textByBlock(range, article);
  if (blocks.length === 0) return undefined;
  const firstBlock = blocks[0]!.block;
  const lastBlock = blocks.at(-1)!.block;
  const before = textBetween(article, firstBlock, [range.startContainer, range.startOffset]);
  const after = textBetween(article, [range.endContainer, range.endOffset], lastBlock);
  const directive = chooseDirective(
    blocks.map((b) => b.text),
    before,
    after,
  );
  return directive ? { directive, range } : undefined;
}

// ---- The control ----------------------------------------------------------

const STYLES = `
.${CONTROL_CLASS} { position: absolute; z-index: 30; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center;
  max-width: min(26rem, calc(100vw - 1rem)); padding: 0.45rem 0.6rem; background: var(--bg, #fff); color: var(--fg, #000);
  border: 1px solid var(--rule, #ccc); border-radius: 6px; box-shadow: 0 3px 12px rgb(0 0 0 / 0.18); font: 0.9rem/1.4 var(--sans, sans-serif); }
.${CONTROL_CLASS}[hidden] { display: none; }
.${CONTROL_CLASS} button { font: inherit; padding: 0.15rem 0.55rem; border: 1px solid var(--accent, #1d4f91); border-radius: 4px;
  background: transparent; color: var(--accent, #1d4f91); cursor: pointer; }
.${CONTROL_CLASS} a:focus-visible, .${CONTROL_CLASS} button:focus-visible { outline: 3px solid var(--focus, #c2410c); outline-offset: 2px; }
.${CONTROL_CLASS} .${CONTROL_CLASS}-status { flex-basis: 100%; color: var(--muted, #555); font-size: 0.85em; }
.${CONTROL_CLASS} .${CONTROL_CLASS}-status:empty { display: none; }
`;

interface Control {
  root: HTMLElement;
  link: HTMLAnchorElement;
  copy: HTMLButtonElement | undefined;
  status: HTMLElement;
  /** Where focus was before Tab moved it into the control. */
  returnFocus: Element | null;
}

let control: Control | undefined;

function create(): Control {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const root = document.createElement('div');
  root.className = CONTROL_CLASS;
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', 'Link to the selected text');
  root.setAttribute('data-pagefind-ignore', '');
  root.hidden = true;
  const link = document.createElement('a');
  link.textContent = 'Link to the selected text';
  root.append(link);
  let copy: HTMLButtonElement | undefined;
  if ('clipboard' in navigator && typeof navigator.clipboard.writeText === 'function') {
    copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy link';
    root.append(copy);
  }
  const status = document.createElement('span');
  status.className = `${CONTROL_CLASS}-status`;
  status.setAttribute('role', 'status');
  root.append(status);

  const c: Control = { root, link, copy, status, returnFocus: null };
  copy?.addEventListener('click', () => {
    navigator.clipboard.writeText(link.href).then(
      () => (status.textContent = 'Link copied.'),
      () => (status.textContent = 'Could not copy: use the link instead.'),
    );
  });
  document.addEventListener('keydown', (event) => {
    if (root.hidden) return;
    if (event.key === 'Escape') {
      const inside = root.contains(document.activeElement);
      hide();
      if (inside && c.returnFocus instanceof HTMLElement) c.returnFocus.focus({ preventScroll: true });
      event.preventDefault();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !root.contains(document.activeElement)) {
      // Right after a selection, Tab goes to the control.
      c.returnFocus = document.activeElement;
      event.preventDefault();
      link.focus();
    }
  });
  document.addEventListener('selectionchange', () => {
    if (!root.hidden && getSelection()?.isCollapsed && !root.contains(document.activeElement)) hide();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!root.hidden && !root.contains(event.target as Node)) hide();
  });
  return c;
}

function hide(): void {
  if (!control) return;
  control.root.hidden = true;
  control.status.textContent = '';
}

function place(c: Control, article: Element, range: Range): void {
  const rects = range.getClientRects();
  const anchor = rects[rects.length - 1] ?? range.getBoundingClientRect();
  // In the section text, after the block the selection ends in: Tab order and screen readers find it there.
  let block: Node | null = range.endContainer;
  while (block && block.parentNode !== article) block = block.parentNode;
  const inPlace = c.root.parentNode === article && (block ? c.root.previousSibling === block : c.root.nextSibling === null);
  if (!inPlace) article.insertBefore(c.root, block ? block.nextSibling : null);
  c.root.hidden = false;
  const parent = (c.root.offsetParent ?? document.body).getBoundingClientRect();
  const width = c.root.offsetWidth;
  const left = Math.max(8, Math.min(anchor.left, document.documentElement.clientWidth - width - 8));
  c.root.style.left = `${left - parent.left}px`;
  c.root.style.top = `${anchor.bottom + 8 - parent.top}px`;
}

/** Called by the section text's handler after a pointer or key is released with text selected. */
export function offer(article: Element, event?: Event): void {
  // Events from the control itself, and the Escape that closed it, change nothing.
  if (control && event?.target instanceof Node && control.root.contains(event.target)) return;
  if (event instanceof KeyboardEvent && (event.key === 'Escape' || event.key === 'Tab')) return;
  const read = readSelection(article);
  if (!read) {
    hide();
    return;
  }
  control ??= create();
  const url = fragmentUrl(location.href, read.directive);
  control.link.href = url;
  const hint = event?.type === 'keyup' ? 'Link ready: press Tab to reach it, Escape to close.' : '';
  if (control.status.textContent !== hint) control.status.textContent = hint;
  place(control, article, read.range);
}
