/**
 * A quotation standing alone as a subheading ("- ‘Foreign powers will now watch Kazakhstan more closely’"),
 * which no words attribute, whose words a quote the text marks repeats ("“But the foreign powers will now
 * watch Kazakhstan more closely, and …,” he added"): the words of that quote's speaker, marked as theirs.
 * Run after proposeQuotes (quotes.ts), on its proposals and the quotations it left unattributed.
 */
import { findQuotations } from './marks.ts';
import type { QuoteIds, QuoteProposal, SectionText, UnattributedQuotation } from './quotes.ts';

/** Words compared without case or punctuation. */
const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The marked quote, before it in the text, whose words a few words in marks repeat ("the “shoot to kill” order" after
 * Tokayev said: “… to shoot to kill without warning.”): three words at least, else undefined.
 */
export function repeatedFrom(text: string, earlier: readonly QuoteProposal[]): QuoteProposal | undefined {
  const w = words(text);
  return w.split(' ').length >= 3 ? earlier.findLast((p) => p.marked && words(p.text).includes(w)) : undefined;
}

/** The one quotation a paragraph is, alone (after a list's or a subheading's dash), or undefined. */
export function aloneQuotation(paragraph: string): { start: number; end: number } | undefined {
  const quotations = findQuotations(paragraph);
  const q = quotations[0];
  if (quotations.length !== 1 || q?.close === undefined) return undefined;
  const alone = /^\s*(?:[-–—•*]\s*)?$/u.test(paragraph.slice(0, q.open)) && /^[\s.!?]*$/u.test(paragraph.slice(q.close + 1));
  return alone ? { start: q.start, end: q.end } : undefined;
}

/** The unattributed subheadings that echo a marked quote, proposed as that speaker's; the rest stay unattributed. */
export function echoedSubheadings(
  sections: readonly SectionText[],
  proposals: readonly QuoteProposal[],
  unattributed: readonly UnattributedQuotation[],
  ids: QuoteIds,
): { proposals: QuoteProposal[]; unattributed: UnattributedQuotation[] } {
  const out = [...proposals];
  const left: UnattributedQuotation[] = [];
  const order = (slug: string) => sections.findIndex((s) => s.slug === slug);
  for (const u of unattributed) {
    const paragraph = sections[order(u.section)]?.paragraphs[u.paragraph - 1] ?? '';
    const alone = u.closed && !u.garbled ? aloneQuotation(paragraph) : undefined;
    const text = alone && paragraph.slice(alone.start, alone.end);
    // (Three words at least: a word alone in marks is a title or a term, not a line of someone's.)
    const source = text && words(text).split(' ').length >= 3 ? proposals.find((p) => p.marked && words(p.text).includes(words(text))) : undefined;
    if (!alone || !text || !source) {
      left.push(u);
      continue;
    }
    const speaker = source.people ? { people: source.people } : { speaker: source.speaker, ...(source.speakerType ? { speakerType: source.speakerType } : {}) };
    const proposal: QuoteProposal = {
      id: ids.next(source.people?.join(' ') ?? source.speaker ?? ''),
      section: u.section,
      paragraph: u.paragraph,
      start: alone.start,
      end: alone.end,
      text,
      marked: true,
      attribution: { phrase: `repeats ${source.id} (a quoted subheading)`, verb: 'continuation', side: 'before', at: -1, who: source.people?.join(' ') ?? source.speaker ?? '', kind: 'name' },
      ...speaker,
    };
    // In reading order: before the first proposal after it.
    const after = out.findIndex((p) => order(p.section) > order(u.section) || (p.section === u.section && p.paragraph > u.paragraph));
    out.splice(after < 0 ? out.length : after, 0, proposal);
  }
  return { proposals: out, unattributed: left };
}
