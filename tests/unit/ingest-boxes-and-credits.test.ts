/**
 * Batch 19's furniture, by general rules: a think-tank blog's related box (each headline's author and date
 * under it), topic list ("Areas of expertise:"), comment form, newsletter box, address and acknowledgement of
 * Country; a US paper's byline in capitals with its date, tag line, comment-section notice, "Just In..." box,
 * an embedded post that repeats a quotation of the text; a wire reprint's agencies line; a membership box.
 * And batch 20's: a paywall's counters and device notice, a reader-funding box, a podcast player, a newsletter's
 * pitch, "Go deeper:" links, a translation note and a correspondent's byline, a gallery's title under its label.
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource, junkRules, splitTitle } from '../../src/cli/ingest/junk.ts';
import { agencyCredit, metadataRules } from '../../src/cli/ingest/metadata.ts';

const ruleOf = (line: string) => junkRules.find((r) => r.test(line))?.name;
const QUOTING = 'Senator Jane Roe called the deployment "a power play, not a peacekeeping mission" in a post on Thursday.';

describe('lines told alone', () => {
  it.each([
    ['Your name', 'comment form'],
    ['Submit', 'comment form'],
    ['Get The Interpreter in your inbox', 'newsletter box'],
    ['31 Bligh Street', 'postal address or telephone (the publisher’s)'],
    ['Sydney NSW 2000', 'postal address or telephone (the publisher’s)'],
    ['Tel: +61 2 8238 9000', 'postal address or telephone (the publisher’s)'],
    ['THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX', 'postal address or telephone (the publisher’s)'],
    ['The Institute acknowledges the Traditional Custodians of Country throughout Australia.', 'acknowledgement of Country (the publisher’s)'],
    ['Video Player is loading.', 'loading notice'],
    ['Tags Antony Blinken Ned Price Vladimir Putin Kazakhstan Russia', 'tags'],
    ['The Ledger has removed its comment section, as there are many other forums for readers.', 'comments prompt'],
    ['Join Today', 'donation appeal'],
    ['The Review is reader-supported. Members get exclusive articles and bonus podcast episodes.', 'appeal for the readers’ support (the publisher’s)'],
    ['In a time of both misinformation and too much information, quality journalism is more crucial than ever.', 'appeal for the readers’ support (the publisher’s)'],
    ['You have read 1 of 3 free articles this month.', 'paywall'],
    ['Already registered? Sign in', 'paywall'],
    ['Le Monde is currently being read on another device.', 'paywall'],
    ['Time to read 5 min.', 'reading time'],
    ['Read more  Subscribers only In Kazakhstan, a fuel-price revolt that became a crisis of the regime', 'related links'],
    ['Read the original in Russian', 'link to the original'],
    ['The Gazette exists thanks to its readers. Help us keep reporting from places others can no longer reach.', 'appeal for the readers’ support (the publisher’s)'],
    ['Support Novaya Gazeta Europe', 'donation appeal'],
    ['Play', 'media player'],
    ['RSS', 'media player'],
    ['Weekly Newsletter', 'subscription or newsletter blurb'],
    ['Get briefed on the story of the week, and developing stories to watch across the region.', 'subscription or newsletter blurb'],
    ['Central Asia In Focus: the week’s most important stories, delivered to your inbox.', 'newsletter box'],
    ['Go deeper: What the CSTO is, and why Russia leads it', 'related links'],
    ['Photo gallery', 'gallery label'],
    ['Add to your selections', 'save button'],
  ])('%s: %s', (line, rule) => {
    expect(ruleOf(line)).toBe(rule);
  });

  it.each([
    'Tags on the crates showed they had been flown in from Ulyanovsk, the ministry said.',
    'Tokayev told the Mazhilis he would submit a new government for approval the next day.',
    'The office at 31 Bligh Street was closed on Friday, staff said.',
    'Support for the mission',
    'Support from Moscow came within hours',
  ])('leaves the text alone: %s', (line) => {
    expect(ruleOf(line)).toBeUndefined();
  });

  it('reads a translation note and a correspondent with their post as metadata', () => {
    const kind = (l: string) => metadataRules.find((r) => r.test(l))?.kind;
    expect(kind('Translation of an article originally published in French on lemonde.fr; the publisher may only be liable for the French version.')).toBe('credit');
    expect(kind('Yelena Korshunova, special correspondent in Almaty')).toBe('byline');
    expect(kind('Nursultan Nazarbayev, former president')).toBeUndefined();
  });

  it('reads a line of agencies alone as their credit, and "- War on the Rocks" as a publication', () => {
    expect(['Reuters, Kyodo', 'AFP-JIJI', 'AP and Reuters'].map(agencyCredit)).toEqual([true, true, true]);
    expect(agencyCredit('Reuters reported')).toBe(false);
    expect(splitTitle('What Kazakhstan Reveals About Russia’s Alliance - War on the Rocks')).toEqual({ title: 'What Kazakhstan Reveals About Russia’s Alliance', publication: 'War on the Rocks' });
    expect(splitTitle("Blinken says US has 'questions' | TheHill").publication).toBe('The Hill');
    expect(splitTitle('Kazakh stock exchange reopens as Tokayev sets date for exit - bne IntelliNews').publication).toBe('bne IntelliNews');
  });
});

describe('lines told by their neighbours', () => {
  const clean = (...lines: string[]) => cleanSource(['A long title about the January events in Kazakhstan | The Ledger', ...lines].join('\n'));

  it('strips a related box whose headlines each have an author and a date under them', () => {
    const box = ['Related content', 'Tokayev’s moment of truth', 'Mark Hamilton', '7 Jan 2022', 'The CSTO: an alliance of convenience', 'Jenny Liu', '10 Jan 2022', 'Ukraine and the limits of patience', 'Tom Barrow', '12 Jan 2022'];
    expect(clean(PROSE, LAST, ...box).lines).toEqual([PROSE, LAST]);
  });

  it('takes a name above a "Published …" line under the standfirst as the byline', () => {
    const cleaned = clean('The alliance’s first real deployment is already winding down, and what it leaves behind in the capital matters far more than the troops.', 'Catherine Pollard', 'Published 13 Jan 2022 06:00    0 Comments', PROSE, LAST);
    expect(cleaned.metadata.map((m) => [m.line, m.kind])).toEqual([['Catherine Pollard', 'byline'], ['Published 13 Jan 2022 06:00    0 Comments', 'date']]);
  });

  it('strips a byline in capitals with its date as metadata, not a photo credit', () => {
    expect(clean('BY JANE ROE - 01/07/22 04:12 PM EST', PROSE, LAST).metadata.map((m) => m.kind)).toEqual(['byline']);
  });

  it('strips a gallery’s title under its label, and a show’s name above its player', () => {
    expect(clean(PROSE, 'Photo gallery', 'Almaty After The Storm: Burned Buildings And Empty Streets', LAST).lines).toEqual([PROSE, LAST]);
    expect(clean(PROSE, 'Asia Geopolitics', 'Play', LAST).lines).toEqual([PROSE, LAST]);
  });

  it('keeps a transcript’s last turn above a sign-up button', () => {
    expect(clean(PROSE, LAST, 'Heng: Aigerim Nurlanova, Yerlan Kassymov, thank you both.', 'Subscribe').lines).toEqual([PROSE, LAST, 'Heng: Aigerim Nurlanova, Yerlan Kassymov, thank you both.']);
  });

  it('strips an embedded post, its text and its credit, whether or not the text quotes its words', () => {
    // (The post is the account's words, not the author's: the report lists both lines for the editor.)
    const post = ['Putin sending troops under the CSTO banner is a power play, not a peacekeeping mission.', '— Jane Roe (@SenatorRoe) January 6, 2022'];
    expect(clean(PROSE, QUOTING, ...post, LAST).lines).toEqual([PROSE, QUOTING, LAST]);
    expect(clean(PROSE, ...post, LAST).lines).toEqual([PROSE, LAST]);
  });
});
