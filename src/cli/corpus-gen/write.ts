/**
 * Writes a generated corpus to disk, guarded: never into the real content
 * root (`content/`, or anything inside it or containing it), and into a
 * folder that already holds files only with `force` (then the previously
 * generated files — articles/, people.yaml, glossary.yaml — are replaced).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { contentLayout } from '../../lib/content/schema.ts';

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function real(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(real(parent), abs.slice(parent.length + 1));
}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

/** Why `outDir` may not receive a generated corpus, or undefined when it may. */
export function refuseOutDir(outDir: string, protectedDirs: readonly string[], force: boolean): string | undefined {
  const out = real(outDir);
  for (const dir of protectedDirs) {
    const guarded = real(dir);
    if (inside(out, guarded)) return `refusing to write into ${outDir}: it is inside the real content root ${dir}/. Choose a folder outside it (e.g. .work/corpus-100).`;
    if (inside(guarded, out)) return `refusing to write into ${outDir}: it contains the real content root ${dir}/. Choose a folder of its own (e.g. .work/corpus-100).`;
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !force) {
    return `${outDir} is not empty: pass --force to replace a corpus generated there before.`;
  }
  return undefined;
}

/** Writes `files` (relative path → text) under `outDir`; throws with refuseOutDir's reason when it must not. */
export function writeCorpus(outDir: string, files: ReadonlyMap<string, string>, options: { protectedDirs: readonly string[]; force?: boolean }): number {
  const reason = refuseOutDir(outDir, options.protectedDirs, options.force ?? false);
  if (reason) throw new Error(reason);
  const out = resolve(outDir);
  // analysts.yaml: what the generator wrote before the people registry.
  for (const generated of [contentLayout.articles, contentLayout.people, 'analysts.yaml', contentLayout.glossary]) rmSync(join(out, generated), { recursive: true, force: true });
  const dirs = new Set<string>();
  for (const path of files.keys()) dirs.add(dirname(join(out, path)));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const [path, text] of files) writeFileSync(join(out, path), text);
  return files.size;
}
