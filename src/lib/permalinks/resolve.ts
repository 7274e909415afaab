/**
 * The ids a section's blocks get when it is built: a recorded block keeps
 * the id in permalinks.yaml (found by the fingerprint of its text); a block
 * the record does not know (an unpublished article, or an edit not yet
 * recorded) gets a content-derived one. Also the section's former anchors,
 * each placed before the block it now lands on.
 */
import GithubSlugger from 'github-slugger';
import type { FormerAnchor, PublishedBlock, PublishedSection } from '../content/schema.ts';
import { fingerprint, newParagraphId } from './fingerprint.ts';

/** Where a section's text comes from: its slug (the heading's id) and blocks, as lib/content/scan.ts reads them. */
export interface SectionBlocks {
  slug: string;
  paragraphs: readonly { fingerprint: string }[];
  headings: readonly { text: string; fingerprint: string }[];
}

export interface SectionIds {
  paragraphs: string[];
  headings: string[];
  /** Former fragments of the section, each landing on a live id. */
  anchors: FormerAnchor[];
}

/** Every id the record has used in a section: live and former; none may be given to other text. */
export function takenIds(recorded: PublishedSection | undefined): Set<string> {
  if (!recorded) return new Set();
  const blocks = [recorded.title, ...recorded.headings, ...recorded.paragraphs, ...recorded.quotes];
  return new Set([...blocks.map((b) => b.id), ...recorded.anchors.map((a) => a.id)]);
}

/** Recorded ids by fingerprint, in reading order (two blocks with the same text keep theirs in turn). */
export function idQueues(blocks: readonly PublishedBlock[]): Map<string, string[]> {
  const queues = new Map<string, string[]>();
  for (const b of blocks) queues.set(b.fingerprint, [...(queues.get(b.fingerprint) ?? []), b.id]);
  return queues;
}

/** The id of a new heading: rehype-slug's, made unique against the ids in `taken`. */
export function newHeadingId(text: string, taken: ReadonlySet<string>): string {
  const slugger = new GithubSlugger();
  for (;;) {
    const id = slugger.slug(text);
    if (!taken.has(id)) return id;
  }
}

export function resolveSectionIds(section: SectionBlocks, recorded: PublishedSection | undefined): SectionIds {
  const taken = takenIds(recorded);
  taken.add(section.slug);
  const assign = (blocks: readonly { fingerprint: string; text?: string }[], recordedBlocks: readonly PublishedBlock[], fresh: (b: { fingerprint: string; text?: string }) => string) => {
    const queues = idQueues(recordedBlocks);
    return blocks.map((b) => {
      const id = queues.get(b.fingerprint)?.shift() ?? fresh(b);
      taken.add(id);
      return id;
    });
  };
  const paragraphs = assign(section.paragraphs, recorded?.paragraphs ?? [], (b) => newParagraphId(b.fingerprint, taken));
  const headings = assign(section.headings, recorded?.headings ?? [], (b) => newHeadingId(b.text ?? '', taken));
  return { paragraphs, headings, anchors: recorded?.anchors ?? [] };
}

/** The ids the paragraphs of an unpublished section get (no record yet), from their texts as the reader sees them. */
export function derivedParagraphIds(texts: readonly string[]): string[] {
  return resolveSectionIds({ slug: '', paragraphs: texts.map((text) => ({ fingerprint: fingerprint(text) })), headings: [] }, undefined).paragraphs;
}
