/**
 * The publisher on its page (a step of cleanSource, junk.ts): the copyright
 * line's holder ("© 2022 Anadolu Agency. All rights reserved." → "Anadolu
 * Agency"); the publication when the title's suffix names none and the
 * holder's name also stands alone in the page's head (its masthead); and the
 * publication's own paragraph to its readers, a donation appeal or a
 * subscribers' notice ("Meduza is fighting to stay independent. … the
 * support of our readers.", "Anadolu Agency website contains only a portion
 * … Please contact us …"): it opens with the publication's name and speaks
 * as the publisher (we, us, our), with furniture (a button, the tags) under it.
 */
import type { CleanedSource } from './junk.ts';
import { numberedLines, withoutLines } from './numbered-lines.ts';

/** How far down a scraped page its masthead may stand. */
const HEAD_LINES = 16;
const fold = (t: string) => t.trim().toLowerCase();

/** Who a copyright line names: "© 2022 Anadolu Agency. All rights reserved." → "Anadolu Agency"; "© 2014–2022 Meduza" → "Meduza". */
export function copyrightHolder(line: string): string | undefined {
  return /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?(\p{Lu}[^.©]{2,60}?)\.?(?:\s+all rights reserved\.?)?$/iu.exec(line.trim())?.[1];
}

/** The first person plural, outside quotation marks: the publisher speaking. */
const WE = /(?<![\p{L}])(?:we|we[’']ve|we[’']re|we[’']ll|us|our|ours)(?![\p{L}])/iu;
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/gu;

export function withPublisherLines(cleaned: CleanedSource, all: readonly string[]): CleanedSource {
  const holder = cleaned.stripped.map((s) => copyrightHolder(s.line)).find(Boolean);
  const masthead = holder !== undefined && all.slice(1, HEAD_LINES).some((l) => fold(l) === fold(holder));
  const publication = cleaned.publication ?? (masthead ? holder : undefined);
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
