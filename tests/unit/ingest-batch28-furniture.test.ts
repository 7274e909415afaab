/**
 * Furniture and metadata batch 28's pages showed (MailOnline, 24.kg, Fox News, IISS, Responsible Statecraft, TIME):
 * whole-line rules (widget-furniture.ts, junk-rules.ts, page-chrome.ts, publisher-notices.ts, media-furniture.ts),
 * metadata lines (metadata.ts), a title's domain suffix (title.ts), and what only the lines around a line show
 * (junk.ts, page-widgets.ts): a video box, a player's title above its controls, a newsletter box's name, a product's
 * promotion, a comment with its commenter, a box's pager, related cards with "Written by", the site's clock.
 */
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/cli/ingest/junk.ts';
import { clean, LAST, metadataOf, metaOf, PROSE, ruleOf, strippedOf } from '../support/ingest-lines.ts';

describe('lines that are furniture by what they say', () => {
  it.each([
    ['RUSSIA\'S PUTIN SAYS KAZAKHSTAN UNREST WAS AN ATTACK \'FROM OUTSIDE\'', 'related link (a headline in capitals)'],
    ['This material may not be published, broadcast, rewritten, or redistributed. ©2022 FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by Refinitiv Lipper.', 'terms of reuse (the publisher’s)'],
    ['When using materials of 24.kg news agency, a hyperlink to the source is obligatory.', 'terms of reuse (the publisher’s)'],
    ['TIME may receive compensation for some links to products and services on this website. Offers may be subject to change without notice.', 'affiliate disclosure (the publisher’s)'],
    ['Get all the stories you need-to-know from the most powerful name in news delivered first thing every morning to your inbox', 'newsletter box'],
    ['Subscribed', 'subscription or newsletter blurb'],
    ['Loaded: 0%', 'media player (its controls)'],
    ['Duration Time 1:32', 'media player (its controls)'],
    ['Scroll down for video', 'media player (its controls)'],
    ['/', 'stray mark (a control’s)'],
    ['Friday, Jan 14th 2022 10AM 4°C 1PM 7°C 5-Day Forecast', 'weather widget'],
    ['REUTERS', 'photo credit (an agency alone)'],
    ['Photo Ministry of Defense of Kyrgyzstan', 'photo credit'],
    ['Best rated', 'comment controls'],
    ['The comments below have not been moderated.', 'comments notice'],
    ['Tom_of_Kent, Maidstone, United Kingdom, 3 hours ago', 'commenter (name, place and time)'],
    ['The views expressed by authors on Responsible Statecraft do not necessarily reflect those of the Quincy Institute or its associates.', 'disclaimer'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));

  it('leaves the author’s sentences, a caption and a subheading in capitals alone', () => {
    for (const line of [PROSE, LAST, 'WHAT IS THE CSTO?', 'Photo shows troops boarding a plane at Almaty airport.', 'The weather in Almaty was 4°C and snowing when the first planes left.']) expect(ruleOf(line), line).toBeUndefined();
  });
});

describe('metadata lines and titles', () => {
  it('reads an agency’s stamp with its date, place and byline, and a site named by its domain in the title', () => {
    expect(metaOf('14/01/22 18:05, Bishkek, 24.kg news agency , by Aizada Kasymalieva')).toBe('byline (with the date, the place and the agency)');
    expect(splitTitle('Kyrgyz peacekeepers return home from Kazakhstan after CSTO mission - 24.kg')).toEqual({ title: 'Kyrgyz peacekeepers return home from Kazakhstan after CSTO mission', publication: '24.kg' });
  });
});

describe('lines told by their neighbours', () => {
  it('strips a video box’s title and description under its label, and a player’s title above its controls', () => {
    const box = clean('Troops leave | Fox News', 'By Caitlin McKenna | Fox News', 'Share', 'Video', 'Russian-led troops arrive in Kazakhstan as protests turn deadly', 'Fox News correspondent Trey Yingst reports on the unrest in Kazakhstan.', 'NEW You can now listen to Fox News articles!', PROSE, LAST);
    expect(box.lines).toEqual([PROSE, LAST]);
    const player = clean('Troops leave | Daily Mail Online', PROSE, 'Russian-led troops begin withdrawal from Kazakhstan after deadly unrest', 'Loaded: 0%', 'Current Time 0:00', LAST);
    expect(player.lines).toEqual([PROSE, LAST]);
  });

  it('strips a newsletter box’s name, a product’s promotion among the paragraphs, and a comment under its commenter', () => {
    const c = clean('Troops leave | Time', PROSE, 'The Brief', 'Sign up to receive the top stories you need to know right now.', 'Military Balance+', 'The online database that provides information on the armed forces of 173 countries.', 'Find out more', LAST,
      'Tom_of_Kent, Maidstone, United Kingdom, 3 hours ago', 'Putin will be back the moment it suits him.', 'Reply');
    expect(strippedOf(c, 'The Brief')).toBe('newsletter box (its name)');
    expect(strippedOf(c, 'Military Balance+')).toMatch(/^promotion/u);
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('counts no pager among a related box’s headlines, reads "Written by" under a card as its author, and strips the site’s clock above the headline', () => {
    const pager = clean('Troops leave | Daily Mail Online', PROSE, LAST, 'RELATED ARTICLES', 'Previous', '1', '2', 'Next', 'Kazakhstan’s president names new prime minister', 'Putin tells summit Moscow will never allow colour revolutions', 'Kazakh ex-spy chief arrested on suspicion of treason', 'Shocking footage shows burnt-out cars in Almaty');
    expect(pager.lines).toEqual([PROSE, LAST]);
    const cards = clean('Washington misread it | Responsible Statecraft', 'Written by Marcus Whitfield', 'February 8, 2022', PROSE, LAST, 'Related posts', 'Analysis', 'The CSTO is not NATO', 'Written by Leah Goldfarb', 'January 12, 2022');
    expect(strippedOf(cards, 'Written by Leah Goldfarb')).toBe('related link (its author)');
    expect(metadataOf(cards, 'Written by Marcus Whitfield')).toBe('byline');
    const clock = clean('Peacekeepers return home - 24.kg', '18:26', 'USD 84.79', 'Peacekeepers return home', PROSE, LAST);
    expect(strippedOf(clock, '18:26')).toBe('the site’s clock (a time alone above the text)');
  });
});
