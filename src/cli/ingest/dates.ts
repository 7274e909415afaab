/**
 * Dates written in running text, as EDTF at the precision the text gives:
 * "January 5, 2022" → 2022-01-05, "May 1992" → 1992-05, "summer of 2021"
 * → 2021-22, "the 1980s" → 198X, "in 1992" → 1992. A day and month with
 * no year ("from January 13") is found but has no date: the editor decides.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
/** EDTF season codes (level 1): 21 spring, 22 summer, 23 autumn, 24 winter. */
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const YEAR = '([12]\\d{3})';

export interface FoundDate {
  /** The words as written: "January 5, 2022". */
  phrase: string;
  /** Index of the phrase in the text. */
  index: number;
  /** EDTF, or undefined for a day and month without a year. */
  date?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const month = (name: string) => pad(MONTHS.indexOf(name) + 1);

interface Rule {
  pattern: RegExp;
  /** The EDTF date, or null when the match is not a date after all (e.g. "May 32, 2022"). */
  date: (m: RegExpExecArray) => string | undefined | null;
  /** Only this part of the match is the phrase (e.g. the year of "in 1992"). */
  group?: number;
}

/** In order of precedence: a longer, more precise phrase wins over a shorter one inside it. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, 'g'),
    date: (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 31 ? `${m[3]}-${month(m[1]!)}-${pad(Number(m[2]))}` : null),
  },
  {
    pattern: new RegExp(`\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    date: (m) => `${m[2]}-${SEASONS[m[1]!.toLowerCase()]}`,
  },
  { pattern: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), date: (m) => `${m[2]}-${month(m[1]!)}` },
  { pattern: /\b(?:the\s+)?([12]\d{2})0s\b/g, date: (m) => `${m[1]}X` },
  { pattern: new RegExp(`\\b(?:in|In)\\s+${YEAR}\\b`, 'g'), date: (m) => m[1]!, group: 1 },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'),
    date: (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 31 ? undefined : null),
  },
];

/** Every date phrase in `text`, in order; overlapping phrases keep the most precise. */
export function findDates(text: string): FoundDate[] {
  const found: (FoundDate & { end: number })[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const date = rule.date(m as RegExpExecArray);
      if (date === null) continue;
      const phrase = rule.group ? m[rule.group]! : m[0];
      const index = rule.group ? m.index + m[0].lastIndexOf(phrase) : m.index;
      const end = index + phrase.length;
      if (found.some((f) => index < f.end && f.index < end)) continue;
      found.push({ phrase, index, end, ...(date === undefined ? {} : { date }) });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ end: _end, ...f }) => f);
}
