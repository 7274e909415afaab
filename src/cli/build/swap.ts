/**
 * Nothing lost on a failed build: the site is built into a temporary
 * folder and swapped into place (`dist/`) only when the build succeeds and
 * its output is complete. On failure the temporary folder is deleted and
 * the previous output is left exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Replaces `target` with `source` by renames (same file system): the old
 * target goes to `trash`, the source becomes the target, the trash is
 * deleted. If the second rename fails, the old target is put back.
 */
export function replaceDir(source: string, target: string, trash: string): void {
  if (!existsSync(source)) throw new Error(`${source} does not exist: nothing to swap into ${target}`);
  rmSync(trash, { recursive: true, force: true });
  mkdirSync(dirname(trash), { recursive: true });
  mkdirSync(dirname(target), { recursive: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, trash);
  try {
    renameSync(source, target);
  } catch (error) {
    if (hadTarget) renameSync(trash, target);
    throw error;
  }
  rmSync(trash, { recursive: true, force: true });
}

export interface BuildAndSwapOptions {
  /** The temporary folder the build writes into. */
  outDir: string;
  /** Where the finished build goes (`dist`). */
  target: string;
  /** Where the previous target goes while it is replaced. */
  trash: string;
  /** Runs the build into `outDir`; resolves to its exit code. */
  build: (outDir: string) => Promise<number>;
  /** Paths (relative to the output) a complete build has, e.g. `index.html`. */
  required?: readonly string[];
}

export interface BuildAndSwapResult {
  /** The exit code to exit with: the build's own, or 1 when its output is incomplete. */
  code: number;
  swapped: boolean;
  message: string;
}

/** Builds into `outDir` and, on success, swaps it into `target`; on failure deletes it. */
export async function buildAndSwap(options: BuildAndSwapOptions): Promise<BuildAndSwapResult> {
  const { outDir, target, trash } = options;
  const discard = () => rmSync(outDir, { recursive: true, force: true });
  discard();
  mkdirSync(dirname(outDir), { recursive: true });
  let code: number;
  try {
    code = await options.build(outDir);
  } catch (error) {
    discard();
    throw error;
  }
  if (code !== 0) {
    discard();
    return { code, swapped: false, message: `build failed (exit code ${code}): ${target}/ left as it was` };
  }
  const missing = (options.required ?? []).filter((path) => !existsSync(join(outDir, path)));
  if (!existsSync(outDir) || missing.length > 0) {
    const what = existsSync(outDir) ? `lacks ${missing.join(', ')}` : 'was not written';
    discard();
    return { code: 1, swapped: false, message: `the build exited 0 but its output ${what}: ${target}/ left as it was` };
  }
  try {
    replaceDir(outDir, target, trash);
  } catch (error) {
    discard();
    return { code: 1, swapped: false, message: `could not swap the build into ${target}/: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { code: 0, swapped: true, message: `build swapped into ${target}/` };
}
