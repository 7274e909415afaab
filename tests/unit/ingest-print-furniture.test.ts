/**
 * A newspaper article copied out of its print edition (batch 13's
 * print-jump-lines): the page turn ("See X on Page A6" … "Continued from
 * Page A1"), photo credits in capitals, the desk under the byline.
 */
import { describe, expect, it } from 'vitest';
import { jumpLines } from '../../src/cli/ingest/jump-lines.ts';
import { cleanSource } from '../../src/cli/ingest/junk.ts';

describe('a page turn', () => {
  const page = ['“Nobody tells us for how long. The shooting was', '', 'See KAZAKHSTAN on Page A6', '', 'INSIDE', 'Business B1 | Weather B8', '', 'A6 | THE TRIBUNE | SATURDAY, JANUARY 8, 2022', 'KAZAKHSTAN', 'Continued from Page A1', 'Allies wary as Tokayev turns to Moscow', 'so close that the windows shook.”'];
  it('takes the lines from the one sending the reader on to the jump headline', () => {
    expect([...jumpLines(page)]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('is no page turn when a sentence of the text stands between', () => {
    expect(jumpLines(['See KAZAKHSTAN on Page A6', 'The troops landed on Friday and guarded the airport.', 'Continued from Page A1']).size).toBe(0);
  });
  it('joins the sentence it broke', () => {
    const cleaned = cleanSource(['Troops land in Kazakhstan - The Tribune', '', 'MOSCOW — Troops landed on Friday, officials said, as the unrest went on in the city for a fifth day.', '', ...page].join('\n'));
    expect(cleaned.lines.at(-1)).toBe('“Nobody tells us for how long. The shooting was so close that the windows shook.”');
  });
});

describe('print credits', () => {
  const cleaned = cleanSource(['Troops land in Kazakhstan - The Lakeshore Tribune', '', 'The Lakeshore Tribune', 'Saturday, January 8, 2022', 'By MARGARET O’CONNELL', 'TRIBUNE FOREIGN STAFF', '', 'MOSCOW — Russian paratroopers fanned out across the city on Friday to guard the airport, officials said.', '', 'SERGEI BOBYLEV/TASS, VIA GETTY IMAGES', 'Troops board a plane outside Moscow on Thursday.', '', 'Nurlan Abenov contributed reporting from Almaty.', '', '© 2022 The Lakeshore Tribune. Reproduced with permission of the copyright owner. Further reproduction prohibited without permission.'].join('\n'));
  it('strips the masthead, a photo credit in capitals and a long copyright notice', () => {
    expect(cleaned.stripped.map((s) => s.line)).toEqual(expect.arrayContaining(['The Lakeshore Tribune', 'SERGEI BOBYLEV/TASS, VIA GETTY IMAGES', expect.stringMatching(/^© 2022/)]));
  });
  it('keeps the desk under the byline and the reporting credit as metadata', () => {
    expect(cleaned.metadata.map((m) => m.line)).toEqual(expect.arrayContaining(['By MARGARET O’CONNELL', 'TRIBUNE FOREIGN STAFF', 'Nurlan Abenov contributed reporting from Almaty.']));
  });
});
