/**
 * remark plugin: the ids a reader links to. Each top-level paragraph and
 * heading of the section gets its published id (lib/permalinks/resolve.ts:
 * the id recorded in permalinks.yaml for its text, else one derived from the
 * text), and each former fragment of the section (a removed or revised
 * passage, a renamed quote or slug) an empty anchor just before the block it
 * now lands on; a revised one shows a note when it is the link's target
 * (`.former-anchor.revised:target`, global.css). Runs after
 * remark-section-heading, whose heading already carries the section's slug.
 */
import type { Heading, Nodes, Paragraph, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { FormerAnchor, PublishedSection } from '../content/schema.ts';
import { blockOf } from '../content/scan.ts';
import { resolveSectionIds } from '../permalinks/resolve.ts';

declare module 'mdast' {
  /** An old fragment of the section, kept as an empty anchor where it now lands. */
  interface FormerAnchorNode extends Node {
    type: 'formerAnchor';
    data: { hName: 'span'; hProperties: { id: string; className: string[] } };
  }
  interface RootContentMap {
    formerAnchor: FormerAnchorNode;
  }
  interface PhrasingContentMap {
    formerAnchor: FormerAnchorNode;
  }
}

export interface RemarkPermalinkIdsOptions {
  /** The section's record in its article's permalinks.yaml, if it has one. */
  recorded?: (file: VFile) => PublishedSection | undefined;
}

function anchorNode(anchor: FormerAnchor) {
  return {
    type: 'formerAnchor' as const,
    data: { hName: 'span' as const, hProperties: { id: anchor.id, className: anchor.revised ? ['former-anchor', 'revised'] : ['former-anchor'] } },
  };
}

const idOf = (node: Nodes) => (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.id as string | undefined;

function setId(node: Paragraph | Heading, id: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}

export default function remarkPermalinkIds(options: RemarkPermalinkIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const slug = (file.data.astro as { frontmatter?: { slug?: unknown } } | undefined)?.frontmatter?.slug;
    const sectionHeading = tree.children.find((n): n is Heading => n.type === 'heading' && idOf(n) !== undefined);
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading' && n !== sectionHeading);
    const ids = resolveSectionIds(
      { slug: typeof slug === 'string' ? slug : '', paragraphs: paragraphs.map(blockOf), headings: headings.map(blockOf) },
      options.recorded?.(file),
    );
    paragraphs.forEach((p, i) => setId(p, ids.paragraphs[i]!));
    headings.forEach((h, i) => setId(h, ids.headings[i]!));
    if (ids.anchors.length === 0) return;
    const landing = new Map<string, FormerAnchor[]>();
    for (const a of ids.anchors) landing.set(a.to, [...(landing.get(a.to) ?? []), a]);
    // Before the block (or the quote) each lands on, in the order of the record.
    visit(tree, (node: Nodes, index, parent) => {
      if (!parent || index === undefined) return;
      const id = node.type === 'textDirective' ? (node.name === 'quote' ? (node.attributes?.id ?? undefined) : undefined) : idOf(node);
      const here = id ? landing.get(id) : undefined;
      if (!here) return;
      landing.delete(id!);
      (parent as Parent).children.splice(index, 0, ...(here.map(anchorNode) as never[]));
      return index + here.length + 1;
    });
  };
}
