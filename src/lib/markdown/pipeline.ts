/**
 * The Markdown pipeline of the site, in order. Astro's config, the fixture
 * tests and any script that renders content use this one list.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import type { Analyst, GlossaryEntry } from '../content/schema.ts';
import { urls } from '../site/urls.ts';
import { ANNOTATION, srOnly } from './hast.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';
import remarkDirectiveGuard from './remark-directive-guard.ts';
import remarkEditorialNotes from './remark-editorial-notes.ts';
import remarkGlossary from './remark-glossary.ts';
import remarkQuotes from './remark-quotes.ts';
import remarkSectionHeading from './remark-section-heading.ts';

export interface PipelineData {
  analysts: readonly Analyst[];
  glossary: readonly GlossaryEntry[];
}

export function remarkPlugins(data: PipelineData): PluggableList {
  return [
    remarkDirective,
    remarkSectionHeading,
    [remarkGlossary, { glossary: data.glossary }],
    [remarkQuotes, { analysts: data.analysts, analystHref: urls.analyst }],
    remarkEditorialNotes,
    remarkDirectiveGuard,
  ];
}

export function rehypePlugins(): PluggableList {
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
  ];
}
