/**
 * Dates written in running text, as EDTF at the precision the text gives:
 * "January 5, 2022" / "5 Jan 2022" → 2022-01-05, "May 1992" → 1992-05,
 * "summer of 2021" → 2021-22, "the 1980s" → 198X, "in 1992" → 1992,
 * "early January 2022" → 2022-01-01/2022-01-10, "mid-January" → the 11th
 * to the 20th, "from 6 January" → 2022-01-06, flagged as the start of a
 * span (the site's EDTF has no open intervals). Against a
 * reference date (the publication date, or the dateline's): a day and month
 * without a year, a month alone ("in June") and a weekday ("on Tuesday": the
 * last one before the reference, or the next one when the sentence speaks of
 * the future) are dated too, each flagged with how its year or day was
 * found. Without a reference they are found but undated: the editor decides.
 *
 * The words of dates (months, weekdays, seasons in four languages) are in
 * date-words.ts; each form's pattern sits here beside the EDTF it makes, so
 * the forms read as one table.
 */
import { findQuotations } from './marks.ts';
import { IRREGULAR_PAST } from './english-verbs.ts';
import { DAY, MONTH, MONTHS, MONTHS_FR, MONTHS_RU, monthOf, ORDINAL_DAYS, SEASONS, WEEKDAY_NAMES, WEEKDAYS, weekdayIndex, YEAR } from './date-words.ts';

/** A date the others are read against: the publication's, or the dateline's. */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
}

export interface FoundDate {
  /** The words as written: "January 5, 2022". */
  phrase: string;
  /** Index of the phrase in the text. */
  index: number;
  /** EDTF, or undefined for a date the text gives too vaguely without a reference. */
  date?: string;
  /** How a part the text does not give was found ("year from the publication date"). */
  flag?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const validDay = (year: number, month: number, day: number) => day >= 1 && day <= daysIn(year, month);

/** The year of a month (and day) the text gives without one: the reference's, or the one before when that would be well after it. */
function yearFor(ref: ReferenceDate, month: number, day = 1, future = false): number {
  const refMonth = ref.month ?? 12;
  const months = (month - refMonth) * 31 + (day - (ref.day ?? 31));
  if (future) return months < -31 ? ref.year + 1 : ref.year;
  return months > 62 ? ref.year - 1 : ref.year;
}

/** Whether a sentence speaks of the future ("will be lifted on Monday", "the summit, expected in Moscow in May,", "officials due to meet in Geneva on Monday"). */
const FUTURE = /(?<![\p{L}])(?:will|would|shall|is to|are to|(?:is|are|was|were) due to|due to (?:meet|hold|begin|start|arrive|leave|take|travel|visit|vote|sign|return|resume|open|be|hold)(?![\p{L}])|(?:is|are) set to|next|plans? to|promised|pledged|vowed|expires|expire|is expected to|are expected to|expects?|intends? to|aims? to|hopes? to|(?<!(?:was|were|been)\s+)(?:expected|due)(?=\s+(?:in|on|at|by|for)\s)|scheduled|sera|seront|va|vont|prochain|prochaine|будет|будут|следующ\p{L}*)(?![\p{L}])/iu;

/** A past-tense verb just before a date: "said on Thursday", "affirmed Monday" (not "will be lifted on Monday"). */
const PAST_VERB_BEFORE = new RegExp(String.raw`(?<!\b(?:be|been|being)\s+)\b(?:\p{L}+ed|${IRREGULAR_PAST})\s+(?:on\s+|last\s+)?$`, 'iu');

const PAST_VERB = new RegExp(String.raw`(?<!\b(?:be|been|being)\s+)\b(?:(?!(?:ne|spe|fe|se|inde|procee)ed)\p{Ll}{2,}ed|${IRREGULAR_PAST})\b`, 'u');

interface Rule {
  pattern: RegExp;
  /** The date and its flag, or null when the match is not a date after all (e.g. "May 32, 2022"). */
  date: (m: RegExpExecArray, context: { ref?: ReferenceDate; future: boolean }) => { date?: string; flag?: string } | null;
  /** Only this part of the match is the phrase (e.g. the year of "in 1992"). */
  group?: number;
}

const FROM_REF = 'year from the publication date';

function dayDate(year: number | undefined, monthName: string, dayText: string, ctx: { ref?: ReferenceDate; future: boolean }): { date?: string; flag?: string } | null {
  const month = monthOf(monthName);
  const day = Number(dayText);
  if (day < 1 || day > 31) return null;
  if (year !== undefined) return validDay(year, month, day) ? { date: `${year}-${pad(month)}-${pad(day)}` } : null;
  if (!ctx.ref) return {};
  const y = yearFor(ctx.ref, month, day, ctx.future);
  return validDay(y, month, day) ? { date: `${y}-${pad(month)}-${pad(day)}`, flag: FROM_REF } : null;
}

/**
 * A day of the month the text gives alone ("the 5th"): in the reference's month, or the one before when the
 * day is after the reference's in a past clause (the one after in a future clause with a day before it).
 */
function ordinalDate(day: number, ctx: { ref?: ReferenceDate; future: boolean }): { date?: string; flag?: string } | null {
  if (!(day >= 1 && day <= 31)) return null;
  if (!ctx.ref?.month || !ctx.ref.day) return {};
  let { year, month } = { year: ctx.ref.year, month: ctx.ref.month };
  const shift = !ctx.future && day > ctx.ref.day ? -1 : ctx.future && day < ctx.ref.day ? 1 : 0;
  month += shift;
  if (month === 0) [year, month] = [year - 1, 12];
  if (month === 13) [year, month] = [year + 1, 1];
  return validDay(year, month, day) ? { date: `${year}-${pad(month)}-${pad(day)}`, flag: 'month and year from the dateline or publication date' } : null;
}

/** "early/mid-/late January": the first, second or last third of the month, as an EDTF interval. */
function third(part: string, year: number, month: number): string {
  const p = part.toLowerCase().replace(/[\s-]+$/, '');
  const [from, to] = p.startsWith('early') || p.includes('beginning') || p.includes('start') ? [1, 10] : p.startsWith('mid') ? [11, 20] : [21, daysIn(year, month)];
  return `${year}-${pad(month)}-${pad(from)}/${year}-${pad(month)}-${pad(to)}`;
}

/** Whether `index` is inside a quotation of `text`. */
const quoted = (text: string, index: number) => findQuotations(text).some((q) => q.start <= index && index < q.end);

/** In order of precedence: a longer, more precise phrase wins over a shorter one inside it. */
const RULES: Rule[] = [
  // Spans: "from 2 to 7 January", "between 6 and 19 January 2022", "6–19 January", "from the 5th to the 8th" (the
  // month from the reference), "from 1990 to 2019".
  {
    pattern: new RegExp(String.raw`\b(?:(?:from|between)\s+)?(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(?:\s+of)?(?:\s+${MONTH})?(?:\s+(?:to|until|till|through|and)\s+|\s*[–-]\s*)(?:the\s+)?(\d{1,2})(st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH})?(?:,?\s+${YEAR})?(?![\p{L}\d])`, 'gu'),
    date: (m, c) => {
      // Groups: the first day, its ordinal, its month; the last day, its ordinal, its month; the year.
      const [fromDay, fromNth, fromMonth, toDay, toNth, toMonth, yearText] = m.slice(1, 8);
      const month = toMonth ?? fromMonth;
      // Bare numbers need a month or ordinals ("from 2 to 7" alone could be anything).
      if (!month && !(fromNth && toNth)) return null;
      const year = yearText ? Number(yearText) : undefined;
      const from = month ? dayDate(year, fromMonth ?? month, fromDay!, c) : ordinalDate(Number(fromDay), c);
      const to = month ? dayDate(year, month, toDay!, c) : ordinalDate(Number(toDay), c);
      if (from === null || to === null) return null;
      if (!from.date || !to.date || to.date < from.date) return {};
      return { date: `${from.date}/${to.date}`, ...(from.flag ? { flag: from.flag } : {}) };
    },
  },
  // The month first: "Jan. 2-5", "January 2–5, 2022", "from January 28 to February 3" (a hyphen without spaces:
  // "January 9 - 14 people" is no span).
  {
    pattern: new RegExp(String.raw`\b(?:(?:from|between)\s+)?${MONTH}\s+(\d{1,2})(?:\s+(?:to|until|till|through|and)\s+|\s*–\s*|-)(?:${MONTH}\s+)?(\d{1,2})(?:,?\s+${YEAR})?(?![\p{L}\d])`, 'gu'),
    date: (m, c) => {
      const [fromMonth, fromDay, toMonth, toDay, yearText] = m.slice(1, 6);
      const year = yearText ? Number(yearText) : undefined;
      const from = dayDate(year, fromMonth!, fromDay!, c);
      const to = dayDate(year, toMonth ?? fromMonth!, toDay!, c);
      if (from === null || to === null) return null;
      if (!from.date || !to.date || to.date <= from.date) return null;
      return { date: `${from.date}/${to.date}`, ...(from.flag ? { flag: from.flag } : {}) };
    },
  },
  { pattern: new RegExp(String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|until|till|through|and)\s+${YEAR}\b`, 'g'), date: (m) => (Number(m[2]) > Number(m[1]) ? { date: `${m[1]}/${m[2]}` } : null) },
  // "the 2 of January" (a machine translation's "el 2 de enero"), "the 6th of January".
  // "New Year's Day": 1 January, in the year the reference gives.
  { pattern: /\bNew Year['’]s Day\b/gu, date: (_m, c) => dayDate(undefined, 'January', '1', c) },
  // An ISO date in the text: "on 2022-01-05".
  { pattern: /(?<![\d-])([12]\d{3})-(\d{2})-(\d{2})(?![\d-])/g, date: (m) => (validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { date: m[0] } : null) },
  { pattern: new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of|de)\s+${MONTH}(?![\p{L}])(?:(?:,?\s+|\s+de(?:l)?\s+)${YEAR})?`, 'gu'), date: (m, c) => dayDate(m[3] ? Number(m[3]) : undefined, m[2]!, m[1]!, c) },
  // A day of the month alone: "on the 2nd", "Wednesday the 5th", "the night of the 6th", "by the 13th", "his video on the
  // 18th was" (not "the 41st Steppe Dispatch", "the 30th anniversary").
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:(?:${WEEKDAYS.join('|')}),?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)—–]|$)|\s+(?!(?:of|century|centuries|anniversary|floor|time|round|place|grade|edition|congress|session|birthday|minute|hour|day|week|month|year|generation|amendment|division|army|regiment|brigade|battalion|district|street|largest|biggest|most|plenum)(?![\p{L}]))\p{Ll})`, 'gu'),
    date: (m, c) => ordinalDate(Number(m[1]), c),
  },
  // Or in words, after a preposition and before a pause: "we only learned about it on the eighth.", "by the eleventh,".
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:on|by|since|until|from|On|By|Since|Until|From)\s+the\s+(${Object.keys(ORDINAL_DAYS).join('|')})(?=\s*(?:[,.;:!?)—–]|$))`, 'gu'),
    date: (m, c) => ordinalDate(ORDINAL_DAYS[m[1]!]!, c),
  },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'g'), date: (m, c) => dayDate(Number(m[3]), m[1]!, m[2]!, c) },
  { pattern: new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'g'), date: (m, c) => dayDate(Number(m[3]), m[2]!, m[1]!, c) },
  {
    pattern: new RegExp(String.raw`\b(early|mid-?|late|the (?:beginning|start|end) of)\s*${MONTH}(?:,?\s+${YEAR})?\b`, 'gi'),
    date: (m, c) => {
      const month = monthOf(m[2]!);
      if (month === 0) return null;
      const year = m[3] ? Number(m[3]) : c.ref ? yearFor(c.ref, month, 15, c.future) : undefined;
      if (year === undefined) return {};
      const part = m[1]!.toLowerCase().includes('end') ? 'late' : m[1]!;
      return { date: third(part, year, month), ...(m[3] ? {} : { flag: FROM_REF }) };
    },
  },
  { pattern: new RegExp(String.raw`\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}\b`, 'gi'), date: (m) => ({ date: `${m[2]}-${SEASONS[m[1]!.toLowerCase()]}` }) },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?${YEAR}\b`, 'g'), date: (m) => ({ date: `${m[2]}-${pad(monthOf(m[1]!))}` }) },
  // "08.01.2022", "08/01/2022": day first, as in Europe and Central Asia.
  {
    pattern: /\b(\d{1,2})[./](\d{1,2})[./]([12]\d{3})\b/g,
    date: (m) => (validDay(Number(m[3]), Number(m[2]), Number(m[1])) && Number(m[2]) <= 12 ? { date: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` } : null),
  },
  { pattern: /\b(?:the\s+)?([12]\d{2})0s\b/g, date: (m) => ({ date: `${m[1]}X` }) },
  // (Not the current year or a later one a speaker names in a quotation, "leave Russia's orbit in 2022": a time
  // they speak of, not an event dated; a past year they recall, "promises since 2011", is one.)
  { pattern: new RegExp(String.raw`\b(?:in|In|since|Since|from|From|until|Until)\s+${YEAR}\b`, 'g'), date: (m, c) => (c.ref && Number(m[1]) >= c.ref.year && quoted(m.input, m.index) ? null : { date: m[1]! }), group: 1 },
  // "its 2020 war", "the 2010 revolution", "Armenia's 2020 war", "the 1992 Collective Security Treaty": a year naming an event.
  {
    pattern: new RegExp(String.raw`(?:(?:\b(?:its|the|a|his|her|their|The)|(?<![\p{L}])\p{Lu}[\p{L}-]*['’]s)\s+${YEAR}\s+(?:war|elections?|referendum|protests?|unrest|revolution|uprising|crisis|summit|census|constitution|coup|events|invasion|campaign|riots|violence|conflict|clashes|annexation|occupation|massacre|crackdown|strike|strikes|reforms?|amendments?|treaty|agreement|accord|deal|visit)\b|(?:\b(?:its|the|a|The))\s+${YEAR}\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Treaty|Agreement|Accord|Constitution|Charter|Declaration|Convention|Protocol)\b|(?:war|elections?|referendum|revolution|uprising|crisis|summit|coup|invasion|riots)\s+of\s+${YEAR})`, 'gu'),
    date: (m) => ({ date: (m[1] ?? m[2] ?? m[3])! }),
  },
  { pattern: new RegExp(String.raw`\b(?:on\s+)?(?:(?:${WEEKDAYS.join('|')}),?\s+)?${MONTH}\s+${DAY}\b(?!,?\s+[12]\d{3})`, 'g'), date: (m, c) => dayDate(undefined, m[1]!, m[2]!, c) },
  { pattern: new RegExp(String.raw`\b${DAY}\s+${MONTH}(?![\p{L}])(?!,?\s+[12]\d{3})`, 'gu'), date: (m, c) => dayDate(undefined, m[2]!, m[1]!, c) },
  {
    // "earlier this month", "last month", "earlier this year": the reference's month or year.
    pattern: /\b(?:(?:earlier|later)\s+this|last|next)\s+(month|year)\b|\bthis\s+month\b/giu,
    date: (m, c) => {
      if (!c.ref) return {};
      const step = /^last/i.test(m[0]) ? -1 : /^next/i.test(m[0]) ? 1 : 0;
      if (/year/i.test(m[0])) return { date: String(c.ref.year + step), flag: 'from the publication date' };
      if (!c.ref.month) return {};
      const index = c.ref.year * 12 + c.ref.month - 1 + step;
      return { date: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, flag: 'from the publication date' };
    },
  },
  {
    // "earlier today", "tonight", "this morning", "said today", "today’s meeting", "yesterday", "tomorrow": the dateline's or publication's
    // day (or the one before, or after).
    pattern: /\b(?:earlier today|later today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow|(?<=\b(?:said|says|announced|told \p{L}+)\s+)today|(?<=\d{1,2}[.:]\d{2}\s+)today|today['’]s(?=\s+\p{Ll}))\b/giu,
    date: (m, c) => {
      if (!c.ref?.month || !c.ref.day) return {};
      const shift = /yesterday|last night/i.test(m[0]) ? -1 : /tomorrow/i.test(m[0]) ? 1 : 0;
      const d = new Date(Date.UTC(c.ref.year, c.ref.month - 1, c.ref.day) + shift * 86_400_000);
      return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, flag: 'the day of the dateline or publication date' };
    },
  },
  {
    // "on Tuesday", "last Friday", and the wire style's bare "said Friday", "since Wednesday evening".
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:(?:on|last|next|this|since|until|by|from|On|Last|Next|This|Since|Until|By|From)\s+)?(${WEEKDAY_NAMES.join('|')})(?:['’]s)?(?![\p{L}])(?!,?\s+(?:${MONTHS.join('|')}|${MONTHS_FR.join('|')}|\d{1,2}(?:st|nd|rd|th|er)?\s+(?:${MONTHS.join('|')}|${MONTHS_FR.join('|')}|${MONTHS_RU.join('|')})))`, 'gu'),
    date: (m, c) => {
      if (!c.ref?.month || !c.ref.day) return {};
      const ref = Date.UTC(c.ref.year, c.ref.month - 1, c.ref.day);
      const target = weekdayIndex(m[1]!);
      const today = new Date(ref).getUTCDay();
      const next = /^next/i.test(m[0]) || (c.future && !/^last/i.test(m[0]));
      // (A week on only for "next Friday": a story of Friday's that something is due "on Friday" means that day.)
      const delta = next ? ((target - today + 7) % 7 || (/^next/i.test(m[0]) ? 7 : 0)) : -((today - target + 7) % 7);
      const d = new Date(ref + delta * 86_400_000);
      return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, flag: `the ${m[1]} ${next ? 'after' : 'on or before'} the dateline or publication date` };
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:in|In|since|Since|by|By|until|Until)\s+(${MONTHS.join('|')})\b(?!\s+\d)`, 'g'),
    date: (m, c) => {
      if (!c.ref) return {};
      const month = monthOf(m[1]!);
      return { date: `${yearFor(c.ref, month, 15, c.future)}-${pad(month)}`, flag: FROM_REF };
    },
    group: 1,
  },
];

/** "from 6 January", "since January 6": the start of a span. */
const OPEN_SPAN = /\b(?:from|since|starting|beginning)\s+$/i;

/** Whether the clause of `text` (between commas or semicolons) that holds index `at` speaks of the future. */
function clauseFuture(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const next = text.slice(at).search(/[,;]/);
  const [before, after] = [text.slice(start, at), text.slice(at, next < 0 ? undefined : at + next)];
  // A day a past verb names, "declared Monday a national day of mourning": the one to come.
  if (/\b(?:declared|proclaimed|designated|named)\s+$/iu.test(before) && /^\p{L}+\s+(?:a|an|as)\s/u.test(text.slice(at))) return true;
  // A date right after a past verb is past ("affirmed Monday that it would …", "said on Thursday").
  if (PAST_VERB_BEFORE.test(before)) return false;
  if (FUTURE.test(before)) return true;
  // "told the leaders on 10 January that they would …": the date goes with the past verb before it.
  if (PAST_VERB.test(before)) return false;
  // "On 11 January Tokayev told parliament that the withdrawal would begin": the clause's verb comes first.
  const future = FUTURE.exec(after);
  const past = PAST_VERB.exec(after);
  return /\buntil\b/i.test(before) || (future !== null && (past === null || past.index > future.index));
}

/**
 * Every date phrase in `text`, in order; overlapping phrases keep the most precise. `before`: the last full
 * date the text gave before `text` (a paragraph), which "in two days" counts from when `text` gives none.
 */
export function findDates(text: string, ref?: ReferenceDate, before?: string): FoundDate[] {
  const found: (FoundDate & { end: number })[] = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences = [...segmenter.segment(text)];
  const quotations = findQuotations(text);
  // The tense of the narration, not of words quoted in it ("“I will act,” he said on Wednesday"), in the
  // clause that holds the date ("The force will stay, the ministry said on Thursday": said, not will); a date
  // inside quoted words, in their own tense ("“We will leave on Thursday,” he said").
  const futureAt = (i: number) => {
    const quote = quotations.find((q) => q.start <= i && i < q.end);
    if (quote) return clauseFuture(text.slice(quote.start, quote.end), i - quote.start);
    const sentence = sentences.findLast((s) => s.index <= i);
    if (!sentence) return false;
    return clauseFuture(sentence.segment.replace(/[“„«"][^”“»"]*[”“»"]/gu, (q) => ' '.repeat(q.length)), i - sentence.index);
  };
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const result = rule.date(m as RegExpExecArray, { ref, future: futureAt(m.index) });
      if (result === null) continue;
      const phrase = (rule.group ? m[rule.group]! : m[0]).replace(/^(?:on|On)\s+/, '');
      const index = rule.group ? m.index + m[0].lastIndexOf(phrase) : m.index + m[0].indexOf(phrase);
      const end = index + phrase.length;
      if (found.some((f) => index < f.end && f.index < end)) continue;
      const date = result.date;
      // "from 6 January": the day a span starts; the editor may date the span instead.
      const span = date && OPEN_SPAN.test(text.slice(Math.max(0, index - 12), index)) ? 'the start of a span' : undefined;
      const flag = [result.flag, span].filter(Boolean).join('; ');
      found.push({ phrase, index, end, ...(date === undefined ? {} : { date }), ...(flag && date ? { flag } : {}) });
    }
  }
  // "A day later", "the day before", "in two days", "two days later": days from the last full date before it in the text (this
  // paragraph's, else one before it: "… said on Jan. 11." then "“In two days, …”"), or from the reference.
  for (const m of text.matchAll(RELATIVE_DAY)) {
    if (found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue;
    const base = found.filter((f) => f.index < m.index && f.date && /^\d{4}-\d{2}-\d{2}$/.test(f.date)).sort((a, b) => a.index - b.index).at(-1)?.date
      ?? before ?? (ref?.month && ref.day ? `${ref.year}-${pad(ref.month)}-${pad(ref.day)}` : undefined);
    if (!base) continue;
    const days = m[2] ?? m[3];
    const count = m[4] ? 7 : days ? (NUMBER_WORDS[days.toLowerCase()] ?? Number(days)) : 1;
    // "tonight, a day after the CSTO agreed": the event named after it is a day before the date before it in its sentence
    // ("on February 21, three days before it launched its offensive": three days after it).
    const sentence = sentences.findLast((s) => s.index <= m.index)?.index ?? 0;
    const named = /^(?:(?:a|one|the) day|\S+ days) (?:after|before)$/i.test(m[0]) && /^\s+\p{L}/u.test(text.slice(m.index + m[0].length))
      && found.some((f) => f.index >= sentence && f.index < m.index && f.date === base);
    const later = /before|previous|earlier/i.test(m[0]) ? -1 : 1;
    const d = new Date(Date.parse(`${base}T00:00:00Z`) + (named ? -later : later) * count * 86_400_000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    found.push({ phrase: m[0], index: m.index, end: m.index + m[0].length, date, flag: `a day from ${base}, the date before it in the text (or the dateline's)` });
  }
  return found.sort((a, b) => a.index - b.index).map(({ end: _end, ...f }) => f);
}

/** A day relative to the date before it: "a day later", "the next day", "the day before", "in two days", "two days later", "three days before", "a week earlier". */
const RELATIVE_DAY = /\b(?:(?:a|one) day (?:later|earlier|before|after)|the (?:next|following|previous) (?:day|morning|evening|night)|the day (?:before|after)|(in) (two|three|four|five|six|seven|ten|\d{1,2}) days(?:['’] time)?|(two|three|four|five|six|seven|ten|\d{1,2}) days (?:later|earlier|before|after)|(a|one) week (?:later|earlier))\b/giu;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

/** A dateline opening a text: "ALMATY, Jan 19 (Reuters) -", "MOSCOW, January 19 —". Its date, against `ref` for the year. */
export function datelineOf(text: string, ref?: ReferenceDate): ReferenceDate | undefined {
  const m = new RegExp(String.raw`^\p{Lu}[\p{Lu}\s.'’-]{2,40},\s+${MONTH}\s+${DAY}(?:,?\s+${YEAR})?\s*(?:\([^)]{1,30}\))?\s*[-–—]`, 'u').exec(text.trim());
  if (!m) return undefined;
  const month = monthOf(m[1]!);
  const day = Number(m[2]);
  const year = m[3] ? Number(m[3]) : ref ? yearFor(ref, month, day) : undefined;
  return year !== undefined && validDay(year, month, day) ? { year, month, day } : undefined;
}

/** An EDTF date of the publication (`2022-02`, `2022-01-13`) as a reference, if it has a year. */
export function referenceOf(edtf: string | undefined): ReferenceDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(edtf ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}
