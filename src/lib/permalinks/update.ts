/**
 * `npm run permalinks`: brings an article's record (permalinks.yaml) up to
 * date with its text, keeping every published URL and fragment working,
 * and says what changed. Sections are matched by slug, then (a renamed
 * slug) by their paragraphs; blocks by lib/permalinks/match.ts.
 */
import type { FormerAnchor, Permalinks, PublishedBlock, PublishedSection } from '../content/schema.ts';
import type { ScannedSection } from '../content/scan.ts';
import { urls } from '../site/urls.ts';
import { containment, fingerprint, newParagraphId, normaliseText, shingles } from './fingerprint.ts';
import { matchBlocks, settleAnchors, SIMILAR, WENT_TO, type BlockChange } from './match.ts';
import { newHeadingId, takenIds } from './resolve.ts';

export interface ContentSection {
  slug: string;
  title: string;
  scan: Pick<ScannedSection, 'paragraphs' | 'headings' | 'quotes'>;
}

export interface UpdateOptions {
  /**
   * Record the positional ids (`p1`, `p2`, …) the site gave paragraphs
   * before ids came from the text, as former anchors, for an article
   * recorded for the first time that was published with them.
   */
  positional?: boolean;
}

/** One line of the report: what happened to one published URL or fragment. */
export interface ReportEntry {
  kind: BlockChange['kind'] | 'moved' | 'removed' | 'recorded';
  url: string;
  message: string;
}

const quoteText = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

function matchSections(sections: readonly ContentSection[], recorded: readonly PublishedSection[]): Map<string, PublishedSection> {
  const bySlug = new Map<string, PublishedSection>();
  const left = new Set(recorded);
  for (const s of sections) {
    const r = recorded.find((x) => x.slug === s.slug);
    if (r) {
      bySlug.set(s.slug, r);
      left.delete(r);
    }
  }
  // A renamed slug: the recorded section whose text this one mostly keeps.
  for (const s of sections) {
    if (bySlug.has(s.slug) || recorded.some((x) => x.former.includes(s.slug) && !left.has(x))) continue;
    const mine = shingles(s.scan.paragraphs.map((p) => p.text).join(' '));
    let best: PublishedSection | undefined;
    let score = SIMILAR;
    for (const r of left) {
      const c = containment(shingles(r.paragraphs.map((p) => p.text).join(' ')), mine);
      if (c >= score) [best, score] = [r, c];
    }
    if (best) {
      bySlug.set(s.slug, best);
      left.delete(best);
    }
  }
  return bySlug;
}

function recordSection(article: string, section: ContentSection, recorded: PublishedSection | undefined, options: UpdateOptions, report: ReportEntry[]): PublishedSection {
  const url = urls.section(article, section.slug);
  const taken = takenIds(recorded);
  taken.add(section.slug);
  const fresh = (make: (taken: Set<string>) => string) => {
    const id = make(taken);
    taken.add(id);
    return id;
  };
  const paragraphs = matchBlocks(recorded?.paragraphs ?? [], section.scan.paragraphs, (b) => fresh((t) => newParagraphId(b.fingerprint, t)), section.slug);
  const headings = matchBlocks(recorded?.headings ?? [], section.scan.headings, (b) => fresh((t) => newHeadingId(b.text, t)), section.slug);
  const anchors: FormerAnchor[] = [...(recorded?.anchors ?? []), ...paragraphs.retired, ...headings.retired];
  if (recorded) {
    const changes = [...paragraphs.changes, ...headings.changes];
    const splitFrom = new Set(changes.filter((c) => c.kind === 'split').map((c) => c.other));
    for (const change of changes) {
      const message = {
        reworded: splitFrom.has(change.id) ? `split: its first part keeps the id: ${quoteText(change.text)}` : `reworded, keeps its id: ${quoteText(change.text)}`,
        split: `new part of #${change.other}, which its first part keeps: ${quoteText(change.text)}`,
        new: `new: ${quoteText(change.text)}`,
        revised: `removed: the link now lands on #${change.other} with a note that the passage was revised (${quoteText(change.text)})`,
      }[change.kind];
      report.push({ kind: change.kind, url: `${url}#${change.id}`, message });
    }
  }
  const quotes: PublishedBlock[] = section.scan.quotes.map((q) => ({ id: q.id, fingerprint: fingerprint(q.text), text: normaliseText(q.text) }));
  const quoteIds = new Set(quotes.map((q) => q.id));
  for (const old of recorded?.quotes ?? []) {
    if (quoteIds.has(old.id)) {
      const now = quotes.find((q) => q.id === old.id)!;
      if (now.fingerprint !== old.fingerprint) report.push({ kind: 'reworded', url: `${url}#${old.id}`, message: `quote reworded, keeps its id: ${quoteText(now.text)}` });
      continue;
    }
    const mine = shingles(old.text);
    const renamed = quotes.find((q) => !recorded!.quotes.some((r) => r.id === q.id) && containment(mine, shingles(q.text)) >= SIMILAR);
    const inParagraph = paragraphs.blocks.find((p) => containment(mine, shingles(p.text)) >= WENT_TO);
    const to = renamed?.id ?? inParagraph?.id ?? section.slug;
    const revised = renamed?.fingerprint !== old.fingerprint;
    anchors.push({ id: old.id, to, revised, quote: true });
    report.push({ kind: renamed ? 'moved' : 'revised', url: `${url}#${old.id}`, message: `quote ${renamed ? 'renamed' : 'removed'}: the link now lands on #${to}${revised ? ' with a note that the passage was revised' : ''}` });
  }
  const title: PublishedBlock = { id: section.slug, fingerprint: fingerprint(section.title), text: normaliseText(section.title) };
  if (recorded && recorded.title.fingerprint !== title.fingerprint) report.push({ kind: 'reworded', url: `${url}#${section.slug}`, message: `title reworded: ${quoteText(section.title)}` });
  const former = new Set(recorded?.former ?? []);
  if (recorded && recorded.slug !== section.slug) {
    former.add(recorded.slug);
    anchors.push({ id: recorded.title.id, to: section.slug, revised: false });
    report.push({ kind: 'moved', url: urls.section(article, recorded.slug), message: `slug renamed: redirects to ${url}, keeping its #fragment` });
  }
  former.delete(section.slug);
  if (!recorded) {
    report.push({ kind: 'recorded', url, message: `recorded: ${paragraphs.blocks.length} paragraph(s), ${headings.blocks.length} heading(s), ${quotes.length} quote(s)` });
    if (options.positional) paragraphs.blocks.forEach((p, i) => anchors.push({ id: `p${i + 1}`, to: p.id, revised: false }));
  }
  const live = new Set([section.slug, ...paragraphs.blocks.map((b) => b.id), ...headings.blocks.map((b) => b.id), ...quotes.map((q) => q.id)]);
  return { slug: section.slug, former: [...former], title, headings: headings.blocks, paragraphs: paragraphs.blocks, quotes, anchors: settleAnchors(anchors, live, section.slug) };
}

/** The article's record brought up to date, and what changed. `recorded`: the record as it was (none: the first). */
export function updatePermalinks(article: string, sections: readonly ContentSection[], recorded: Permalinks | undefined, options: UpdateOptions = {}): { record: Permalinks; report: ReportEntry[] } {
  const report: ReportEntry[] = [];
  const old = recorded?.sections ?? [];
  const matched = matchSections(sections, old);
  const result = sections.map((s) => recordSection(article, s, matched.get(s.slug), options, report));
  // A removed section: its URL and fragments land on the section before it (after it, for the first).
  const kept = new Set(matched.values());
  old.forEach((gone, index) => {
    if (kept.has(gone)) return;
    const neighbourSlug = [...old.slice(0, index).reverse(), ...old.slice(index + 1)].map((r) => [...matched].find(([, v]) => v === r)?.[0]).find(Boolean) ?? sections[0]?.slug;
    const target = result.find((s) => s.slug === neighbourSlug);
    if (!target) return;
    const taken = new Set([...takenIds(target), target.slug]);
    target.former = [...new Set([...target.former, gone.slug, ...gone.former])].filter((s) => s !== target.slug);
    const quoteIds = new Set([...gone.quotes.map((q) => q.id), ...gone.anchors.filter((a) => a.quote).map((a) => a.id)]);
    const ids = [gone.title, ...gone.headings, ...gone.paragraphs, ...gone.quotes].map((b) => b.id).concat(gone.anchors.map((a) => a.id));
    for (const id of ids) if (!taken.has(id)) target.anchors.push({ id, to: target.slug, revised: true, ...(quoteIds.has(id) ? { quote: true as const } : {}) });
    report.push({ kind: 'removed', url: urls.section(article, gone.slug), message: `section removed: redirects to ${urls.section(article, target.slug)}, each of its fragments with a note that the passage was revised` });
  });
  return { record: { sections: result }, report };
}
