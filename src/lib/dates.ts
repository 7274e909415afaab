/**
 * EDTF dates (ISO 8601-2, parsed by the `edtf` package) in words, at exactly
 * the precision they were given, with a machine-readable value for <time>
 * where HTML has one, and a time span for ordering and drawing.
 *
 *   2022-01-05            → 5 January 2022        datetime 2022-01-05
 *   2022-01               → January 2022          datetime 2022-01
 *   2022-01-02~           → about 2 January 2022  datetime 2022-01-02
 *   2021-22               → summer 2021           datetime 2021
 *   198X                  → the 1980s             (no datetime)
 *   2022-01-01/2022-01-10 → early January 2022    datetime 2022-01
 *   2020/2022             → 2020 to 2022          (no datetime)
 */
import edtf, { type EdtfValue } from 'edtf';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<number, { name: string; months: [number, number] }> = {
  // Northern meteorological seasons (edtf's own spans for 21–24 are quarters).
  21: { name: 'spring', months: [3, 5] },
  22: { name: 'summer', months: [6, 8] },
  23: { name: 'autumn', months: [9, 11] },
  24: { name: 'winter', months: [12, 14] },
};

export interface DescribedDate {
  /** The EDTF string as written. */
  edtf: string;
  /** In words, at the given precision. */
  text: string;
  /** A valid HTML `datetime` value, where one exists. */
  datetime: string | undefined;
  /** Start and end of the span, in ms since the epoch (UTC). */
  start: number;
  end: number;
}

const DAY = 86_400_000;
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);
const pad = (n: number) => String(n).padStart(2, '0');

function qualifiers(parsed: EdtfValue, text: string): string {
  return `${parsed.approximate?.value ? 'about ' : ''}${text}${parsed.uncertain?.value ? ' (uncertain)' : ''}`;
}

/** Neither approximate nor uncertain. */
export function isExact(parsed: EdtfValue): boolean {
  return !parsed.approximate?.value && !parsed.uncertain?.value;
}

/** A plain date's parts, month and day 1-based: `[2022]`, `[2022, 1]`, `[2022, 1, 5]`; undefined for seasons and partly unspecified dates. */
export function dateParts(parsed: EdtfValue): [number] | [number, number] | [number, number, number] | undefined {
  if (parsed.type !== 'Date' || parsed.unspecified?.value) return undefined;
  const [year, month, day] = parsed.values;
  if (year === undefined) return undefined;
  if (month === undefined) return [year];
  return day === undefined ? [year, month + 1] : [year, month + 1, day];
}

/** A single date (not an interval). */
function describePoint(value: string, parsed: EdtfValue): DescribedDate {
  if (parsed.type === 'Season') {
    const [year, code] = parsed.values as [number, number];
    const season = SEASONS[code];
    if (!season) return { edtf: value, text: qualifiers(parsed, `${year}-${code}`), datetime: String(year), start: parsed.min, end: parsed.max };
    return {
      edtf: value,
      text: qualifiers(parsed, `${season.name} ${year}`),
      datetime: String(year),
      start: utc(year, season.months[0]),
      end: utc(year, season.months[1] + 1) - 1,
    };
  }
  const parts = dateParts(parsed);
  if (!parts) {
    const decade = String(parsed.values[0] ?? new Date(parsed.min).getUTCFullYear()).slice(0, 3);
    return { edtf: value, text: qualifiers(parsed, `the ${decade}0s`), datetime: undefined, start: parsed.min, end: parsed.max };
  }
  const [year, month, day] = parts;
  const text =
    day !== undefined && month !== undefined ? `${day} ${MONTHS[month - 1]} ${year}` : month !== undefined ? `${MONTHS[month - 1]} ${year}` : String(year);
  const datetime = [String(year).padStart(4, '0'), month && pad(month), day && pad(day)].filter(Boolean).join('-');
  return { edtf: value, text: qualifiers(parsed, text), datetime, start: parsed.min, end: parsed.max };
}

/** An interval: "early/mid-/late January 2022" for a third of one month, otherwise "A to B". */
function describeInterval(value: string, parsed: EdtfValue): DescribedDate {
  const [lowerText, upperText] = value.split('/') as [string, string];
  const lower = describePoint(lowerText, parsed.lower ?? edtf(lowerText));
  const upper = describePoint(upperText, parsed.upper ?? edtf(upperText));
  const span = { edtf: value, start: lower.start, end: upper.end };
  const lo = parsed.lower && isExact(parsed.lower) ? dateParts(parsed.lower) : undefined;
  const hi = parsed.upper && isExact(parsed.upper) ? dateParts(parsed.upper) : undefined;
  if (lo?.length === 3 && hi?.length === 3 && lo[0] === hi[0] && lo[1] === hi[1]) {
    const [year, month, from] = lo;
    const to = hi[2];
    const lastDay = new Date(utc(year, month + 1) - DAY).getUTCDate();
    const part = from === 1 && to === 10 ? 'early ' : from === 11 && to === 20 ? 'mid-' : from === 21 && to === lastDay ? 'late ' : undefined;
    if (part) return { ...span, text: `${part}${MONTHS[month - 1]} ${year}`, datetime: `${year}-${pad(month)}` };
  }
  return { ...span, text: `${lower.text} to ${upper.text}`, datetime: undefined };
}

/** Dates already described, by EDTF text: parsing one takes about 0.3 ms, and sorting compares each many times. */
const described = new Map<string, DescribedDate>();

/** Describes an EDTF date; throws on an invalid one (the schemas reject those first). */
export function describeEdtf(value: string): DescribedDate {
  let date = described.get(value);
  if (!date) {
    const parsed = edtf(value);
    date = parsed.type === 'Interval' ? describeInterval(value, parsed) : describePoint(value, parsed);
    if (described.size >= 100_000) described.clear();
    described.set(value, date);
  }
  return { ...date };
}

/** The date in words. */
export function formatEdtf(value: string): string {
  return describeEdtf(value).text;
}

/** The earliest instant of an EDTF date, in ms since the epoch: for sorting. */
export function edtfStart(value: string): number {
  return describeEdtf(value).start;
}

/**
 * Chronological order of mixed precisions: by start; at the same start the
 * longer span first (January 2022 before early January 2022 before
 * 1 January 2022); then by the EDTF text, so the order is total.
 */
export function compareEdtf(a: string, b: string): number {
  const x = describeEdtf(a);
  const y = describeEdtf(b);
  return x.start - y.start || y.end - x.end || a.localeCompare(b);
}

/**
 * The date as machines read it (an ISO 8601 / HTML `datetime` value) at its
 * precision: `2022-02` for February 2022. A date HTML cannot write at its
 * precision (a decade, a span of months) gives the year it starts in.
 */
export function machineDate(value: string): string {
  const date = describeEdtf(value);
  return date.datetime ?? String(new Date(date.start).getUTCFullYear()).padStart(4, '0');
}
