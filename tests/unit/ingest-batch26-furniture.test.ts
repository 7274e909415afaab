/**
 * Furniture and metadata batch 26's pages showed (CoinDesk, Human Rights Watch, The Straits Times, OSW, TRT World,
 * CBS News): whole-line rules (widget-furniture.ts, junk-rules.ts, news-furniture.ts, publisher-notices.ts,
 * platform-chrome.ts), metadata lines (metadata.ts), and what only the lines around a line show (junk.ts,
 * platform-chrome.ts's pageContext, page-widgets.ts): a notification prompt, share icons, an update note, a footer's
 * address and motto, names under the title repeated, an author box at the foot, an embedded post, a quoting video title.
 */
import { describe, expect, it } from 'vitest';
import { clean, LAST, metadataOf, metaOf, PROSE, ruleOf, strippedOf } from '../support/ingest-lines.ts';

describe('lines that are furniture by what they say', () => {
  it.each([
    ['Be the first to know', 'notification prompt'],
    ['Get browser notifications for breaking news, live events, and exclusive reporting.', 'notification prompt'],
    ['Facebook icon', 'share button'],
    ['Share this via Printer', 'share button'],
    ['By signing up, you will receive emails about CoinDesk product updates, events and marketing and you agree to our terms of services and privacy policy.', 'newsletter box (its small print)'],
    ['UPDATE (Jan. 11, 16:20 UTC): Adds detail from Tokayev’s speech to parliament in the 14th paragraph.', 'correction or update note (the publisher’s)'],
    ['For more Human Rights Watch reporting on Kazakhstan, please visit: https://www.hrw.org/europe/central-asia/kazakhstan', 'coverage link (the site’s page on the story)'],
    ['Human Rights Watch | 350 Fifth Avenue, 34th Floor | New York, NY 10118-3299 USA | t 1.212.290.4700', 'postal address or telephone (the publisher’s)'],
    ['Human Rights Watch is a 501(C)(3) nonprofit registered in the US under EIN: 13-2875808', 'the publisher’s description of itself'],
    ['Source: own elaboration based on data from the Ministry of Defence of the Russian Federation.', 'source credit'],
    ['Need help? Reach us here.', 'footer link'],
    ['— MFA Kazakhstan (@MFA_KZ) March 8, 2022', 'embedded post (its credit)'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));

  it('leaves the author’s sentences alone', () => {
    for (const line of [PROSE, LAST, 'Source: the ministry said the figure would be revised.', 'By signing the decree, Tokayev lifted the price cap.']) expect(ruleOf(line), line).toBeUndefined();
  });
});

describe('metadata lines', () => {
  it.each([
    ['AccessTimeIconJan 11, 2022 at 10:46 a.m. UTC', 'publication date'],
    ['2022-01-12', 'publication date'],
    ['Cooperation: Marta Zielińska', 'contributor credit'],
  ])('%s: %s', (line, rule) => expect(metaOf(line)).toBe(rule));
});

describe('lines told by their neighbours', () => {
  it('reads names one a line under the title repeated as the byline', () => {
    const c = clean('The CSTO in Kazakhstan | OSW', 'Analyses', '2022-01-12', 'The CSTO in Kazakhstan', 'Tomasz Wieczorek', 'Agata Kalinowska', 'Share', PROSE, LAST);
    expect(metadataOf(c, 'Tomasz Wieczorek')).toBe('byline (names under the title repeated)');
    expect(metadataOf(c, 'Agata Kalinowska')).toBe('byline (names under the title repeated)');
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('takes a person’s name above a note on them for the author box, and an update stamp for junk when the publication date is at the foot', () => {
    const c = clean('Troops fan out - CBS News', 'By Kerry Lansdale', 'Updated on: January 7, 2022 / 2:16 PM / CBS News', PROSE, LAST, 'Kerry Lansdale', 'Kerry Lansdale is a CBS News foreign producer based in London.', 'First published on January 7, 2022 / 7:02 AM');
    expect(strippedOf(c, 'Kerry Lansdale')).toBe('author box (the name above its note)');
    expect(strippedOf(c, 'Updated on: January 7, 2022 / 2:16 PM / CBS News')).toBe('update stamp (beside the publication date)');
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('strips a video’s title that quotes above its running time, and the standfirst under the title repeated is kept after a menu', () => {
    const video = clean('Troops fan out - CBS News', PROSE, 'Kazakhstan’s leader gives troops "shoot-to-kill" order', '02:14', LAST);
    expect(video.lines).toEqual([PROSE, LAST]);
    const menu = clean('Detainees describe torture | Human Rights Watch', 'Topics', 'Reports', 'Multimedia', 'Take Action', 'About', 'Support Us', 'Detainees describe torture', 'Investigate All Abuse Allegations; Rescind Order to Fire Without Warning', PROSE, LAST);
    expect(menu.lines).toEqual(['Investigate All Abuse Allegations; Rescind Order to Fire Without Warning', PROSE, LAST]);
  });

  it('strips a related box under "READ MORE HERE" and an embedded post’s text above its credit', () => {
    const c = clean('Tokayev thanks Putin | The Straits Times', PROSE, 'READ MORE HERE', 'Kazakhstan says 225 killed in January unrest', 'Russian-led troops complete withdrawal from Kazakhstan', 'Kazakhstan sends aid. #Kazakhstan pic.twitter.com/qT4mZk8XbR', '— MFA Kazakhstan (@MFA_KZ) March 8, 2022', LAST);
    expect(c.lines).toEqual([PROSE, LAST]);
  });

  it('strips a disclosure box that says whose subsidiary the publisher is', () => {
    const box = 'CoinDesk is an independent operating subsidiary of Digital Currency Group, which invests in cryptocurrencies. Certain CoinDesk employees may receive exposure to DCG equity in the form of stock appreciation rights.';
    const c = clean('Miners go dark | CoinDesk', PROSE, LAST, 'DISCLOSURE', box);
    expect(strippedOf(c, box)).toBe('disclosure or funding box (its paragraph)');
    expect(c.lines).toEqual([PROSE, LAST]);
  });
});
