/**
 * Attribution forms batch 27's texts showed (quotations.ts, placards.ts, speech-patterns.ts, offices.ts, marks.ts,
 * names.ts, read through proposeQuotes): a parliament member's title, a role with a participle after its verb, a
 * country's ministry in lower case, an unnamed speaker who "calls" something, an embassy "of X in Y", an order's
 * words, "put the point", "telling … that", slogans on placards, and names in marks that are no one's words.
 */
import { describe, expect, it } from 'vitest';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';
import { matchNames } from '../../src/lib/people/names.ts';

const run = (sections: SectionText[]) => proposeQuotes(sections, [], new QuoteIds([]));
const who = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).proposals.filter((p) => p.marked).map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('speakers', () => {
  it('drops a member of parliament’s title, and a party and nationality before it, from the name', () => {
    expect(matchNames('MP Azamat Zhumabaev', 'Azamat Zhumabaev')).toBeDefined();
    expect(matchNames('German Green MEP Jutta Kessler', 'Jutta Kessler')).toBeDefined();
  });

  it('reads "the ministry said, adding …" as the ministry the text named before, in lower case with its country', () => {
    expect(who('Kazakhstan’s foreign ministry said in a statement that the text was “biased”.', '“We acted in strict accordance with the constitution,” the ministry said, adding that it was “open to dialogue” with Brussels.'))
      .toEqual([['biased', 'Kazakhstan’s foreign ministry'], ['We acted in strict accordance with the constitution,', 'Kazakhstan’s foreign ministry'], ['open to dialogue', 'Kazakhstan’s foreign ministry']]);
  });

  it('reads an unnamed speaker with a long relative clause who "calls" something, and an order’s words as its giver’s', () => {
    expect(who('A Western diplomat in Nur-Sultan, who asked not to be named because he was not authorized to speak, calls the deployment “more symbolic than operational.”')).toEqual([['more symbolic than operational.', 'A Western diplomat in Nur-Sultan']]);
    expect(who('Police carried out the crackdown under Marat Bekov’s order to shoot “without warning.”')).toEqual([['without warning.', 'Marat Bekov']]);
  });

  it('reads an embassy “of a country in a city” before its verb', () => {
    expect(who('In a statement, the Embassy of Kazakhstan in Washington said the contingent had “never participated in operations against civilians” at all.')).toEqual([['never participated in operations against civilians', 'Embassy of Kazakhstan in Washington']]);
  });

  it('reads "put the point more bluntly:" after an unnamed speaker, and "telling … that" as the sentence subject’s', () => {
    expect(who('A senior Kazakh security official in Almaty, speaking on condition of anonymity, put the point more bluntly: ‘We needed the flag, not the rifles’.')).toEqual([['We needed the flag, not the rifles', 'a senior Kazakh security official in Almaty']]);
    expect(who('Marat Bekov used the summit to frame the unrest, telling fellow leaders that ‘the events are not the first attempt to interfere from outside’.')).toEqual([['the events are not the first attempt to interfere from outside', 'Marat Bekov']]);
  });

  it('gives the slogans on placards to those who carried them', () => {
    expect(who('On the same day, a group of around 30 activists held a picket outside parliament with placards reading "No to war with brothers" and "Kazakhs are not our enemies." Police did not detain anyone.'))
      .toEqual([['No to war with brothers', 'a group of around 30 activists'], ['Kazakhs are not our enemies.', 'a group of around 30 activists']]);
  });
});

describe('names in marks', () => {
  it('marks neither an exercise’s name with its year nor a fund’s name with a comma inside the marks', () => {
    expect(who('They had practised it during the CSTO’s ‘Interaction-2021’ and ‘Search-2021’ exercises, Marat Bekov said.')).toEqual([]);
    expect(who('He said that a new state fund, "For the People of Kazakhstan," would be financed by the largest businesses.')).toEqual([]);
  });
});
