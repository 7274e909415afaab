/**
 * Writing a draft article without ever leaving it half-written: the files
 * go into a staging content root inside the content root (same file
 * system), with copies of people.yaml and glossary.yaml; checkContent()
 * validates that; only then is the article folder renamed into
 * `<root>/articles/<slug>/`. On any failure the staging folder is removed
 * and the content root is as it was.
 *
 * Re-running never destroys an editor's work: the draft records what it
 * wrote (`.ingest.json`, a sha256 per file). With --force an untouched
 * draft is replaced; an edited one (or an article with no such record) is
 * kept as it is, and the new draft is written beside it, in its
 * `.ingest-new/` folder (which the site does not read), with what differs.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
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
  | { ok: true; target: string; replaced: boolean; beside?: { edited: string[]; diff: string } }
  | { ok: false; message: string; errors?: ContentError[] };

/** What ingest wrote, by path relative to the article folder: a sha256 each. */
export const MANIFEST = '.ingest.json';
/** Where a new draft goes when the old one has been edited. */
export const BESIDE = '.ingest-new';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The article folder's files (relative paths), without the manifest and a draft beside. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => f !== MANIFEST && !f.startsWith(`${BESIDE}/`))
    .sort();
}

/** The files edited since ingest wrote the folder (changed, added, removed); every file when there is no record. */
export function editedSinceIngest(dir: string): string[] {
  const current = filesIn(dir);
  let recorded: Record<string, string>;
  try {
    recorded = (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files: Record<string, string> }).files;
  } catch {
    return current.map((f) => `${f} (no record of what ingest wrote)`);
  }
  const changed = current.filter((f) => recorded[f] !== sha256(readFileSync(join(dir, f))));
  const removed = Object.keys(recorded).filter((f) => !current.includes(f));
  return [...changed.map((f) => (f in recorded ? f : `${f} (added)`)), ...removed.map((f) => `${f} (removed)`)];
}

/** A unified diff from the folder's files to the new draft's. */
function diffDrafts(dir: string, files: ReadonlyMap<string, string>): string {
  const paths = [...new Set([...filesIn(dir), ...files.keys()])].sort();
  return paths
    .map((f) => {
      const before = existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '';
      const after = files.get(f) ?? '';
      return before === after ? '' : createTwoFilesPatch(`current/${f}`, `new/${f}`, before, after, '', '', { context: 1 });
    })
    .filter(Boolean)
    .join('\n');
}

export function articleDir(root: string, slug: string): string {
  return join(root, contentLayout.articles, slug);
}

export function existsMessage(target: string): string {
  return `${target} already exists: not overwriting it (--force replaces it if it is an untouched draft; an edited one is kept, and the new draft written beside it in ${BESIDE}/)`;
}

export function writeDraft(options: WriteOptions): WriteResult {
  const { root, slug, force } = options;
  const target = articleDir(root, slug);
  if (existsSync(target) && !force) return { ok: false, message: existsMessage(target) };
  const edited = existsSync(target) ? editedSinceIngest(target) : [];
  const files = new Map(options.files);
  files.set(MANIFEST, `${JSON.stringify({ files: Object.fromEntries([...options.files].map(([f, t]) => [f, sha256(t)]).sort()) }, null, 2)}\n`);
  const staging = join(root, `.ingest-${slug}-${options.tag ?? process.pid}`);
  const staged = articleDir(staging, slug);
  const displaced = join(staging, 'replaced');
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staged, path)), { recursive: true });
      writeFileSync(join(staged, path), text);
    }
    for (const name of [contentLayout.people, contentLayout.glossary]) {
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
    if (edited.length > 0) {
      // Edited since ingest: keep it; the new draft goes beside it, and the report shows what differs.
      const beside = join(target, BESIDE);
      rmSync(beside, { recursive: true, force: true });
      renameSync(staged, beside);
      return { ok: true, target: beside, replaced: false, beside: { edited, diff: diffDrafts(target, options.files) } };
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
