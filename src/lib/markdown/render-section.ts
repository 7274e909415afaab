/**
 * A section's Markdown → HTML, with Astro's Markdown processor
 * (@astrojs/markdown-remark: remark-parse, our plugins, remark-rehype,
 * Astro's heading ids, rehype-raw, rehype-stringify) and the site's
 * pipeline. Each section page renders its own text here, once, when it is
 * built (the content layer keeps only frontmatter: lib/content/section-loader.ts).
 * A plugin's error (a broken directive…) throws, naming the file: the build stops.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { loadReferenceData } from '../content/reference-data.ts';
import { contentRoot } from '../content/root.ts';
import { markdownOptions } from './pipeline.ts';

let processor: Promise<MarkdownRenderer> | undefined;

/** `file`: the section's file (its path tells the plugins its article); `frontmatter`: its data (title, slug…), as Astro hands it to plugins. */
export async function renderSection(file: string, markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  processor ??= createMarkdownProcessor(markdownOptions(loadReferenceData(contentRoot())));
  const { code } = await (await processor).render(markdown, { fileURL: pathToFileURL(resolve(file)), frontmatter });
  return code;
}
