/**
 * Furniture, metadata and titles of big news sites' pages (batch 16's forms):
 * links labelled as opening a new tab, a screen reader's list markers, social
 * icons, app-store lines, a market-data notice, a video's running time and
 * source, copyright signs inside a line, a photo credit ending in an agency's
 * initials, a transcript's clip notices, the print edition's line.
 */
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { junkRules } from '../../src/cli/ingest/junk-rules.ts';
import { siteFurnitureRules } from '../../src/cli/ingest/site-furniture.ts';

const PROSE = 'Russian paratroopers fanned out across the city on Friday to guard the airport, officials said on Friday evening.';
const LAST = 'The troops left within two weeks, and the alliance said the mission had been completed in full.';
const page = (lines: string[]) => cleanSource(['A long title about the January events in Kazakhstan | The Tribune', '', PROSE, '', ...lines, '', LAST].join('\n'));
const ruleOf = (line: string) => siteFurnitureRules.find((r) => r.test(line))?.name;
const isJunk = (line: string) => junkRules.some((r) => r.test(line));

describe('big news sites’ furniture, a line at a time', () => {
  it.each([
    ['About Reuters, opens new tab', 'link (opens a new tab)'],
    ['Careers (opens in a new window)', 'link (opens a new tab)'],
    ['list of 3 items', 'list markers (a screen reader’s)'],
    ['list 2 of 3', 'list markers (a screen reader’s)'],
    ['end of list', 'list markers (a screen reader’s)'],
    ['instagram-colored-outline', 'social icon (a network’s name)'],
    ['rss', 'social icon (a network’s name)'],
    ['Enjoy more audio and podcasts on iOS or Android.', 'app banner (the app stores)'],
    ['All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.', 'market data (its delay notice)'],
    ['02:21 - Source: CNN', 'video (its running time and source)'],
    ['CNN Sans ™ & © 2016 Cable News Network.', 'copyright line'],
    ['View all partners', 'link to a list'],
    ['Russian Defence Ministry Press Service/EPA-EFE', 'photo credit (a source and the agency’s initials)'],
  ])('%s: %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'The ministry said the troops would leave in stages, and a new tab of the budget opens next week.',
    'Russia',
    'Rss feeds were blocked in Kazakhstan.',
    'The app was downloaded on iOS and Android by millions of Kazakhs during the blackout, officials said later that week.',
    'Quotes from the speech were delayed by state television.',
    'Protesters clash with police in Almaty on January 5, 2022. Mariya Gordeyeva/Reuters',
    'Kazakhstan/CSTO',
    'View from Almaty',
  ])('leaves the author’s line: %s', (line) => {
    expect(ruleOf(line)).toBeUndefined();
  });

  it('takes a transcript’s clip notices and the print edition’s line as junk', () => {
    expect(['(BEGIN VIDEO CLIP)', '(END VIDEO CLIP)', '(BEGIN VIDEOTAPE)'].every(isJunk)).toBe(true);
    expect(isJunk('This article appeared in the Asia section of the print edition under the headline "Friends in need"')).toBe(true);
    expect(isJunk('(Reuters, AFP)')).toBe(false);
  });
});

describe('headlines after a "Related" heading', () => {
  it('takes the links of a screen reader’s list, each after its marker', () => {
    const c = page(['list of 3 items', 'list 1 of 3', 'Kazakhstan unrest: What you need to know', 'list 2 of 3', 'Ex-security chief arrested', 'list 3 of 3', 'Putin says unrest was a ‘colour revolution’', 'end of list']);
    expect(c.lines).toEqual([PROSE, LAST]);
  });
  it('keeps the caption under a caption’s label', () => {
    const c = page(['Related Topics', 'Kazakhstan unrest', 'IMAGE SOURCE,GETTY IMAGES', 'Image caption,', 'Smoke rose over the main square in Almaty as security forces moved in']);
    expect(c.lines).toContain('Smoke rose over the main square in Almaty as security forces moved in');
    expect(c.stripped.map((s) => s.line)).toContain('Kazakhstan unrest');
  });
  it('keeps a section’s heading after a blank line, the paragraph right under it', () => {
    const c = page(['Read more:', 'Central Asia and Russia: the uneasy partnership', '', 'What does Moscow want?', 'None of this means the intervention was free, and the Kremlin will expect something in return.']);
    expect(c.lines).toContain('What does Moscow want?');
    expect(c.stripped.map((s) => s.line)).toContain('Central Asia and Russia: the uneasy partnership');
  });
});
