/**
 * Furniture told by the lines around it (a step of cleanSource, junk.ts, after the line rules of
 * widget-furniture.ts and the others): everything under a "Back to top" or "Footer" mark after the text;
 * a reader's comment between a comment form and its "Reply"; a newsletter box's names and blurbs between
 * its heading and its sign-up button; a player's title under its running time or above its message, a video's
 * title above its running time; a tags box's labels and its tags one a line; a related headline in the text
 * that the related box lists too; the original publisher's box under its credit; the
 * publication's slogan under its name in the footer; the site's own date above its masthead; a
 * "Contributors" box (its heading and each contributor's role: the name is the byline); with no date line,
 * the label above the title that ends in the date ("Q&A / Europe & Central Asia 3 February 2022").
 */
import type { CleanedSource } from './junk.ts';
import { isProseLine, words } from './junk-rule.ts';
import { DATE_ONLY, PERSON_NAME, REPUBLISHED } from './metadata.ts';
import { isRunningTime } from './news-furniture.ts';

/** A page's footer mark: nothing of the author's comes under it. */
const FOOTER_MARK = /^(?:back to top|footer|site footer|top of (?:the )?page|return to top|scroll to top|haut de page|retour en haut(?: de (?:la )?page)?|наверх)$/iu;
/** A newsletter box's heading: "Sign up for one of our free newsletters", "Sign up to our free Morning Headlines newsletter". */
const NEWSLETTER_HEADING = /\bnewsletters?\b/iu;
/** A sign-up button or an address field: the box's end. */
const SIGN_UP_END = /^(?:sign[\s-]?up|subscribe|register|email address|your email(?: address)?|enter your email(?: address)?)(?:\s+(?:now|here|for free))?$/iu;
/** A box holds at most this many lines between its heading and its button. */
const BOX_LINES = 6;
/** A reader's comment is at most this many lines (its author, its time, its words). */
const COMMENT_LINES = 8;
const QUOTATION = /[“”"«»„]/u;
/** A slogan: one to three sentences of at most three words each ("Preventing War. Shaping Peace."). */
const SLOGAN = /^(?:\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2}[.!]\s*){1,3}$/u;
/** A promotion's button: "Learn more", "Find out more". */
const LEARN_MORE = /^(?:learn|find out|discover|read) more$/iu;
export const CONTRIBUTORS = /^(?:contributors?|authors?|written by|auteurs?|авторы?)$/iu;
/** A contributor's role under their name: a few words, no sentence ("Senior Analyst, Central Asia"). */
const ROLE = (l: string) => words(l) <= 6 && !/[.!?]$/u.test(l) && !PERSON_NAME.test(l) && /^\p{Lu}/u.test(l);

/** A line that ends in a full date after a short label (its last three or four words a date line alone). */
const labelDate = (l: string) => words(l) <= 12 && [3, 4].some((n) => DATE_ONLY.test(l.split(/\s+/).slice(-n).join(' ')) && /\d{4}$/u.test(l));

/** A name with its title: "Dr Sophie Eldridge", "Prof. Jane Roe". */
const TITLED_NAME = /^(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u;
/** A role with its institution after a comma ("Associate Fellow, Russia and Eurasia Programme"), taken for short furniture already. */
const ROLE_AND_PLACE = /^\p{Lu}[\p{L} -]+,\s+\p{Lu}/u;
/** A video box's label, and a title's shape: a few words, no sentence's end. */
const VIDEO_LABEL = /^(?:video|watch|watch video|watch now)$/iu;
const headlineShape = (l: string) => words(l) >= 3 && words(l) <= 16 && !/[.!:;]$/u.test(l) && !QUOTATION.test(l);
/** A city alone: "London", "New Delhi". */
const PLACE = /^\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?$/u;

/** A video's date and running time glued together by a copy: "Jan. 6, 202201:14" (no clock time: no AM or PM). */
const GLUED_RUNNING_TIME = /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\d{1,2}:\d{2}$/u;

/** A label and its value beside a tags line: "Region: Eurasia", "Blog Brand: Russia Watch" (no sentence). */
const LABELLED = /^\p{Lu}\p{L}*(?:\s+\p{L}+)?:\s+\p{Lu}[^.!?]{0,40}$/u;
/** A tags box lists at most this many tags one a line. */
const TAG_LINES = 12;

/** Every word of four letters or more capitalised: "Why Kazakhstan’s Fuel Protests Became a Crisis of the Regime". */
const titleCase = (l: string) => l.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));

type Line = { line: string; lineNumber: number; kind: 'kept' | 'stripped' | 'metadata'; rule?: string };

export function withPageWidgets(cleaned: CleanedSource): CleanedSource {
  const lines: Line[] = [
    ...cleaned.lines.map((line, i) => ({ line, lineNumber: cleaned.lineNumbers[i]!, kind: 'kept' as const })),
    ...cleaned.stripped.map((s) => ({ line: s.line, lineNumber: s.lineNumber, kind: 'stripped' as const, rule: s.rule })),
    ...cleaned.metadata.map((m) => ({ line: m.line, lineNumber: m.lineNumber, kind: 'metadata' as const, rule: m.rule })),
  ].sort((a, b) => a.lineNumber - b.lineNumber);
  const junk = new Map<number, string>();
  const byline = new Map<number, string>();
  const kept = lines.filter((l) => l.kind === 'kept');
  const firstProse = kept.find((l) => isProseLine(l.line))?.lineNumber ?? Infinity;
  /** A line still the author's, or taken only for its shape (a short line before or after the text). */
  const soft = (l: Line) => l.kind === 'kept' || (l.kind === 'stripped' && !!l.rule?.startsWith('short line'));
  const isJunk = (l: Line | undefined) => l !== undefined && (l.kind === 'stripped' || junk.has(l.lineNumber));

  lines.forEach((l, k) => {
    // A video box: "Video" / its title / its one-sentence description, furniture under it.
    // (Its title may be taken already, as a gallery's.)
    if (l.kind === 'stripped' && VIDEO_LABEL.test(l.line) && lines[k + 1] && lines[k + 1]!.kind !== 'metadata' && headlineShape(lines[k + 1]!.line)) {
      if (soft(lines[k + 1]!)) junk.set(lines[k + 1]!.lineNumber, 'video (its title, under its label)');
      const about = lines[k + 2];
      if (about?.kind === 'kept' && words(about.line) <= 30 && !QUOTATION.test(about.line) && isJunk(lines[k + 3])) junk.set(about.lineNumber, 'video (its description, under its title)');
    }
    if (l.lineNumber <= firstProse) return;
    if (FOOTER_MARK.test(l.line) && l.kind !== 'stripped') junk.set(l.lineNumber, 'back-to-top link');
    if (FOOTER_MARK.test(l.line)) for (const after of lines.slice(k + 1)) if (after.kind !== 'stripped') junk.set(after.lineNumber, 'page footer (under “Back to top”)');
    if (l.kind !== 'stripped') return;
    const above = lines[k - 1];
    // A newsletter box's name above its pitch ("The Brief" / "Sign up to receive the top stories …").
    if (l.rule?.startsWith('subscription or newsletter') && above?.kind === 'kept' && words(above.line) <= 5 && !/[.!?:;,]$/u.test(above.line) && !QUOTATION.test(above.line)) junk.set(above.lineNumber, 'newsletter box (its name)');
    // A player’s title above its controls ("Russian-led troops begin withdrawal …" / "Loaded: 0%").
    if (l.rule?.startsWith('media player (its controls)') && above?.kind === 'kept' && headlineShape(above.line)) junk.set(above.lineNumber, 'video player (its title, above its controls)');
    // "Post Comment" / "SteppeWatcher" / "January 21, 2022 at 9:14 pm" / "The Russians left …" / "Reply".
    if (l.rule?.startsWith('comment form') || l.rule?.startsWith('commenter (name')) {
      const end = lines.slice(k + 1, k + 2 + COMMENT_LINES).findIndex((x) => x.kind === 'stripped' && /^reply$/iu.test(x.line));
      for (const x of lines.slice(k + 1, k + 1 + Math.max(end, 0))) if (x.kind !== 'stripped') junk.set(x.lineNumber, 'a reader’s comment (between the comment form and its “Reply”)');
    }
  });
  /** "Contributors" / "Dina Akhmetova" / "Senior Analyst, Central Asia" at `k` (short lines the shape rules may have taken already). */
  const contributors = (k: number) => {
    junk.set(lines[k]!.lineNumber, 'contributors box (its heading)');
    for (const x of lines.slice(k + 1, k + 7)) {
      if (!soft(x)) break;
      if (PERSON_NAME.test(x.line)) byline.set(x.lineNumber, 'contributors box (a contributor)');
      else if (ROLE(x.line)) junk.set(x.lineNumber, 'contributors box (a contributor’s role)');
      else break;
    }
  };

  lines.forEach((l, k) => {
    // A newsletter box: "Sign up for one of our free newsletters" / "The Daily Report" / "Start your day right …" / "Sign up".
    if ((l.kind === 'stripped' || (l.kind === 'kept' && words(l.line) <= 6 && /\bnewsletters?$/iu.test(l.line))) && NEWSLETTER_HEADING.test(l.line)) {
      const end = lines.slice(k + 1, k + 2 + BOX_LINES).findIndex((x) => x.kind === 'stripped' && SIGN_UP_END.test(x.line));
      const inside = lines.slice(k + 1, k + 1 + Math.max(end, 0));
      // (Its blurb may be a sentence when it stands alone between them: "Start your day with context and analysis …, written by Globe editors.")
      const blurb = (x: Line) => !QUOTATION.test(x.line) && ((words(x.line) <= 16 && !isProseLine(x.line)) || (inside.length <= 2 && words(x.line) <= 30));
      if (end > 0 && inside.every((x) => x.kind === 'stripped' || blurb(x))) {
        for (const x of [l, ...inside]) if (x.kind !== 'stripped') junk.set(x.lineNumber, 'newsletter box (its names and blurbs)');
      }
    }
    if (CONTRIBUTORS.test(l.line) && soft(l) && PERSON_NAME.test(lines[k + 1]?.line ?? '')) return void contributors(k);
    // A promotion's lines between furniture and its "Learn more" button: "Join hundreds of … professionals with X PRO." / "… use PRO to …" / "Learn more".
    if (LEARN_MORE.test(l.line) && l.lineNumber > firstProse) {
      const pitch = [lines[k - 1], lines[k - 2], lines[k - 3]].filter((x) => x !== undefined);
      const end = pitch.findIndex((x) => x.kind === 'stripped');
      // (With no furniture above it among the paragraphs, the box opens with the product's name: "Military Balance+" / "The online database …".)
      const named = end < 0 && pitch[1]?.kind === 'kept' && words(pitch[1].line) <= 4 && !/[.!?:;,]$/u.test(pitch[1].line);
      const inside = pitch.slice(0, end < 0 ? (named ? 2 : 0) : end);
      if (inside.length > 0 && inside.length <= 2 && inside.every((x) => x.kind === 'kept' && words(x.line) <= 30 && !QUOTATION.test(x.line))) {
        for (const x of [l, ...inside]) if (x.kind === 'kept') junk.set(x.lineNumber, 'promotion (above its “Learn more”)');
      }
    }
    if (l.kind !== 'kept' || junk.has(l.lineNumber)) return;
    const before = lines[k - 1];
    const title = words(l.line) <= 16 && !/[.!?]$/u.test(l.line) && !QUOTATION.test(l.line);
    // A video's title above its running time, alone or glued to its date: "Deadly protests …" / "02:31", "… begins" / "Jan. 6, 202201:14".
    // (Above a running time alone it may quote: "Kazakhstan's leader gives troops "shoot-to-kill" order" / "02:14".)
    const next = lines[k + 1];
    const quotingTitle = words(l.line) <= 16 && !/[.!?]$/u.test(l.line) && next !== undefined && isRunningTime(next.line);
    if ((title || quotingTitle) && next && next.kind !== 'stripped' && (isRunningTime(next.line) || GLUED_RUNNING_TIME.test(next.line))) {
      junk.set(l.lineNumber, 'video player (its title, above its running time)');
      return void junk.set(next.lineNumber, 'video player (its running time)');
    }
    // A news feed's first time, above a headline that a time follows: "16:58" / "Azerbaijan, Uzbekistan discuss …" / "16:41".
    const after = lines[k + 2];
    if (isRunningTime(l.line) && next && after && next.kind !== 'stripped' && words(next.line) <= 16 && !/[.!?]$/u.test(next.line) && isRunningTime(after.line)) return void junk.set(l.lineNumber, 'news feed (a headline’s time)');
    // A player's title: under its running time ("05:12"), or above its message ("Independent TV" / "Sorry, the video player failed to load").
    const underTime = before?.kind === 'stripped' && /running time/u.test(before.rule ?? '');
    const aboveMessage = lines.slice(k + 1, k + 3).some((x) => x.kind === 'stripped' && x.rule === 'media player');
    if (title && (underTime || aboveMessage)) return void junk.set(l.lineNumber, 'media player (its title)');
    // The slogan under the publication's name in the footer.
    if (l.lineNumber > firstProse && before?.kind === 'stripped' && before.rule?.startsWith('masthead') && SLOGAN.test(l.line) && words(l.line) <= 8 && isJunk(lines[k + 1])) return void junk.set(l.lineNumber, 'the publication’s slogan (under its name)');
  });
  // A tags box: "Topic: Security" / "Region: Eurasia" / "Blog Brand: Russia Watch" (labels and their values beside a tags line),
  // and "Tags: Kazakhstan" / "CSTO" / "Russia" / … / "Share" (the rest one a line, up to the next furniture).
  lines.forEach((l, k) => {
    if (l.kind !== 'stripped' || l.rule !== 'tags') return;
    for (const step of [-1, 1]) {
      for (let j = k + step; lines[j] && lines[j]!.kind === 'kept' && LABELLED.test(lines[j]!.line); j += step) junk.set(lines[j]!.lineNumber, 'tags (a label and its value)');
    }
    if (!/:\s*\S/u.test(l.line)) return;
    const run = lines.slice(k + 1).findIndex((x) => x.kind !== 'kept' || junk.has(x.lineNumber) || words(x.line) > 4 || /[.!?,;:]$/u.test(x.line));
    const end = lines[k + 1 + run];
    if (run > 0 && run <= TAG_LINES && end && end.kind === 'stripped') for (const x of lines.slice(k + 1, k + 1 + run)) junk.set(x.lineNumber, 'tags (one a line, after "Tags: …")');
  });
  // The original publisher's box under "This article was published by ORF": "ORF" / "ORF was established on … as a think tank …".
  for (const [k, l] of lines.entries()) {
    const name = l.kind === 'metadata' && l.rule === 'republication credit' ? REPUBLISHED.exec(l.line)?.[1] : undefined;
    if (!name) continue;
    for (const x of lines.slice(k + 1, k + 4)) {
      if (x.kind !== 'kept') continue;
      if (x.line === name) junk.set(x.lineNumber, 'the original publisher’s box (its name)');
      else if (x.line.startsWith(`${name} `) && /^(?:is|was|has)\s/u.test(x.line.slice(name.length + 1))) junk.set(x.lineNumber, 'the original publisher’s box (who they are)');
    }
  }
  // A related headline in the text that a related box after it lists too ("Is Russia Preparing to Invade Ukraine? …").
  const related = new Set(lines.filter((l) => l.kind === 'stripped' && l.rule?.startsWith('related link')).map((l) => l.line));
  const inline = kept.filter((l) => related.has(l.line) && words(l.line) <= 20 && !QUOTATION.test(l.line));
  for (const l of inline) junk.set(l.lineNumber, 'related link (a headline the related box lists too)');
  // (The site's other inline links are then in the same style: in the text, a headline in title case as that one is,
  // "Is Russia Preparing to Invade Ukraine? Here’s What to Watch For", when the text has no other headline of that case.)
  const lastProse = kept.findLast((l) => isProseLine(l.line))?.lineNumber ?? -Infinity;
  const inText = (l: Line) => l.lineNumber > firstProse && l.lineNumber < lastProse;
  const headlines = kept.filter((l) => inText(l) && !junk.has(l.lineNumber) && words(l.line) >= 4 && words(l.line) <= 16 && !/[.!…]$/u.test(l.line) && !QUOTATION.test(l.line));
  if (inline.some((l) => inText(l) && titleCase(l.line)) && headlines.every((l) => titleCase(l.line))) {
    for (const l of headlines) junk.set(l.lineNumber, 'related link (an inline headline in the style of one the related box lists)');
  }
  // A byline block: "Dr Sophie Eldridge" / "Associate Fellow, …" above the text, "Katharine Sorensen" / "Senior International
  // Correspondent" (the byline's role, metadata already) / "London" / "Published …": the name, its role, its city.
  const secondProse = kept.filter((l) => isProseLine(l.line))[1]?.lineNumber ?? Infinity;
  lines.forEach((l, k) => {
    if (l.lineNumber >= secondProse || l.kind === 'metadata') return;
    const next = lines[k + 1];
    if ((l.kind === 'kept' || soft(l) || l.rule?.startsWith('related link')) && (PERSON_NAME.test(l.line) || TITLED_NAME.test(l.line)) && next && (next.kind === 'metadata' ? next.rule?.includes('role') : soft(next) && ROLE(next.line) && /\p{Ll}/u.test(next.line) && (next.kind === 'kept' || (ROLE_AND_PLACE.test(next.line) && !CONTRIBUTORS.test(lines[k - 1]?.line ?? ''))))) {
      byline.set(l.lineNumber, 'byline (a name above its role)');
      if (soft(next)) byline.set(next.lineNumber, 'the byline’s role (under the name)');
    }
    const role = lines[k - 1];
    if (role?.kind === 'metadata' && role.rule?.includes('role') && PLACE.test(l.line) && lines[k + 1]?.kind === 'metadata') byline.set(l.lineNumber, 'the byline’s city (under its role)');
  });
  // A date after the text among furniture ("Research paper" / "Succession politics …" / "18 November 2021" / "The World Today"): a box's, not the article's.
  lines.forEach((l, k) => {
    if (l.kind === 'metadata' && l.lineNumber > lastProse && isJunk(lines[k - 1]) && (k === lines.length - 1 || isJunk(lines[k + 1])) && cleaned.metadata.some((m) => m.kind === 'date' && m.lineNumber < l.lineNumber) && DATE_ONLY.test(l.line.replace(/^\d{1,2}:\d{2}\s*\/\s*/u, ''))) junk.set(l.lineNumber, 'a date in a box after the text');
  });
  // The site's date above its masthead ("Wednesday, January 19, 2022" / "Bishkek -9°C" / … / the publication's name), the article's below.
  const masthead = lines.find((l) => l.kind === 'stripped' && l.rule?.startsWith('masthead'));
  const dates = lines.filter((l) => l.kind === 'metadata' && DATE_ONLY.test(l.line));
  if (masthead && dates.some((d) => d.lineNumber > masthead.lineNumber)) {
    for (const d of dates) if (d.lineNumber < masthead.lineNumber) junk.set(d.lineNumber, 'the site’s date (above its masthead)');
  }
  // With no date line, the label above the title that ends in one is it: "Q&A / Europe & Central Asia 3 February 2022".
  const dated = new Map<number, string>();
  if (!cleaned.metadata.some((m) => m.kind === 'date')) {
    const label = lines.find((l) => l.kind === 'stripped' && l.lineNumber < firstProse && /\s[/|]\s/u.test(l.line) && labelDate(l.line));
    if (label) dated.set(label.lineNumber, 'publication date (after the kind of piece and its region)');
  }
  if (junk.size === 0 && byline.size === 0 && dated.size === 0) return cleaned;


  const keep = cleaned.lines.map((_, i) => !junk.has(cleaned.lineNumbers[i]!) && !byline.has(cleaned.lineNumbers[i]!));
  const stripped = [
    ...cleaned.stripped.filter((x) => !dated.has(x.lineNumber) && !byline.has(x.lineNumber) && !junk.has(x.lineNumber)),
    ...lines.filter((l) => junk.has(l.lineNumber)).map((l) => ({ line: l.line, rule: junk.get(l.lineNumber)!, lineNumber: l.lineNumber })),
  ].sort((a, b) => a.lineNumber - b.lineNumber);
  const metadata = [
    ...cleaned.metadata.filter((m) => !junk.has(m.lineNumber)),
    ...lines.filter((l) => byline.has(l.lineNumber)).map((l) => ({ line: l.line, rule: byline.get(l.lineNumber)!, kind: 'byline' as const, lineNumber: l.lineNumber })),
    ...lines.filter((l) => dated.has(l.lineNumber)).map((l) => ({ line: l.line, rule: dated.get(l.lineNumber)!, kind: 'date' as const, lineNumber: l.lineNumber })),
  ].sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...cleaned, lines: cleaned.lines.filter((_, i) => keep[i]), lineNumbers: cleaned.lineNumbers.filter((_, i) => keep[i]), stripped, metadata };
}
