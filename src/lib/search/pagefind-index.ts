/**
 * The search index, written with Pagefind's Node API: the section pages as
 * passages (only their text: `data-pagefind-body`) and one record per quote,
 * into `<site>/pagefind/`; then the quotes alone, a second, small bundle in
 * `<site>/pagefind/quotes/` that answers first as the reader types (its chunks
 * hold no passage, so a common word's search there is a fraction of the whole
 * index's). Imports nothing of the content's code: scripts/build-site.ts runs
 * it in a process that holds only the quote records.
 */
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { urls } from '../site/urls.ts';

/**
 * The pages Pagefind reads: `/articles/<article>/<section>/` (and each article's `timeline/`, which the glob
 * cannot leave out). Only section pages carry data-pagefind-body, and Pagefind drops the pages without it
 * once one has it, but only when it writes the index: until then it holds every page it read, so the
 * article overviews (`/articles/<article>/`) are not read at all. The index is the same.
 */
export const INDEXED_PAGES = 'articles/*/*/index.html';
/**
 * jemalloc's settings for Pagefind's indexing service (its allocator, read from this variable, which the
 * service inherits): freed memory handed back at once (by default it stays resident for 10 s, and writing
 * the index frees and allocates hundreds of MB) and one arena instead of eight. At 1,000 articles the
 * service's peak went from 1.46–1.70 GiB to 1.29 GiB; the bytes written are the same.
 */
const PAGEFIND_MALLOC_CONF = 'narenas:1,dirty_decay_ms:0';
/** Quote records sent to Pagefind at once. */
const RECORD_BATCH = 256;

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
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
  // Read when the service starts (the first createIndex after a close()).
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_MALLOC_CONF;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.ann'] });
  if (!index || errors.length > 0) fail('createIndex', errors);
  return index;
}

/** `records` may still be being made (a promise): Pagefind reads the pages meanwhile, and takes the records after them. */
export async function buildSearchIndex(
  outDir: string,
  pending: readonly CustomRecord[] | Promise<readonly CustomRecord[]>,
): Promise<{ pages: number; quotes: number }> {
  // Marked as handled: a content error that comes while the pages are read is thrown below, not as an unhandled rejection.
  Promise.resolve(pending).catch(() => undefined);
  try {
    const index = await newIndex();
    // Only section pages (and timelines, see INDEXED_PAGES): reading the others (quote pages, citations…) is wasted.
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    const records = await pending;
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
