/**
 * Finding quotations (“…”) in one paragraph and the words that attribute
 * them ("X argued", "said X", "according to X", …). Pure text work: which
 * analyst a name is, and what the draft marks, is decided in quotes.ts.
 */

const OPEN = '“';
const CLOSE = '”';

/** A quotation: indices of its opening and closing marks in the paragraph. */
export interface Quotation {
  open: number;
  /** Index of the closing mark, or undefined when the paragraph never closes it. */
  close?: number;
}

/**
 * Pairs quotation marks conservatively: English quotations do not nest in
 * “…”, so an opening mark followed by another opening mark before any
 * closing one is left unclosed (balanced spans only are safe to mark).
 */
export function findQuotations(paragraph: string): Quotation[] {
  const found: Quotation[] = [];
  let open: number | undefined;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c === OPEN) {
      if (open !== undefined) found.push({ open });
      open = i;
    } else if (c === CLOSE && open !== undefined) {
      found.push({ open, close: i });
      open = undefined;
    }
  }
  if (open !== undefined) found.push({ open });
  return found;
}

/** Verbs of attribution: "X argued “…”", "“…,” said X". */
const VERBS = ['argued', 'said', 'says', 'observed', 'asked', 'stated', 'stating', 'states', 'quoted', 'continued', 'noted', 'wrote', 'added'];
const VERB = VERBS.join('|');
/** Verbs that may precede the name: "said X", "according to X". */
const NAME_FIRST = 'said|says|according to';

/** A capitalised word of a name: "Cooley", "Jean-Luc", "O’Brien", "Mr.". */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}’'.\-]*`;
/** A run of capitalised words, "and" joining names: "Margaret Klein and Andrea Schmitz". */
const NAME_RUN = String.raw`${WORD}(?:\s+(?:and\s+)?${WORD})*`;

/** Capitalised words that begin sentences but are not names. */
const NOT_NAMES = new Set(
  'The A An This That These Those It He She They We I You Others Some Many Most Several Both And But Yet So Or In On At As For To Of With By From If When While Then There Here His Her Their Its Our'.split(' '),
);

/** Determiner phrases a verb may name as the speaker: "said the minister", "according to some observers". */
const GROUP = /^(?:the|a|an|some|several|various|many|other|one|two|three)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}$/iu;

export interface Attribution {
  /** The words naming who is quoted, as in the text: "Luca Anceschi", "the minister". */
  who: string;
  verb: string;
  /** The attribution as it reads: "said Luca Anceschi", "Vyacheslav Sutyrin … stating". */
  phrase: string;
  /** Where the attribution is: before the opening mark or after the closing one. */
  side: 'before' | 'after';
  /** Index in the paragraph of the attribution's verb (two quotations sharing it are one statement). */
  at: number;
}

/** Drops leading words that are not names ("The", "He"); empty when nothing is left. */
function trimName(run: string): string {
  const words = run.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!)) words.shift();
  if (words[0] === 'and') return '';
  return words.join(' ').replace(/\s+and$/, '');
}

/** The name run that ends `text` (after trailing commas), or ''. */
function nameAtEnd(text: string): string {
  const match = new RegExp(String.raw`(?:^|[^\p{L}\p{M}’'.\-])(${NAME_RUN})$`, 'u').exec(text.replace(/[\s,]+$/, ''));
  return match ? trimName(match[1]!) : '';
}

/** The name (or determiner phrase) a name-first verb introduces, when it is all of `rest`. */
function nameOrGroup(rest: string): string {
  const text = rest.trim();
  if (new RegExp(String.raw`^${NAME_RUN}$`, 'u').test(text)) return trimName(text);
  return GROUP.test(text) ? text : '';
}

/** Where the sentence holding `index` starts. */
function sentenceStart(paragraph: string, index: number): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let start = 0;
  for (const s of segmenter.segment(paragraph)) {
    if (s.index > index) break;
    start = s.index;
  }
  return start;
}

/**
 * Attribution in the words before an opening mark, from `from` (the end of
 * the previous quotation, or the sentence start): "X argued that “",
 * "said X“", or — when the verb has no name beside it — `knownName` finds
 * a known name earlier in the sentence ("X saw …, stating that “").
 */
function before(paragraph: string, from: number, open: number, knownName: (text: string) => string): Attribution | undefined {
  const window = paragraph.slice(from, open);
  const trimmed = window.replace(/[\s,:]+$/, '').replace(/\s+that$/, '').replace(/[\s,:]+$/, '');
  const verbAtEnd = new RegExp(String.raw`(?:^|[^\p{L}])(${VERB})$`, 'iu').exec(trimmed);
  if (verbAtEnd) {
    const verb = verbAtEnd[1]!;
    const head = trimmed.slice(0, trimmed.length - verb.length);
    const adjacent = nameAtEnd(head);
    const who = adjacent || knownName(head);
    const phrase = `${who}${adjacent ? ' ' : ' … '}${verb}`;
    return who ? { who, verb, phrase, side: 'before', at: from + head.length } : undefined;
  }
  const nameFirst = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME_FIRST})\s+([^,.;:!?“”]+)$`, 'iu').exec(trimmed);
  if (nameFirst) {
    const who = nameOrGroup(nameFirst[2]!);
    const at = from + nameFirst.index + nameFirst[0].indexOf(nameFirst[1]!);
    return who ? { who, verb: nameFirst[1]!, phrase: `${nameFirst[1]} ${who}`, side: 'before', at } : undefined;
  }
  return undefined;
}

/** Attribution right after a closing mark: "”, said X", "” X said". */
function after(paragraph: string, close: number, nextOpen: number): Attribution | undefined {
  const window = paragraph.slice(close + 1, nextOpen);
  const lead = /^[\s,]*/.exec(window)![0].length;
  const text = window.slice(lead);
  const nameFirst = new RegExp(String.raw`^(${NAME_FIRST})\s+([^,.;:!?“”]+)`, 'iu').exec(text);
  if (nameFirst) {
    const who = nameOrGroup(nameFirst[2]!);
    return who ? { who, verb: nameFirst[1]!, phrase: `${nameFirst[1]} ${who}`, side: 'after', at: close + 1 + lead } : undefined;
  }
  const nameThenVerb = new RegExp(String.raw`^(${NAME_RUN})\s+(${VERB})(?![\p{L}])`, 'u').exec(text);
  if (nameThenVerb) {
    const who = trimName(nameThenVerb[1]!);
    return who ? { who, verb: nameThenVerb[2]!, phrase: `${who} ${nameThenVerb[2]}`, side: 'after', at: close + 1 + lead + nameThenVerb[0].length - nameThenVerb[2]!.length } : undefined;
  }
  return undefined;
}

/**
 * Finds who is quoted by each quotation of a paragraph: the words before
 * the opening mark first, then (for a closed quotation) those after the
 * closing mark. `knownName` returns a known name (an analyst alias) found
 * in a text, for attributions whose verb is not next to the name.
 */
export function attribute(
  paragraph: string,
  quotations: readonly Quotation[],
  knownName: (text: string) => string = () => '',
): (Attribution | undefined)[] {
  return quotations.map((q, i) => {
    const previous = quotations[i - 1];
    const previousEnd = previous?.close !== undefined ? previous.close + 1 : 0;
    const from = Math.max(previousEnd, sentenceStart(paragraph, q.open));
    const found = before(paragraph, from, q.open, knownName);
    if (found || q.close === undefined) return found;
    const nextOpen = quotations[i + 1]?.open ?? paragraph.length;
    return after(paragraph, q.close, nextOpen);
  });
}
