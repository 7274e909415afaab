/**
 * The content layer's loader for section files: their frontmatter only.
 * Astro's glob loader would also render every section's Markdown into its
 * data store, which the build then inlines as one module: at 1,000 articles
 * (6,000 sections) that rendering was most of the content sync, and the
 * module most of the build's memory. The site renders each section when it
 * builds that section's page (lib/markdown/render-section.ts), from the file
 * named by the entry's `filePath`.
 */
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatErrors, type ContentError } from './errors.ts';
import { articleDirs, loadArticleSections, type LoadedSection } from './load.ts';
import { contentLayout } from './schema.ts';

/** Every section file under `root`, with the id `<article>/<slug>`. */
function sectionsOf(root: string): { id: string; section: LoadedSection }[] {
  const errors: ContentError[] = [];
  const found: { id: string; section: LoadedSection }[] = [];
  for (const dir of articleDirs(root)) {
    const article = basename(dir);
    const { value, errors: sectionErrors } = loadArticleSections(dir);
    errors.push(...sectionErrors);
    found.push(...value.map((section) => ({ id: `${article}/${section.data.slug}`, section })));
  }
  // The content check (integrations/content-check.ts) has reported these with the rest before; in dev, say it again.
  if (errors.length > 0) throw new Error(formatErrors(errors));
  return found;
}

export function sectionFiles(root: string): Loader {
  return {
    name: 'analysis-reader:section-files',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const projectRoot = fileURLToPath(config.root);
      const sync = async () => {
        const entries = sectionsOf(root);
        store.clear();
        for (const { id, section } of entries) {
          const data = await parseData({ id, data: section.data });
          store.set({ id, data, filePath: relative(projectRoot, section.file), digest: generateDigest({ data: section.data, body: section.body }) });
        }
      };
      await sync();
      // In dev, a section added, changed or removed: load them again (a page reads its text from the file itself).
      const articlesDir = `${relative(projectRoot, root)}/${contentLayout.articles}/`;
      watcher?.on('all', (_event, path) => {
        if (!relative(projectRoot, path).startsWith(articlesDir) || !path.endsWith('.md')) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
