/** Text copied out of a PDF (src/cli/ingest/pdf-text.ts): running heads out, hard-wrapped lines joined, a cover page read. */
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { isRunningHead, reflow } from '../../src/cli/ingest/pdf-text.ts';

const numbered = (lines: string[]) => lines.map((line, i) => ({ line, lineNumber: i + 1 }));
const flow = (lines: string[]) => reflow(numbered(lines)).map((l) => l.line);

describe('reflowing a hard-wrapped text', () => {
  const wrapped = [
    'Between 4 and 7 January 2022, protests that had begun peacefully in the western town',
    'of Zhanaozen spread to most regions. President Tokayev asked the alliance for assis-',
    'tance; a 31-year-',
    'old trader told Central Asia Rights',
    'Watch that she was held for three days.',
    'I. Detentions in Almaty',
    'Detainees said guards forced them to kneel for hours, and that nobody told them what',
    'they were accused of.',
  ];

  it('joins a line ending mid-sentence to the next, a word cut at a hyphen made whole (a compound keeps it), and keeps headings apart', () => {
    expect(flow(wrapped)).toEqual([
      'Between 4 and 7 January 2022, protests that had begun peacefully in the western town of Zhanaozen spread to most regions. President Tokayev asked the alliance for assistance; a 31-year-old trader told Central Asia Rights Watch that she was held for three days.',
      'I. Detentions in Almaty',
      'Detainees said guards forced them to kneel for hours, and that nobody told them what they were accused of.',
    ]);
  });

  it('leaves a web page’s one-line paragraphs as they are, even one ending without a full stop', () => {
    const web = ['Key events', 'Troops from the Russian-led alliance began leaving Almaty on Thursday, a week after they landed, the defence ministry said in a statement', 'officials said more would follow.'];
    expect(flow(web)).toEqual(web);
  });
});

describe('running headers and footers', () => {
  const known = new Set(['www.carw.example.org', 'they told us to lie on the ground', 'central asia rights watch', 'march 2022']);

  it('is a page number and the page’s own words (a line of it, the title, in any case, parts between bars)', () => {
    expect(isRunningHead('www.carw.example.org 1', known)).toBe(true);
    expect(isRunningHead('“THEY TOLD US TO LIE ON THE GROUND” 2', known)).toBe(true);
    expect(isRunningHead('3 CENTRAL ASIA RIGHTS WATCH | MARCH 2022', known)).toBe(true);
  });

  it('is not a line of the text that holds a number', () => {
    expect(isRunningHead('Detained on 6', known)).toBe(false);
    expect(isRunningHead('2 Central Asia Rights Watch interview with Saule Mukhametova.', known)).toBe(false);
  });
});

describe('a report copied out of its PDF, through cleanSource', () => {
  const raw = [
    '“They Told Us to Lie on the Ground”',
    'CENTRAL ASIA RIGHTS WATCH',
    'March 2022',
    'Copyright © 2022 Central Asia Rights Watch',
    'All rights reserved.',
    'ISBN: 978-1-00000-812-4',
    'www.carw.example.org',
    'Summary',
    'Many of those we interviewed described beatings during arrest and in police custody, and',
    'in the days that followed. “They told us to lie on the ground and not to lift our heads, and then they walked on',
    'www.carw.example.org 1',
    '“THEY TOLD US TO LIE ON THE GROUND” 2',
    '',
    'our backs,” said Aidos, 23, who was detained near the akimat. Nobody told him what he was',
    'accused of, and his lawyer was kept away from him for five days, the organisation found.',
    'I. Detentions',
    'Detainees held at the city police department said guards forced them to kneel for hours.',
  ].join('\n');
  const cleaned = cleanSource(raw);

  it('gives the paragraphs whole, the quotation across the page break in one piece', () => {
    expect(cleaned.lines).toEqual([
      'Summary',
      'Many of those we interviewed described beatings during arrest and in police custody, and in the days that followed. “They told us to lie on the ground and not to lift our heads, and then they walked on our backs,” said Aidos, 23, who was detained near the akimat. Nobody told him what he was accused of, and his lawyer was kept away from him for five days, the organisation found.',
      'I. Detentions',
      'Detainees held at the city police department said guards forced them to kneel for hours.',
    ]);
  });

  it('takes the cover’s publisher (the copyright line’s holder) and month as metadata, the holder as the publication', () => {
    expect(cleaned.publication).toBe('Central Asia Rights Watch');
    expect(cleaned.metadata.map((m) => [m.line, m.kind])).toEqual([['CENTRAL ASIA RIGHTS WATCH', 'credit'], ['March 2022', 'date']]);
    expect(cleaned.stripped.map((s) => s.line)).toEqual([
      'Copyright © 2022 Central Asia Rights Watch', 'All rights reserved.', 'ISBN: 978-1-00000-812-4', 'www.carw.example.org', 'www.carw.example.org 1', '“THEY TOLD US TO LIE ON THE GROUND” 2',
    ]);
  });
});
