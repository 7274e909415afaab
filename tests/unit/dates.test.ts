/** EDTF dates in words (src/lib/dates.ts), at exactly the precision given. */
import { describe, expect, it } from 'vitest';
import { compareEdtf, describeEdtf, edtfStart, formatEdtf } from '../../src/lib/dates.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('formatEdtf', () => {
  it.each([
    ['2022', '2022'],
    ['1992', '1992'],
    ['2022-02', 'February 2022'],
    ['1992-05', 'May 1992'],
    ['2022-01-05', '5 January 2022'],
    ['1991-12-21', '21 December 1991'],
  ])('%s → %s (year, month and day precision)', (value, text) => {
    expect(formatEdtf(value)).toBe(text);
  });

  it.each([
    ['2021-22', 'summer 2021'],
    ['2022-01~', 'about January 2022'],
    ['2022-01-05?', '5 January 2022 (uncertain)'],
    ['2022-01%', 'about January 2022 (uncertain)'],
    ['198X', 'the 1980s'],
    ['2022-01-01/2022-01-10', 'early January 2022'],
    ['2022-01-11/2022-01-20', 'mid-January 2022'],
    ['2022-02-21/2022-02-28', 'late February 2022'],
    ['2022-01-03/2022-01-07', '3 January 2022 to 7 January 2022'],
    ['2020/2022', '2020 to 2022'],
  ])('%s → %s (seasons, qualifiers, decades, intervals)', (value, text) => {
    expect(formatEdtf(value)).toBe(text);
  });

  it.each(['2022-13', 'January 2022', ''])('throws on %j', (value) => {
    expect(() => formatEdtf(value)).toThrow();
  });
});

describe('describeEdtf', () => {
  it('gives an HTML datetime at the same precision, or none', () => {
    expect(describeEdtf('2022').datetime).toBe('2022');
    expect(describeEdtf('2022-02').datetime).toBe('2022-02');
    expect(describeEdtf('2022-01-05~').datetime).toBe('2022-01-05');
    expect(describeEdtf('2021-22').datetime).toBe('2021');
    expect(describeEdtf('198X').datetime).toBeUndefined();
    expect(describeEdtf('2020/2022').datetime).toBeUndefined();
  });

  it('spans the whole period given', () => {
    const month = describeEdtf('2022-02');
    expect([iso(month.start), iso(month.end)]).toEqual(['2022-02-01T00:00:00.000Z', '2022-02-28T23:59:59.999Z']);
    const summer = describeEdtf('2021-22');
    expect([iso(summer.start), iso(summer.end)]).toEqual(['2021-06-01T00:00:00.000Z', '2021-08-31T23:59:59.999Z']);
    const winter = describeEdtf('2021-24');
    expect([iso(winter.start), iso(winter.end)]).toEqual(['2021-12-01T00:00:00.000Z', '2022-02-28T23:59:59.999Z']);
    expect(iso(edtfStart('2022-01-05'))).toBe('2022-01-05T00:00:00.000Z');
  });
});

describe('compareEdtf', () => {
  it('orders mixed precisions by start, the longer span first', () => {
    const dates = ['2022-01-01', '2022-01', '2022', '2021-22', '2022-01-01/2022-01-10', '1992-05', '198X'];
    expect([...dates].sort(compareEdtf)).toEqual(['198X', '1992-05', '2021-22', '2022', '2022-01', '2022-01-01/2022-01-10', '2022-01-01']);
  });
});
