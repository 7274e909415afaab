/**
 * rehype plugin, last of the pipeline: turns the margin notes the other
 * plugins left in the text (hast.ts `marginNote`) into a marker and a note.
 *
 * - A note never stands inside a quotation: notes inside a quote move after
 *   it, and notes followed by the rest of their word (`’s`, `-led`),
 *   closing quotation marks or punctuation (`”`, `,”`, `.`) move after
 *   them, as footnote numbers do.
 * - Notes side by side merge into one (one marker, each note a part of it).
 * - Notes are numbered in reading order; the marker is a superscript
 *   `<button popovertarget>` that opens its note in place on narrow screens
 *   without JavaScript (the note is a `popover`); wide screens float the
 *   notes into the margin beside their line (global.css).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { ANNOTATION, NOTE, srOnly } from './hast.ts';

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className : []);
const isNote = (n: ElementContent | Root): n is Element => n.type === 'element' && classes(n).includes(NOTE);
const isQuote = (n: ElementContent): n is Element => n.type === 'element' && classes(n).includes('quote');

/** Closing quotation marks and punctuation a note moves past (not an apostrophe starting a word: `’s`). */
const CLOSING = /^(?:[.,;:!?…]*[”"’»]+[.,;:!?…]*|[.,;:!?…]+)(?!\p{L})/u;
/** The rest of the word a note follows (`:term[CSTO]’s`, `CSTO-led`): the marker goes after the whole word. */
const WORD_REST = /^(?:[’'][\p{L}\p{N}]+|-?[\p{L}\p{N}]+)(?:[-’'][\p{L}\p{N}]+)*/u;

/** What a note moves past in the text after it: the rest of its word, then closing marks and punctuation. */
function tailOf(text: string): string {
  const word = WORD_REST.exec(text)?.[0] ?? '';
  return word + (CLOSING.exec(text.slice(word.length))?.[0] ?? '');
}

/** Takes every note inside `el` out of it, in order. */
function extractNotes(el: Element): Element[] {
  const found: Element[] = [];
  el.children = el.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (isNote(child)) found.push(child);
    else found.push(...extractNotes(child));
    return !isNote(child);
  });
  return found;
}

/** Notes inside quotes move right after their quote. */
function liftOutOfQuotes(tree: Root): void {
  visit(tree, 'element', (el: Element) => {
    for (let i = 0; i < el.children.length; i++) {
      const child = el.children[i]!;
      if (!isQuote(child)) continue;
      const notes = extractNotes(child);
      el.children.splice(i + 1, 0, ...notes);
    }
  });
}

/** A run of notes followed by the rest of a word, closing marks or punctuation moves after them. */
function movePastClosing(tree: Root): void {
  visit(tree, 'element', (el: Element) => {
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) {
      if (!isNote(kids[i]!) || (i > 0 && isNote(kids[i - 1]!))) continue;
      let end = i;
      while (end + 1 < kids.length && isNote(kids[end + 1]!)) end++;
      const next = kids[end + 1];
      const closing = next?.type === 'text' ? tailOf(next.value) : undefined;
      if (!closing) continue;
      const run = kids.slice(i, end + 1);
      const rest = (next as Text).value.slice(closing.length);
      const moved: ElementContent[] = [{ type: 'text', value: closing }, ...run];
      if (rest) moved.push({ type: 'text', value: rest });
      kids.splice(i, end - i + 2, ...moved);
      i += run.length;
    }
  });
}

const isGutterLink = (n: ElementContent) => n.type === 'element' && classes(n).includes(ANNOTATION) && classes(n).includes('permalink');
const isBlank = (n: ElementContent) => n.type === 'text' && n.value.trim() === '';

/**
 * Notes side by side (nothing of the author's between them) become one note
 * with one marker: two markers together would be too small to tap apart.
 * Each note is kept as a part (a span of its own classes) inside the first.
 */
function mergeAdjacent(tree: Root): void {
  visit(tree, 'element', (el: Element) => {
    const kids = el.children;
    for (let i = 0; i < kids.length; i++) {
      const first = kids[i]!;
      if (!isNote(first)) continue;
      const parts: Element[] = [first];
      let j = i + 1;
      const between: ElementContent[] = [];
      while (j < kids.length && (isNote(kids[j]!) || isGutterLink(kids[j]!) || isBlank(kids[j]!))) {
        if (isNote(kids[j]!)) parts.push(kids[j] as Element);
        else between.push(kids[j]!);
        j++;
      }
      if (parts.length === 1) continue;
      const merged = { ...first, properties: { className: [ANNOTATION, NOTE] }, children: parts.map((p) => ({ ...p, properties: { className: classes(p).filter((c) => c !== ANNOTATION && c !== NOTE) } })) };
      kids.splice(i, j - i, merged, ...between);
    }
  });
}

/** Numbers the notes in reading order and puts each one's marker before it. */
function numberNotes(tree: Root): void {
  let n = 0;
  visit(tree, 'element', (el: Element) => {
    for (let i = 0; i < el.children.length; i++) {
      const note = el.children[i]!;
      if (!isNote(note)) continue;
      n += 1;
      const id = `n${n}`;
      note.properties.id = id;
      note.properties.popover = 'auto';
      // The number leads the note (inside its first part, when it has parts).
      const first = note.children[0];
      const lead = first?.type === 'element' && first.tagName === 'span' && !classes(note).some((c) => c !== ANNOTATION && c !== NOTE) ? first : note;
      lead.children.unshift(h('sup', String(n)), { type: 'text', value: ' ' });
      const marker = h('button', { type: 'button', className: [ANNOTATION, 'mk'], popovertarget: id }, [srOnly('Note '), String(n)]);
      el.children.splice(i, 0, marker);
      i += 1;
    }
  });
}

export default function rehypeMarginNotes() {
  return (tree: Root) => {
    liftOutOfQuotes(tree);
    movePastClosing(tree);
    mergeAdjacent(tree);
    numberNotes(tree);
  };
}
