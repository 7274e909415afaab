/**
 * An editor's edit, for bench:scale and the determinism gate: the summary of
 * the first section of the middle article (by slug) gets a word more. A
 * summary is what a section page, its card, its article's overview and its
 * search record show, and no permalink records it, so the edited content
 * still builds. Returns what it changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentLayout } from '../lib/content/schema.ts';

export function editOneArticle(contentDir: string): string {
  const articlesDir = join(contentDir, contentLayout.articles);
  const slugs = readdirSync(articlesDir).sort();
  const slug = slugs[Math.floor((slugs.length - 1) / 2)]!;
  const sectionsDir = join(articlesDir, slug, 'sections');
  const first = readdirSync(sectionsDir).filter((name) => name.endsWith('.md')).sort()[0];
  if (!first) throw new Error(`edit: no section in ${sectionsDir}`);
  const file = join(sectionsDir, first);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^summary: (["']?)(.*)$/m, (_, quote: string, rest: string) => `summary: ${quote}Revised summary. ${rest}`);
  if (edited === text) throw new Error(`edit: no summary line in ${file}`);
  writeFileSync(file, edited);
  return `${relative(contentDir, file)}: its summary revised`;
}
