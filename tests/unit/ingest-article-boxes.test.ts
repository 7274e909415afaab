/**
 * Boxes around a news article told by their shape and place (article-boxes.ts, batch 15's forms): bylines with a
 * role, a section and a date, or a second line; "Reporting from …"; "Published … Updated …"; the title repeated
 * under a section label; a dotted photo credit; a related box's dek and label; sign-up consent and newsletter lines;
 * a letter to the readers; a comment gate; the byline's authors' biographies after the text.
 */
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import {
  andName, bylineWithRole, bylineWithSection, consentLine, conversationHeading, dottedCredit, headNames, labelAndAuthor,
  newsletterPitch, publishedUpdated, readersSalutation, reportingFrom, subscriptionGate,
} from '../../src/cli/ingest/article-boxes.ts';

const PROSE = 'Russian paratroopers fanned out across the city on Friday to guard the airport, officials said on Friday evening.';
const LAST = 'The troops left within two weeks, and the alliance said the mission had been completed in full.';
const TITLE = 'A long title about the January events in Kazakhstan';
const page = (lines: string[], after: string[] = []) => cleanSource([`${TITLE} | The Tribune`, '', ...lines, '', PROSE, '', LAST, '', ...after].join('\n'));

describe('article boxes by their shape', () => {
  it('reads bylines with a role or with a section and a date, not a sentence of the text', () => {
    expect(bylineWithRole('By Timur Sadykov, a nonresident fellow at the Eurasia Security Forum.')).toBe(true);
    expect(bylineWithRole('By Friday, the troops had left the city and the airport had reopened for flights.')).toBe(false);
    expect(bylineWithSection('By Aliya Temirbekova in Nation on 12 January 2022')).toBe(true);
    expect(bylineWithSection('By Aliya Temirbekova in Nation')).toBe(false);
    expect(andName('and Marat Dzhumabayev')).toBe(true);
    expect(andName('and the army')).toBe(false);
  });
  it('reads where the authors reported from and a date with its update', () => {
    expect(reportingFrom('Reporting from Moscow and Almaty, Kazakhstan')).toBe(true);
    expect(reportingFrom('Reporting from Moscow has become harder since the law was passed last year.')).toBe(false);
    expect(publishedUpdated('Published Jan. 7, 2022 Updated Jan. 8, 2022, 3:41 a.m. ET')).toBe(true);
    expect(publishedUpdated('Published reports updated the toll')).toBe(false);
  });
  it('reads a dotted photo credit, a related box label, consent, newsletter, letter and gate lines', () => {
    expect(dottedCredit('Credit...Alexander Kuznetsov/Reuters')).toBe(true);
    expect(dottedCredit('Credit markets fell on Monday.')).toBe(false);
    expect(labelAndAuthor('Argument | Raffaello Pantucci')).toBe(true);
    expect(labelAndAuthor('Almaty | Kazakhstan')).toBe(false);
    expect(consentLine("By submitting, you consent to receiving marketing emails from SCMP. If you don't want these, tick here")).toBe(true);
    expect(consentLine('By registering, you agree to our T&C and Privacy Policy')).toBe(true);
    expect(consentLine('By Friday, you could see troops on every corner.')).toBe(false);
    expect(newsletterPitch('Get the latest insights and analysis from our Global Impact newsletter on the big stories originating in China.')).toBe(true);
    expect(newsletterPitch('The ministry said its newsletter had been closed.')).toBe(false);
    expect(readersSalutation('Dear readers,')).toBe(true);
    expect(readersSalutation('Dear Mr. President,')).toBe(false);
    expect(conversationHeading('Join the Conversation')).toBe(true);
    expect(subscriptionGate('Commenting on this and other recent articles is just one benefit of a Foreign Policy subscription.')).toBe(true);
    expect(subscriptionGate('The troops left on Friday.')).toBe(false);
  });
  it('reads names with an "and" line between, stripped as furniture above the text, as the byline', () => {
    const s = (line: string, lineNumber: number) => ({ line, rule: 'short line', lineNumber });
    expect(headNames([s('Kristin Huang', 8), s('+ FOLLOW', 9), s('and', 10), s('Wendy Zhou', 11)], 20).map((n) => n.line)).toEqual(['Kristin Huang', 'and', 'Wendy Zhou']);
    expect(headNames([s('Kristin Huang', 8), s('and', 10)], 20)).toEqual([]);
  });
});

describe('article boxes on the page', () => {
  it('takes a byline with its role, its second line and where it was reported from as metadata', () => {
    const c = page(['By Isabelle Kurz', 'and Marat Dzhumabayev', 'Reporting from Moscow and Almaty, Kazakhstan', 'January 9, 2022']);
    expect(c.metadata.map((m) => m.line)).toEqual(['By Isabelle Kurz', 'and Marat Dzhumabayev', 'Reporting from Moscow and Almaty, Kazakhstan', 'January 9, 2022']);
    expect(c.lines).toEqual([PROSE, LAST]);
  });
  it('strips the title repeated under a section label and its gloss', () => {
    const c = page(['Argument', "An expert's point of view on a current event.", TITLE]);
    expect(c.stripped.map((s) => s.line)).toEqual(['Argument', "An expert's point of view on a current event.", TITLE]);
  });
  it('keeps a line like the title once the text has begun (the first line no label)', () => {
    const c = page(['The text begins here.', TITLE]);
    expect(c.lines.slice(0, 2)).toEqual(['The text begins here.', TITLE]);
  });
  it('strips a letter to the readers at the end, and the byline author’s biography', () => {
    const c = page(['By Jane Roe'], ['Jane Roe is a reporter based in Almaty.', 'Dear readers,', 'We are facing unprecedented challenges and we need your support to keep reporting.', 'Not ready to support today? Remind me later.']);
    expect(c.lines).toEqual([PROSE, LAST]);
    expect(c.stripped.map((s) => s.line)).toContain('Not ready to support today? Remind me later.');
  });
  it('strips the second author’s biography after the text, not someone else’s line', () => {
    const c = page(['By Isabelle Kurz', 'and Marat Dzhumabayev', 'January 9, 2022'], ['Marat Dzhumabayev is a reporter based in Almaty.']);
    expect(c.stripped.map((s) => s.rule)).toContain('author biography (the byline’s author, after the text)');
    const other = page(['By Isabelle Kurz', 'January 9, 2022'], ['Marat Dzhumabayev is a reporter based in Almaty.']);
    expect(other.lines).toContain('Marat Dzhumabayev is a reporter based in Almaty.');
  });
  it('keeps a salutation inside the text, far from the page’s end', () => {
    const c = page([], ['Dear readers,', ...Array.from({ length: 9 }, (_, i) => `${PROSE.slice(0, -1)} again, said official number ${i}.`)]);
    expect(c.lines).toContain('Dear readers,');
  });
});
