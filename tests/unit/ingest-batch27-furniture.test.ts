/**
 * Furniture and metadata batch 27's pages showed (The Christian Science Monitor, AKIpress, RUSI, Newsweek,
 * EURACTIV): whole-line rules (widget-furniture.ts, junk-rules.ts, page-chrome.ts, publisher-notices.ts), metadata
 * lines (metadata.ts), and what only the lines around a line show (junk.ts, shape-furniture.ts, article-boxes.ts,
 * page-widgets.ts): a byline's role and handle, an author box at the foot, a related box's labelled cards, a
 * donation box, a piece's topics one a line.
 */
import { describe, expect, it } from 'vitest';
import { clean, LAST, metadataOf, metaOf, PROSE, ruleOf, strippedOf } from '../support/ingest-lines.ts';

describe('lines that are furniture by what they say', () => {
  it.each([
    ['You\'ve read 3 of 5 free articles. Subscribe to continue.', 'paywall'],
    ['Copy/paste the link below to share this article', 'share button'],
    ['OK', 'share button'],
    ['Previous', 'gallery or carousel control'],
    ['Next', 'gallery or carousel control'],
    ['EURACTIV is part of the Trust Project >>>', 'link (arrows after it)'],
    ['Why We Wrote This', 'editors’ label (why the story was written)'],
    ['Help fund Monitor journalism for $11/ month', 'appeal for the readers’ support (the publisher’s)'],
    ['Our work isn\'t possible without your support.', 'appeal for the readers’ support (the publisher’s)'],
    ['The views expressed in this Commentary are the author’s, and do not represent those of RUSI or any other institution.', 'disclaimer'],
    ['Have an idea for a Commentary you’d like to write for us? Send a short pitch to commentaries@rusi.org and we’ll get back to you if it fits into our research interests. Full guidelines for contributors can be found here.', 'call for contributors (the publisher’s)'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));

  it('leaves the author’s sentences alone', () => {
    for (const line of [PROSE, LAST, 'The next day, Mr. Tokayev told parliament the mission had been accomplished.', 'Without Russian airlift, the operation would not have been possible.']) expect(ruleOf(line), line).toBeUndefined();
  });
});

describe('metadata lines', () => {
  it.each([
    ['By Vesela Marinova | EURACTIV.com', 'byline'],
    ['Jan 20, 2022 (updated: Jan 21, 2022 )', 'publication date'],
    ['On 1/11/22 at 9:02 AM EST', 'publication date'],
    ['[Edited by Nathan Brooke]', 'production credit'],
  ])('%s: %s', (line, rule) => expect(metaOf(line)).toBe(rule));

  it('reads no sentence of the text as a date', () => {
    for (const line of ['Update 1/11/22, 11:40 a.m. ET: This article was updated with comments from the Kremlin.', PROSE]) expect(metaOf(line), line).toBeUndefined();
  });
});

describe('lines told by their neighbours', () => {
  it('reads the role and the handle under the byline as the byline’s', () => {
    const c = clean('A swift exit - CSMonitor.com', 'A swift exit', 'By Howard Lindqvist', 'Special correspondent', '@HLindqvist', 'January 13, 2022 | Moscow', PROSE, LAST);
    expect(metadataOf(c, 'Special correspondent')).toBe('the byline’s role (above the author’s handle)');
    expect(metadataOf(c, '@HLindqvist')).toBe('the byline’s handle');
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('strips the byline’s author again under an author box’s heading after the text, and a related box’s cards with their labels, dates and authors', () => {
    const c = clean('The airlift | Royal United Services Institute', 'Harriet Mansfield', '2 February 2022', PROSE, LAST, 'WRITTEN BY', 'Harriet Mansfield', 'Research Fellow, Military Sciences',
      'Explore our related content', 'Commentary', 'Kazakhstan’s Crisis and the Myth of the ‘Foreign Terrorist’', '12 January 2022', 'Tomas Halloran', 'Commentary', 'Russia’s Force Posture Around Ukraine: An Assessment', '28 January 2022', 'Harriet Mansfield');
    expect(c.metadata.map((m) => m.line)).toEqual(['Harriet Mansfield', '2 February 2022']);
    expect(strippedOf(c, '28 January 2022')).toMatch(/^related link/u);
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('takes a question under a related box’s label for its next headline, not a subheading', () => {
    const c = clean('A swift exit - CSMonitor.com', PROSE, LAST, 'Related stories', 'Europe', 'As Russia masses troops near Ukraine, what does Putin want?', 'Explainer', 'What is the CSTO, and why has it sent troops to Kazakhstan?');
    expect(strippedOf(c, 'Explainer')).toMatch(/^related link/u);
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('strips a donation box’s words between its lines', () => {
    const pitch = 'Monitor journalism changes lives because we open that too-small box that most people think they live in.';
    const c = clean('A swift exit - CSMonitor.com', PROSE, LAST, 'Help fund Monitor journalism for $11/ month', 'Already a subscriber? Login', pitch, 'Our work isn\'t possible without your support.', 'Unlock unlimited access');
    expect(strippedOf(c, pitch)).toBe('donation box (its words, between its lines)');
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('strips a piece’s topics one a line under its date, and the last of a list of topics above the lead photo’s caption, keeping a heading', () => {
    const topics = clean('The airlift | Royal United Services Institute', 'The airlift', 'Moscow’s rapid deployment of airborne troops to Kazakhstan last month was a political success.', 'Harriet Mansfield', '2 February 2022', 'Russia, Europe and Eurasia', 'Central Asia', 'Military Sciences', 'Share', 'Print', PROSE, 'A Rehearsed Response', LAST);
    expect(topics.lines).toEqual(['Moscow’s rapid deployment of airborne troops to Kazakhstan last month was a political success.', PROSE, 'A Rehearsed Response', LAST]);
    const caption = 'Kassym-Jomart Tokayev addresses parliament in Nur-Sultan, Kazakhstan, on January 11, 2022, in a handout picture.';
    const list = clean('Troops will leave - Newsweek', 'By Dawn Castellano', 'Share', 'Kazakhstan', 'Russia', 'CSTO', 'Protests', caption, 'HANDOUT/KAZAKH PRESIDENTIAL PRESS SERVICE/AFP via Getty Images', PROSE, 'Moscow Claims a Win', LAST);
    expect(list.lines).toEqual([caption, PROSE, 'Moscow Claims a Win', LAST]);
  });
});
