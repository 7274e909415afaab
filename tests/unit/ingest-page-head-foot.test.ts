/**
 * Furniture and metadata batch 17's pages showed (Meduza, Jamestown, Nikkei
 * Asia, Anadolu, Politico Europe, NPR), by kind, shape and place: media and
 * slot furniture (media-furniture.ts), the publisher on its page
 * (masthead.ts, publisher.ts), pitches after the text (after-text.ts), the head's bylines
 * and dateline (head-bylines.ts), metadata lines (metadata.ts), the title
 * repeated over two lines, related boxes in the text, and pull quotes as
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { LAST, PROSE } from '../support/ingest-lines.ts';
import { cleanSource } from '../../src/cli/ingest/junk.ts';
import { mediaFurnitureRules } from '../../src/cli/ingest/media-furniture.ts';
import { metadataRules } from '../../src/cli/ingest/metadata.ts';
import { copyrightHolder } from '../../src/cli/ingest/masthead.ts';
import { pullQuotes } from '../../src/cli/ingest/pull-quotes.ts';

const ruleOf = (line: string) => mediaFurnitureRules.find((r) => r.test(line))?.name;
const metaOf = (line: string) => metadataRules.find((r) => r.test(line))?.name;
const strippedOf = (c: ReturnType<typeof cleanSource>, line: string) => c.stripped.find((s) => s.line === line)?.rule;
const metadataOf = (c: ReturnType<typeof cleanSource>, line: string) => c.metadata.find((s) => s.line === line);

describe('media and slot furniture (media-furniture.ts)', () => {
  it.each([
    ['Press play to listen to this article', 'audio player'],
    ['Voiced by artificial intelligence.', 'audio player'],
    ['Listen · 3:45', 'audio player'],
    ['Embed <iframe src="https://example.org/player/embed/1" width="100%">', 'embed code'],
    ['Transcript', 'transcript link'],
    ['hide caption', 'caption toggle'],
    ['toggle caption', 'caption toggle'],
    ['Alexandr Bogdanov/AFP via Getty Images', 'photo credit (name/agency)'],
    ['Russian Defense Ministry / TASS / Scanpix / LETA', 'photo credit (sources between slashes)'],
    ['Russian Defence Ministry Press Service/EPA-EFE', 'photo credit (a source and the agency’s initials)'],
    ['Sponsor Message', 'sponsor slot'],
    ['Become an NPR sponsor', 'sponsor slot'],
    ['About Sponsored Content This content was commissioned by the Global Business Bureau.', 'sponsor slot'],
    ['Heard on All Things Considered', 'broadcast credit (the programme a radio story was heard on)'],
    ['This article is part of POLITICO Europe’s coverage of the crisis on the EU’s eastern flank.', 'series note'],
    ['‘They just started shooting’ Eyewitnesses in Almaty describe the worst violence in modern history', 'related story link (a quoted kicker and its headline)'],
    ['Latest on Kazakhstan unrest', 'related links'],
  ])('%s: %s', (line, rule) => expect(ruleOf(line)).toBe(rule));
  it.each([
    'He said he had listened to the radio all night.',
    '"A shift in who holds power"',
    '"The aim," Tokayev said of the deployment on Monday, "was to protect strategic facilities."',
    'Military/Security',
    'Latest on Friday, the ministry said the troops had left.',
    'Russia and Kazakhstan signed the treaty in 1992 / 1994.',
  ])('not furniture: %s', (line) => expect(ruleOf(line)).toBeUndefined());
});

describe('metadata lines (metadata.ts)', () => {
  it.each([
    ['By: Askar Temirkhanov', 'byline'],
    ['3:22 pm, January 11, 2022', 'publication date'],
    ['January 13, 2022 04:37 PM Age: 3 years', 'publication date'],
    ['Publication: Eurasia Daily Monitor Volume: 19 Issue: 6', 'issue of the publication'],
    ['Vol. 19, No. 6', 'issue of the publication'],
    ['Abridged translation by Anna Kvitkova', 'translation credit'],
  ])('%s: %s', (line, rule) => expect(metaOf(line)).toBe(rule));
  it('reads no sentence as a translation credit', () => expect(metaOf('Translated by the police, the statement was read.')).toBeUndefined());
});

describe('the publisher on its page (masthead.ts, publisher.ts)', () => {
  it('reads the copyright line’s holder', () => {
    expect(copyrightHolder('© 2022 Anadolu Agency. All rights reserved.')).toBe('Anadolu Agency');
    expect(copyrightHolder('© 2014–2022 Meduza')).toBe('Meduza');
    expect(copyrightHolder('The troops left.')).toBeUndefined();
  });
  it('takes the publication from the holder standing in the head, and the publication’s notice to its readers', () => {
    const c = cleanSource(['A long title about the January events in Kazakhstan', 'The Steppe Agency', 'Home', '', PROSE, '', 'The Steppe Agency asked several specialists why the request came so quickly.', '', LAST, '',
      'The Steppe Agency website contains only a portion of the stories offered to subscribers. Please contact us for subscription options.', 'Kazakhstan', 'CSTO', '© 2022 The Steppe Agency. All rights reserved.'].join('\n'));
    expect(c.publication).toBe('The Steppe Agency');
    expect(strippedOf(c, 'The Steppe Agency website contains only a portion of the stories offered to subscribers. Please contact us for subscription options.')).toBe('the publication on itself (its appeal or notice to readers)');
    expect(c.lines).toContain('The Steppe Agency asked several specialists why the request came so quickly.');
  });
});

describe('pitches after the text (after-text.ts)', () => {
  it('removes a newsletter’s pitch above its sign-up button, not a speaker’s last turn', () => {
    const c = cleanSource(['A long title about the January events in Kazakhstan – The Tribune', '', PROSE, '', LAST, '', 'KASYMOV: Thank you.', 'Get trusted insights from experts within the region itself.', 'Sign up'].join('\n'));
    expect(strippedOf(c, 'Get trusted insights from experts within the region itself.')).toBe('newsletter or subscription pitch (above its sign-up button, after the text)');
    const t = cleanSource(['A long title about the January events in Kazakhstan – The Tribune', '', PROSE, '', LAST, '', 'KASYMOV: Thank you.', 'Subscribe to the podcast'].join('\n'));
    expect(t.lines).toContain('KASYMOV: Thank you.');
  });
});

describe('the head’s bylines and dateline (head-bylines.ts)', () => {
  it('reads names in capitals with role and city above the date', () => {
    const c = cleanSource(['A long title about the January events in Kazakhstan - The Tribune', 'Share', 'Troops board an aircraft bound for Kazakhstan at an airfield outside Moscow on Jan. 6, officials said.',
      'KENJI KAWASE, Tribune chief business news correspondent, Hong Kong', 'SHOTARO TANI, Tribune staff writer, Tokyo', 'January 8, 2022 14:05 JST', PROSE, LAST].join('\n'));
    expect(metadataOf(c, 'KENJI KAWASE, Tribune chief business news correspondent, Hong Kong')?.kind).toBe('byline');
    expect(metadataOf(c, 'SHOTARO TANI, Tribune staff writer, Tokyo')?.kind).toBe('byline');
  });
  it('reads a name alone under the date among furniture, and a place in capitals above the first paragraph', () => {
    const c = cleanSource(['A long title about the January events in Kazakhstan : The Tribune', 'Troops from a Russian-led alliance guard the airport', 'January 7, 2022', 'Heard on All Things Considered', 'Peter Halvorsen', 'Listen · 3:45', 'ANKARA', PROSE, LAST].join('\n'));
    expect(metadataOf(c, 'Peter Halvorsen')?.kind).toBe('byline');
    expect(metadataOf(c, 'ANKARA')?.rule).toBe('dateline (a place in capitals above the first paragraph)');
  });
  it('reads a desk’s byline with its agencies, and a place in capitals beside the date, as metadata', () => {
    const standfirst = 'Ankara is ready to share its experience in security with Nur-Sultan, the foreign minister said on Tuesday.';
    const c = cleanSource(['A long title about the January events in Kazakhstan | The Tribune', 'A long title about the January events in Kazakhstan', standfirst, 'THE TRIBUNE WITH AGENCIES', 'ISTANBUL', 'JAN 12, 2022 - 11:27 AM GMT+3', PROSE, LAST].join('\n'));
    expect(metadataOf(c, 'THE TRIBUNE WITH AGENCIES')?.kind).toBe('credit');
    expect(metadataOf(c, 'ISTANBUL')?.rule).toBe('dateline (a place in capitals beside the date)');
  });
});

describe('the title, related boxes and pull quotes', () => {
  it('finds the title repeated over two lines, a kicker above its headline', () => {
    const c = cleanSource(['Calling in the cavalry Why the president summoned the troops — The Tribune', 'News', 'Calling in the cavalry', 'Why the president summoned the troops', PROSE, LAST].join('\n'));
    expect(strippedOf(c, 'Why the president summoned the troops')).toBe('the title repeated');
  });
  it('keeps a label the headline prints that the title line gives before the publication: “… – Analysis – Eurasia Review”', () => {
    const c = cleanSource(['After The January Crisis: Tokayev’s Consolidation – Analysis – Eurasia Review', 'News', 'After The January Crisis: Tokayev’s Consolidation – Analysis', PROSE, LAST].join('\n'));
    expect([c.title, c.publication]).toEqual(['After The January Crisis: Tokayev’s Consolidation – Analysis', 'Eurasia Review']);
    expect(strippedOf(c, 'After The January Crisis: Tokayev’s Consolidation – Analysis')).toBe('the title repeated');
  });
  it('takes a box’s headlines in the text, one ending in an abbreviation, and leaves the subheading under it', () => {
    const c = cleanSource(['A long title about the January events in Kazakhstan – The Tribune', '', PROSE, 'READ MORE', 'Putin’s moment: Russia sends troops as Kazakhstan burns', 'Why Kazakhstan matters to Russia, China and the U.S.', 'Moscow’s messaging', LAST].join('\n'));
    expect(strippedOf(c, 'Why Kazakhstan matters to Russia, China and the U.S.')).toBe('related link (a headline after a "Related" heading)');
    expect(c.lines).toContain('Moscow’s messaging');
  });
  it('reads a quoted line as a pull quote only when it is a sentence', () => {
    const text = ['“What we are seeing is a shift in who holds power,” says Aigerim Nurlanova, a political analyst in Almaty.'];
    expect(pullQuotes(['“A shift in who holds power”', ...text]).size).toBe(0);
    expect(pullQuotes(['“What we are seeing is a shift in who holds power.”', ...text]).has(0)).toBe(true);
  });
});
