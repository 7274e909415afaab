/**
 * The Markdown pipeline of the site, in order. Astro's config, the fixture
 * tests and any script that renders content use this one list.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { AstroMarkdownOptions, RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { GlossaryEntry, Permalinks, Person } from '../content/schema.ts';
import { urls } from '../site/urls.ts';
import { remarkLiteralColons } from './directives.ts';
import { ANNOTATION, srOnly } from './hast.ts';
import type { VFile } from 'vfile';
import type { ArticleEvent } from '../content/reference-data.ts';
import { describeEdtf } from '../dates.ts';
import rehypeEventBacklinks, { type EventBacklink } from './rehype-event-backlinks.ts';
import rehypeMarginNotes from './rehype-margin-notes.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';
import remarkDirectiveGuard from './remark-directive-guard.ts';
import remarkEditorialNotes from './remark-editorial-notes.ts';
import remarkGlossary from './remark-glossary.ts';
import remarkPermalinkIds from './remark-permalink-ids.ts';
import remarkQuotes from './remark-quotes.ts';
import remarkSectionHeading from './remark-section-heading.ts';

export interface PipelineData {
  people: readonly Person[];
  glossary: readonly GlossaryEntry[];
  events: readonly ArticleEvent[];
  /** Each published article's permalinks.yaml, by article slug. */
  permalinks?: ReadonlyMap<string, Permalinks>;
}

/** The article of a section file, from its path (`…/articles/<article>/sections/…`). */
function articleOf(file: VFile): string | undefined {
  return /[\\/]articles[\\/]([^\\/]+)[\\/]sections[\\/]/.exec(file.path ?? '')?.[1];
}

/** A section file's record in its article's permalinks.yaml: its article from the file's path, its section from the frontmatter slug. */
export function sectionRecord(permalinks: ReadonlyMap<string, Permalinks> = new Map()) {
  return (file: VFile) => {
    const slug = (file.data.astro as { frontmatter?: { slug?: unknown } } | undefined)?.frontmatter?.slug;
    return permalinks.get(articleOf(file) ?? '')?.sections.find((s) => s.slug === slug);
  };
}

/** The events a section file mentions: its article from the file's path, its section from the frontmatter. */
export function sectionBacklinks(events: readonly ArticleEvent[]) {
  // Indexed once by article: each section looks up its own article's events, not every event of the corpus.
  const byArticle = Map.groupBy(events, (e) => e.article);
  return (file: VFile): EventBacklink[] => {
    const article = articleOf(file);
    const section = (file.data.astro as { frontmatter?: { slug?: unknown } } | undefined)?.frontmatter?.slug;
    return (byArticle.get(article ?? '') ?? [])
      .flatMap((e) =>
        e.mentions
          .filter((m) => m.section === section)
          .map((m) => ({ anchor: m.anchor, eventId: e.id, label: e.label, date: describeEdtf(e.date) })),
      );
  };
}

export function remarkPlugins(data: PipelineData): RemarkPlugins {
  return [
    remarkDirective,
    remarkLiteralColons,
    remarkSectionHeading,
    [remarkPermalinkIds, { recorded: sectionRecord(data.permalinks) }],
    [remarkGlossary, { glossary: data.glossary }],
    [remarkQuotes, { people: data.people, personHref: urls.person, quoteHref: urls.quotePage }],
    remarkEditorialNotes,
    remarkDirectiveGuard,
  ];
}

export function rehypePlugins(data: Pick<PipelineData, 'events'>): RehypePlugins {
  return [
    rehypeSlug,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        properties: { className: [ANNOTATION, 'permalink'] },
        content: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] }, srOnly('Link to this heading')],
      },
    ],
    rehypeParagraphPermalinks,
    [rehypeEventBacklinks, { backlinks: sectionBacklinks(data.events) }],
    rehypeMarginNotes,
  ];
}

/**
 * The options of the site's Markdown processor (lib/markdown/render-section.ts):
 * our plugins, and the author's text kept as it is (no GFM, no smart quotes,
 * no syntax highlighting).
 */
export function markdownOptions(data: PipelineData): AstroMarkdownOptions {
  return { remarkPlugins: remarkPlugins(data), rehypePlugins: rehypePlugins(data), gfm: false, smartypants: false, syntaxHighlight: false };
}
