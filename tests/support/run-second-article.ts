/**
 * `npm run test:second-article [-- <vitest projects…>]`: the tests on a site of several articles.
 * Writes content/ plus a renamed copy of its first article and an article in
 * another house style (tests/fixtures/other-article/) into a temporary
 * content root (tests/support/second-article.ts), builds it there
 * (scripts/build-site.ts, its own output folder and Astro cache), then runs
 * the unit, build, browser and gates projects (or those named) on it with
 * CONTENT_DIR and DIST_DIR set: every expectation is derived from the
 * content, so what passes with one article must pass with two. The
 * temporary folder is removed afterwards. Exit code: the build's or
 * Vitest's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addOtherArticle, writeSecondArticleRoot } from './second-article.ts';
import { runNode } from '../../src/cli/run-node.ts';

const repo = join(import.meta.dirname, '..', '..');
const projects = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['unit', 'build', 'browser', 'gates'];
const temp = mkdtempSync(join(tmpdir(), 'second-article-'));
const content = join(temp, 'content');
const dist = join(temp, 'dist');
let code = 1;
try {
  const { original, copy } = writeSecondArticleRoot(join(repo, 'content'), content);
  const other = addOtherArticle(content);
  console.log(`test:second-article: ${original}, its copy ${copy} and ${other.join(', ')} (tests/fixtures/other-article/) in ${content}`);
  const env = { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(temp, 'astro-cache'), BUILD_CACHE_DIR: join(temp, 'build-cache') };
  code = await runNode([join(repo, 'scripts', 'build-site.ts'), dist], { cwd: repo, env });
  if (code === 0) {
    code = await runNode([join(repo, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...projects.flatMap((p) => ['--project', p])], { cwd: repo, env });
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(code);
