/**
 * Renames a section's slug (its URL) in one step: the `slug:` of its
 * frontmatter, its file's name when the name follows the slug
 * (`02-old.md` → `02-new.md`), and every `section: old` of the article's
 * events.yaml mentions. The content is checked after; if the rename brought
 * an error the content did not have before, every file is put back as it
 * was. A published article's record (permalinks.yaml) is brought up to
 * date as `npm run permalinks` would, for this article alone: the old URL
 * becomes a redirect to the new one.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatError } from '../lib/content/errors.ts';
import { slugSchema } from '../lib/content/schema.ts';
import { checkContent } from '../lib/content/validate.ts';
import { runPermalinks } from './permalinks.ts';

export type RenameResult = { ok: true; changes: string[] } | { ok: false; message: string };

/** `section: old` (bare or quoted, block or flow style) in events.yaml, with what comes before and after the slug. */
const mentionOf = (slug: string) => new RegExp(`(\\bsection:\\s*)(["']?)${slug}\\2(?=\\s*[,}\\n]|\\s*$)`, 'gm');

export function renameSection(root: string, articleSlug: string, from: string, to: string): RenameResult {
  const valid = slugSchema.safeParse(to);
  if (!valid.success) return { ok: false, message: `"${to}" is not a slug: ${valid.error.issues[0]?.message ?? 'lowercase words joined by hyphens'}` };
  const checked = checkContent(root);
  const article = checked.corpus.articles.find((a) => a.slug === articleSlug);
  if (!article) return { ok: false, message: `no article "${articleSlug}" in ${root}` };
  const section = article.sections.find((s) => s.data.slug === from);
  if (!section) return { ok: false, message: `${relative(root, article.file)}: no section with slug "${from}" (slugs: ${article.sections.map((s) => s.data.slug).join(', ')})` };
  if (article.sections.some((s) => s.data.slug === to)) return { ok: false, message: `${relative(root, article.file)}: a section already has the slug "${to}"` };

  const before = new Set(checked.errors.map((e) => formatError(e)));
  const originals = new Map<string, string>();
  const write = (file: string, text: string) => {
    if (!originals.has(file)) originals.set(file, readFileSync(file, 'utf8'));
    writeFileSync(file, text);
  };
  const changes: string[] = [];

  const markdown = readFileSync(section.file, 'utf8');
  const renamed = markdown.replace(/^(---\r?\n(?:.*\r?\n)*?slug:\s*)(["']?)[a-z0-9-]+\2[ \t]*(?=\r?\n)/, `$1$2${to}$2`);
  if (renamed === markdown) return { ok: false, message: `${relative(root, section.file)}: no slug line in its frontmatter` };
  write(section.file, renamed);
  changes.push(`${relative(root, section.file)}: slug ${from} → ${to}`);

  if (existsSync(article.eventsFile)) {
    const events = readFileSync(article.eventsFile, 'utf8');
    let count = 0;
    const updated = events.replace(mentionOf(from), (_, key: string, quote: string) => {
      count += 1;
      return `${key}${quote}${to}${quote}`;
    });
    if (count > 0) {
      write(article.eventsFile, updated);
      changes.push(`${relative(root, article.eventsFile)}: ${count} mention(s) of ${from} → ${to}`);
    }
  }

  const name = basename(section.file);
  const followed = name.replace(new RegExp(`^(\\d+-)?${from}\\.md$`), (_, order: string | undefined) => `${order ?? ''}${to}.md`);
  let moved: [string, string] | undefined;
  if (followed !== name) {
    moved = [section.file, join(dirname(section.file), followed)];
    if (existsSync(moved[1])) return restore(originals, undefined, `${relative(root, moved[1])} exists already`);
    renameSync(...moved);
    changes.push(`${relative(root, moved[0])} → ${followed}`);
  }

  if (existsSync(article.permalinksFile)) {
    originals.set(article.permalinksFile, readFileSync(article.permalinksFile, 'utf8'));
    const recorded = runPermalinks(root, { only: articleSlug });
    if (!recorded.ok) return restore(originals, moved, recorded.message);
    changes.push(...recorded.updates.flatMap((u) => u.report.map((e) => `${relative(root, u.file)}: ${e.kind} ${e.url}  ${e.message}`)));
  }

  // An error the section's file had before counts as old under its new name too.
  const asBefore = (e: string) => (moved ? e.replaceAll(basename(moved[1]), basename(moved[0])) : e);
  const after = checkContent(root).errors.map((e) => formatError(e)).filter((e) => !before.has(asBefore(e)));
  if (after.length > 0) return restore(originals, moved, `the rename would bring errors; nothing was changed:\n${after.map((e) => `  ${e}`).join('\n')}`);
  return { ok: true, changes };
}

/** Puts back every file as it was (and the renamed file under its old name). */
function restore(originals: Map<string, string>, moved: [string, string] | undefined, message: string): RenameResult {
  if (moved) renameSync(moved[1], moved[0]);
  for (const [file, text] of originals) writeFileSync(file, text);
  return { ok: false, message };
}
