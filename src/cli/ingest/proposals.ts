/**
 * What quotes.ts proposes, as data: who speaks (a registry id, or a speaker as named), a quote proposal with
 * where it stands and why it is or is not marked, a quotation no attribution explains, a paraphrase, a section's
 * text as the proposals read it; and the quote ids, allocated so that none repeats one the content root holds.
 */
import type { Attribution, WhoKind } from './quotations.ts';
import { slugify } from './structure.ts';

export interface Speaker {
  /** people.yaml ids (a joint quote has two). */
  people?: string[];
  speaker?: string;
  speakerType?: 'person' | 'organization' | 'group';
}

export interface QuoteProposal extends Speaker {
  id: string;
  /** Slug of the section and 1-based number of the paragraph (`p3`). */
  section: string;
  paragraph: number;
  /** The quoted words: [start, end) in the paragraph, inside the quotation marks. */
  start: number;
  end: number;
  text: string;
  /** True when the draft marks it; false when only the report proposes it. */
  marked: boolean;
  /** Why it is not marked. */
  reason?: string;
  /** The attribution found, or how the speaker was inferred. */
  attribution: Attribution | { phrase: string; verb: 'continuation'; side: 'before'; at: number; who: string; kind: WhoKind };
  continues?: string;
  /** A spelling of a registry entry that people.yaml does not list: propose it as an alias. */
  newAlias?: { id: string; spelling: string };
}

/** A quotation no attribution explains, or a mark that is not a quotation: the editor decides. */
export interface UnattributedQuotation {
  section: string;
  paragraph: number;
  text: string;
  closed: boolean;
  garbled?: boolean;
}

/** Reported speech ("X argued that …"): proposed as `kind=paraphrase`, not marked. */
export interface ParaphraseProposal extends Speaker {
  section: string;
  paragraph: number;
  text: string;
  verb: string;
}

export interface SectionText {
  slug: string;
  paragraphs: readonly string[];
  /** The heading line the section starts at, if any. */
  heading?: string;
}

/** Allocates `q-<who>-<n>` ids, skipping any already used in the content root. */
export class QuoteIds {
  private readonly used: Set<string>;
  constructor(used: Iterable<string>) {
    this.used = new Set(used);
  }
  next(who: string): string {
    const base = `q-${slugify(who, 40) || 'speaker'}`;
    let n = 1;
    while (this.used.has(`${base}-${n}`)) n++;
    this.used.add(`${base}-${n}`);
    return `${base}-${n}`;
  }
}
