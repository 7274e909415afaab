/**
 * Furniture and metadata of mainstream news pages (batch 14's forms): a
 * market-data box, an audio player's running time, a wire update note, image
 * credit labels, app banners and newsletter appeals; agency and assistance
 * credits, "Issued on:" dates, a byline with its date and no "By", the
 * publication under the byline, a "Related" box above the byline, a related
 * story after the closing credit; and title suffixes with a long name or a number;
 * and the like of other outlets' (a correction note, "First published on", "X reported from Y").
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { agencyCredit, authorFromByline, metadataRules, nameAndDate } from '../../src/cli/ingest/metadata.ts';
import { isPriceLine, isRunningTime, isSecurityName, newsFurnitureRules } from '../../src/cli/ingest/news-furniture.ts';
import { splitTitle } from '../../src/cli/ingest/title.ts';

const page = (lines: string[], after: string[] = []) => cleanSource(['A long title about the January events in Kazakhstan | The Tribune', '', ...lines, '', PROSE, '', LAST, '', ...after].join('\n'));
const ruleOf = (line: string) => newsFurnitureRules.find((r) => r.test(line))?.name;

describe('news furniture by its shape', () => {
  it('reads a price with its change, and the security above it', () => {
    expect(['32.60 USD -12.10%', '445.20 KZT +0.80%', '$82.14 +1.2%'].every(isPriceLine)).toBe(true);
    expect(isPriceLine('The index fell 2.3% on Monday.')).toBe(false);
    expect(isSecurityName('KAP Kazatomprom GDR', '32.60 USD -12.10%')).toBe(true);
    expect(isSecurityName('The shares fell.', '32.60 USD -12.10%')).toBe(false);
  });
  it('reads a running time alone', () => {
    expect(['3:12', '1:04:30'].every(isRunningTime)).toBe(true);
    expect(isRunningTime('17.40 GMT')).toBe(false);
  });
  it.each([
    ['(Updates with Chevron comment in ninth paragraph.)', 'wire update note'],
    ['(Adds analyst quote, details)', 'wire update note'],
    ['Image: Kazakhstan\'s Presidential Press Service/AP/picture alliance', 'image credit label'],
    ['IMAGE SOURCE,GETTY IMAGES', 'image credit label'],
    ['Image caption,', 'image credit label'],
    ['Keep up to date with international news by downloading the FRANCE 24 app', 'app banner'],
    ['Get the Tribune app for breaking news', 'app banner'],
    ['This story has been updated with additional details.', 'correction or update note (the publisher’s)'],
    ['Correction: An earlier version of this article misstated the date of the protests.', 'correction or update note (the publisher’s)'],
    ['Listen to this story. Enjoy more audio and podcasts on iOS or Android.', 'audio player'],
    ['Read the full story on our website.', 'link to the full story'],
    ['Thank you for reading.', 'thanks to the reader'],
    ['This article is more than 4 years old', 'age notice'],
    ['Editor’s note: this article was first published in Russian.', 'correction or update note (the publisher’s)'],
    ['An earlier version of this article misstated the number of troops.', 'correction or update note (the publisher’s)'],
    ['WATCH: Troops land in Almaty', 'video or gallery link'],
    ['Click here to read more.', 'link (click here)'],
    ['Loading...', 'loading notice'],
    ['While you\'re here: Every Tuesday, DW editors round up the week. You can sign up here for the weekly email newsletter Berlin Briefing.', 'newsletter appeal (to the reader)'],
  ])('takes %s', (line, rule) => expect(ruleOf(line)).toBe(rule));
  it.each([
    ['Protesters urged people to download the Telegram app to follow events.'],
    ['“You can sign up for the newsletter,” she said, “but nobody reads it.”'],
    ['Image is everything for the Kremlin, analysts say.'],
    ['(The figures are provisional.)'],
    ['The correction came late: prices had already risen by a third.'],
    ['“Thank you for listening,” Tokayev told the crowd.'],
  ])('leaves the sentence %s', (line) => expect(ruleOf(line)).toBeUndefined());
});

describe('credits and dates of news pages', () => {
  const kindOf = (line: string) => metadataRules.find((r) => r.test(line))?.kind;
  it.each([
    ['ab/rt (Reuters, AFP, dpa)'],
    ['(FRANCE 24 with AFP and REUTERS)'],
    ['(AP)'],
    ['mm/sms'],
    ['Le Monde with AFP'],
    ['Euronews with AP and Reuters'],
  ])('reads %s as an agency credit', (line) => expect(agencyCredit(line)).toBe(true));
  it.each([['(In Russian)'], ['(see below)'], ['(The figures are provisional.)'], ['Tokayev with NATO']])('not %s', (line) => expect(agencyCredit(line)).toBe(false));
  it('reads an assistance credit, "Issued on:" and "Modified:" dates, a name with its date', () => {
    expect(kindOf('— With assistance from Irina Sukhova and Tom Ashdown')).toBe('credit');
    expect(kindOf('With additional reporting by Tom Ashdown')).toBe('credit');
    expect(kindOf('Issued on: 09/01/2022 - 14:22')).toBe('date');
    expect(kindOf('Modified: 09/01/2022 - 16:05')).toBe('date');
    expect(kindOf('Issued on 5 January, the decree ordered the troops to shoot without warning.')).toBeUndefined();
    expect(kindOf('Almaz Kumenov Jan 18, 2022')).toBe('byline');
    expect(kindOf('First published on Thu 6 Jan 2022 10.32 GMT')).toBe('date');
    expect(kindOf('Andrew Higgins reported from Moscow, and Aliya Tleuova from Almaty.')).toBe('credit');
    expect(kindOf('Reuters reported from Almaty that the airport had reopened.')).toBeUndefined();
    expect(kindOf('Additional reporting by Tom Ashdown in London.')).toBe('credit');
    expect(kindOf('Reporting by Olzhas Auyezov in Almaty; Editing by Mark Heinrich.')).toBe('credit');
    expect(kindOf('Reporting by the state media in Almaty.')).toBeUndefined();
    expect(kindOf('Litvinova reported from Tallinn, Estonia.')).toBe('credit');
    expect(kindOf('January 13, 20225:25 AM GMT+6Updated 2 years ago')).toBe('date');
    expect(nameAndDate('Almaty Saturday January 8, 2022')).toBeUndefined();
    expect(authorFromByline('Almaz Kumenov Jan 18, 2022')).toBe('Almaz Kumenov');
  });
});

describe('news pages around the text', () => {
  it('ends a "Related Topics" box at the byline, and keeps the publication under the byline as the byline’s', () => {
    const cleaned = page(['Related Topics', 'Kazakhstan unrest', 'By Kateryna Holub', 'The Tribune']);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['By Kateryna Holub', 'The Tribune']);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Related Topics', 'Kazakhstan unrest']);
  });
  it('takes the byline author’s note in the words of a reporter ("Jane Roe reports on …")', () => {
    const cleaned = cleanSource(['A long title about the January events in Kazakhstan | The Tribune', '', 'By Jane Roe', '', PROSE, '', LAST, '', 'Jane Roe reports on Central Asia for the Tribune.'].join('\n'));
    expect(cleaned.stripped.map((s) => s.line)).toContain('Jane Roe reports on Central Asia for the Tribune.');
  });
  it('reads a correspondent’s byline without "By" above the date ("Andrew Roth in Moscow")', () => {
    const cleaned = page(['Andrew Roth in Moscow', 'Fri 7 Jan 2022 09.32 GMT']);
    expect(cleaned.metadata.map((m) => [m.line, m.kind])).toEqual([['Andrew Roth in Moscow', 'byline'], ['Fri 7 Jan 2022 09.32 GMT', 'date']]);
    expect(authorFromByline('Andrew Roth in Moscow')).toBe('Andrew Roth');
  });
  it('reads a name with a short label, in capitals, or above their role, over the date, as the byline', () => {
    const meta = (lines: string[]) => page(lines).metadata.map((m) => [m.line, m.kind]);
    expect(meta(['Jane Roe, Reuters', 'January 13, 2022'])).toEqual([['Jane Roe, Reuters', 'byline'], ['January 13, 2022', 'date']]);
    expect(meta(['JANE ROE', 'January 13, 2022'])).toEqual([['JANE ROE', 'byline'], ['January 13, 2022', 'date']]);
    expect(meta(['Jane Roe', 'Senior correspondent', 'January 13, 2022'])).toEqual([['Jane Roe', 'byline'], ['Senior correspondent', 'byline'], ['January 13, 2022', 'date']]);
    expect(authorFromByline('Jane Roe, Central Asia correspondent')).toBe('Jane Roe');
  });
  it('takes what stands between the title line and its repetition (a tagline, a section)', () => {
    const cleaned = cleanSource(['Troops start leaving Kazakhstan | Reuters', 'Exclusive news, data and analytics for financial market professionals', 'World', 'Troops start leaving Kazakhstan', '', PROSE, '', LAST].join('\n'));
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Exclusive news, data and analytics for financial market professionals', 'World', 'Troops start leaving Kazakhstan']);
  });
  it('takes an audio player with its running time and a market-data box', () => {
    const cleaned = page(['LISTEN TO ARTICLE', '3:12', 'KAP Kazatomprom GDR', '32.60 USD -12.10%']);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['LISTEN TO ARTICLE', '3:12', 'KAP Kazatomprom GDR', '32.60 USD -12.10%']);
  });
  it('takes a related story’s headline and teaser after the closing credit, but not quoted words', () => {
    const teaser = ['Kazakhstan unrest: What\'s behind the protests?', 'Violent protests have rocked Kazakhstan. The unrest was sparked by a fuel price rise.'];
    expect(page([], ['ab/rt (Reuters, AFP, dpa)', ...teaser]).stripped.map((s) => s.line)).toEqual(teaser);
    const quoted = '“We will stay,” the general said on Saturday, as the first troops boarded their planes at the airport.';
    expect(page([], ['(Reporting by Tom Ashdown)', quoted]).lines).toContain(quoted);
  });
  it('splits a suffix with a long name or a number off the title', () => {
    expect(splitTitle('Why Moscow Was So Quick to Answer Tokayev\'s Call - Carnegie Endowment for International Peace')).toEqual({ title: 'Why Moscow Was So Quick to Answer Tokayev\'s Call', publication: 'Carnegie Endowment for International Peace' });
    expect(splitTitle('Almaty counts its dead as Kazakhstan says order restored - France 24')).toEqual({ title: 'Almaty counts its dead as Kazakhstan says order restored', publication: 'France 24' });
    expect(splitTitle('Kazakhstan – a year after').title).toBe('Kazakhstan – a year after');
    expect(splitTitle('Kazakhstan Unrest - What It Means for Russia').title).toBe('Kazakhstan Unrest - What It Means for Russia');
    expect(splitTitle('Unrest explained · Global Voices')).toEqual({ title: 'Unrest explained', publication: 'Global Voices' });
    expect(splitTitle('Unrest explained » The Moscow Times')).toEqual({ title: 'Unrest explained', publication: 'The Moscow Times' });
    expect(splitTitle('Unrest explained - Council on Foreign Relations')).toEqual({ title: 'Unrest explained', publication: 'Council on Foreign Relations' });
    expect(splitTitle('Unrest explained | Chatham House – International Affairs Think Tank')).toEqual({ title: 'Unrest explained', publication: 'Chatham House' });
  });
  it('splits a date after the publication, and a publication after a spaced colon, off the title', () => {
    expect(splitTitle('Kazakhstan: Tokayev says troops will leave – DW – 01/11/2022')).toEqual({ title: 'Kazakhstan: Tokayev says troops will leave', publication: 'DW' });
    expect(splitTitle('Why Kazakhstan erupted : Parallels : NPR')).toEqual({ title: 'Why Kazakhstan erupted', publication: 'NPR' });
    expect(splitTitle('Kazakhstan : le président limoge le gouvernement').title).toBe('Kazakhstan : le président limoge le gouvernement');
    expect(splitTitle('The year 2022 - 1992').title).toBe('The year 2022 - 1992');
  });
});
