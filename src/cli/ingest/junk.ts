/**
 * Scraping junk in raw article text: lines that are page furniture, not the
 * author's words (share and subscribe buttons, newsletter and advertising
 * blurbs, "related" and "read more" links, tag lists, print and download
 * links, comment counters), in English and the common French and Russian
 * equivalents; publication suffixes on the title line ("Title – The
 * Diplomat", "Title | Le Monde"); and bylines and reporting credits, which
 * are the article's metadata rather than its text. Shared by the ingest tool
 * (which strips and lists them, each with its rule) and the fidelity test
 * (which proves none of the junk reaches the site and every other sentence
 * does). The rules for a whole line are a table of their own (junk-rules.ts);
 * this module applies them with the rules that need the page around a line.
 */
import { continuesAfterJump, jumpLines } from './jump-lines.ts';
import { feedbackForms } from './page-forms.ts';
import { aboutThePublication } from './publisher.ts';
import { AUTHOR_LABEL, READER_QUESTION, affiliationLine, titledRole, disclosureHeading, disclosureParagraph, promoLine, republicationHeading } from './page-boxes.ts';
import { splitTitle } from './title.ts';
import { mastheadPublication } from './masthead.ts';
import { pageContext } from './platform-chrome.ts';

import { endsInInitials, foldTitle, isProseLine, words, type JunkRule } from './junk-rule.ts';
import { RELATIVE_TIME } from './page-chrome.ts';
import { pullQuotes, repeatedPosts } from './pull-quotes.ts';
import { junkRules } from './junk-rules.ts';
import { withoutShapeFurniture } from './shape-furniture.ts';
import { withArticleBoxes } from './article-boxes.ts';
import { withPublisherLines } from './publisher.ts';
import { withoutPitches } from './after-text.ts';
import { CONTRIBUTORS, withPageWidgets } from './page-widgets.ts';
import { withHeadBylines } from './head-bylines.ts';
import { withPdfTextUndone } from './pdf-text.ts';
import { withProfileLines } from './social.ts';
import { MORE_ON_TOPIC } from './site-furniture.ts';
import { EMBED_CREDIT } from './widget-furniture.ts';
import { isCaptionLabel, isRunningTime, isSecurityName, isShowName } from './news-furniture.ts';
import { authorFromByline, authorNote, BIOGRAPHY, correspondentLine, DATE_ONLY, labelledDate, metadataRules, nameWithLabel, NAMES_LINE, PERSON_NAME } from './metadata.ts';

export { authorFromByline } from './metadata.ts';

export type { JunkRule } from './junk-rule.ts';
export { junkRules } from './junk-rules.ts';


export { splitTitle } from './title.ts';

export interface CleanedSource {
  /** The title, without the publication suffix. */
  title: string;
  /** The publication named in the title's suffix, if any. */
  publication?: string;
  /** Non-empty lines that are the author's (or the photo credit's) text, in order. */
  lines: string[];
  /** The raw line each of `lines` starts at (a line joined across a page turn, or a PDF's wrapped lines: pdf-text.ts, starts at its first). */
  lineNumbers: number[];
  /** Lines removed as junk, with the rule that removed them. */
  stripped: { line: string; rule: string; lineNumber: number }[];
  /** Lines removed as the article's metadata (byline, reporting credit). */
  metadata: { line: string; rule: string; kind: 'byline' | 'credit' | 'date'; lineNumber: number }[];
}

/** A "Related" or "Most read" heading (or a screen reader's "list of 3 items", "list 1 of 3"), whose next lines are headlines (links), not the author's text. */
const RELATED_HEADING = /^(?:related(?:\s+\p{L}+)?|more|explore more on (?:these|this) topics?|explore (?:our )?related (?:content|research|articles|stories|publications)|read more (?:with|from|at)(?: \S+){1,3}|follow the topics in this (?:article|story)|browse today[’']s tags|read more on|promoted content|more about(?:\s*\p{Lu}[\p{L}-]*)?|tags|topics|keywords|areas of (?:expertise|interest)|теги|mots-clés|read next|up next|speakers|panel+ists|participants|what we[’']re reading|(?:further|recommended|more) reading|read more(?: here)?|list of \d+ items?|list \d+ of \d+|just in(?:\.{3}|…)?|read also|also read|see also|more on this|more on (?:the |this )?(?:topic|subject|story|issue)|more from(?: \S+){1,3}|most (?:read|popular|viewed|shared)|you (?:may|might) also like|more stories(?: from(?: \S+){1,3})?|latest on(?: \S+){1,4}|top stories|recommended|trending(?: now| stories)?|readers['’] choice|editor['’]s picks?|editors['’] picks|don['’]t miss|popular|(?:more )?must[- ]reads?(?: from(?: \S+){1,3})?|lire aussi|à lire aussi|voir aussi|sur le même sujet|on the same (?:topic|subject)|more on|tagged|previous (?:article|post|story)|next (?:article|post|story)|les plus lus|читайте также|по теме|смотрите также|самое читаемое)[\s:]*$/iu;
/** An "About the author" heading: the line after it is the author's biography (metadata, not the text). */
const ABOUT_AUTHOR = /^(?:about the authors?|the authors?|à propos de l[’']auteur|l[’']auteur|об авторе)[\s:]*$/iu;
const ABOUT_AUTHOR_LINE = /^(?:about the authors?|à propos de l[’']auteur|об авторе)\s*:\s+\p{Lu}/iu;
/** The kind of piece, on a line of its own above the text ("Commentary", "Analysis"): only before the text starts. */
const PIECE_LABEL = /^(?:column|expert comment(?:ary)?|news analysis|commentary|analysis|opinion|op-ed|comment|interview|explainer|feature|news|blog|essay|review|report|brief|event|online|webinar|podcast|video|long[- ]?read|the big read|in[- ]depth|deep dive|special report|world|international|politics|economy|business|society|region|asia|central asia|europe|eurasia|security|analyse|tribune|entretien|point de vue|éditorial|аналитика|мнение|интервью|новости)$/iu;
/** The kind of page a section label names, in capitals above the byline: "INTERNATIONAL", "WORLD NEWS". */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}&\s-]{2,30}$/u;
/** An account's handle alone: "@HLindqvist". */
const HANDLE = /^@\w{2,30}$/u;
/** Headlines a "Related" heading introduces: at most this many, each short, none a sentence ending in a full stop. */
const RELATED_MAX = 6;
/** A related box's headline is at most this many words (a tabloid's run long). */
const RELATED_WORDS = 20;
/** A subheading of the text is at most this many words (a related story's headline is longer). */
const SUBHEADING_WORDS = 4;
/** How far down a scraped page its headline may stand (below a cookie banner and the site's navigation). */
const TITLE_SEARCH_LINES = 16;

const junkRule = (line: string) => {
  // Emoji and arrows before a channel's furniture ("👉 Subscribe: t.me/…") are not words of it.
  const bare = line.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}•·▶►→\s]+/u, '') || line;
  // (Both: "©" is a pictograph too, and "© 2022 …" is a copyright line.)
  return junkRules.find((r) => r.test(line) || r.test(bare)) ?? linkRow(bare);
};

/**
 * The headline's line: the first, unless page chrome stands above it (a
 * cookie banner, the site's name and navigation), then the first line of
 * the page's top with a publication suffix, below at least one line of
 * chrome and only short lines.
 */
function titleLine(all: readonly string[]): number {
  if (splitTitle(all[0] ?? '').publication) return 0;
  const top = all.slice(0, TITLE_SEARCH_LINES).map((l) => l.trim());
  const at = top.findIndex((l, i) => i > 0 && l !== '' && words(l) <= 25 && splitTitle(l).publication !== undefined);
  if (at < 0) return 0;
  const above = top.slice(0, at).filter((l) => l !== '');
  return above.some((l) => junkRule(l)) && above.every((l) => words(l) <= 50) ? at : 0;
}

/**
 * The title as the page's headline prints it, when that keeps a label the title line's suffix lost: "… – Analysis"
 * under "… – Analysis – Eurasia Review" (a headline line near the top, the title and a dash's label, within the title line).
 */
function printedTitle(all: readonly string[], head: number, title: string): string {
  const line = all[head]?.trim() ?? '';
  const printed = all.slice(head + 1, head + 1 + 2 * TITLE_SEARCH_LINES).map((l) => l.trim())
    .find((l) => l.startsWith(title) && /^\s+[–—-]\s+\p{Lu}\p{Ll}+$/u.test(l.slice(title.length)) && line.includes(l));
  return printed ?? title;
}

/**
 * A suffix run into the title with no space, "…deadly unrest-Xinhua": told by the headline printed below it,
 * the title line without the suffix (a dash or a bar, then a short capitalised name).
 */
function gluedSuffix(all: readonly string[], head: number, split: { title: string; publication?: string }): { title: string; publication?: string } {
  if (split.publication) return split;
  const line = all[head]?.trim() ?? '';
  const headline = all.slice(head + 1, head + 1 + 2 * TITLE_SEARCH_LINES).map((l) => l.trim())
    .find((l) => words(l) >= 3 && line.startsWith(l) && /^[–—|-]\s*\p{Lu}[\p{L}.&’' ]{1,40}$/u.test(line.slice(l.length)));
  return headline ? { title: headline, publication: line.slice(headline.length).replace(/^[–—|-]\s*/u, '').trim() } : split;
}

export function cleanSource(raw: string): CleanedSource {
  const all = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const head = titleLine(all);
  const split = gluedSuffix(all, head, splitTitle(all[head] ?? ''));
  const title = printedTitle(all, head, split.title);
  // (A title line with no suffix: the masthead the copyright notice names.)
  const publication = split.publication ?? mastheadPublication(all);
  const body: { line: string; lineNumber: number }[] = [];
  const stripped: CleanedSource['stripped'] = [];
  const metadata: CleanedSource['metadata'] = [];
  all.slice(0, head).forEach((l, i) => {
    if (l.trim() !== '') stripped.push({ line: l.trim(), rule: 'page chrome above the title (banner, site name, navigation)', lineNumber: i + 1 });
  });
  let lastLine = 0;
  /** Headlines stripped since the last "Related" heading (undefined when the previous line was not one of them). */
  let related: number | undefined;
  const nextLine = (i: number) => all.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
  const lineBefore = (i: number) => all.slice(0, i).findLast((l) => l.trim() !== '')?.trim() ?? '';
  const isMetadata = (l: string) => metadataRules.some((r) => r.test(l));
  const jumps = jumpLines(all);
  const forms = feedbackForms(all);
  let afterJump = false;
  all.forEach((rawLine, i) => {
    if (i <= head) return;
    const line = rawLine.trim();
    if (line === '') return;
    const lineNumber = i + 1;
    if (jumps.has(i)) {
      afterJump = true;
      return void stripped.push({ line, rule: 'page turn (print: "See … on Page A6" to "Continued from Page A1")', lineNumber });
    }
    if (forms.has(i)) return void stripped.push({ line, rule: 'feedback form (its questions, options and buttons)', lineNumber });
    // The sentence the page turn broke goes on: one paragraph again.
    if (afterJump) {
      afterJump = false;
      if (continuesAfterJump(line) && body.length > 0) {
        body.at(-1)!.line += ` ${line}`;
        return;
      }
    }
    const previous = stripped.at(-1);
    const follows = previous?.lineNumber === lastLine;
    const bylineAbove = metadata.at(-1)?.kind === 'byline' && metadata.at(-1)!.lineNumber === lastLine;
    lastLine = lineNumber;
    // The headlines a "Related" or "Most read" heading introduces: short, no final full stop.
    // (Not the byline: a "Related Topics" box may stand above it.)
    const byline = metadataRules.find((r) => r.test(line))?.kind === 'byline';
    // (A headline may end in an abbreviation: "… and the U.S.". A screen reader's "list 2 of 3" between them starts the
    // count again: the markers are headings of their own. Not the caption under a caption's label, "Image caption," /
    // "Smoke rose over …", nor the text's own subheading with its paragraph right under it: after a blank line, "What
    // does Moscow want?" / "None of this …", or a few words under the box's headlines.)
    const headline = (!/[.!…]$/.test(line) || endsInInitials(line)) && words(line) <= RELATED_WORDS;
    const caption = follows && isCaptionLabel(previous!.line);
    // (But a question under a box's section label that labelled a headline before it, "WORLD" / "…" / "WORLD" / "Who is …?", is the box's.)
    const labelAgain = follows && words(previous!.line) <= 3 && stripped.filter((x) => x.lineNumber > lineNumber - 8 && x.line === previous!.line).length >= 2;
    // (A question under a label is the box's next headline, not a paragraph: "Explainer" / "What is the CSTO, and why …?".)
    const paragraphNext = isProseLine(nextLine(i)) && !/\?["”’]?$/u.test(nextLine(i));
    const subheading = ((all[i - 1] ?? '').trim() === '' && isProseLine((all[i + 1] ?? '').trim())) || ((related ?? 0) > 0 && (words(line) <= SUBHEADING_WORDS || (/\?$/u.test(line) && follows && words(previous!.line) <= 3 && !labelAgain)) && paragraphNext);
    // (A date line under a headline, "13:10 / 09.01.2022", "Updated on Jan 08, 2022 08:41 PM IST", is no headline of its own.)
    const dated = DATE_ONLY.test(line) || metadataRules.some((r) => r.kind === 'date' && r.test(line));
    // A related card's author under its headline or date ("Experts react: …" / "By Atlantic Council experts", "January 10 2022,
    // 12.01am" / "Hugh Ashdown"), not the article's byline under a tags box's one-word topics.
    const underCard = follows && related !== undefined && related > 0 && previous!.rule.startsWith('related link') && foldTitle(previous!.line) !== foldTitle(title) && (words(previous!.line) >= 4 || DATE_ONLY.test(previous!.line) || metadataRules.some((r) => r.kind === 'date' && r.test(previous!.line)));
    if (underCard && (PERSON_NAME.test(line) || /^(?:By|Written by)\s+\p{Lu}/u.test(line)) && words(line) <= 8) return void stripped.push({ line, rule: 'related link (its author)', lineNumber });
    // (Nor the standfirst under the title repeated, after a menu: "Topics" / "Reports" / … / the title / "Investigate All Abuse Allegations; …".)
    const underTitle = follows && foldTitle(previous!.line) === foldTitle(title);
    if (follows && related !== undefined && (related < RELATED_MAX || dated) && headline && !byline && !RELATED_HEADING.test(line) && !caption && !subheading && !underTitle) {
      // (Each headline's author and date under it, "Mark Hamilton" / "7 Jan 2022", are no more headlines.)
      // (Nor a box's pager, "Previous" / "1" / "2" / "Next", counted as one of them.)
      if (!PERSON_NAME.test(line) && !dated && !junkRule(line)) related++;
      return void stripped.push({ line, rule: 'related link (a headline after a "Related" heading)', lineNumber });
    }
    // (A control between the headlines, "Add to myFT" under each topic, does not end them.)
    const relatedSoFar = related;
    related = undefined;
    // The biographies under "About the author(s)".
    const afterAbout = follows && (ABOUT_AUTHOR.test(previous!.line) || (previous!.rule.startsWith('author biography') && BIOGRAPHY.test(line)));
    // (Or on the heading's own line: "About the author: Ananya Mehrotra is a Junior Fellow with …".)
    if (ABOUT_AUTHOR_LINE.test(line) && words(line) <= 80) return void stripped.push({ line, rule: 'author biography (after "About the author:")', lineNumber });
    if (afterAbout && words(line) <= 80) return void stripped.push({ line, rule: 'author biography (after "About the author")', lineNumber });
    const next = nextLine(i);
    // The publication under the byline ("By Kateryna Holub" / "BBC News"): whom the author writes for, the byline's.
    if (bylineAbove && publication && line.toLowerCase() === publication.toLowerCase()) return void metadata.push({ line, rule: 'publication under the byline', kind: 'byline', lineNumber });
    // The byline's author alone on a line, after it ("By RFE/RL's Kazakh Service" … "RFE/RL's Kazakh Service"): the byline again.
    // (Not a speaker's label above their turn: a paragraph of prose under it.)
    // (A person's name above a note on them, "Tomas Brennan" / "Tomas Brennan is CoinDesk’s …", is the author box's, junk with
    // its note; a desk's name above its note, "RFE/RL's Kazakh Service" / "… is known locally as Azattyq.", the byline's.)
    if (bylineAuthor(metadata) === line && PERSON_NAME.test(line) && next.startsWith(line) && /^\s+(?:is|was|has been|covers|writes|reports)\s/u.test(next.slice(line.length))) return void stripped.push({ line, rule: 'author box (the name above its note)', lineNumber });
    // (Under an author box's heading after the text, "WRITTEN BY" / "Harriet Mansfield": the box's, as its role line is.)
    if (bylineAuthor(metadata) === line && CONTRIBUTORS.test(lineBefore(i)) && body.some((b) => isProseLine(b.line))) return void stripped.push({ line, rule: 'author box (the byline’s author again, under its heading)', lineNumber });
    if (bylineAuthor(metadata) === line && !isProseLine(nextLine(i))) return void metadata.push({ line, rule: 'byline repeated (its author alone)', kind: 'byline', lineNumber });
    // The publication's name alone on a line (the masthead, a forum's name): the title's suffix gave it.
    // (Before the byline's rule when it opens with an article, as no person's name does: "The Lakeshore Tribune".)
    if (publication && /^(?:The|Le|La|Les|Der|Die|Das|El)\s/u.test(line) && line.toLowerCase() === publication.toLowerCase()) return void stripped.push({ line, rule: 'masthead (the publication’s name)', lineNumber });
    // Still in the page's head: no line of the text yet.
    const inHead = body.every((b) => words(b.line) <= 16);
    // An audio player's running time under it ("LISTEN TO ARTICLE" / "3:12"); a security's name above its price.
    if (follows && (previous!.rule === 'audio player' || /^(?:listen|play|écouter|слушать)$|^(?:also )?watch\b|\bvideo\b/iu.test(previous!.line)) && isRunningTime(line)) return void stripped.push({ line, rule: 'audio player (its running time)', lineNumber });
    if (isSecurityName(line, next)) return void stripped.push({ line, rule: 'market data (a security above its price)', lineNumber });
    if (!isMetadata(line) && isShowName(line, next)) return void stripped.push({ line, rule: 'media player (the show’s name above it)', lineNumber });
    // A desk in capitals under the byline ("By MARGARET O’CONNELL" / "TRIBUNE FOREIGN STAFF"): the byline's, not the text's.
    if (inHead && bylineAbove && CAPITALS_LABEL.test(line) && /\s/.test(line) && words(line) <= 4) return void metadata.push({ line, rule: 'desk under the byline (in capitals)', kind: 'byline', lineNumber });
    // "Author" / "Helen Marchetti" / "Lecturer in …, University of Birmingham" in the head: a label, the byline, the author's role and institution.
    const nameLine = (l: string) => PERSON_NAME.test(l) || NAMES_LINE.test(l);
    if (inHead && AUTHOR_LABEL.test(line) && nameLine(next)) return void stripped.push({ line, rule: 'author label (above the byline)', lineNumber });
    if (follows && previous!.rule === 'author label (above the byline)' && nameLine(line)) return void metadata.push({ line, rule: 'byline (under an “Author” label)', kind: 'byline', lineNumber });
    // (Or the title under a name an author box gives above it, not a "Contributors" box's, which is junk: page-widgets.ts.)
    const titled = bylineAbove && metadata.at(-1)!.rule === 'byline (a name above their title)' && titledRole(line);
    if (inHead && bylineAbove && (affiliationLine(line) || titled) && !isMetadata(line)) return void metadata.push({ line, rule: 'the byline’s role and institution', kind: 'byline', lineNumber });
    // An author box: "Sarah Lindqvist" / "Nonresident Fellow - Foreign Policy, Center on …" (a name above their title).
    if (inHead && PERSON_NAME.test(line) && titledRole(next) && !CONTRIBUTORS.test(all.slice(0, i).findLast((l) => l.trim() !== '')?.trim() ?? '')) return void metadata.push({ line, rule: 'byline (a name above their title)', kind: 'byline', lineNumber });
    // A disclosure or funding box ("Disclosure statement" / "X does not work for, consult, own shares in …"): its heading and paragraph.
    if (disclosureHeading(line, next)) return void stripped.push({ line, rule: 'disclosure or funding box (its heading)', lineNumber });
    if (follows && previous!.rule === 'disclosure or funding box (its heading)' && disclosureParagraph(line)) return void stripped.push({ line, rule: 'disclosure or funding box (its paragraph)', lineNumber });
    // A name written twice in the head (a profile picture's alt text, then its link): once is the byline.
    if (inHead && PERSON_NAME.test(line) && next === line) return void stripped.push({ line, rule: 'name repeated (a profile picture and its link)', lineNumber });
    // A name above its author's headline ("Political risk analyst | Central Asia & Caucasus") above the date: the byline.
    if (inHead && PERSON_NAME.test(line) && profileHeadline(next) && isMetadata(nextLine(all.findIndex((l, k) => k > i && l.trim() !== '')))) return void metadata.push({ line, rule: 'byline (a name above its headline and the date)', kind: 'byline', lineNumber });
    if (inHead && bylineAbove && profileHeadline(line) && !isMetadata(line)) return void metadata.push({ line, rule: 'byline (the author’s headline)', kind: 'byline', lineNumber });
    // A name alone above the date line, before the text ("Daniyar Seitkali" / "Jan 24, 2022"): the byline.
    // (Or a correspondent's, "Andrew Roth in Moscow".)
    // (Or with a short label, "Jane Roe, Reuters", "JANE ROE"; or above their role's line: "Jane Roe" / "Senior correspondent" / the date.)
    // (Under a standfirst too, its date line any the metadata rules read as one: "Published 13 Jan 2022 06:00 0 Comments".)
    const underStandfirst = inHead || body.filter((b) => isProseLine(b.line)).length <= 1;
    const dateLine = (l: string) => DATE_ONLY.test(l) || (underStandfirst && (labelledDate(l) || metadataRules.some((r) => r.kind === 'date' && r.test(l))));
    // (A name with its label under a standfirst and a caption, above the date: "Oliver Tarrant, Moscow".)
    const named = PERSON_NAME.test(line) || correspondentLine(line) !== undefined || ((inHead || (underStandfirst && dateLine(next) && words(line) <= 4)) && nameWithLabel(line) !== undefined);
    if (named && dateLine(next)) return void metadata.push({ line, rule: 'byline (a name above the date)', kind: 'byline', lineNumber });
    // (Under a standfirst too: the date is the anchor.)
    if ((inHead || body.filter((b) => isProseLine(b.line)).length <= 1) && PERSON_NAME.test(line) && roleLine(next, 8) && DATE_ONLY.test(nextLine(all.findIndex((l, k) => k > i && l.trim() !== '')))) return void metadata.push({ line, rule: 'byline (a name above their role and the date)', kind: 'byline', lineNumber });
    if (inHead && bylineAbove && roleLine(line) && DATE_ONLY.test(next)) return void metadata.push({ line, rule: 'the byline’s role (above the date)', kind: 'byline', lineNumber });
    // (Under a standfirst too, a longer role: "Hannah Whitcombe" / "Research Fellow for Russian and Eurasian Security" / "3rd February 2022".)
    if (!inHead && underStandfirst && bylineAbove && words(line) >= 3 && roleLine(line, 8) && !/\d/u.test(line) && !isMetadata(line) && DATE_ONLY.test(next)) return void metadata.push({ line, rule: 'the byline’s role (above the date)', kind: 'byline', lineNumber });
    // "By Howard Lindqvist" / "Special correspondent" / "@HLindqvist": the author's role and handle under the byline.
    if (bylineAbove && HANDLE.test(line)) return void metadata.push({ line, rule: 'the byline’s handle', kind: 'byline', lineNumber });
    if (bylineAbove && roleLine(line) && HANDLE.test(next)) return void metadata.push({ line, rule: 'the byline’s role (above the author’s handle)', kind: 'byline', lineNumber });
    // "Dr. X and Dr. Y" above the text: the byline.
    if (body.length === 0 && NAMES_LINE.test(line)) return void metadata.push({ line, rule: 'byline (names above the text)', kind: 'byline', lineNumber });
    // A time alone above the headline printed again: the site's clock ("18:26"), not a live blog's entry.
    if (body.length === 0 && /^\d{1,2}:\d{2}$/u.test(line) && all.slice(i + 1, i + 2 * TITLE_SEARCH_LINES).some((l) => foldTitle(l.trim()) === foldTitle(title))) return void stripped.push({ line, rule: 'the site’s clock (a time alone above the text)', lineNumber });
    // "Commentary", "Analysis" above the text: the kind of piece, not a heading of it.
    if (body.length === 0 && PIECE_LABEL.test(line)) return void stripped.push({ line, rule: 'kind of piece (above the text)', lineNumber });
    // "INTERNATIONAL" above the byline: the site's section.
    if (body.length === 0 && CAPITALS_LABEL.test(line) && words(line) <= 3 && (isMetadata(next) || PERSON_NAME.test(next))) return void stripped.push({ line, rule: 'section of the site (above the byline)', lineNumber });
    if (ABOUT_AUTHOR.test(line)) return void stripped.push({ line, rule: 'about-the-author heading', lineNumber });
    if (publication && line.toLowerCase() === publication.toLowerCase()) return void stripped.push({ line, rule: 'masthead (the publication’s name)', lineNumber });
    // "FactLens is a verified signatory of …": the publication on itself, a sentence alone (or a footer's paragraph among furniture).
    if (aboutThePublication(line, publication, follows || junkRule(next) !== undefined)) return void stripped.push({ line, rule: 'publisher boilerplate (the publication on itself)', lineNumber });
    // A gallery's title under its label ("Photo gallery" / "Almaty After The Storm: …"): the gallery's, not the text's.
    if (follows && /^(?:photo gallery|gallery|in pictures|slideshow|video)$/iu.test(previous!.line) && words(line) <= 14 && !/[.!?]$/u.test(line)) return void stripped.push({ line, rule: 'gallery title (under its label)', lineNumber });
    // An embedded post's text above its credit ("Kazakhstan sends humanitarian aid … pic.twitter.com/…" / "— MFA Kazakhstan (@MFA_KZ) March 8, 2022").
    if (EMBED_CREDIT.test(next) && words(line) <= 60) return void stripped.push({ line, rule: 'embedded post (its text, above its credit)', lineNumber });
    const rule = junkRule(line);
    if (rule) {
      // ("More" alone heads a headline, a wire's inline box; in a menu, the next link is a word or two: "My View".)
      if ((RELATED_HEADING.test(line) || MORE_ON_TOPIC.test(line)) && !(/^more$/iu.test(line) && words(next) < 5)) related = 0;
      else if (relatedSoFar !== undefined && words(line) <= 3) related = relatedSoFar;
      return void stripped.push({ line, rule: rule.name, lineNumber });
    }
    // The heading above a republication notice ("We believe in the free flow of information" / "Republish our articles …").
    if (junkRule(next)?.name === 'republication notice' && republicationHeading(line)) return void stripped.push({ line, rule: 'republication box (its heading)', lineNumber });
    // A promo's line between a question to the reader and its button ("Want to write?" / "Write an article and join …" / "Register now").
    if (promoLine(line) && words(next) <= 3 && junkRule(next) !== undefined && READER_QUESTION.test(lineBefore(i))) return void stripped.push({ line, rule: 'promo box (its line, between a question to the reader and its button)', lineNumber });
    // A commenter's name above its timestamp ("steppe_watcher" / "· 5 days ago").
    if (/^[^\s.!?]{2,30}$/u.test(line) && RELATIVE_TIME.test(next)) return void stripped.push({ line, rule: 'commenter’s name (above its timestamp)', lineNumber });
    // A short link among page furniture before the text ("Skip to main content", "Watch live", "Transcripts").
    const furniture = (l: string) => junkRule(l) !== undefined || isMetadata(l);
    if (body.length === 0 && follows && words(line) <= 3 && !/[.!?:;,]$/.test(line) && !isMetadata(line) && furniture(next)) return void stripped.push({ line, rule: 'site navigation (among furniture above the text)', lineNumber });
    const meta = metadataRules.find((r) => r.test(line));
    // "Updated …" under the date line, or right above it ("Updated 10:12 AM EST …" / "Published 6:41 AM EST …"): the date is the other.
    const updated = (l: string) => /^(?:[/|·•]\s*)?(?:updated|last updated|last modified(?: on)?|mis à jour|обновлено)\b/iu.test(l);
    const dateNext = metadataRules.find((r) => r.test(next))?.kind === 'date' && !updated(next);
    // (Or with the publication date further down the page: "Updated on: …" under the byline, "First published on …" at the foot.)
    const publishedBelow = () => all.slice(i + 1).some((l) => /^(?:first|originally) published\b/iu.test(l.trim()) && isMetadata(l.trim()));
    if (meta?.kind === 'date' && updated(line) && (metadata.some((m) => m.kind === 'date') || dateNext || publishedBelow())) return void stripped.push({ line, rule: 'update stamp (beside the publication date)', lineNumber });
    if (meta) return void metadata.push({ line, rule: meta.name, kind: meta.kind, lineNumber });
    body.push({ line, lineNumber });
  });
  // A note on who the byline's author is ("Mr. Seitkali is a senior fellow at …"), wherever it stands.
  const author = metadata.find((m) => m.kind === 'byline');
  const note = author && authorNote(authorFromByline(author.line));
  // A pull quote: a display line repeating a quotation the text gives where it stands.
  const posts = repeatedPosts(body.map((b) => b.line));
  const pulled = new Set([...pullQuotes(body.map((b) => b.line)), ...posts]);
  for (const [k, b] of body.entries()) {
    if (note?.test(b.line)) stripped.push({ ...b, rule: 'author’s note (who the byline’s author is)' });
    else if (pulled.has(k)) stripped.push({ ...b, rule: posts.has(k) ? 'embedded post (repeats a quotation of the text)' : 'pull quote (repeats a quotation of the text)' });
  }
  const closing = afterClosingCredit(body, metadata);
  for (const k of closing) if (!note?.test(body[k]!.line) && !pulled.has(k)) stripped.push({ ...body[k]!, rule: 'after the story’s closing credit (a related story’s headline and teaser)' });
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  const kept = body.filter((b, k) => !note?.test(b.line) && !pulled.has(k) && !closing.has(k));
  // Each line with its line number in the raw text: a line joined across a page turn reads as no raw line, so
  // the later steps must not find the lines by their text.
  const cleaned = { title, ...(publication ? { publication } : {}), lines: kept.map((b) => b.line), lineNumbers: kept.map((b) => b.lineNumber), stripped, metadata };
  return withArticleBoxes(withPageWidgets(withoutPitches(withPublisherLines(withoutShapeFurniture(withHeadBylines(withProfileLines(withPdfTextUndone(pageContext(cleaned, all), all)), all), all), all), all)));
}

/** A reporting or agency credit closes a story: lines after it are at most a few, none quoting anyone. */
const CLOSING_CREDIT = new Set(['reporting credit', 'agency credit']);
const AFTER_CREDIT_LINES = 4;

/**
 * The indexes of `body` after the story's closing credit ("ab/rt (Reuters, AFP, dpa)", "Reporting by …"): a
 * related story's headline and teaser with no "Related" heading, when the text (a paragraph of prose) came before
 * the credit and only a few lines without quotation marks follow it.
 */
export function afterClosingCredit(body: readonly { line: string; lineNumber: number }[], metadata: CleanedSource['metadata']): Set<number> {
  const credit = metadata.filter((m) => CLOSING_CREDIT.has(m.rule)).at(-1);
  if (!credit) return new Set();
  const after = [...body.keys()].filter((k) => body[k]!.lineNumber > credit.lineNumber);
  const before = body.filter((b) => b.lineNumber < credit.lineNumber);
  const prose = before.some((b) => isProseLine(b.line));
  if (!prose || after.length > AFTER_CREDIT_LINES || after.some((k) => /[“”"«»„]/u.test(body[k]!.line))) return new Set();
  return new Set(after);
}

/** The author the first byline names ("By RFE/RL's Kazakh Service" → "RFE/RL's Kazakh Service"), if a byline came. */
function bylineAuthor(metadata: CleanedSource['metadata']): string | undefined {
  const byline = metadata.find((m) => m.kind === 'byline');
  return byline && authorFromByline(byline.line);
}

/** A role on a line of its own: "Senior correspondent", "Central Asia editor" (a few words, lower case among them, no sentence). */
const roleLine = (line: string, most = 5) => words(line) <= most && /\p{Ll}/u.test(line) && !/[.!?:;,]$/u.test(line) && !DATE_ONLY.test(line);

/** An author's headline on a platform: short parts between bars, none a sentence ("Political risk analyst | Central Asia & Caucasus | ex-Big Four"). */
function profileHeadline(line: string): boolean {
  const parts = line.split(/\s+[|·]\s+/);
  return parts.length >= 2 && parts.every((p) => words(p) <= 5 && !/[.!?]$/.test(p)) && /\p{Ll}/u.test(line) && !linkRow(line);
}

/** A row of short links between bars ("Order Reprints | Today's Paper | Subscribe") with page furniture among them. */
function linkRow(line: string): JunkRule | undefined {
  const parts = line.split(/\s+[|·]\s+/);
  // (Not a date line: "20/01/2022 · 5 min read".)
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 4 || /[.!?]$/.test(p) || DATE_ONLY.test(p))) return undefined;
  return parts.some((p) => junkRules.some((r) => r.test(p))) ? { name: 'row of links (page furniture among them)', test: () => true } : undefined;
}
