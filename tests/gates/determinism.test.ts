/**
 * Gate 6, determinism: one more clean build, into a temporary folder, is
 * byte-identical to dist/ (every file's sha256; the differing files listed).
 * dist/ must come from the same sources: `npm test` builds just before.
 * And an incremental build (Astro's `incrementalBuild`, the pages' cache
 * keys in src/lib/site/cache-keys.ts) after editing one article, on a copy
 * of the content (with a second article if it has one only), is byte-identical to a clean build of the edited copy:
 * the pages it reused are the pages a clean build makes.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { editOneArticle } from '../../src/cli/edit-article.ts';
import { DIST, REPO_ROOT } from '../support/html.ts';
import { articles, CONTENT_ROOT } from '../support/content.ts';
import { writeSecondArticleRoot } from '../support/second-article.ts';
import { buildInto, diffTrees } from './lib/determinism.ts';

const work = join(REPO_ROOT, '.work', `determinism-${process.pid}`);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('determinism', () => {
  test('a second clean build is byte-identical to dist/', () => {
    mkdirSync(work, { recursive: true });
    const outDir = join(work, 'clean');
    const { code, output } = buildInto(outDir);
    expect(code, `the build failed:\n${output.slice(-4000)}`).toBe(0);
    const differences = diffTrees(DIST, outDir);
    expect(differences, `dist/ and a second build differ:\n${differences.join('\n')}`).toEqual([]);
  }, 300_000);

  test('after editing one article, an incremental build is byte-identical to a clean build', () => {
    // At least two articles (one edited, one not): the content, with a renamed copy of its first article
    // (tests/support/second-article.ts) when it has only one.
    const content = join(work, 'content');
    if (articles().length > 1) cpSync(CONTENT_ROOT, content, { recursive: true });
    else writeSecondArticleRoot(CONTENT_ROOT, content);
    const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'astro-cache') };
    const first = buildInto(join(work, 'before'), { env });
    expect(first.code, `the first build failed:\n${first.output.slice(-4000)}`).toBe(0);
    const edit = editOneArticle(content);
    const incremental = buildInto(join(work, 'incremental'), { env, clean: false });
    expect(incremental.code, `the incremental build failed:\n${incremental.output.slice(-4000)}`).toBe(0);
    // It did reuse pages (Astro logs them as restored), and rendered the edited ones again.
    expect(incremental.output, 'pages reused').toMatch(/\(restored\)/);
    const clean = buildInto(join(work, 'clean-after-edit'), { env: { ...env, ASTRO_CACHE_DIR: join(work, 'astro-cache-clean') } });
    expect(clean.code, `the clean build failed:\n${clean.output.slice(-4000)}`).toBe(0);
    const differences = diffTrees(join(work, 'clean-after-edit'), join(work, 'incremental'));
    expect(differences, `after ${edit}, the incremental and the clean build differ:\n${differences.join('\n')}`).toEqual([]);
    // The edit shows: the incremental build is not the build before it.
    expect(diffTrees(join(work, 'before'), join(work, 'incremental')).length, 'files the edit changed').toBeGreaterThan(0);
  }, 600_000);
});
