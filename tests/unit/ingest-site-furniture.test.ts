/**
 * Furniture, metadata and titles of big news sites' pages (batch 16's forms):
 * links labelled as opening a new tab, a screen reader's list markers, social
 * icons, app-store lines, a market-data notice, a video's running time and
 * source, copyright signs inside a line, a photo credit ending in an agency's
 * initials, a transcript's clip notices, the print edition's line.
 */
import { describe, expect, it } from 'vitest';
import { junkRules } from '../../src/cli/ingest/junk-rules.ts';
import { siteFurnitureRules } from '../../src/cli/ingest/site-furniture.ts';

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
