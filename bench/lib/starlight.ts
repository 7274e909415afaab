/**
 * bench:scale's baseline: a Starlight site (bench/starlight/, its own
 * package.json and lock file, installed on demand with `npm ci`) with as many
 * pages as our build of the same content, each page a section's text
 * (directives reduced to their words), built clean (`astro build --force`)
 * on the same Node, measured as our builds are (wall time, CPU and peak RSS
 * of the process tree).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { watchTree, type TreeUsage } from './process-tree.ts';

export const STARLIGHT_DIR = join(import.meta.dirname, '..', 'starlight');
const DOCS = join(STARLIGHT_DIR, 'src', 'content', 'docs');

/** Installs the baseline's packages from its lock file when they are not there yet. */
export function ensureStarlight(): void {
  if (existsSync(join(STARLIGHT_DIR, 'node_modules', '@astrojs', 'starlight'))) return;
  console.log('bench:scale: installing the Starlight baseline (npm ci in bench/starlight/)');
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm ci in ${STARLIGHT_DIR} failed (exit ${run.status})`);
}

/** `:quote[words]{…}` and the like → `words`: Starlight does not know our directives. */
const plain = (markdown: string) => markdown.replace(/:[a-z]+\[([^\]]*)\](\{[^}]*\})?/g, '$1').replace(/:[a-z]+\{[^}]*\}/g, '');

/** Writes `pages` docs (the home page one of them) from the sections of the content under `contentDir`. */
export function writeStarlightDocs(contentDir: string, pages: number): void {
  const { value: corpus } = loadCorpus(contentDir);
  const sections = corpus.articles.flatMap((a) => a.sections.map((s) => ({ title: s.data.title, summary: s.data.summary, body: plain(s.body) })));
  if (sections.length === 0) throw new Error(`${contentDir}: no sections to make Starlight pages of`);
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });
  for (let i = 0; i < pages; i++) {
    const s = sections[i % sections.length]!;
    const name = i === 0 ? 'index.md' : `page-${String(i).padStart(4, '0')}.md`;
    writeFileSync(join(DOCS, name), `---\ntitle: ${JSON.stringify(`${s.title} (${i})`)}\ndescription: ${JSON.stringify(s.summary)}\n---\n\n${s.body}\n`);
  }
}

/** A clean build of the baseline: wall seconds and the process tree's usage. */
export function buildStarlight(): Promise<{ exitCode: number; wallSeconds: number; usage: TreeUsage }> {
  const astro = join(STARLIGHT_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
  rmSync(join(STARLIGHT_DIR, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--force'], { cwd: STARLIGHT_DIR, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: 'ignore' });
  const watch = watchTree(child.pid!, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ exitCode: code ?? 1, wallSeconds: (performance.now() - started) / 1000, usage: watch.stop() }));
  });
}
