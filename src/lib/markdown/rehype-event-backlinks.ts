/**
 * rehype plugin: a paragraph that mentions a dated event (directly, or
 * through a quote inside it) links back to that event on the page's
 * timeline (`#event-<id>`), with the date in words inside <time> (the
 * event's label as its title), in a margin note at the paragraph's end.
 * Run after rehype-paragraph-permalinks (it reads the paragraph ids).
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { marginNote } from './hast.ts';

export interface EventBacklink {
  /** The paragraph or quote id that mentions the event. */
  anchor: string;
  eventId: string;
  label: string;
  date: { text: string; datetime: string | undefined };
}

export interface RehypeEventBacklinksOptions {
  /** The events the rendered file mentions. */
  backlinks: (file: VFile) => readonly EventBacklink[];
}

/** The id of an event's entry in a page's timeline. */
export const eventAnchor = (eventId: string) => `event-${eventId}`;

function idsWithin(node: Element): Set<string> {
  const ids = new Set<string>();
  visit(node, 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  return ids;
}

export default function rehypeEventBacklinks(options: RehypeEventBacklinksOptions) {
  return (tree: Root, file: VFile) => {
    const backlinks = options.backlinks(file);
    if (backlinks.length === 0) return;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const ids = idsWithin(node);
      const seen = new Set<string>();
      const links: ElementContent[] = [];
      for (const link of backlinks) {
        if (!ids.has(link.anchor) || seen.has(link.eventId)) continue;
        seen.add(link.eventId);
        links.push(
          h('a', { href: `#${eventAnchor(link.eventId)}`, className: ['event-ref'], title: link.label }, [
            h('time', link.date.datetime ? { dateTime: link.date.datetime } : {}, link.date.text),
          ]),
        );
      }
      if (links.length === 0) continue;
      node.children.push(marginNote([h('b', 'On the timeline:'), ' ', ...links.flatMap((l, i) => (i > 0 ? ['; ', l] : [l]))], 'event-refs'));
    }
  };
}
