/**
 * Astro integration: after the build, indexes the site with Pagefind's Node
 * API — the section pages as passages (only their text: `data-pagefind-body`)
 * and one record per quote — and writes the index to `dist/pagefind/`.
 * Any Pagefind error fails the build. In dev, serves the last built index.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { formatErrors } from '../lib/content/errors.ts';
import { checkContentOnce } from '../lib/content/validate.ts';
import { quoteRecords } from '../lib/search/records.ts';

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export async function buildSearchIndex(outDir: string, contentRoot: string): Promise<{ pages: number; quotes: number }> {
  const { corpus, errors } = checkContentOnce(contentRoot);
  if (errors.length > 0) throw new Error(formatErrors(errors));
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.ann'] });
  if (!index || createErrors.length > 0) fail('createIndex', createErrors);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    const records = quoteRecords(corpus);
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) fail(`addCustomRecord ${record.url}`, result.errors);
    }
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    return { pages: added.page_count, quotes: records.length };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(options: { root: string }): AstroIntegration {
  return {
    name: 'analysis-reader:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const { pages, quotes } = await buildSearchIndex(outDir, options.root);
        logger.info(`indexed ${pages} passage page(s) and ${quotes} quote(s) into ${outDir}/pagefind/`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync('dist/pagefind')) {
          logger.warn('no search index yet: run "npm run build" once, then search works in dev too');
        }
        server.middlewares.use('/pagefind', sirv('dist/pagefind', { dev: true }));
      },
    },
  };
}
