/**
 * Furniture and metadata batch 24's pages showed (The Wall Street Journal, Sky News, Brookings, Xinhua, The
 * Telegraph, Trend): the publisher's notices (publisher-notices.ts), whole-line rules (junk-rules.ts,
 * news-furniture.ts, site-furniture.ts, media-furniture.ts), metadata lines (metadata.ts), and what only the lines
 * around a line show (junk.ts, page-widgets.ts, pull-quotes.ts): a title's glued suffix, a navigation item in
 * initials, a related box's title-case label, an author box, a news feed's times, a long pull quote.
 */
import { describe, expect, it } from 'vitest';
import { authorFromByline } from '../../src/cli/ingest/junk.ts';
import { clean, LAST, metadataOf, metaOf, PROSE, ruleOf, strippedOf } from '../support/ingest-lines.ts';
import { pullQuotes } from '../../src/cli/ingest/pull-quotes.ts';

describe('lines that are furniture by what they say', () => {
  it.each([
    ['This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.', 'reprint notice (the publisher’s)'],
    ['Chevron and ExxonMobil are general, unrestricted donors to the Brookings Institution. The findings posted in this piece are solely those of the authors and not influenced by any donation.', 'donor disclosure (the publisher’s)'],
    ['The Brookings Institution is a nonprofit organization based in Washington, D.C. Our mission is to conduct in-depth, nonpartisan research to improve policy.', 'the publisher’s description of itself'],
    ['(6 minutes)', 'audio player'],
    ['Write to Alexandra Whitcombe at alexandra.whitcombe@wsj.com and Nurlan Abenov at nurlan.abenov@wsj.com', 'contact line (the authors’ addresses)'],
    ['SHARE YOUR THOUGHTS', 'comments prompt'],
    ['Will Kazakhstan’s crackdown bring it closer to Moscow? Join the conversation below.', 'comments prompt'],
    ["Appeared in the January 14, 2022, print edition as 'Kazakh Leader Turns on Old Guard as Troops Leave'.", 'print edition line'],
    ['More on Kazakhstan’s Unrest', 'related links (a box’s label with its topic)'],
    ['Why you can trust Sky News', 'the publisher’s standards (a link)'],
    ['Please use Chrome browser for a more accessible video player', 'media player (its browser notice)'],
    ['Follow all AP stories on the unrest in Kazakhstan at https://apnews.com/hub/kazakhstan.', 'coverage link (the site’s page on the story)'],
    ['All contents © copyright 2022 The Associated Press. All rights reserved.', 'copyright line'],
    ['The Eurasia Center’s mission is to enhance transatlantic cooperation in promoting stability in Eurasia.', 'the publisher’s description of itself'],
    ['Comments are subject to our community guidelines, which can be viewed here.', 'comments prompt'],
    ['Trending', 'related links'],
    ['Readers\' choice', 'related links'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));

  it.each([
    'More on the economy',
    'Kazakhstan’s oil money is not influenced by any one donor, the minister said.',
    'Image: Riot police in Almaty on 6 January. Pic: AP',
    'Credit: Vladimir Tretyakov/AP',
    'The envoy said he would write to the ministry about it.',
  ])('not furniture: %s', (line) => expect(ruleOf(line)).toBeUndefined());
});

describe('metadata lines', () => {
  it.each([
    ['2022-01-14 17:26:41', 'publication date'],
    ['17 March 2022 15:21 (UTC +04:00)', 'publication date'],
    ['Wednesday 19 January 2022 13:47, UK', 'publication date'],
    ['by Xinhua writers Zhou Jiaxin, Nurzhan Bekov', 'byline'],
    ['NUR-SULTAN, Kazakhstan, March 17. By Zhanar Abdrakhmanova – Trend:', 'dateline (the place, the day and the byline)'],
    ['(Xinhua reporter Kalizhan Ostapbayev also contributed to the story.)', 'reporting credit'],
    ['Wednesday January 12 2022, 6.00pm, The Times', 'publication date'],
  ])('%s: %s', (line, rule) => expect(metaOf(line)).toBe(rule));

  it('names the authors of an agency’s byline and of a dateline’s', () => {
    expect(authorFromByline('by Xinhua writers Zhou Jiaxin, Nurzhan Bekov')).toBe('Zhou Jiaxin and Nurzhan Bekov');
    expect(authorFromByline('NUR-SULTAN, Kazakhstan, March 17. By Zhanar Abdrakhmanova – Trend:')).toBe('Zhanar Abdrakhmanova');
  });
});

describe('lines told by their neighbours', () => {
  it('takes a suffix run into the title by the headline printed below it', () => {
    const c = clean('Life returns to Almaty’s streets as Kazakhstan recovers-Xinhua', 'Home', 'Life returns to Almaty’s streets as Kazakhstan recovers', PROSE, LAST);
    expect([c.title, c.publication]).toEqual(['Life returns to Almaty’s streets as Kazakhstan recovers', 'Xinhua']);
    expect(strippedOf(c, 'Life returns to Almaty’s streets as Kazakhstan recovers')).toBe('the title repeated');
  });

  it('takes a title’s suffix with the publication’s tagline, or with the date and "news on …"', () => {
    expect([clean('Iran’s hard-liners see a foreign hand in the unrest - Al-Monitor: Independent, trusted coverage of the Middle East', PROSE, LAST)].map((c) => [c.title, c.publication])).toEqual([['Iran’s hard-liners see a foreign hand in the unrest', 'Al-Monitor']]);
    expect([clean('Almaty akim estimates damage from January events: 20 January 2022, 16:05 - news on Tengrinews.kz', PROSE, LAST)].map((c) => [c.title, c.publication])).toEqual([['Almaty akim estimates damage from January events', 'Tengrinews.kz']]);
  });

  it('takes a promotion above its “Learn more” after the text, a related card’s author under its headline or date, and a pull quote’s credit', () => {
    const c = clean('A long title about the January events in Kazakhstan - Monitor', PROSE, LAST, 'Related', 'Iranian Foreign Policy', 'Join hundreds of Middle East professionals with Monitor PRO.', 'Business and policy professionals use PRO to monitor the regional economy.', 'Learn more');
    expect(c.lines).toEqual([PROSE, LAST]);
    const d = clean('A long title about the January events in Kazakhstan - Council', PROSE, 'Further reading', 'Jan 6, 2022', 'Experts react: Russia sends troops into Kazakhstan. What happens next?', 'By Council experts', LAST);
    expect(strippedOf(d, 'By Council experts')).toBe('related link (its author)');
    const quote = '“The January events showed that social peace in Mangystau is part of the oil industry’s infrastructure,” Nurlanova said.';
    const e = clean('A long title about the January events in Kazakhstan - News', PROSE, quote, '“The January events showed that social peace in Mangystau is part of the oil industry’s infrastructure.”', '— Aigerim Nurlanova', LAST);
    expect(strippedOf(e, '— Aigerim Nurlanova')).toBe('pull quote (repeats a quotation of the text)');
  });

  it('keeps a timeline’s dated entries as the text', () => {
    const c = clean('A long title about the January events in Kazakhstan - News', PROSE, LAST, 'Timeline', 'January 5 Government resigns; Almaty city hall set on fire', 'January 6 First Russian-led troops land');
    expect(c.lines).toContain('January 6 First Russian-led troops land');
  });

  it('reads a navigation item in initials ("U.S.") as no sentence, so the title repeated below it is found', () => {
    const c = clean('Kazakhstan’s leader moves against his predecessor’s allies - WSJ', 'World', 'U.S.', 'Politics', 'Kazakhstan’s leader moves against his predecessor’s allies', PROSE, LAST);
    expect(strippedOf(c, 'U.S.')).toBeDefined();
    expect(strippedOf(c, 'Kazakhstan’s leader moves against his predecessor’s allies')).toBe('the title repeated');
  });

  it('takes the headlines under a related box’s title-case label', () => {
    const c = clean('A long title about the January events in Kazakhstan – The Tribune', '', PROSE, 'More on Kazakhstan’s Unrest', 'Why Russia Was So Quick to Send Troops Into Kazakhstan', 'Kazakhstan Crisis Knocks Bitcoin Miners Offline', LAST);
    expect(strippedOf(c, 'Kazakhstan Crisis Knocks Bitcoin Miners Offline')).toBe('related link (a headline after a "Related" heading)');
  });

  it('reads an author box, each name above its title, as the byline', () => {
    const c = clean('A long title about the January events in Kazakhstan | The Institute', 'Sarah Lindqvist', 'Nonresident Fellow - Foreign Policy, Center on the United States and Europe', 'Timur Abdrakhmanov', 'Visiting Fellow - Foreign Policy, Center for Security, Strategy, and Technology', 'March 4, 2022', PROSE, LAST);
    expect(['Sarah Lindqvist', 'Nonresident Fellow - Foreign Policy, Center on the United States and Europe', 'Timur Abdrakhmanov'].map((l) => metadataOf(c, l))).toEqual(['byline (a name above their title)', 'the byline’s role and institution', 'byline (a name above their title)']);
  });

  it('takes a news feed’s first time with the headlines and times under it', () => {
    const c = clean('A long title about the January events in Kazakhstan - Agency', PROSE, LAST, 'Latest', '16:58', 'Azerbaijan, Uzbekistan discuss expansion of transport cooperation', '16:41', 'Oil prices fall on global markets', '16:20');
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('reads a long quoted display line without its full stop as a pull quote, a short one not', () => {
    const text = ['“We could hear shooting all night, and nobody knew who was shooting at whom,” said Dana, a teacher.'];
    expect(pullQuotes(['‘We could hear shooting all night, and nobody knew who was shooting at whom’', ...text]).has(0)).toBe(true);
    expect(pullQuotes(['‘We could hear shooting all night’', ...text]).size).toBe(0);
  });
});
