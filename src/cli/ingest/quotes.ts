/**
 * Quote proposals for a draft: each attributed quotation (quotations.ts)
 * gets an id, the analyst(s) its attribution names (by name or alias from
 * analysts.yaml) or else a `speaker` label. Only a quotation closed inside
 * its paragraph is marked in the draft; the others are proposed in the
 * report for the editor to mark by hand.
 */
import { attribute, findQuotations, type Attribution } from './quotations.ts';
import { slugify } from './structure.ts';

export interface KnownAnalyst {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface QuoteProposal {
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
  attribution: Attribution;
  analysts?: string[];
  speaker?: string;
  speakerType?: 'person';
  continues?: string;
}

/** A quotation no attribution pattern explains: the editor decides who speaks. */
export interface UnattributedQuotation {
  section: string;
  paragraph: number;
  text: string;
  closed: boolean;
}

export interface SectionText {
  slug: string;
  paragraphs: readonly string[];
}

const HONORIFICS = /^(?:Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|President|Minister|Ambassador|General|Senator)\s+/;

/** Looks names up among the analysts' names and aliases. */
export class AnalystIndex {
  private readonly byName = new Map<string, string>();
  private readonly spellings: string[];

  constructor(analysts: readonly KnownAnalyst[]) {
    for (const a of analysts) for (const s of [a.name, ...a.aliases]) this.byName.set(s.toLowerCase(), a.id);
    this.spellings = [...new Set(analysts.flatMap((a) => [a.name, ...a.aliases]))].sort((a, b) => b.length - a.length);
  }

  /** The analyst id a name is, if any (exact spelling, case-insensitive, titles ignored). */
  find(name: string): string | undefined {
    return this.byName.get(name.trim().replace(HONORIFICS, '').toLowerCase());
  }

  /** The ids of every name in "X", "X and Y", "X, Y and Z" — or undefined if any is unknown. */
  resolve(who: string): string[] | undefined {
    const ids = who.split(/\s*,\s*|\s+and\s+/).map((part) => this.find(part));
    return ids.every((id): id is string => id !== undefined) ? [...new Set(ids)] : undefined;
  }

  /** The last known spelling written in `text` (whole words), or ''. */
  lastIn(text: string): string {
    let best = { end: -1, spelling: '' };
    for (const spelling of this.spellings) {
      const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])`, 'gu'))) {
        const end = m.index + spelling.length;
        if (end > best.end) best = { end, spelling };
      }
    }
    return best.spelling;
  }
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

const PERSON = /^\p{Lu}[\p{L}\p{M}’'.\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.\-]*){1,3}$/u;

function excerpt(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

/** Proposes quotes for every paragraph of every section, in reading order. */
export function proposeQuotes(
  sections: readonly SectionText[],
  analysts: AnalystIndex,
  ids: QuoteIds,
): { proposals: QuoteProposal[]; unattributed: UnattributedQuotation[] } {
  const proposals: QuoteProposal[] = [];
  const unattributed: UnattributedQuotation[] = [];
  for (const section of sections) {
    section.paragraphs.forEach((paragraph, index) => {
      const quotations = findQuotations(paragraph);
      const attributions = attribute(paragraph, quotations, (text) => analysts.lastIn(text));
      const inParagraph: QuoteProposal[] = [];
      quotations.forEach((q, i) => {
        const closed = q.close !== undefined;
        const start = q.open + 1;
        const end = q.close ?? paragraph.length;
        const text = paragraph.slice(start, end);
        const attribution = attributions[i];
        if (!attribution || text.trim() === '') {
          unattributed.push({ section: section.slug, paragraph: index + 1, text: excerpt(text), closed });
          return;
        }
        const resolved = analysts.resolve(attribution.who);
        const who = resolved ? resolved.join(' ') : attribution.who;
        const proposal: QuoteProposal = {
          id: ids.next(who),
          section: section.slug,
          paragraph: index + 1,
          start,
          end,
          text: closed ? text : excerpt(text),
          marked: closed,
          reason: closed ? undefined : 'no closing quotation mark in the paragraph: mark where the quotation ends by hand',
          attribution,
          ...(resolved ? { analysts: resolved } : { speaker: attribution.who }),
          ...(!resolved && PERSON.test(attribution.who) ? { speakerType: 'person' as const } : {}),
        };
        const same = (p: QuoteProposal) => p.marked && (p.analysts?.join(' ') ?? p.speaker) === who;
        // "“…,” said X“…”": one attribution between two parts of one statement.
        const shared = inParagraph.findLast((p) => p.marked && p.attribution.at === attribution.at);
        // "X continued, “…”": the part after the last quote by the same speaker.
        const continued = attribution.verb === 'continued' ? inParagraph.findLast(same) : undefined;
        const continues = (shared ?? continued)?.id;
        if (proposal.marked && continues) proposal.continues = continues;
        inParagraph.push(proposal);
      });
      proposals.push(...inParagraph);
    });
  }
  return { proposals, unattributed };
}
