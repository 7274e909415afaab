/**
 * Nothing lost on a failed build (src/cli/build/swap.ts, used by
 * scripts/build.ts): a successful build replaces the target folder; a
 * failed or incomplete one leaves it byte for byte as it was and removes
 * the temporary output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap, replaceDir } from '../../src/cli/build/swap.ts';

let base: string;
let target: string;
let outDir: string;
let trash: string;

/** A digest of every file (path and bytes) and folder under `dir`. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, name);
    hash.update(`${name}\0`);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A fake build: writes `files` into the output folder, then exits with `code`. */
const fakeBuild = (files: Record<string, string>, code = 0) => async (dir: string) => {
  write(dir, files);
  return code;
};

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'build-swap-'));
  target = join(base, 'dist');
  outDir = join(base, '.work', 'build-1');
  trash = join(base, '.work', 'dist-previous-1');
  write(target, { 'index.html': 'old site', 'pagefind/pagefind.js': 'old index', 'a/b.html': 'old page' });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('buildAndSwap', () => {
  it('swaps a successful build into the target, replacing the old one entirely', async () => {
    const result = await buildAndSwap({ outDir, target, trash, build: fakeBuild({ 'index.html': 'new site', 'pagefind/pagefind.js': 'new index' }), required: ['index.html', 'pagefind/pagefind.js'] });
    expect(result).toEqual({ code: 0, swapped: true, message: `build swapped into ${target}/` });
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new site');
    expect(readFileSync(join(target, 'pagefind/pagefind.js'), 'utf8')).toBe('new index');
    expect(existsSync(join(target, 'a/b.html'))).toBe(false);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(trash)).toBe(false);
  });

  it('builds into the temporary folder, not into the target', async () => {
    let seen = '';
    await buildAndSwap({ outDir, target, trash, build: async (dir) => ((seen = dir), write(dir, { 'index.html': 'x' }), 0) });
    expect(seen).toBe(outDir);
  });

  it('leaves the target byte-identical and removes the temporary output when the build fails', async () => {
    const before = digest(target);
    const result = await buildAndSwap({ outDir, target, trash, build: fakeBuild({ 'index.html': 'half a site' }, 3) });
    expect(result).toMatchObject({ code: 3, swapped: false });
    expect(result.message).toMatch(/build failed \(exit code 3\)/);
    expect(digest(target)).toBe(before);
    expect(existsSync(outDir)).toBe(false);
  });

  it('leaves the target as it was when the build throws', async () => {
    const before = digest(target);
    const build = async (dir: string) => {
      write(dir, { 'index.html': 'partial' });
      throw new Error('crashed');
    };
    await expect(buildAndSwap({ outDir, target, trash, build })).rejects.toThrow('crashed');
    expect(digest(target)).toBe(before);
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses an incomplete output (e.g. no Pagefind index) even when the build exits 0', async () => {
    const before = digest(target);
    const result = await buildAndSwap({ outDir, target, trash, build: fakeBuild({ 'index.html': 'no index' }), required: ['index.html', 'pagefind/pagefind.js'] });
    expect(result).toMatchObject({ code: 1, swapped: false });
    expect(result.message).toMatch(/lacks pagefind\/pagefind\.js/);
    expect(digest(target)).toBe(before);
    expect(existsSync(outDir)).toBe(false);
  });

  it('creates the target on a first build', async () => {
    rmSync(target, { recursive: true });
    expect((await buildAndSwap({ outDir, target, trash, build: fakeBuild({ 'index.html': 'first' }) })).swapped).toBe(true);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('first');
  });

  it('starts from an empty temporary folder, whatever a crashed run left there', async () => {
    write(outDir, { 'stale.html': 'left over' });
    await buildAndSwap({ outDir, target, trash, build: fakeBuild({ 'index.html': 'new' }) });
    expect(readdirSync(target)).toEqual(['index.html']);
  });
});

describe('replaceDir', () => {
  it('puts the old folder back when the new one cannot be moved in', () => {
    const before = digest(target);
    expect(() => replaceDir(join(base, 'missing'), target, trash)).toThrow(/does not exist/);
    expect(digest(target)).toBe(before);
  });
});
