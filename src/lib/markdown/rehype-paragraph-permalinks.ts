/**
 * rehype plugin: gives every top-level paragraph a visible "link to this
 * paragraph" control, and an id where it has none (`p1`, `p2`, … in reading
 * order; in the site's pipeline, remark-permalink-ids has given each its
 * published id already).
 */
import type { Root } from 'hast';
import { permalink } from './hast.ts';

export interface RehypeParagraphPermalinksOptions {
  /** Prefix of the ids; `p` gives `p1`, `p2`, … */
  prefix?: string;
}

/** The id of the n-th (1-based) top-level paragraph of a section. */
export function paragraphId(n: number, prefix = 'p'): string {
  return `${prefix}${n}`;
}

export default function rehypeParagraphPermalinks(options: RehypeParagraphPermalinksOptions = {}) {
  const prefix = options.prefix ?? 'p';
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const id = paragraphId(n, prefix);
      node.properties.id ??= id;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, 'para'];
      node.children.push(permalink(String(node.properties.id), `Link to paragraph ${n}`, '¶'));
    }
  };
}
