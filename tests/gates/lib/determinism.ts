/**
 * Gate 6: determinism. Two builds of the same sources must be byte for byte
 * the same: every file's sha256, compared.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_OFF } from '../../../src/lib/build/artifact-cache.ts';
import { listFiles, REPO_ROOT } from '../../support/html.ts';

/** Every file under `dir` (relative, forward slashes) → its sha256. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/** The differences between two trees, one line each: only in one, or different content. */
export function diffTrees(a: string, b: string): string[] {
  const [ha, hb] = [hashTree(a), hashTree(b)];
  const out: string[] = [];
  for (const [file, hash] of ha) {
    if (!hb.has(file)) out.push(`only in ${a}: ${file}`);
    else if (hb.get(file) !== hash) out.push(`differs: ${file}`);
  }
  for (const file of hb.keys()) if (!ha.has(file)) out.push(`only in ${b}: ${file}`);
  return out;
}

/**
 * A build into `outDir` by `astro build` alone, on this Node: the search
 * index made in Astro's process (`npm run build` makes it in a process of its
 * own, scripts/build-site.ts: the same files, compared here), with the build
 * cache off: every share card and citation made afresh, so that they are
 * compared too (and the cache's entries with them). Clean (`--force`, every
 * page rendered) unless `clean: false`: then Astro's incremental build reuses
 * the pages of the last build in its cache folder. `env`: more environment
 * (CONTENT_DIR, ASTRO_CACHE_DIR). Returns Astro's exit code and its output.
 */
export function buildInto(outDir: string, options: { clean?: boolean; env?: Record<string, string> } = {}): { code: number; output: string } {
  const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [astro, 'build', ...(options.clean === false ? [] : ['--force']), '--outDir', outDir];
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, BUILD_CACHE_DIR: CACHE_OFF, ...options.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}
