/**
 * Quotation marks in one paragraph: curly “…” (and German „…“), single ‘…’, '…' and ‚…‘ (beside apostrophes), straight "…",
 * single guillemets ‹…› and
 * French « … » paired into quotations (an unclosed one runs to the paragraph's end), the
 * dialogue dash of Spanish and of its translations ("—Nobody expected it —says
 * X—. They were ready."), a
 * mark around a lone function word flagged as garbled, and a name in marks (Russian
 * « », "«Степному вестнику»"; a body's after its kind, "the fund «Kazakhstan Khalkyna»") told apart from a quotation.
 */
import { DIALOGUE, dialogueParts } from './dialogue.ts';

export type MarkStyle = 'curly' | 'straight' | 'guillemets' | 'single-guillemets' | 'dash' | 'single';

/** A quotation: where its words are, and its marks. */
export interface Quotation {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or undefined when the paragraph never closes it (a dialogue part: the dash opening its attribution, or the paragraph's length). */
  close?: number;
  /** The quoted words: [start, end), inside the marks (and the spaces French marks keep). */
  start: number;
  end: number;
  style: MarkStyle;
  /** A mark that cannot be a quotation ("“The” OTSC violates…": one function word quoted): flagged, not marked. */
  garbled?: boolean;
  /** A name in marks: Russian « » around one ("сказала она «Степному вестнику»"), or a body's after its kind ("the fund «Kazakhstan Khalkyna»"): a title, not a quotation. */
  name?: boolean;
}

/** („ closes with “ in German and with ” in some translations: the first of them that comes.) */
const PAIRS: Record<string, { close: string; style: MarkStyle }> = { '„': { close: '“”', style: 'curly' }, '“': { close: '”', style: 'curly' }, '«': { close: '»', style: 'guillemets' }, '"': { close: '"', style: 'straight' }, '‘': { close: '’', style: 'single' }, "'": { close: "'", style: 'single' }, '‹': { close: '›', style: 'single-guillemets' }, '‚': { close: '‘’', style: 'single' }, '»': { close: '«', style: 'guillemets' } };

/** German »…« (reversed guillemets): a » opens only before a word and not after one ("»Wort«"); after one it closes a «. */
export function opensReversed(paragraph: string, i: number): boolean {
  return /[\p{L}\p{Nd}]/u.test(paragraph[i + 1] ?? '') && !/[\p{L}\p{Nd}.,!?;:]/u.test(paragraph[i - 1] ?? '');
}

/**
 * Whether a ’ (or a straight ') at `i` closes a single-quoted quotation rather than being an apostrophe: not inside a word
 * ("won’t", "Tokayev’s"), not after a space, and not a plural's possessive before a lowercase word ("the protesters’ demands").
 */
function closesSingle(paragraph: string, i: number): boolean {
  const prev = paragraph[i - 1] ?? ' ';
  const next = paragraph[i + 1] ?? '';
  if (/\s/.test(prev) || /[\p{L}\p{Nd}]/u.test(next)) return false;
  // (A word like "in", "and", "had" after it is no noun a possessive could own: "'colour revolutions' in the region".)
  const after = /^\s+(\p{Ll}+)/u.exec(paragraph.slice(i + 1))?.[1];
  return !(/s/i.test(prev) && after !== undefined && !AFTER_A_QUOTATION.has(after));
}

/** Words that follow a quotation but never a plural's possessive (which a noun follows: "the protesters’ demands"). */
const AFTER_A_QUOTATION = new Set('in and or but to as at on of for from with by into over after before since when than that which who had has have was were is are will would could should may might and then were while because if so'.split(' '));

/** Words that are never a whole quotation: a mark around one of them is a scraping or translation artefact. */
const FUNCTION_WORDS = new Set('the a an it this that these those in on at of to and or but is was are his her its their le la les un une des du de et'.split(' '));

/** A body's kind just before its name: "the public fund «Kazakhstan Khalkyna»", "the newspaper “Vremya”", "фонд «…»". */
const BODY_NOUN = /(?:^|[^\p{L}])(?:fund|foundation|charity|company|firm|party|movement|newspaper|paper|magazine|channel|station|website|portal|agency|association|union|programme|program|newscast|show|broadcast|documentary|film|series|project|operation|campaign|initiative|group|club|bank|holding|фонд|партия|движение|газета|журнал|канал|агентство|компания|fonds|parti|mouvement|journal)(?:\s*,)?(?:\s+(?:called|named|known as|dubbed|entitled))?\s*$/iu;
/** One capitalised word in « » after a preposition, as Russian-language papers mark a body's name: "together with «Atameken»". */
const BODY_IN_GUILLEMETS = (before: string, words: string) => /^\p{Lu}[\p{L}-]+$/u.test(words) && /(?:^|\s)(?:with|of|by|from|to|and|at|for)\s*$/u.test(before);
/** An exercise's or an event's name with its year: "‘Interaction-2021’", "“Zapad-2021”", "“Union Resolve 2022”". */
const EVENT_NAME = /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}[-\s](?:19|20)\d{2}$/u;
/** A name's translation in marks right after it: "„Qazaqstan Halqyna“ – „For the People of Kazakhstan.“", "“Elbasy,” or “Leader of the Nation.”". */
const AFTER_NAME = /[”“»’‘"']\s*(?:[–—-]|\(|,|,?\s*or)\s*$/u;

/** Words in marks that are a body's name, given its kind just before them (a short run of capitalised words). */
const NAME_WORDS = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|for|and|de|du|la|le))*[.,]?$/u;
/** Or its translation in brackets after the name left unmarked: "a new social fund, Qazaqstan Halqyna (“For the People of Kazakhstan”)". */
const NAME_THEN_BRACKET = /\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s*\(\s*$/u;
const bodyBefore = (before: string) => BODY_NOUN.test(before) || (NAME_THEN_BRACKET.test(before) && BODY_NOUN.test(before.replace(NAME_THEN_BRACKET, '')));
const namedBody = (before: string, words: string) => bodyBefore(before) && NAME_WORDS.test(words) && words.split(/\s+/).length <= 6;
/** A name's own word before it: "known as", "the honorific", "the official title of", "branded the", "dubbed", "nicknamed", a paper "titled". */
const NAMING = /(?:^|[^\p{L}])(?:known as|(?:the |his |her |its )?(?:official )?(?:title|honorific|nickname|label|slogan|motto|term)(?: of)?|branded(?: the)?|dubbed(?: the)?|nicknamed(?: the)?|(?:,\s*)?(?:titled|entitled|headlined)|(?<![\p{L}])what\s+(?:\S+\s+){0,3}call)\s*$/iu;
/** A gloss after a name in marks: "“Qandy Qantar” – Bloody January", "“Elbasy,” or Leader of the Nation", "“Elbasy” (Leader of the Nation)". */
const GLOSS = /^\s*,?\s*(?:[–—-]|or|\()\s*[“"‘]?\p{Lu}/u;
/** A few words in marks that a name's word introduces or a gloss translates: a name or a term, not anyone's words. */
const namedTerm = (before: string, words: string, after: string) => {
  const bare = words.replace(/[,.;:]$/u, '');
  // (A work's title after "titled" may be long: "a paper … titled “After January: The Elite Settlement in Kazakhstan.”".)
  if (/(?:titled|entitled|headlined)\s*$/iu.test(before) && bare.split(/\s+/).length <= 15) return true;
  if (bare.split(/\s+/).length > 4) return false;
  return NAMING.test(before) || (NAME_WORDS.test(bare) && bare.split(/\s+/).length <= 3 && GLOSS.test(after));
};

/**
 * Pairs quotation marks of each style: “ with ”, « with », and straight "
 * marks in turn (an opening one is followed by a letter, a closing one is
 * not). Quotations of one style do not nest: an opening mark before the
 * previous one closed leaves that one unclosed.
 */
export function findQuotations(paragraph: string): Quotation[] {
  if (DIALOGUE.test(paragraph)) return dialogueParts(paragraph);
  const found: Quotation[] = [];
  let current: { open: number; close: string; style: MarkStyle } | undefined;
  const finish = (close?: number) => {
    const q = current!;
    let start = q.open + 1;
    let end = close ?? paragraph.length;
    while (start < end && /\s/.test(paragraph[start]!)) start++;
    while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
    const words = paragraph.slice(start, end).trim();
    const garbled = close !== undefined && FUNCTION_WORDS.has(words.toLowerCase());
    const before = paragraph.slice(0, q.open);
    const translates = found.at(-1)?.name === true && AFTER_NAME.test(before) && before.length - (found.at(-1)!.close ?? 0) <= 6 && NAME_WORDS.test(words);
    const name = close !== undefined && (EVENT_NAME.test(words) || (q.style === 'guillemets' && (/^[А-ЯЁ][а-яёА-ЯЁ-]*(?:\s+[а-яёА-ЯЁ-]+){0,2}$/u.test(words) || BODY_IN_GUILLEMETS(before, words))) || namedBody(before, words) || translates || namedTerm(before, words, paragraph.slice(close + 1)));
    found.push({ open: q.open, ...(close !== undefined ? { close } : {}), start, end, style: q.style, ...(garbled ? { garbled } : {}), ...(name ? { name } : {}) });
    current = undefined;
  };
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    // (A footnote mark after a straight closing mark, "army."², is not a word: \p{Nd}, not \p{N}.)
    if (current && current.close.includes(c) && (current.style !== 'straight' || !/[\p{L}\p{Nd}]/u.test(paragraph[i + 1] ?? '')) && (current.style !== 'single' || closesSingle(paragraph, i))) {
      finish(i);
      continue;
    }
    const pair = PAIRS[c];
    if (!pair) continue;
    // A straight mark opens only before a word, after a space or the start: not 12" nor a closing one.
    if (pair.style === 'straight' && (!/[\p{L}\p{Nd}'‘(]/u.test(paragraph[i + 1] ?? '') || /[\p{L}\p{Nd}]/u.test(paragraph[i - 1] ?? ''))) continue;
    // A single mark opens only before a word and not inside one (‘ is also a misprinted apostrophe: "O‘zbek").
    if (c === '»' && !opensReversed(paragraph, i)) continue;
    if (pair.style === 'single' && (!/[\p{L}\p{Nd}“"]/u.test(paragraph[i + 1] ?? '') || /[\p{L}\p{Nd}]/u.test(paragraph[i - 1] ?? ''))) continue;
    if (current) {
      if (current.style !== pair.style) continue;
      finish();
    }
    current = { open: i, close: pair.close, style: pair.style };
  }
  if (current) finish();
  return found;
}

/**
 * The paragraph with footnote numbers after a word's punctuation or a closing
 * mark blanked ("treaty.1 This", "“abroad”.2", "otherwise."3"), so that they
 * neither hold a quotation open nor read as words of an attribution. The
 * same length: indexes into it are indexes into the paragraph.
 */
export function maskFootnotes(paragraph: string): string {
  return paragraph.replace(/(?<=\p{L}[.!?;:,]|\S[”"’»)][.!?;:,]?)\d{1,3}(?=\s|$)/gu, (d) => ' '.repeat(d.length));
}
