/**
 * The build cache (src/lib/build/artifact-cache.ts): an entry is made once
 * per input and read back after; a different input is a different entry;
 * no temporary file is left; a file is written from the entry; `BUILD_CACHE_DIR=off` turns it off.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cacheRoot, cachedBytes, cachedFile, cachedJson, entryPath } from '../../src/lib/build/artifact-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'artifact-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);

describe('the build cache', () => {
  test('bytes are made once per input, then read back', async () => {
    let made = 0;
    const make = async (input: { n: number }) => (made++, new Uint8Array([input.n, 1, 2]));
    expect([...(await cachedBytes('t', { n: 7 }, make, root))]).toEqual([7, 1, 2]);
    expect([...(await cachedBytes('t', { n: 7 }, make, root))]).toEqual([7, 1, 2]);
    expect(made).toBe(1);
    await cachedBytes('t', { n: 8 }, make, root);
    expect(made).toBe(2);
    expect(files(join(root, 't')).sort()).toEqual([entryPath(root, 't', { n: 7 }), entryPath(root, 't', { n: 8 })].map((f) => f.split('/').at(-1)).sort());
  });

  test('JSON values too; namespaces do not share entries', () => {
    let made = 0;
    const make = (input: { a: string }) => (made++, { html: `<i>${input.a}</i>` });
    expect(cachedJson('j', { a: 'x' }, make, root)).toEqual({ html: '<i>x</i>' });
    expect(cachedJson('j', { a: 'x' }, make, root)).toEqual({ html: '<i>x</i>' });
    expect(made).toBe(1);
    expect(entryPath(root, 'j', { a: 'x' })).not.toBe(entryPath(root, 'k', { a: 'x' }));
    expect(files(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('files: made once, then copied from the entry', async () => {
    let made = 0;
    const make = async (input: { n: number }) => (made++, new Uint8Array([input.n, 9]));
    const out = mkdtempSync(join(tmpdir(), 'artifact-cache-out-'));
    try {
      await cachedFile('f', { n: 3 }, make, join(out, 'a.bin'), root);
      await cachedFile('f', { n: 3 }, make, join(out, 'b.bin'), root);
      expect(made).toBe(1);
      for (const name of ['a.bin', 'b.bin']) expect([...readFileSync(join(out, name))]).toEqual([3, 9]);
      await cachedFile('f', { n: 3 }, make, join(out, 'c.bin'), false);
      expect(made).toBe(2);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('off: nothing is kept, everything is made', async () => {
    expect(cacheRoot({ BUILD_CACHE_DIR: 'off' })).toBeUndefined();
    expect(cacheRoot({ BUILD_CACHE_DIR: root })).toBe(root);
    expect(cacheRoot({})).toMatch(/node_modules\/\.cache\/analysis-reader$/);
    let made = 0;
    await cachedBytes('t', { n: 1 }, async () => (made++, new Uint8Array([1])), false);
    await cachedBytes('t', { n: 1 }, async () => (made++, new Uint8Array([1])), false);
    expect(made).toBe(2);
  });
});
