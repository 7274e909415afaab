/**
 * EDTF dates in words, at the precision they were given: "2022" → "2022",
 * "2022-02" → "February 2022", "2022-01-05" → "5 January 2022".
 */
import edtf from 'edtf';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date in words; throws on an invalid EDTF string. */
export function formatEdtf(value: string): string {
  const date = edtf(value);
  const [year, month, day] = date.edtf.replace(/[~?%]/g, '').split('-').map(Number);
  if (date.type === 'Date' && day !== undefined && month !== undefined) return `${day} ${MONTHS[month - 1]} ${year}`;
  if (date.type === 'Date' && month !== undefined) return `${MONTHS[month - 1]} ${year}`;
  return String(year);
}

/** The earliest instant of an EDTF date, in ms since the epoch: for sorting. */
export function edtfStart(value: string): number {
  return edtf(value).min;
}
