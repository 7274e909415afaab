/**
 * A cache, kept between builds, of what is slow to make and depends only on
 * its input: share cards and citation entries. An entry's name is the
 * sha256 of its namespace and input (which carries everything the output
 * depends on: text, layout, renderer and library versions), so a changed
 * input makes a new entry and nothing is ever stale. Entries are written to
 * a temporary name and renamed: a build that stops half-way, or two at once,
 * leave no half-written entry.
 *
 * Where: `BUILD_CACHE_DIR`, or `node_modules/.cache/analysis-reader/`;
 * `BUILD_CACHE_DIR=off` turns it off (the bench's cold builds, the
 * determinism gate). Adding one article to a built corpus then draws that
 * article's cards only.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CACHE_OFF = 'off';

/** The cache's folder, or undefined when it is off. */
export function cacheRoot(env: Record<string, string | undefined> = process.env): string | undefined {
  const dir = env.BUILD_CACHE_DIR?.trim();
  if (dir === CACHE_OFF) return undefined;
  return resolve(dir || join('node_modules', '.cache', 'analysis-reader'));
}

/** The entry's path: `<root>/<namespace>/<first two hex digits>/<sha256>`. */
export function entryPath(root: string, namespace: string, input: unknown): string {
  const hash = createHash('sha256').update(namespace).update('\0').update(JSON.stringify(input)).digest('hex');
  return join(root, namespace, hash.slice(0, 2), hash);
}

function read(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function write(file: string, data: Uint8Array | string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** `make(input)`'s bytes, from the cache when it has them. `root`: the cache's folder, false for none. */
export async function cachedBytes<I>(namespace: string, input: I, make: (input: I) => Promise<Uint8Array>, root: string | false = cacheRoot() ?? false): Promise<Uint8Array> {
  const file = root ? entryPath(root, namespace, input) : undefined;
  const hit = file && read(file);
  if (hit) return new Uint8Array(hit);
  const made = await make(input);
  if (file) write(file, made);
  return made;
}

/**
 * Writes `make(input)`'s bytes to the file `dest`: when the cache has them, a copy of its entry made by
 * the file system (no bytes through JavaScript; copy-on-write where the file system can).
 */
export async function cachedFile<I>(namespace: string, input: I, make: (input: I) => Promise<Uint8Array>, dest: string, root: string | false = cacheRoot() ?? false): Promise<void> {
  const file = root ? entryPath(root, namespace, input) : undefined;
  if (file && existsSync(file)) return copyFileSync(file, dest, constants.COPYFILE_FICLONE);
  const made = await make(input);
  if (file) write(file, made);
  writeFileSync(dest, made);
}

/** `make(input)`, a JSON value, from the cache when it has it. */
export function cachedJson<I, O>(namespace: string, input: I, make: (input: I) => O, root: string | false = cacheRoot() ?? false): O {
  const file = root ? entryPath(root, namespace, input) : undefined;
  const hit = file && read(file);
  if (hit) return JSON.parse(hit.toString('utf8')) as O;
  const made = make(input);
  if (file) write(file, JSON.stringify(made));
  return made;
}
