/**
 * Astro integration: after the build, writes the search index
 * (src/lib/search/pagefind-index.ts) to `dist/pagefind/`, with the quote
 * records of the build's own reading of the content; or leaves it to
 * scripts/build-site.ts (SEPARATE). Any Pagefind error fails the build. In
 * dev, serves the last built index.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CustomRecord } from 'pagefind';
import sirv from 'sirv';
import { formatErrors } from '../content/errors.ts';
import { checkContent, checkContentOnce } from '../content/validate.ts';
import { buildSearchIndex, SEPARATE } from './pagefind-index.ts';
import { quoteRecords } from './records.ts';

/**
 * The quote records of the content under `root` (content errors stop here). `shared`: take the build's own
 * reading of the content (Astro's process, where the content check made it); else read it afresh and keep
 * nothing but the records (a process of its own, whose memory Pagefind then has to itself).
 */
export function contentRecords(root: string, shared: boolean): CustomRecord[] {
  const { corpus, scans, errors } = shared ? checkContentOnce(root) : checkContent(root);
  if (errors.length > 0) throw new Error(formatErrors(errors));
  return quoteRecords(corpus, scans);
}

export default function searchIndex(options: { root: string }): AstroIntegration {
  return {
    name: 'analysis-reader:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === SEPARATE.SEARCH_INDEX) {
          logger.info('the search index is built next, in a process of its own (scripts/build-site.ts)');
          return;
        }
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const { pages, quotes } = await buildSearchIndex(outDir, contentRecords(options.root, true));
        logger.info(`indexed ${pages} article page(s) (the section pages as passages) and ${quotes} quote(s) into ${outDir}/pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
