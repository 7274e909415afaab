/** How a junk rule is made (junk.ts, page-chrome.ts): a name for the report and a test of one trimmed line. */
export interface JunkRule {
  name: string;
  test: (line: string) => boolean;
}

/** How many words a line has. */
export const words = (l: string) => l.split(/\s+/).length;

/** A paragraph of the text: this many words at least, ending a sentence. */
export const PROSE_WORDS = 12;
/** Closing marks and brackets a sentence may end inside. */
export const CLOSE = String.raw`["”’»)\]]*`;
const SENTENCE_END = new RegExp(String.raw`[.!?…]${CLOSE}$`, 'u');
/** A line that ends in initials ("U.S.", "U.K."): its full stop ends no sentence. */
export const endsInInitials = (l: string) => /(?<![\p{L}])(?:\p{Lu}\.){2,}$/u.test(l);
/** A line of the text's prose: PROSE_WORDS words or more, ending as a sentence ends. */
export const isProseLine = (l: string) => words(l) >= PROSE_WORDS && SENTENCE_END.test(l);
/** A line as compared with the title: trimmed, lower case, curly apostrophes straight. */
export const foldTitle = (t: string) => t.trim().toLowerCase().replace(/[’‘]/g, "'");

/** A whole line made of one of these phrases, then only punctuation, counters (and `extra` characters). */
function phraseLine(name: string, phrases: readonly string[], extra = ''): JunkRule {
  const pattern = new RegExp(String.raw`^(?:${phrases.join('|')})[\s.:!…»›>${extra}|\-–—\d()]*$`, 'iu');
  return { name, test: (line) => pattern.test(line) };
}

/** A whole line made of one of these phrases (case-insensitive, trailing punctuation and counters allowed). */
export function wholeLine(name: string, phrases: readonly string[]): JunkRule {
  return phraseLine(name, phrases);
}

/** A line that starts with one of these phrases and is short (a link or a blurb, not a sentence of the text). */
export function shortLineStarting(name: string, phrases: readonly string[], maxWords = 14): JunkRule {
  const pattern = new RegExp(String.raw`^(?:${phrases.join('|')})(?![\p{L}])`, 'iu');
  return { name, test: (line) => pattern.test(line) && words(line) <= maxWords };
}

/** A whole line that is one of these controls, an arrow or a count allowed after it ("Continue this thread →"). */
export function control(name: string, phrases: readonly string[]): JunkRule {
  return phraseLine(name, phrases, '→↓');
}
