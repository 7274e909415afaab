/**
 * `npm run build [-- <astro flags>]`: the site's build (scripts/build-site.ts:
 * `astro build`, incremental unless `--force`, then the Pagefind index in a process of its own)
 * into a temporary folder (`.work/build-<pid>`), swapped into `dist/` only
 * when both succeed. A failed build
 * leaves the previous `dist/` exactly as it was and exits with the build's
 * exit code.
 */
import { join, relative } from 'node:path';
import { buildAndSwap } from '../src/cli/build/swap.ts';
import { runNode } from '../src/cli/run-node.ts';
import { urls } from '../src/lib/site/urls.ts';

const repo = join(import.meta.dirname, '..');
const work = join(repo, '.work');
const buildSite = join(repo, 'scripts', 'build-site.ts');
const extra = process.argv.slice(2);
if (extra.some((arg) => arg === '--outDir' || arg.startsWith('--outDir='))) {
  console.error('build: --outDir is set by this script (the build goes to a temporary folder, then to dist/)');
  process.exit(1);
}

/** Builds on this Node, with this environment, its output streamed; resolves to its exit code. */
const runBuild = (outDir: string) => runNode([buildSite, outDir, ...extra], { cwd: repo, env: process.env });

const result = await buildAndSwap({
  outDir: join(work, `build-${process.pid}`),
  target: join(repo, 'dist'),
  trash: join(work, `dist-previous-${process.pid}`),
  build: runBuild,
  // Both search bundles (pagefind-index.ts: the whole index, and the quotes alone).
  required: ['index.html', ...[urls.searchIndex(), urls.quoteIndex()].map((dir) => `${dir.slice(1)}pagefind.js`)],
});
const where = (path: string) => relative(process.cwd(), path) || '.';
(result.code === 0 ? console.log : console.error)(`build: ${result.message.replaceAll(join(repo, 'dist'), where(join(repo, 'dist')))}`);
process.exit(result.code);
