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
  it('leaves every later line in the text, stripped or metadata: none lost after the joined line', () => {
    // (With a month alone above the text, as on a report's cover: a rule of pdf-text.ts, which reads the lines after the others.)
    const raw = ['Troops land in Kazakhstan - The Tribune', '', 'March 2022', '', 'MOSCOW — Troops landed on Friday, officials said, as the unrest went on in the city for a fifth day.', '', ...page, '', 'The airport reopened on Monday, and the first commercial flights landed there in the afternoon.', '', 'The troops left within two weeks, and the alliance said the mission had been completed in full.', '', 'More from the Tribune'];
    const cleaned = cleanSource(raw.join('\n'));
    const text = cleaned.lines.join('\n');
    const accounted = (line: string) => text.includes(line) || [...cleaned.stripped, ...cleaned.metadata].some((s) => s.line === line);
    for (const line of raw.slice(1).filter((l) => l.trim() !== '')) expect(accounted(line), line).toBe(true);
    expect(cleaned.lines).toContain('The troops left within two weeks, and the alliance said the mission had been completed in full.');
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

describe('furniture of a fact-check, a rights report and a platform essay (batch 13)', () => {
  const stripped = (lines: string[], publication = 'FactLens') => {
    const text = [`A long title about the January events in Kazakhstan | ${publication}`, '', 'MOSCOW — Russian paratroopers fanned out across the city on Friday to guard the airport, officials said on Friday evening.', '', ...lines, '', 'The troops left within two weeks, and the alliance said the mission had been completed in full.'];
    return cleanSource(text.join('\n')).stripped.map((s) => s.line);
  };
  it.each([
    ['Our ratings: TRUE · MOSTLY TRUE · TRUE, BUT UNPROVEN · MISLEADING · FALSE'],
    ['Spotted a claim we should check? Message us on WhatsApp.'],
    ['Get updates on human rights issues from around the globe. Join our movement today.'],
    ['FactLens is a verified signatory of the IFCN Code of Principles.'],
    ['Download the full report (PDF, 1.8 MB)'],
    ['Available in: English | Русский | Қазақша'],
    ['Views are my own.'],
    ['+ Follow'],
  ])('strips %s', (line) => expect(stripped([line])).toContain(line));
  it.each([
    ['“Nobody would tell us anything,” she said. Tell us, she asked, what happened.'],
    ['TRUE or FALSE: the answer, said the analyst, was never that simple in Almaty.'],
    ['The CSTO is a military alliance of six former Soviet states led by Russia.'],
  ])('keeps %s', (line) => expect(stripped([line])).not.toContain(line));
});

describe('the title repeated under a kicker', () => {
  it('strips the title that asks, and the part after its kicker', () => {
    const a = cleanSource(['Fact check: Did Russian troops fire on protesters? | FactLens', '', 'FACT CHECK', 'Fact check: Did Russian troops fire on protesters?', '', 'As troops arrived in Kazakhstan earlier this month, social media filled with claims about what they were doing.'].join('\n'));
    expect(a.stripped.map((s) => s.line)).toContain('Fact check: Did Russian troops fire on protesters?');
    const b = cleanSource(['Unrest in Kazakhstan: Why Russian paratroopers are now guarding Almaty - DER SPIEGEL', '', 'Why Russian paratroopers are now guarding Almaty', '', 'The request came at night, and within a day the first planes had landed at the airport of Almaty.'].join('\n'));
    expect(b.stripped.map((s) => s.line)).toContain('Why Russian paratroopers are now guarding Almaty');
  });
});

describe('a platform essay’s head', () => {
  it('keeps the name written twice once, as the byline, and the author’s headline under it as metadata', () => {
    const cleaned = cleanSource(['Five lessons for anyone with money in Central Asia | LinkedIn', '', 'Marat Zhunusov', 'Marat Zhunusov', 'Political risk analyst | Central Asia & Caucasus | ex-Big Four', 'Published Jan 17, 2022', '', 'I have spent fifteen years telling clients that Kazakhstan is the safe bet in Central Asia, and two weeks ago that looked expensive.'].join('\n'));
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Marat Zhunusov', 'Political risk analyst | Central Asia & Caucasus | ex-Big Four', 'Published Jan 17, 2022']);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Marat Zhunusov']);
  });
});
