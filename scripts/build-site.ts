/**
 * `node scripts/build-site.ts <outDir> [astro flags]`: the site's build in
 * two processes, one after the other: `astro build --outDir <outDir>` (incremental:
 * the pages whose content and code are unchanged since the last build are reused,
 * src/lib/site/cache-keys.ts; `--force` renders every page)
 * with the search-index integration told to leave the index (SEARCH_INDEX=
 * separate), then the Pagefind index in this process, once Astro has exited,
 * with the quote records made by a child process of their own while Pagefind
 * reads the pages (src/lib/search/records-process.ts). Astro's memory and
 * Pagefind's never add up: at 1,000 articles each needs well over 1 GiB. `npm run build` and the
 * benches build through here; `astro build` alone indexes in-process (the
 * determinism gate compares the two). Exit code: Astro's, else 1 when the
 * index fails.
 */
import { join } from 'node:path';
import { buildSearchIndex, SEPARATE } from '../src/lib/search/pagefind-index.ts';
import { recordsInChildProcess } from '../src/lib/search/records-process.ts';
import { contentRoot } from '../src/lib/content/root.ts';
import { runNode } from '../src/cli/run-node.ts';

const repo = join(import.meta.dirname, '..');
const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
const [outDir, ...extra] = process.argv.slice(2);
if (!outDir) {
  console.error('build-site: usage: node scripts/build-site.ts <outDir> [astro flags]');
  process.exit(2);
}

/**
 * Three native modules in Astro's process allocate through mimalloc (the
 * bundler Rolldown, Astro's compiler, and @napi-rs/canvas for the share
 * cards), which by default keeps memory it has freed: at 1,000 articles one
 * 1 GiB arena held 240 MB, most of it in transparent huge pages, while the
 * pages were written. Told to return freed memory at once and to commit an
 * arena only as it is used, the process stays about 250 MB smaller, for the
 * same CPU (README, Scale). Settings of the caller's own environment win.
 */
const BUNDLER_MALLOC = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

const code = await runNode([astro, 'build', '--outDir', outDir, ...extra], { cwd: repo, env: { ...BUNDLER_MALLOC, ...process.env, ...SEPARATE } });
if (code !== 0) process.exit(code);

const started = performance.now();
try {
  const { pages, quotes } = await buildSearchIndex(outDir, recordsInChildProcess(contentRoot()));
  console.log(
    `[analysis-reader:search-index] indexed ${pages} article page(s) (the section pages as passages) and ${quotes} quote(s) into ${outDir}/pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`[analysis-reader:search-index] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
