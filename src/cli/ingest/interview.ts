/**
 * Speakers a whole paragraph gives, rather than words around quotation
 * marks: the answers of a Q&A interview ("Aigerim Nurlanova: The grievances
 * were real …" after "Steppe Review: What started …?"), and the credit line
 * under a block quotation ("– Dastan Bekeshev, member of parliament").
 * Pure text work; who a label or a credit is, is decided in quotes.ts.
 */
import { trimName } from './quotations.ts';
import { ONE_NAME as ONE_NAME_PATTERN } from './speech-patterns.ts';

/** A paragraph opening with a speaker's label: "Q:", "A:", "Steppe Review:", "Aigerim Nurlanova:", initials ("AN:"). */
const LABEL = new RegExp(String.raw`^(Q|A|Question|Answer|${ONE_NAME_PATTERN})(,\s+[^:“”«»"]{2,60}?)?(?:\s+\([^()]{1,40}\))?\s*:\s+(?=\S)`, 'u');
/** "Q." and "A." (or "Q)" and "A)") opening a paragraph, as some Q&As write them. */
const LABEL_DOT = /^(Q|A)[.)]\s+(?=\S)/u;
/** A turn of an interview set with dashes and no labels ("— Was the mission a success?", "— For Tokayev, without doubt."). */
const DASH_TURN = /^[—―]\s+(?=[\p{Lu}\p{N}“"‘«])/u;

/**
 * The turns of an interview set with a dash at the start of each and no labels: a question is a turn that ends
 * with "?", an answer one that does not; a text of them when at least two of each alternate (a question, then an
 * answer). Spanish dialogue ("— Nobody expected it — says X —.") asks nothing and is no interview.
 */
export function dashTurns(paragraphs: readonly string[]): { i: number; label: 'Q' | 'A'; start: number }[] {
  const turns = paragraphs.flatMap((p, i) => {
    const m = DASH_TURN.exec(p);
    return m ? [{ i, label: /\?["”’»]?\s*$/u.test(p) ? ('Q' as const) : ('A' as const), start: m[0].length }] : [];
  });
  const alternating = turns.filter((t, k) => t.label === 'A' && turns[k - 1]?.label === 'Q').length;
  return alternating >= 2 && turns.filter((t) => t.label === 'Q').length >= 2 ? turns : [];
}
/** A transcript's label for who asks: "RACHEL AMES, HOST:". */
const HOST_ROLE = /\b(?:host|anchor|moderator|interviewer|presenter|correspondent)\b/iu;
/** A label in capitals, as transcripts write them, in the case of a name: "KASSYM-JOMART TOKAYEV" → "Kassym-Jomart Tokayev". */
const nameCase = (label: string) => (/\p{Ll}/u.test(label) ? label : label.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()));
/** Labels that ask; "A"/"Answer" answer for the person the text introduced. */
const ASKS = /^(?:Q|Question)$/;
const ANSWERS = /^(?:A|Answer)$/;

export interface InterviewAnswer {
  /** The label as written ("Nurlanova", "A"). */
  label: string;
  /** Where the answer's words start in the paragraph (after the label). */
  start: number;
}

/**
 * The answers of a Q&A, by paragraph, when the text is one: at least two
 * questions and two answers, each labelled, the questions by one label (the
 * first, or "Q"), the answers by the others. `same(a, b)` says whether two
 * labels name one speaker ("Aigerim Nurlanova" and "Nurlanova").
 */
export function interviewAnswers(paragraphs: readonly string[], same: (a: string, b: string) => boolean, sectionStarts: ReadonlySet<number> = new Set()): Map<number, InterviewAnswer> {
  const labels = paragraphs.flatMap((p, i) => {
    const m = LABEL.exec(p) ?? LABEL_DOT.exec(p);
    if (!m) return [];
    // (Initials, "AN:", stay as written: quotes.ts reads them against the names the text gave.)
    const label = ASKS.test(m[1]!) || ANSWERS.test(m[1]!) || /^\p{Lu}{2,3}$/u.test(m[1]!) ? m[1]! : trimName(nameCase(m[1]!));
    return label ? [{ i, label, start: m[0].length, host: HOST_ROLE.test(m[2] ?? '') }] : [];
  });
  const dashed = labels.length < 4 ? dashTurns(paragraphs) : [];
  const labelled = dashed.length ? dashed.map((t) => ({ ...t, host: false })) : labels;
  const answers = new Map<number, InterviewAnswer>();
  if (labelled.length < 4) return answers;
  const asker = (labelled.find((l) => ASKS.test(l.label)) ?? labelled.find((l) => l.host) ?? labelled[0]!).label;
  const questions = labelled.filter((l) => l.label === asker || ASKS.test(l.label) || same(l.label, asker));
  const replies = labelled.filter((l) => !questions.includes(l) && !same(l.label, asker));
  if (questions.length < 2 || replies.length < 2) return answers;
  for (const r of replies) answers.set(r.i, { label: r.label, start: r.start });
  // An answer over several paragraphs: those after it, unlabelled, when the next label follows them in the same
  // section (not after the last answer: "The interview has been condensed."), none a quotation.
  const labelledAt = new Set(labelled.map((l) => l.i));
  for (const r of replies) {
    let i = r.i + 1;
    // (Nor a stage direction, "(END VIDEO CLIP)", nor a line in capitals.)
    // (Between dashed turns every paragraph is a turn's: quotation marks in one are the answer's own.)
    while (i < paragraphs.length && !labelledAt.has(i) && !sectionStarts.has(i) && (dashed.length > 0 || !/[“”"«»]/u.test(paragraphs[i]!)) && !/^\s*[([].*[)\]]\s*$|^[^\p{Ll}]+$/u.test(paragraphs[i]!)) i++;
    if (labelledAt.has(i)) for (let j = r.i + 1; j < i; j++) answers.set(j, { label: r.label, start: 0 });
  }
  return answers;
}

/** The name a credit line under a block quotation gives ("– Erlan Kasymov", "— Dastan Bekeshev, member of parliament"). */
export function blockQuoteCredit(paragraph: string | undefined): string | undefined {
  const m = new RegExp(String.raw`^[–—-]\s*(${ONE_NAME_PATTERN})(?:\s*,\s*[^.!?]{1,80})?\.?$`, 'u').exec(paragraph?.trim() ?? '');
  return m ? trimName(m[1]!) || undefined : undefined;
}

/** Whether a paragraph introduces the next one as a quotation: it ends with a colon. */
export const introducesQuotation = (paragraph: string | undefined) => /:\s*$/.test(paragraph ?? '');
