/** Platform and official-site furniture (src/cli/ingest/platform-chrome.ts), title labels and short titles (title.ts). */
import { describe, expect, it } from 'vitest';
import { authorFromByline, cleanSource, junkRules } from '../../src/cli/ingest/junk.ts';
import { proposeShortTitle, splitTitle } from '../../src/cli/ingest/title.ts';

const junk = (line: string) => junkRules.find((r) => r.test(line))?.name;

describe('platform furniture', () => {
  it.each([
    'Open in app', 'Follow', 'Restack', 'Start writing', '___', '--', '·',
    'If you enjoyed this, give it a clap 👏 and follow me for more on Central Asia.',
    'Save articles to read later and create your own reading list.', 'Click here to share on social media',
    'Please turn on JavaScript to use this feature', 'Updated at 16.31 GMT', 'Reuse this content',
    'Source: Al Jazeera and news agencies', 'Version for the visually impaired', 'Қазақша | Русский | English', 'Main / Press service / News',
    'Copyright 2022 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    '548 Market Street PMB 72296, San Francisco, CA 94104',
  ])('strips %s', (line) => {
    expect(junk(line)).toBeDefined();
  });

  it.each([
    'Russia and Kazakhstan / a shared border', 'He wrote to the president.', 'Follow the money, she said, and you find the family.',
    'Source of the unrest: gas prices', '17.40 GMT', 'Summary', '* * *',
  ])('keeps %s', (line) => {
    expect(junk(line)).toBeUndefined();
  });

  it('strips the title repeated under itself (and junk.ts the publication as masthead), and takes names above the date (furniture between) as the byline', () => {
    const cleaned = cleanSource('A week in Almaty | by Jane Roe | Jan, 2022 | Steppe Notes\nSteppe Notes\nA week in Almaty\nJane Roe\nFollow\n6 min read\nJan 12, 2022\nThe text begins here.\nA week in Almaty\n');
    expect(cleaned.title).toBe('A week in Almaty');
    expect(cleaned.stripped.map((s) => [s.line, s.rule])).toEqual([
      ['Steppe Notes', 'masthead (the publication’s name)'],
      ['A week in Almaty', 'the title repeated'],
      ['Follow', 'platform controls'],
      ['6 min read', 'reading time'],
    ]);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Jane Roe', 'Jan 12, 2022']);
    // Once the text has started, a line like the title is the author's.
    expect(cleaned.lines).toEqual(['The text begins here.', 'A week in Almaty']);
  });

  it('reads a live blog’s bylines with notes in brackets, "By" never part of an author, and a date with a time zone', () => {
    const cleaned = cleanSource('Title | The Guardian\nMarta Kowalczyk (now) and Sam Rees (earlier)\nFri 7 Jan 2022 17.55 GMT\nJanuary 11, 2022 GMT\nText.\n');
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Marta Kowalczyk (now) and Sam Rees (earlier)', 'Fri 7 Jan 2022 17.55 GMT', 'January 11, 2022 GMT']);
    expect(authorFromByline('Marta Kowalczyk (now) and Sam Rees (earlier)')).toBe('Marta Kowalczyk and Sam Rees');
    expect(authorFromByline('By Timur Akhmetov')).toBe('Timur Akhmetov');
  });
});

describe('titles', () => {
  it('drops section, byline and date labels between bars before the publication', () => {
    expect(splitTitle('Why has a Russia-led alliance sent troops to Kazakhstan? | Explainer News | Al Jazeera')).toEqual({ title: 'Why has a Russia-led alliance sent troops to Kazakhstan?', publication: 'Al Jazeera' });
    expect(splitTitle('Tokayev’s ‘Shoot Without Warning’ Moment | by Daniel Hurst | Jan, 2022 | Medium')).toEqual({ title: 'Tokayev’s ‘Shoot Without Warning’ Moment', publication: 'Medium' });
  });

  it('proposes a short title that reads as one: the part before a colon, or a cut with nothing dangling', () => {
    expect(proposeShortTitle('Kazakhstan After the Unrest: What the CSTO Deployment Means for Central Asia and Russia', 70)).toBe('Kazakhstan After the Unrest');
    expect(proposeShortTitle('Tokayev authorises troops to shoot without warning as protests spread across the whole of Kazakhstan', 70)).toBe('Tokayev authorises troops to shoot without warning as protests spread');
    expect(proposeShortTitle('Why the alliance that never deployed in thirty years finally came to the aid of its member', 70)).toBe('Why the alliance that never deployed in thirty years finally came');
  });
});
