/**
 * The publisher on its page (the publication is the title's suffix or the
 * masthead, masthead.ts): a sentence of the publication on itself ("FactLens
 * is a verified signatory of …", which cleanSource, junk.ts, reads line by
 * line) and, as a later step of cleanSource, the publication's own
 * paragraph to its readers, a donation appeal or a
 * subscribers' notice ("Meduza is fighting to stay independent. … the
 * support of our readers.", "Anadolu Agency website contains only a portion
 * … Please contact us …"): it opens with the publication's name and speaks
 * as the publisher (we, us, our), with furniture (a button, the tags) under it.
 */
import type { CleanedSource } from './junk.ts';
import { words } from './junk-rule.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

/** How long the publication's line on itself may be among the page's furniture (a footer's "About" paragraph), and anywhere else. */
const ABOUT_WORDS = 80;
const ABOUT_WORDS_ALONE = 20;

/**
 * The publication on itself, a sentence with no quotation: "FactLens is a verified signatory of …", "Reuters, the news
 * and media division of Thomson Reuters, is the world’s largest …" (long only among furniture: `amongFurniture`).
 */
export function aboutThePublication(line: string, publication: string | undefined, amongFurniture: boolean): boolean {
  if (!publication || !line.startsWith(publication) || /[“”"«»]/u.test(line)) return false;
  const rest = line.slice(publication.length);
  // (Among the footer's furniture, its motto with any verb and no full stop: "Human Rights Watch defends the rights of people in 90 countries …".)
  const motto = amongFurniture && /^ (?:\p{Ll}+s)\s+the\s/u.test(rest);
  const opens = (/\.$/u.test(line) && /^(?:,[^,]{3,80},)? is (?:a|an|the)\s/u.test(rest)) || motto;
  return opens && words(line) <= (amongFurniture ? ABOUT_WORDS : ABOUT_WORDS_ALONE);
}

/** The first person plural, outside quotation marks: the publisher speaking. */
const WE = /(?<![\p{L}])(?:we|we[’']ve|we[’']re|we[’']ll|us|our|ours)(?![\p{L}])/iu;
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/gu;

export function withPublisherLines(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const publication = cleaned.publication;
  if (!publication) return cleaned;
  const strippedAt = new Set(cleaned.stripped.map((s) => s.lineNumber));
  const nextLine = (n: number) => all.findIndex((l, i) => i >= n && l.trim() !== '') + 1;
  const own = numberedLines(cleaned).filter((b) =>
    b.line.startsWith(`${publication} `) && WE.test(b.line.replace(QUOTED, '')) && strippedAt.has(nextLine(b.lineNumber)));
  if (own.length === 0 && publication === cleaned.publication) return cleaned;
  const stripped = [...cleaned.stripped, ...own.map((b) => ({ line: b.line, rule: 'the publication on itself (its appeal or notice to readers)', lineNumber: b.lineNumber }))];
  stripped.sort((a, b) => a.lineNumber - b.lineNumber);
  return { ...withoutLines(cleaned, new Set(own.map((b) => b.index))), publication, stripped };
}
