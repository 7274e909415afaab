/**
 * Boxes around a news article that only their shape and place tell (batch
 * 15's forms, none by a site's name): a byline carrying the author's role
 * ("By X, a nonresident fellow at Y.") or its section and date ("By X in
 * Nation on 12 January 2022"), a second byline line ("and Y", or names alone
 * with an "and" line between), "Reporting from …", a "Published … Updated …"
 * line; the title repeated under a section label and its gloss; a photo credit
 * "Credit...Name/Agency"; a related box's dek and "Label | Author" under its
 * headline; consent lines of a sign-up form; a letter to the readers after the
 * text ("Dear readers," and all after it); a donation box's words between its lines; a gate's line after the text naming
 * a subscription; the byline's author's biography after the text. Runs on what
 * the other rules left (junk.ts), so it changes no line they decided.
 */
import type { CleanedSource } from './junk.ts';
import { foldTitle, isProseLine, words } from './junk-rule.ts';
import { DATE_ONLY, PERSON_NAME, authorFromByline } from './metadata.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

const NAME = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}`;
/** "By X, a nonresident fellow at Y." (a role after the name, no sentence of the text). */
export const bylineWithRole = (l: string) => new RegExp(String.raw`^By ${NAME}(?: and ${NAME})?, (?:a|an|the) [^“”"«»]{3,90}$`, 'u').test(l) && words(l) <= 20;
/** "By X in Nation on 12 January 2022": the byline, the site's section and the date. */
export const bylineWithSection = (l: string) => {
  const m = new RegExp(String.raw`^By ${NAME} in \p{Lu}[\p{L} &-]{1,30} on (.+)$`, 'u').exec(l);
  return m !== null && DATE_ONLY.test(m[1]!);
};
/** "and Marat Dzhumabayev": the byline's second name on a line of its own. */
export const andName = (l: string) => new RegExp(String.raw`^and ${NAME}$`, 'u').test(l);
/** "Reporting from Moscow and Almaty, Kazakhstan": where the byline's authors wrote from. */
export const reportingFrom = (l: string) => /^Reporting from \p{Lu}[^.!?“”"]*$/u.test(l) && words(l) <= 10;
/** "Published Jan. 7, 2022 Updated Jan. 8, 2022, 3:41 a.m. ET": the date and its update on one line. */
export const publishedUpdated = (l: string) => {
  const m = /^Published:?\s+(.+?)\s+Updated:?\s+(.+)$/u.exec(l);
  return m !== null && DATE_ONLY.test(m[1]!) && words(l) <= 16;
};
/** "Credit...Alexander Kuznetsov/Reuters": a photo credit after dots. */
export const dottedCredit = (l: string) => /^(?:Photo\s+)?Credit(?:\.{2,}|…)\s*\S/iu.test(l) && words(l) <= 10;
/** "Argument | Raffaello Pantucci": a related story's label and author. */
export const labelAndAuthor = (l: string) => new RegExp(String.raw`^\p{Lu}[\p{L}-]+(?: \p{L}+)? \| ${NAME}$`, 'u').test(l);
/** "By submitting, you consent to …", "By registering, you agree to our T&C": a sign-up form's consent. */
export const consentLine = (l: string) => /^By (?:submitting|registering|signing up|subscribing|clicking|continuing)\b[^,]*,\s*you (?:consent|agree|accept|acknowledge)\b/iu.test(l) && words(l) <= 30;
/** "Get the latest … from our Global Impact newsletter …": a newsletter's pitch, short. */
export const newsletterPitch = (l: string) => /\bour\b(?:\s+\p{L}+){0,4}\s+newsletters?\b/iu.test(l) && words(l) <= 25 && !/[“”"«»]/u.test(l);
/** "Dear readers,": a letter to the readers opens. */
export const readersSalutation = (l: string) => /^(?:dear|chers?|chères?|уважаемые|дорогие)\s+(?:readers|friends|lecteurs|lectrices|читатели|друзья)\s*[,:!]?$/iu.test(l);
/** "Commenting on this … is just one benefit of a … subscription.": a gate's line naming a subscription. */
export const subscriptionGate = (l: string) => /\b(?:subscription|subscribers?)\b/iu.test(l) && words(l) <= 25 && !/[“”"«»]/u.test(l);
/** "Join the Conversation": a comment section's heading. */
export const conversationHeading = (l: string) => /^join the (?:conversation|discussion|debate)$/iu.test(l);

/** A donation box's or a paywall's line, by the rule that took it. */
const appealBox = (rule: string | undefined) => rule !== undefined && /^(?:donation appeal|appeal for the readers|paywall)/u.test(rule);

/** A letter to the readers at the page's end is at most this many lines. */
const LETTER_LINES = 8;

export function withArticleBoxes(cleaned: CleanedSource): CleanedSource {
  const body = numberedLines(cleaned);
  const junk = new Map<number, string>();
  const meta = new Map<number, { rule: string; kind: 'byline' | 'credit' | 'date' }>();
  const strippedAt = new Map(cleaned.stripped.map((s) => [s.lineNumber, s] as const));
  const metaAt = new Map(cleaned.metadata.map((m) => [m.lineNumber, m] as const));
  const prose = body.filter((b) => isProseLine(b.line) && !/^By /u.test(b.line));
  const firstProse = prose[0]?.lineNumber ?? Infinity;
  const lastProse = prose.at(-1)?.lineNumber ?? -Infinity;
  // The title repeated among the first lines, under a section label and its gloss ("Argument" / "An expert's point of view …"):
  // the title before any prose (once the text has started, a line like the title is the author's), and the first line, when
  // it is not the title, a label (a few words, no sentence).
  const label = (l: string) => words(l) <= 3 && !/[.!?…:;,]$/u.test(l);
  const repeated = body.find((b) => b.index < 4 && foldTitle(b.line) === foldTitle(cleaned.title));
  const titleAt = repeated && repeated.lineNumber < firstProse && (repeated.index === 0 || label(body[0]!.line)) ? repeated : undefined;
  for (const [k, b] of body.entries()) {
    const l = b.line;
    const prev = body[k - 1];
    const prevLine = b.lineNumber - 1;
    if (titleAt && b.index <= titleAt.index && words(l) <= 12) { junk.set(b.index, b === titleAt ? 'the title repeated (under a section label and its gloss)' : 'section label and its gloss (above the title repeated)'); continue; }
    if (bylineWithRole(l)) { meta.set(b.index, { rule: 'byline (with the author’s role)', kind: 'byline' }); continue; }
    if (bylineWithSection(l)) { meta.set(b.index, { rule: 'byline (with the section and the date)', kind: 'byline' }); continue; }
    const bylineAbove = metaAt.get(prevLine)?.kind === 'byline' || (prev?.lineNumber === prevLine && meta.get(prev.index)?.kind === 'byline');
    if (andName(l) && bylineAbove) { meta.set(b.index, { rule: 'byline (its second name)', kind: 'byline' }); continue; }
    if (reportingFrom(l) && (bylineAbove || b.lineNumber < firstProse)) { meta.set(b.index, { rule: 'byline (where the authors reported from)', kind: 'credit' }); continue; }
    if (publishedUpdated(l)) { meta.set(b.index, { rule: 'publication date (with its update)', kind: 'date' }); continue; }
    if (dottedCredit(l)) { junk.set(b.index, 'photo credit (after dots)'); continue; }
    if (consentLine(l)) { junk.set(b.index, 'sign-up form (consent)'); continue; }
    if (newsletterPitch(l)) { junk.set(b.index, 'newsletter pitch'); continue; }
    const afterText = b.lineNumber > lastProse;
    // (Only at the page's end: a few lines after it, the text before it.)
    if (readersSalutation(l) && b.lineNumber > firstProse && body.length - k <= LETTER_LINES) {
      for (const c of body.slice(k)) junk.set(c.index, 'letter to the readers (a donation appeal, after the text)');
      break;
    }
    if (conversationHeading(l) && (afterText || subscriptionGate(body[k + 1]?.line ?? '') || k >= body.length - 2)) { junk.set(b.index, 'comment section heading'); continue; }
    if (prev && junk.has(prev.index) && junk.get(prev.index) === 'comment section heading' && subscriptionGate(l)) { junk.set(b.index, 'comment gate (a subscription’s benefit)'); continue; }
    // A donation box's words between its lines: "Help fund Monitor journalism …" / "Already a subscriber? Login" / "Monitor journalism changes lives …" / "Our work isn't possible without your support.".
    if (appealBox(strippedAt.get(prevLine)?.rule) && appealBox(strippedAt.get(b.lineNumber + 1)?.rule) && words(l) <= 60 && !/[“”"«»]/u.test(l)) { junk.set(b.index, 'donation box (its words, between its lines)'); continue; }
    // A related box: a dek and "Label | Author" under a headline stripped as related.
    const relatedAbove = (n: number) => strippedAt.get(n)?.rule.startsWith('related link') === true;
    if (relatedAbove(prevLine) && words(l) <= 20 && !/[“”"«»]/u.test(l) && labelAndAuthor(body[k + 1]?.line ?? '')) { junk.set(b.index, 'related box (its dek)'); continue; }
    if (labelAndAuthor(l) && prev && junk.get(prev.index) === 'related box (its dek)') { junk.set(b.index, 'related box (its label and author)'); continue; }
    // A line after the text's last paragraph's box: "Stay informed …" under "Subscribe to our newsletter".
    if (/\b(?:subscribe|newsletters?|sign up)\b/iu.test(strippedAt.get(prevLine)?.line ?? '') && k === body.length - 1 && words(l) <= 20 && !/[“”"«»]/u.test(l)) { junk.set(b.index, 'newsletter box (its text)'); continue; }
  }
  // Names alone in the head with an "and" line between ("Kristin Huang" / "and" / "Wendy Zhou"), taken for furniture: the byline.
  const names = headNames(cleaned.stripped, firstProse);
  // The byline's second line or its "Reporting from …" taken for short furniture above the text: the byline's.
  const bylineAt = new Set(cleaned.metadata.filter((m) => m.kind === 'byline').map((m) => m.lineNumber));
  const rekinded: { line: string; lineNumber: number; rule: string; kind: 'byline' | 'credit' }[] = [];
  for (const s of cleaned.stripped) {
    if (!s.rule.startsWith('short line before the text') || !bylineAt.has(s.lineNumber - 1)) continue;
    if (andName(s.line)) rekinded.push({ ...s, rule: 'byline (its second name)', kind: 'byline' });
    else if (reportingFrom(s.line)) rekinded.push({ ...s, rule: 'byline (where the authors reported from)', kind: 'credit' });
    else continue;
    bylineAt.add(s.lineNumber);
  }
  for (const s of names) rekinded.push({ ...s, rule: 'byline (names with an “and” line between)', kind: 'byline' });
  // The byline's authors' biographies after the text: "X is …", "X joined …" (no quotation).
  const authors = [...cleaned.metadata, ...rekinded, ...[...meta.entries()].map(([i, m]) => ({ ...m, line: cleaned.lines[i]! }))]
    .filter((m) => m.kind === 'byline')
    .flatMap((m) => (authorFromByline(m.line) ?? (PERSON_NAME.test(m.line.replace(/^and /u, '')) ? m.line.replace(/^and /u, '') : '')).split(/\s+and\s+/u))
    .map((a) => a.replace(/^and /u, '').replace(/,.*$/u, '').trim())
    .filter((a) => a.split(/\s+/).length >= 2);
  for (const b of body) {
    if (junk.has(b.index) || meta.has(b.index)) continue;
    if (authors.some((a) => b.line.startsWith(`${a} `)) && words(b.line) <= 40 && !/[“”"«»]/u.test(b.line) && b.lineNumber > firstProse && isLastBlock(body.filter((c) => !junk.has(c.index)), b.lineNumber, authors)) junk.set(b.index, 'author biography (the byline’s author, after the text)');
  }
  if (junk.size === 0 && meta.size === 0 && rekinded.length === 0) return cleaned;
  const moved = new Set(rekinded.map((s) => s.lineNumber));
  const stripped = [...cleaned.stripped.filter((s) => !moved.has(s.lineNumber)), ...body.filter((b) => junk.has(b.index)).map((b) => ({ line: b.line, rule: junk.get(b.index)!, lineNumber: b.lineNumber }))];
  const metadata = [
    ...cleaned.metadata,
    ...body.filter((b) => meta.has(b.index)).map((b) => ({ line: b.line, ...meta.get(b.index)!, lineNumber: b.lineNumber })),
    ...rekinded.map(({ line, rule, kind, lineNumber }) => ({ line, rule, kind, lineNumber })),
  ];
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  metadata.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set([...junk.keys(), ...meta.keys()])), stripped, metadata };
}

/** The biography stands after every line of the text but other biographies (the text's last block). */
function isLastBlock(body: readonly { line: string; lineNumber: number }[], at: number, authors: readonly string[]): boolean {
  return body.filter((b) => b.lineNumber > at).every((b) => authors.some((a) => b.line.startsWith(`${a} `)) || words(b.line) <= 6);
}

/**
 * Names alone above the text with a line "and" between, each stripped as a short line (a profile's name and its
 * "+ FOLLOW" button between them): "Kristin Huang" / "and" / "Wendy Zhou" is the byline.
 */
export function headNames(stripped: readonly { line: string; rule: string; lineNumber: number }[], firstProse: number): { line: string; lineNumber: number }[] {
  const head = stripped.filter((s) => s.lineNumber < firstProse);
  const at = head.findIndex((s) => s.line === 'and');
  if (at < 0) return [];
  const before = head.slice(0, at).reverse().find((s) => PERSON_NAME.test(s.line));
  const after = head.slice(at + 1).find((s) => PERSON_NAME.test(s.line));
  if (!before || !after) return [];
  // (Only furniture between them: a follow button, no other line of words.)
  const between = head.filter((s) => s.lineNumber > before.lineNumber && s.lineNumber < after.lineNumber && s !== head[at]);
  if (between.some((s) => words(s.line) > 3)) return [];
  return [before, head[at]!, after];
}
