/**
 * Writing a draft article without ever leaving it half-written: the files
 * go into a staging content root inside the content root (same file
 * system), with copies of analysts.yaml and glossary.yaml; checkContent()
 * validates that; only then is the article folder renamed into
 * `<root>/articles/<slug>/`. On any failure the staging folder is removed
 * and the content root is as it was.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentError } from '../../lib/content/errors.ts';
import { contentLayout } from '../../lib/content/schema.ts';
import { checkContent } from '../../lib/content/validate.ts';

export interface WriteOptions {
  root: string;
  slug: string;
  /** File contents by path relative to the article folder. */
  files: ReadonlyMap<string, string>;
  force: boolean;
  /** Names the staging folder (default: this process's id). */
  tag?: string | number;
}

export type WriteResult =
  | { ok: true; target: string; replaced: boolean }
  | { ok: false; message: string; errors?: ContentError[] };

export function articleDir(root: string, slug: string): string {
  return join(root, contentLayout.articles, slug);
}

export function existsMessage(target: string): string {
  return `${target} already exists: not overwriting it (use --force to replace the whole folder)`;
}

export function writeDraft(options: WriteOptions): WriteResult {
  const { root, slug, files, force } = options;
  const target = articleDir(root, slug);
  if (existsSync(target) && !force) return { ok: false, message: existsMessage(target) };
  const staging = join(root, `.ingest-${slug}-${options.tag ?? process.pid}`);
  const staged = articleDir(staging, slug);
  const displaced = join(staging, 'replaced');
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staged, path)), { recursive: true });
      writeFileSync(join(staged, path), text);
    }
    for (const name of [contentLayout.analysts, contentLayout.glossary]) {
      if (existsSync(join(root, name))) copyFileSync(join(root, name), join(staging, name));
    }
    const { errors } = checkContent(staging);
    if (errors.length > 0) {
      return {
        ok: false,
        message: `the draft does not pass the content checks; nothing was written to ${target}`,
        errors: errors.map((e) => ({ ...e, file: e.file.startsWith(staging) ? root + e.file.slice(staging.length) : e.file })),
      };
    }
    mkdirSync(dirname(target), { recursive: true });
    const replaced = existsSync(target);
    if (replaced) renameSync(target, displaced);
    try {
      renameSync(staged, target);
    } catch (error) {
      if (replaced) renameSync(displaced, target);
      throw error;
    }
    return { ok: true, target, replaced };
  } catch (error) {
    return { ok: false, message: `could not write ${target}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
