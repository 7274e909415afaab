/**
 * Furniture, metadata and titles of big news sites' pages (batch 16's forms):
 * links labelled as opening a new tab, a screen reader's list markers, social
 * icons, app-store lines, a market-data notice, a video's running time and
 * source, copyright signs inside a line, a photo credit ending in an agency's
 * initials, a transcript's clip notices, the print edition's line.
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { junkRules } from '../../src/cli/ingest/junk-rules.ts';
import { metadataRules } from '../../src/cli/ingest/metadata.ts';
import { feedbackForms } from '../../src/cli/ingest/page-forms.ts';
import { mastheadPublication } from '../../src/cli/ingest/masthead.ts';
import { siteFurnitureRules } from '../../src/cli/ingest/site-furniture.ts';
import { aboutThePublication } from '../../src/cli/ingest/publisher.ts';

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
    ["Related article Kazakhstan's unrest explained: What's behind the violence and why Russia is sending troops", 'related links (the label and a headline)'],
  ])('%s: %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'The ministry said the troops would leave in stages, and a new tab of the budget opens next week.',
    'Russia',
    'Rss feeds were blocked in Kazakhstan.',
    'The app was downloaded on iOS and Android by millions of Kazakhs during the blackout, officials said later that week.',
    'Quotes from the speech were delayed by state television.',
    'Telegram was blocked on iOS and Android.',
    'Under clause (c) 2019 rules apply.',
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

describe('metadata of big news sites', () => {
  const metaOf = (line: string) => metadataRules.find((r) => r.test(line))?.name;
  it('reads a wire’s credits of any length, a desk’s byline and a dateline on its own line', () => {
    expect(metaOf('Reporting by Nurlan Abenov in Almaty and Ksenia Orlova in Moscow; Additional reporting by Dmitry Antonov; Writing by Tom Hale; Editing by Peter Graff and Alex Richardson')).toBe('reporting credit');
    expect(metaOf("By RFE/RL's Kazakh Service")).toBe('byline');
    expect(metaOf('Moscow CNN —')).toBe('dateline (the place and the publication)');
    expect(metaOf('LONDON (Reuters) -')).toBe('dateline (the place and the publication)');
    expect(metaOf('Moscow wants more —')).toBeUndefined();
  });
  it('takes the byline’s author alone after the text as the byline again, and an "Updated" stamp above the date as junk', () => {
    const c = page(['Kazakh Service staff added the details.', "By RFE/RL's Kazakh Service", "RFE/RL's Kazakh Service", 'See comments (3)']);
    expect(c.metadata.map((m) => [m.line, m.kind])).toContainEqual(["RFE/RL's Kazakh Service", 'byline']);
    // (Not a speaker's label above their turn.)
    const turn = page(['By Jane Roe', 'Jane Roe', 'The alliance said on Tuesday that its mission had been completed and the troops would go home.']);
    expect(turn.lines).toContain('Jane Roe');
    const d = cleanSource(['Title of the story here | CNN', 'By Jane Roe, CNN', 'Updated 10:12 AM EST, Fri January 7, 2022', 'Published 6:41 AM EST, Fri January 7, 2022', PROSE, LAST].join('\n'));
    expect(d.stripped.map((s) => s.line)).toContain('Updated 10:12 AM EST, Fri January 7, 2022');
    expect(d.metadata.map((m) => m.line)).toContain('Published 6:41 AM EST, Fri January 7, 2022');
  });
});

describe('a feedback form', () => {
  it('takes every line from the line asking for feedback to the last button', () => {
    const all = ['Title', 'CNN values your feedback', '1. How relevant is this ad to you?', 'Video player was slow to load content', 'Ad froze or did not finish loading', 'Cancel', 'Submit', 'Thank You!', 'Your effort and contribution in providing this feedback is much', 'appreciated.', 'Close', 'World', PROSE];
    expect([...feedbackForms(all)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('takes nothing without a button, or across a paragraph of the text', () => {
    expect(feedbackForms(['Video Ad Feedback', 'Video shows chaos on the streets', PROSE, 'Close']).size).toBe(0);
    expect(feedbackForms(['Feedback from readers', 'Several readers wrote in.']).size).toBe(0);
  });
});

describe('the publication on itself', () => {
  const about = 'Reuters, the news and media division of Thomson Reuters, is the world’s largest multimedia news provider, reaching billions of people worldwide every day. Reuters provides business, financial, national and international news to professionals via desktop terminals, the world’s media organizations, industry events and directly to consumers.';
  it('takes a footer’s long paragraph among furniture, a short sentence anywhere', () => {
    expect(aboutThePublication(about, 'Reuters', true)).toBe(true);
    expect(aboutThePublication(about, 'Reuters', false)).toBe(false);
    expect(aboutThePublication('FactLens is a verified signatory of the fact-checking code.', 'FactLens', false)).toBe(true);
  });
  it('leaves a sentence about the publication with a quotation, or one not opening with its name', () => {
    expect(aboutThePublication('Reuters is the agency that first reported “a layer of wealthy people” in his speech.', 'Reuters', true)).toBe(false);
    expect(aboutThePublication('Officials told Reuters it is a matter for Kazakhstan to decide.', 'Reuters', true)).toBe(false);
  });
});

describe('boxes around the text, by their heading and kind (page-boxes.ts)', () => {
  const head = (lines: string[], tail: string[] = []) =>
    cleanSource(['Kazakhstan: why Russia sent troops so quickly', 'Published: January 12, 2022 2.17pm GMT', ...lines, PROSE, '', LAST, ...tail].join('\n'));
  it('reads an "Author" label, the byline under it and the author’s role and institution', () => {
    const c = head(['Author', 'Helen Marchetti', 'Lecturer in Eurasian Security Studies, University of Birmingham']);
    expect(c.metadata.map((m) => [m.line, m.kind])).toEqual([
      ['Published: January 12, 2022 2.17pm GMT', 'date'], ['Helen Marchetti', 'byline'], ['Lecturer in Eurasian Security Studies, University of Birmingham', 'byline'],
    ]);
    expect(c.stripped.map((s) => s.line)).toEqual(['Author']);
  });
  it('takes a disclosure or funding box, its heading and paragraph, and the heading above a republication notice', () => {
    const box = [
      'Disclosure statement',
      'Helen Marchetti does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.',
      'Partners', 'University of Birmingham provides funding as a founding partner of The Conversation UK.', 'View all partners',
      'We believe in the free flow of information', 'Republish our articles for free, online or in print, under Creative Commons licence.',
    ];
    expect(head(box).lines).toEqual([PROSE, LAST]);
  });
  it('leaves a section headed "Funding" whose paragraph discloses nothing', () => {
    const text = 'The ministry said the funding for the mission came from the alliance, its partners of longest standing, within a month.';
    expect(head([], ['Funding', text]).lines).toEqual([PROSE, LAST, 'Funding', text]);
  });
  it('takes a promo’s line between a question to the reader and its button, after the text', () => {
    const c = head([], ['Russia', 'CSTO', 'Want to write?', 'Write an article and join a growing community of more than 140,000 academics and researchers.', 'Register now', 'Privacy policy']);
    expect(c.lines).toEqual([PROSE, LAST]);
  });
});

describe('the publication of a title line with no suffix (masthead.ts)', () => {
  it('is the masthead in the page’s head that the copyright notice names', () => {
    expect(mastheadPublication(['Kazakhstan: why Russia sent troops', 'Close', 'The Conversation', 'Politics + Society', PROSE, 'Copyright © 2010–2022, The Conversation Trust (UK) Limited'])).toBe('The Conversation');
    expect(mastheadPublication(['Last Russia-Led Troops Leave Kazakhstan', 'Skip to main content', 'RFE/RL', 'Search', PROSE, '© 2022 RFE/RL, Inc. All Rights Reserved.'])).toBe('RFE/RL');
    expect(cleanSource(['Last Russia-Led Troops Leave Kazakhstan', 'RFE/RL', PROSE, LAST, '© 2022 RFE/RL, Inc. All Rights Reserved.'].join('\n')).publication).toBe('RFE/RL');
  });
  it('is none without a copyright notice, or when no line of the head is its holder’s name', () => {
    expect(mastheadPublication(['A title', 'The Conversation', PROSE])).toBeUndefined();
    expect(mastheadPublication(['A title', 'News', 'World', PROSE, '© 2022 Newsweek LLC'])).toBeUndefined();
    expect(mastheadPublication(['A title', 'Asia', 'World', PROSE, '© 2022 Asia News Network'])).toBeUndefined();
  });
});
