/**
 * The publisher on its page (a step of cleanSource, junk.ts; the publication
 * is the title's suffix or the masthead, masthead.ts): the publication's own
 * paragraph to its readers, a donation appeal or a
 * subscribers' notice ("Meduza is fighting to stay independent. … the
 * support of our readers.", "Anadolu Agency website contains only a portion
 * … Please contact us …"): it opens with the publication's name and speaks
 * as the publisher (we, us, our), with furniture (a button, the tags) under it.
 */
import type { CleanedSource } from './junk.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

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
