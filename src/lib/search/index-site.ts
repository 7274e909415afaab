/**
 * Astro integration: after the build, indexes the site with Pagefind's Node
 * API — the section pages as passages (only their text: `data-pagefind-body`)
 * and one record per quote — and writes the index to `dist/pagefind/`; then
 * the quotes alone, a second, small bundle in `dist/pagefind/quotes/` that
 * answers first as the reader types (its chunks hold no passage, so a common
 * word's search there is a fraction of the whole index's).
 * Any Pagefind error fails the build. In dev, serves the last built index.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import sirv from 'sirv';
import { formatErrors } from '../content/errors.ts';
import { checkContent, checkContentOnce } from '../content/validate.ts';
import { urls } from '../site/urls.ts';
import { quoteRecords } from './records.ts';

/** The pages Pagefind reads: the articles' (section pages carry data-pagefind-body; no other page does). */
export const INDEXED_PAGES = 'articles/**/*.html';
/** Quote records sent to Pagefind at once. */
const RECORD_BATCH = 256;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

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

/** Adds `records` to `index`, in batches sent without waiting for each answer. */
async function addRecords(index: pagefind.PagefindIndex, records: readonly CustomRecord[]): Promise<void> {
  // One round trip to Pagefind's process per record cost more than the indexing itself. Requests are
  // answered in order, so the index is the same.
  for (let start = 0; start < records.length; start += RECORD_BATCH) {
    const batch = records.slice(start, start + RECORD_BATCH);
    const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    results.forEach((result, i) => {
      if (result.errors.length > 0) fail(`addCustomRecord ${batch[i]!.url}`, result.errors);
    });
  }
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.ann'] });
  if (!index || errors.length > 0) fail('createIndex', errors);
  return index;
}

export async function buildSearchIndex(outDir: string, records: readonly CustomRecord[]): Promise<{ pages: number; quotes: number }> {
  try {
    const index = await newIndex();
    // Only article pages: the section pages are the only ones with data-pagefind-body (Pagefind skips
    // pages without it once any page has it), so reading the others (quote pages, citations…) is wasted.
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    await addRecords(index, records);
    const written = await index.writeFiles({ outputPath: `${outDir}${urls.searchIndex()}` });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    await index.deleteIndex();
    // Written after the whole index, inside its directory: that write never touches this one.
    const quotes = await newIndex();
    await addRecords(quotes, records);
    const quotesWritten = await quotes.writeFiles({ outputPath: `${outDir}${urls.quoteIndex()}` });
    if (quotesWritten.errors.length > 0) fail('writeFiles (quotes)', quotesWritten.errors);
    return { pages: added.page_count, quotes: records.length };
  } finally {
    await pagefind.close();
  }
}

/** The environment that tells the integration to leave the index to scripts/build-site.ts (a process of its own). */
export const SEPARATE = { SEARCH_INDEX: 'separate' } as const;

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
