/** Small hast builders shared by the plugins: the pieces a reader sees around the author's text. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';

/** Class on every element we add to the author's text: annotations, never source. */
export const ANNOTATION = 'ann';

/** Text for screen readers only. */
export function srOnly(text: string): ElementContent {
  return h('span', { className: ['visually-hidden'] }, text);
}

/** A "link to this" control: a plain anchor to `#id`, visible and focusable. */
export function permalink(id: string, label: string, glyph = '#'): ElementContent {
  return h('a', { className: [ANNOTATION, 'permalink'], href: `#${id}` }, [
    h('span', { ariaHidden: 'true' }, glyph),
    srOnly(label),
  ]);
}
