/**
 * The build's check of an article against its record (permalinks.yaml):
 * like `npm ci` with a stale lock, the build refuses text that no longer
 * matches what was published, naming the file, the URL and the fragment
 * that would break, until `npm run permalinks` records the edit. An
 * article without a record has not been published yet: nothing to check.
 */
import type { ContentError } from '../content/errors.ts';
import type { LoadedSection } from '../content/load.ts';
import type { Permalinks, PublishedBlock } from '../content/schema.ts';
import type { ScannedBlock, ScannedSection } from '../content/scan.ts';
import { urls } from '../site/urls.ts';
import { fingerprint } from './fingerprint.ts';

export const RUN = 'run `npm run permalinks` to record the edit (it keeps every published link working)';

const excerpt = (text: string) => `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;

function compareBlocks(kind: string, recorded: readonly PublishedBlock[], current: readonly ScannedBlock[], url: string, error: (line: number | undefined, field: string, message: string) => void): void {
  const left = new Map<string, number>();
  for (const b of current) left.set(b.fingerprint, (left.get(b.fingerprint) ?? 0) + 1);
  for (const r of recorded) {
    const n = left.get(r.fingerprint) ?? 0;
    if (n > 0) left.set(r.fingerprint, n - 1);
    else error(undefined, 'permalinks', `${url}#${r.id} would break: the ${kind} it was published for is no longer in the text (${excerpt(r.text)}); ${RUN}`);
  }
  for (const b of current) {
    const n = left.get(b.fingerprint) ?? 0;
    if (n === 0) continue;
    left.set(b.fingerprint, n - 1);
    error(b.line, 'permalinks', `this ${kind} is not in permalinks.yaml (new or edited: ${excerpt(b.text)}); ${RUN}`);
  }
}

export function checkPermalinks(article: string, file: string, record: Permalinks, sections: readonly { section: LoadedSection; scan: ScannedSection }[]): ContentError[] {
  const errors: ContentError[] = [];
  const slugs = new Set(sections.map((s) => s.section.data.slug));
  for (const r of record.sections) {
    if (!slugs.has(r.slug)) errors.push({ file, field: 'permalinks', message: `${urls.section(article, r.slug)} would break: no section has the slug "${r.slug}" any more (renamed or removed); ${RUN}` });
    for (const former of r.former) {
      if (slugs.has(former)) errors.push({ file, field: 'permalinks', message: `${urls.section(article, former)} is both a section and a former slug of "${r.slug}"; ${RUN}` });
    }
  }
  for (const { section, scan } of sections) {
    const at = (line: number | undefined) => (line ? line + section.bodyLine - 1 : undefined);
    const push = (line: number | undefined, field: string, message: string) => errors.push({ file: section.file, line: at(line), field, message });
    const url = urls.section(article, section.data.slug);
    const r = record.sections.find((s) => s.slug === section.data.slug);
    if (!r) {
      errors.push({ file: section.file, line: 1, field: 'slug', message: `${url} is not in permalinks.yaml (a new section, or a renamed slug whose old URL would break); ${RUN}` });
      continue;
    }
    if (r.title.fingerprint !== fingerprint(section.data.title)) errors.push({ file: section.file, line: 1, field: 'title', message: `the title of ${url} is not the one in permalinks.yaml (${excerpt(r.title.text)}); ${RUN}` });
    compareBlocks('paragraph', r.paragraphs, scan.paragraphs, url, push);
    compareBlocks('heading', r.headings, scan.headings, url, push);
    const quotes = new Map(scan.quotes.map((q) => [q.id, q]));
    for (const q of r.quotes) {
      const now = quotes.get(q.id);
      if (!now) push(undefined, 'permalinks', `${url}#${q.id} would break: no quote has this id any more; ${RUN}`);
      else if (fingerprint(now.text) !== q.fingerprint) push(now.line, ':quote', `the words of quote "${q.id}" are not the ones in permalinks.yaml; ${RUN}`);
    }
    for (const q of scan.quotes) if (!r.quotes.some((x) => x.id === q.id)) push(q.line, ':quote id', `quote "${q.id}" is not in permalinks.yaml; ${RUN}`);
    const live = new Set([r.slug, ...r.paragraphs.map((p) => p.id), ...r.headings.map((h) => h.id), ...r.quotes.map((q) => q.id)]);
    for (const a of r.anchors) if (!live.has(a.to)) errors.push({ file, field: 'permalinks', message: `former fragment ${url}#${a.id} lands on "${a.to}", which the section does not have; ${RUN}` });
  }
  return errors;
}
