/**
 * What `npm run permalinks` does over a content root: reads every article
 * (stopping, with nothing written, on a file that does not load: a missing
 * section would read as a removed one), brings each article's record up to
 * date and writes those that changed.
 */
import { readFileSync, existsSync, writeFileSync, renameSync } from 'node:fs';
import { formatErrors } from '../lib/content/errors.ts';
import { loadCorpus } from '../lib/content/load.ts';
import { scanSection } from '../lib/content/scan.ts';
import { formatPermalinks } from '../lib/permalinks/record.ts';
import { updatePermalinks, type ReportEntry, type UpdateOptions } from '../lib/permalinks/update.ts';

export interface ArticleUpdate {
  article: string;
  file: string;
  changed: boolean;
  report: ReportEntry[];
}

/** `only`: this article's record alone (the others are left as they are). */
export function runPermalinks(root: string, options: UpdateOptions & { dryRun?: boolean; only?: string } = {}): { ok: true; updates: ArticleUpdate[] } | { ok: false; message: string } {
  const loaded = loadCorpus(root);
  if (loaded.errors.length > 0) return { ok: false, message: `${formatErrors(loaded.errors)}\nfix these first: nothing was written` };
  const updates = loaded.value.articles.filter((a) => options.only === undefined || a.slug === options.only).map((article) => {
    const sections = article.sections.map((s) => ({ slug: s.data.slug, title: s.data.title, scan: scanSection(s.body) }));
    const { record, report } = updatePermalinks(article.slug, sections, article.permalinks, options);
    const text = formatPermalinks(record);
    const before = existsSync(article.permalinksFile) ? readFileSync(article.permalinksFile, 'utf8') : undefined;
    const changed = text !== before;
    if (changed && !options.dryRun) {
      writeFileSync(`${article.permalinksFile}.tmp`, text);
      renameSync(`${article.permalinksFile}.tmp`, article.permalinksFile);
    }
    return { article: article.slug, file: article.permalinksFile, changed, report };
  });
  return { ok: true, updates };
}

/** The report as the command prints it. */
export function formatUpdates(updates: readonly ArticleUpdate[], dryRun = false): string {
  const lines: string[] = [];
  for (const u of updates) {
    lines.push(`${u.file}: ${u.changed ? (dryRun ? 'would be updated' : 'updated') : 'up to date'}`);
    for (const e of u.report) lines.push(`  ${e.kind.padEnd(9)} ${e.url}  ${e.message}`);
  }
  const broken = updates.flatMap((u) => u.report).filter((e) => e.kind === 'revised' || e.kind === 'removed' || e.kind === 'moved').length;
  if (broken > 0) lines.push(`${broken} published link(s) would have broken: each now lands where its text went (see above); commit the updated record with the edit.`);
  return lines.join('\n');
}
