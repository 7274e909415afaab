/**
 * Scraping junk in raw article text: lines that are page furniture, not the
 * author's words. Shared by the ingest tool (which strips and lists them)
 * and the fidelity test (which proves none reaches the site and every other
 * sentence does).
 */
export interface JunkRule {
  name: string;
  test: (line: string) => boolean;
}

export const junkRules: readonly JunkRule[] = [
  { name: 'lone counter (share or comment count)', test: (l) => /^\d+$/.test(l) },
  { name: 'subscription blurb', test: (l) => /click here to (register|subscribe)/i.test(l) },
  { name: 'share button', test: (l) => /^share\.?$/i.test(l) },
  { name: 'comments notice', test: (l) => /^comments are closed\.?$/i.test(l) },
];

/** Publication suffixes scraped into the title line: "Title – The Diplomat". */
const TITLE_SUFFIX = /\s+[–—-]\s+The Diplomat$/;

export interface CleanedSource {
  /** The title, without the publication suffix. */
  title: string;
  /** Non-empty lines that are the author's (or the photo credit's) text, in order. */
  lines: string[];
  /** Lines removed as junk, with the rule that removed them. */
  stripped: { line: string; rule: string; lineNumber: number }[];
}

export function cleanSource(raw: string): CleanedSource {
  const all = raw.replace(/\r\n?/g, '\n').split('\n');
  const title = (all[0] ?? '').trim().replace(TITLE_SUFFIX, '');
  const lines: string[] = [];
  const stripped: CleanedSource['stripped'] = [];
  all.slice(1).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') return;
    const rule = junkRules.find((r) => r.test(line));
    if (rule) stripped.push({ line, rule: rule.name, lineNumber: i + 2 });
    else lines.push(line);
  });
  return { title, lines, stripped };
}
