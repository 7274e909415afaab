/**
 * Attribution forms batch 27's texts showed (quotations.ts, placards.ts, speech-patterns.ts, offices.ts, marks.ts,
 * names.ts, read through proposeQuotes): a parliament member's title, a role with a participle after its verb, a
 * country's ministry in lower case, an unnamed speaker who "calls" something, an embassy "of X in Y", an order's
 * words, "put the point", "telling … that", slogans on placards, and names in marks that are no one's words; and
 * reported speech (reported.ts): a short clause before quoted words reported whole, abbreviations that end no
 * sentence, and more places for the reporting clause.
 */
import { describe, expect, it } from 'vitest';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';
import { findReportedSpeech } from '../../src/cli/ingest/reported.ts';
import { matchNames } from '../../src/lib/people/names.ts';

const run = (sections: SectionText[]) => proposeQuotes(sections, [], new QuoteIds([]));
const reported = (p: string) => findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)]);
const paraphrases = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).paraphrases.map((p) => [p.people?.join(' ') ?? p.speaker, p.text]);
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

describe('reported speech', () => {
  it('reports a clause too short to say anything before its quoted words whole, with them', () => {
    expect(reported('Addressing MEPs, Borrell said the EU had "no interest in a weak Kazakhstan" but would not look away.')).toEqual([['Borrell', 'the EU had "no interest in a weak Kazakhstan" but would not look away']]);
  });

  it('reads no sentence’s end in "Mr." or "Jan." before a name or a figure', () => {
    expect(reported('The speed of the airlift, Mr. Lapin says, was meant to be noticed in Kyiv.')).toEqual([['Lapin', 'The speed of the airlift, Mr. Lapin says, was meant to be noticed in Kyiv']]);
    expect(reported('The last of the troops will be gone by Jan. 19, Kazakh officials say.')).toEqual([['Kazakh officials', 'The last of the troops will be gone by Jan. 19']]);
  });

  it('reads the reporting clause after a name with who they are, before "although", between commas with a plural, with a day before its verb', () => {
    expect(reported('Many residents were relieved to see order restored, says Aigerim Nurlanova, a political scientist in the city.')).toEqual([['Aigerim Nurlanova', 'Many residents were relieved to see order restored']]);
    expect(reported('EU ministers are expected to return to the issue on Monday, diplomats said, although no sanctions proposal is on the table.')).toEqual([['diplomats', 'EU ministers are expected to return to the issue on Monday']]);
    expect(reported('For Russia, analysts say, the real significance of the operation lies in the precedent it sets.')).toEqual([['analysts', 'For Russia, analysts say, the real significance of the operation lies in the precedent it sets']]);
    expect(reported('Vladimir Putin on Monday told a video summit of CSTO leaders that the alliance had shown it could act.')).toEqual([['Vladimir Putin', 'the alliance had shown it could act']]);
  });

  it('reads "said all …", "announced within hours that …", an unnamed speaker with a capitalised adjective and a place, and "some residents" after a clause', () => {
    expect(reported('The minister said all members of the contingent would be granted additional leave.')).toEqual([['The minister', 'all members of the contingent would be granted additional leave']]);
    expect(reported('Nikol Pashinyan announced within hours that a peacekeeping force would be sent.')).toEqual([['Nikol Pashinyan', 'a peacekeeping force would be sent']]);
    expect(reported('A Kazakh diplomat in Brussels told EURACTIV that Nur-Sultan had invited the envoy.')).toEqual([['A Kazakh diplomat in Brussels', 'Nur-Sultan had invited the envoy']]);
    expect(reported('In Almaty, where bullet holes are still visible, some residents said the departure answered none of their questions.')).toEqual([['some residents', 'the departure answered none of their questions']]);
  });

  it('gives "…, adding that …" to the speaker of the quotation the sentence opens with, and "according to the ministry" to the ministry named before', () => {
    expect(paraphrases('Kazakhstan’s foreign ministry said the text was wrong in every respect and should be withdrawn.', '“We acted lawfully,” the ministry said, adding that the government was “open to dialogue” with Brussels.'))
      .toEqual([['Kazakhstan’s foreign ministry', 'the text was wrong in every respect and should be withdrawn'], ['Kazakhstan’s foreign ministry', 'the government was “open to dialogue” with Brussels']]);
    expect(paraphrases('The Defense Ministry said the troops had returned to their base.', 'According to the ministry, the peacekeepers guarded a power plant in Almaty.'))
      .toEqual([['The Defense Ministry', 'the troops had returned to their base'], ['Defense Ministry', 'the peacekeepers guarded a power plant in Almaty']]);
  });
});
