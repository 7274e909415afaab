/**
 * EDTF dates for generated content: a source's month of publication, and
 * event dates at every precision the content model allows — days, months,
 * years, seasons, approximate and uncertain dates, thirds of a month, spans
 * of years and decades.
 */
import { int, weighted, type Rng } from './prng.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export interface YearMonth {
  year: number;
  month: number;
}

/** A month between January `from` and December `to`. */
export function publishedMonth(rng: Rng, from = 2015, to = 2024): YearMonth {
  return { year: int(rng, from, to), month: int(rng, 1, 12) };
}

export const edtfMonth = ({ year, month }: YearMonth) => `${year}-${pad(month)}`;

const PRECISIONS = ['day', 'month', 'year', 'season', 'approx-day', 'approx-month', 'uncertain-year', 'third', 'years', 'decade'] as const;
export type Precision = (typeof PRECISIONS)[number];
const WEIGHTS = [26, 18, 9, 9, 8, 5, 4, 9, 6, 6];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** An event date before `published`: mostly in the few years before it, sometimes decades earlier. */
export function eventDate(rng: Rng, published: YearMonth, precision: Precision = weighted(rng, PRECISIONS, WEIGHTS)): string {
  const back = weighted(rng, [0, 1, 2, 3, 5, 8, 15, 25], [30, 22, 14, 10, 8, 6, 6, 4]);
  const year = published.year - back;
  const month = back === 0 ? int(rng, 1, published.month) : int(rng, 1, 12);
  const day = int(rng, 1, daysIn(year, month));
  switch (precision) {
    case 'day':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'month':
      return `${year}-${pad(month)}`;
    case 'year':
      return String(year);
    case 'season':
      return `${year}-${int(rng, 21, 24)}`;
    case 'approx-day':
      return `${year}-${pad(month)}-${pad(day)}~`;
    case 'approx-month':
      return `${year}-${pad(month)}~`;
    case 'uncertain-year':
      return `${year}?`;
    case 'third': {
      const third = int(rng, 0, 2);
      const [from, to] = third === 0 ? [1, 10] : third === 1 ? [11, 20] : [21, daysIn(year, month)];
      return `${year}-${pad(month)}-${pad(from)}/${year}-${pad(month)}-${pad(to)}`;
    }
    case 'years':
      return `${year - int(rng, 1, 4)}/${year}`;
    case 'decade':
      return `${String(year).slice(0, 3)}X`;
  }
}
