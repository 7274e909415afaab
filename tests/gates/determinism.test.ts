/**
 * Gate 6, determinism: one more clean build, into a temporary folder, is
 * byte-identical to dist/ (every file's sha256; the differing files listed).
 * dist/ must come from the same sources: `npm test` builds just before.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST, REPO_ROOT } from '../support/html.ts';
import { buildInto, diffTrees } from './lib/determinism.ts';

const outDir = join(REPO_ROOT, '.work', `determinism-${process.pid}`);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('determinism', () => {
  test('a second clean build is byte-identical to dist/', () => {
    mkdirSync(join(REPO_ROOT, '.work'), { recursive: true });
    const { code, output } = buildInto(outDir);
    expect(code, `the build failed:\n${output.slice(-4000)}`).toBe(0);
    const differences = diffTrees(DIST, outDir);
    expect(differences, `dist/ and a second build differ:\n${differences.join('\n')}`).toEqual([]);
  }, 300_000);
});
