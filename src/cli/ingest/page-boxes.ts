/**
 * Boxes of a page around the text, told by their heading and the kind of
 * line under it (junk.ts reads them with the lines around each): the
 * "Author" label above the byline's name, and the author's role and
 * institution under it ("Lecturer in Eurasian Security Studies, University
 * of Birmingham"); a disclosure or funding box ("Disclosure statement" /
 * "X does not work for, consult, own shares in …", "Partners" / "X provides
 * funding as a founding partner of …"); the heading above a republication
 * notice; a promo's line between a question to the reader ("Want to
 * write?") and its button ("Register now").
 */
import { words } from './junk-rule.ts';

const QUOTED = /[“”"«»„]/u;

/** "Author", "Authors", "Written by": a label above the byline's name. */
export const AUTHOR_LABEL = /^(?:authors?|written by|auteur|autora?|автор)[\s:]*$/iu;

/** The author's role and institution under the name, "Lecturer in Eurasian Security Studies, University of Birmingham": two parts, a lower-case word among them. */
export const affiliationLine = (line: string) =>
  /^\p{Lu}[^.!?;:“”"«»,]{2,60},\s+\p{Lu}[^.!?;:“”"«»,]{2,60}$/u.test(line) && /\s\p{Ll}/u.test(line) && words(line) <= 12;

/** An author box's title under a name: "Nonresident Fellow - Foreign Policy, Center on …", "Senior Editor, …" (a title's noun in its first words, no sentence). */
export const titledRole = (line: string) =>
  /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Fellow|Director|Professor|Lecturer|Researcher|Editor|Correspondent|Analyst|Associate|Chair|Scholar|Reporter|Economist)(?:\s*[-–—,]\s+\p{Lu}|$)/u.test(line) && words(line) <= 16 && !/[.!?]$/u.test(line);

/** A disclosure or funding box's heading: "Disclosure statement", "Conflicts of interest", "Funding", "Partners". */
const BOX_HEADING = /^(?:disclosure(?: statement)?|conflicts? of interests?|competing interests|declaration of interests?|funding|partners|our partners|déclaration d[’']intérêts)[\s:]*$/iu;
/** What a disclosure or funding box says in its boilerplate: who funds as a partner, who owns shares or consults, what was disclosed. */
// (Or whose subsidiary the publisher is and what its staff may hold: "CoinDesk is an independent operating subsidiary of …, … exposure to DCG equity".)
const DISCLOSES = /\b(?:provides? funding as|founding partner|owns? shares|consult(?:s|ancy)? for|disclosed|affiliations?|conflicts? of interest|competing interests?|(?:operating )?subsidiary of|equity in the form of|purchase stock)\b/iu;
/** A box's paragraph is at most this many words. */
const BOX_WORDS = 120;

/** A disclosure or funding box's heading, the paragraph under it (`next`) saying what such a box says. */
export const disclosureHeading = (line: string, next: string) => BOX_HEADING.test(line) && disclosureParagraph(next);
/** A disclosure or funding box's paragraph: who funds, owns or consults, no quotation. */
export const disclosureParagraph = (line: string) => DISCLOSES.test(line) && words(line) <= BOX_WORDS && !QUOTED.test(line);

/** The heading above a republication notice ("We believe in the free flow of information" / "Republish our articles for free …"): short, no sentence. */
export const republicationHeading = (line: string) => words(line) <= 10 && !/[.!?:;,]$/u.test(line) && !QUOTED.test(line);

/** A question to the reader with no subject, a promo's heading: "Want to write?", "Enjoyed this article?", "Interested in partnering?". */
export const READER_QUESTION = /^(?:want|like|liked|interested|ready|keen|fancy|enjoy|enjoyed|looking)\b[^.!?“”"]{0,40}\?$/iu;
/** A promo's line: at most this many words, no quotation. */
const PROMO_WORDS = 40;
export const promoLine = (line: string) => words(line) <= PROMO_WORDS && !QUOTED.test(line);
