/** Small hast builders shared by the plugins: the pieces a reader sees around the author's text. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { MarginNote } from './nodes.ts';

/** Class on every element we add to the author's text: annotations, never source. */
export const ANNOTATION = 'ann';

/** Class of a margin note (and of the placeholder the plugins leave for rehype-margin-notes). */
export const NOTE = 'mn';

/** Text for screen readers only. */
export function srOnly(text: string): ElementContent {
  return h('span', { className: ['visually-hidden'] }, text);
}

/** A "link to this" control: a plain anchor to `#id`, focusable, its glyph out of the reading line (CSS). */
export function permalink(id: string, label: string, glyph = '#'): ElementContent {
  return h('a', { className: [ANNOTATION, 'permalink'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, glyph),
    srOnly(label),
  ]);
}

/**
 * A margin note's content, left where its marker belongs. rehype-margin-notes
 * numbers it, moves it out of quotations and adds its marker.
 */
export function marginNote(children: (ElementContent | string)[], className: string): Element {
  return h('span', { className: [ANNOTATION, NOTE, className] }, children);
}

/** The same note as an mdast node of type `type`, for the remark plugins (remark-rehype renders it as the note). */
export function marginNoteNode(children: (ElementContent | string)[], className: string): MarginNote {
  const note = marginNote(children, className);
  return { type: 'marginNote', data: { hName: 'span', hProperties: note.properties, hChildren: note.children } };
}
