/**
 * The publication of a page whose title line names none (no " | Reuters"
 * suffix): the masthead, a short line in the page's head, when the
 * copyright notice at its foot is in that name ("The Conversation" above
 * the title … "Copyright © 2010–2022, The Conversation Trust (UK) Limited";
 * "RFE/RL" … "© 2022 RFE/RL, Inc. All Rights Reserved."). Two places
 * naming it, so that a line of the navigation is not taken for it. The
 * copyright notice's holder also names a PDF's publisher (pdf-text.ts).
 */
import { words } from './junk-rule.ts';

/** A copyright notice, and what it names after its sign (or the word) and year: "© 2022 RFE/RL, Inc. …" → "RFE/RL, Inc. …". */
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:[12]\d{3}(?:\s*[–—-]\s*[12]\d{3})?\s*,?\s*)?(\p{Lu}.+)$/iu;

/** Who a line that is a copyright notice alone names: "© 2022 Anadolu Agency. All rights reserved." → "Anadolu Agency"; "© 2014–2022 Meduza" → "Meduza". */
export function copyrightHolder(line: string): string | undefined {
  const named = COPYRIGHT.exec(line.trim())?.[1]?.replace(/\.?(?:\s+all rights reserved\.?)?$/iu, '');
  return named !== undefined && named.length >= 3 && named.length <= 61 && !/[.©]/u.test(named) ? named : undefined;
}
/** What may follow the name in the holder: nothing, a comma or a bracket, or the company's form ("Inc.", "Trust (UK) Limited", "Media Network"). */
const COMPANY_FORM = /^(?:$|\s*[,(.]|\s+(?:Inc|Ltd|Limited|LLC|LLP|plc|PLC|GmbH|AG|SA|S\.A\.|Trust|Group|Media|Network|Corporation|Corp|Company|Co|Newspapers?|Holdings|Foundation|Publishing|Publications|Partners)\b)/u;
/** How far down the page its masthead may stand, and how long it is. */
const HEAD_LINES = 40;
const MASTHEAD_WORDS = 5;

/** The publication the page's masthead and copyright notice both name, if they do. */
export function mastheadPublication(all: readonly string[]): string | undefined {
  const lines = all.map((l) => l.trim()).filter((l) => l !== '');
  const holder = lines.map((l) => COPYRIGHT.exec(l)?.[1]).findLast((h) => h !== undefined);
  if (!holder) return aboutPagesName(lines);
  // The name the holder starts with, then only its company's form: "The Conversation" in "The Conversation Trust (UK) Limited"
  // (not a section's name: "Asia" in "Asia News Network").
  const names = lines.slice(1, HEAD_LINES).filter((l) => l.length >= 3 && words(l) <= MASTHEAD_WORDS && /^\p{Lu}/u.test(l) && holder.startsWith(l) && COMPANY_FORM.test(holder.slice(l.length)));
  return names.sort((a, b) => b.length - a.length)[0];
}

/** A footer's links to the publisher's own pages, by its name or initials: "About VOA", "Contact VOA". */
const ABOUT_LINK = /^(?:[Aa]bout|[Cc]ontact)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,4})$/u;

/**
 * Without a copyright notice: the masthead of two words or more in the page's head ("Voice of America") that the
 * footer's "About …" and "Contact …" links name, in full or by its initials ("About VOA", "Contact VOA"), both.
 */
function aboutPagesName(lines: readonly string[]): string | undefined {
  const named = lines.map((l) => ABOUT_LINK.exec(l)?.[1]).filter((n): n is string => n !== undefined);
  if (named.length < 2) return undefined;
  const initials = (name: string) => name.split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
  const heads = lines.slice(1, HEAD_LINES).filter((l) => words(l) >= 2 && words(l) <= MASTHEAD_WORDS && /^\p{Lu}/u.test(l) && !/[.!?:]$/u.test(l));
  return heads.find((h) => named.filter((n) => n === h || n === initials(h)).length >= 2);
}
