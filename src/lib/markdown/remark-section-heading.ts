/**
 * remark plugin: puts the section's title (from its frontmatter) at the top
 * of the section as its heading, with the section's stable slug as the id,
 * so the heading is part of the rendered text and linkable like any other.
 * A section the source leaves untitled says so beside our title.
 */
import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { ANNOTATION } from './hast.ts';

export interface RemarkSectionHeadingOptions {
  /** Heading rank: 1 when the section is the page's main content. */
  depth?: 1 | 2 | 3;
}

interface SectionFrontmatter {
  title?: unknown;
  slug?: unknown;
  untitled?: unknown;
}

/** Astro hands the frontmatter to plugins at `file.data.astro.frontmatter`. */
function frontmatterOf(file: VFile): SectionFrontmatter | undefined {
  const astro = file.data.astro as { frontmatter?: SectionFrontmatter } | undefined;
  return astro?.frontmatter;
}

export default function remarkSectionHeading(options: RemarkSectionHeadingOptions = {}) {
  const depth = options.depth ?? 1;
  return (tree: Root, file: VFile) => {
    const fm = frontmatterOf(file);
    if (typeof fm?.title !== 'string') return;
    const children: RootContent[] = [];
    const heading = {
      type: 'heading',
      depth,
      data: { hProperties: typeof fm.slug === 'string' ? { id: fm.slug } : {} },
      children: [{ type: 'text', value: fm.title }],
    } as RootContent;
    children.push(heading);
    if (fm.untitled === true) {
      (heading as { children: unknown[] }).children.push({
        type: 'untitledNote',
        data: {
          hName: 'span',
          hProperties: { className: [ANNOTATION, 'untitled-note'] },
          hChildren: [h('span', ' (untitled in the original)')],
        },
        children: [],
      });
    }
    tree.children.unshift(...children);
  };
}
