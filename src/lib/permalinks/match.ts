/**
 * Matching an edited text's blocks (paragraphs or headings) to the blocks
 * recorded as published, so that every published id keeps landing on its
 * text. In order:
 *
 * 1. the same text (same fingerprint): the block keeps its id;
 * 2. a block that mostly comes from one unmatched recorded block (at least
 *    `SIMILAR` of its word pairs are in it, or of the recorded block's in
 *    it): a reworded or expanded block, the first part of a split one or the
 *    first of a merge keeps that id; the later parts of a split get new ids;
 * 3. any other block is new and gets a new id (never one used before);
 * 4. a recorded block left over was removed (or merged into another): its
 *    id becomes a former anchor, marked revised, that lands on the block its
 *    text went to, else on the nearest surviving block before it (after it,
 *    for the first), else on `fallback`.
 */
import type { FormerAnchor, PublishedBlock } from '../content/schema.ts';
import { containment, normaliseText, shingles } from './fingerprint.ts';

/** Share of a block's word pairs that must come from a recorded block for it to keep that block's id. */
export const SIMILAR = 0.5;
/** Share of a removed block's word pairs found in a surviving one for its link to land there ("where its text went"). */
export const WENT_TO = 0.3;

export type ChangeKind = 'reworded' | 'split' | 'new' | 'revised';

export interface BlockChange {
  kind: ChangeKind;
  /** The id concerned: the kept one, the new one, or the retired one. */
  id: string;
  /** `split`: the id the new part was split from; `revised`: where the retired id now lands. */
  other?: string;
  text: string;
}

export interface MatchResult {
  blocks: PublishedBlock[];
  retired: FormerAnchor[];
  changes: BlockChange[];
}

export interface CurrentBlock {
  text: string;
  fingerprint: string;
}

export function matchBlocks(recorded: readonly PublishedBlock[], current: readonly CurrentBlock[], fresh: (block: CurrentBlock) => string, fallback: string): MatchResult {
  const ids: (string | undefined)[] = current.map(() => undefined);
  const used = new Set<number>();
  // 1. Same text.
  current.forEach((block, i) => {
    const j = recorded.findIndex((r, k) => !used.has(k) && r.fingerprint === block.fingerprint);
    if (j >= 0) {
      ids[i] = recorded[j]!.id;
      used.add(j);
    }
  });
  // 2. Reworded or split: each unmatched block's best unmatched recorded source.
  const oldShingles = recorded.map((r) => shingles(r.text));
  const best = current.map((block, i) => {
    if (ids[i] !== undefined) return undefined;
    const mine = shingles(block.text);
    let source: number | undefined;
    let score = SIMILAR;
    recorded.forEach((_, k) => {
      if (used.has(k)) return;
      // Mostly from it (reworded, split), or holding all of it (expanded, merged); the earlier one on a tie.
      const s = Math.max(containment(mine, oldShingles[k]!), containment(oldShingles[k]!, mine));
      if (s > score || (source === undefined && s >= score)) [source, score] = [k, s];
    });
    return source;
  });
  const changes: BlockChange[] = [];
  const claimed = new Map<number, string>();
  current.forEach((block, i) => {
    const source = best[i];
    if (source === undefined) return;
    const sourceId = recorded[source]!.id;
    if (!claimed.has(source)) {
      ids[i] = sourceId;
      claimed.set(source, sourceId);
      changes.push({ kind: 'reworded', id: sourceId, text: block.text });
    } else {
      ids[i] = fresh(block);
      changes.push({ kind: 'split', id: ids[i]!, other: sourceId, text: block.text });
    }
  });
  for (const k of claimed.keys()) used.add(k);
  // 3. New.
  current.forEach((block, i) => {
    if (ids[i] !== undefined) return;
    ids[i] = fresh(block);
    changes.push({ kind: 'new', id: ids[i]!, text: block.text });
  });
  const blocks = current.map((block, i) => ({ id: ids[i]!, fingerprint: block.fingerprint, text: normaliseText(block.text) }));
  // 4. Removed: where the text went, or the nearest survivor.
  const live = new Set(blocks.map((b) => b.id));
  const retired: FormerAnchor[] = [];
  recorded.forEach((r, k) => {
    if (used.has(k)) return;
    const to = wentTo(r, blocks) ?? nearestSurvivor(recorded, k, live) ?? fallback;
    retired.push({ id: r.id, to, revised: true });
    changes.push({ kind: 'revised', id: r.id, other: to, text: r.text });
  });
  return { blocks, retired, changes };
}

function wentTo(removed: PublishedBlock, blocks: readonly PublishedBlock[]): string | undefined {
  const mine = shingles(removed.text);
  let to: string | undefined;
  let score = WENT_TO;
  for (const b of blocks) {
    const s = containment(mine, shingles(b.text));
    if (s >= score) [to, score] = [b.id, s];
  }
  return to;
}

function nearestSurvivor(recorded: readonly PublishedBlock[], index: number, live: ReadonlySet<string>): string | undefined {
  for (let k = index - 1; k >= 0; k--) if (live.has(recorded[k]!.id)) return recorded[k]!.id;
  for (let k = index + 1; k < recorded.length; k++) if (live.has(recorded[k]!.id)) return recorded[k]!.id;
  return undefined;
}

/** Former anchors after an update: each lands on a live id (one whose target was retired now follows it). */
export function settleAnchors(anchors: readonly FormerAnchor[], live: ReadonlySet<string>, fallback: string): FormerAnchor[] {
  const byId = new Map(anchors.map((a) => [a.id, a]));
  const land = (a: FormerAnchor): FormerAnchor => {
    const seen = new Set<string>();
    let to = a.to;
    let revised = a.revised;
    while (!live.has(to) && byId.has(to) && !seen.has(to)) {
      seen.add(to);
      revised ||= byId.get(to)!.revised;
      to = byId.get(to)!.to;
    }
    return live.has(to) ? { ...a, to, revised } : { ...a, to: fallback, revised: true };
  };
  return [...byId.values()].filter((a) => !live.has(a.id)).map(land);
}
