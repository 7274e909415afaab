/**
 * Attribution forms batch 28's texts showed (quotes.ts, quotations.ts, reported.ts, speech-patterns.ts, marks.ts,
 * people.ts, read through proposeQuotes): a speaker named after their reported words, "according to X" inside a
 * sentence, an office alone no person, no apposition across a sentence's end, "think tank" no verb, a judging verb
 * inside reported speech, "U.S." no name, a quotation running on in straight single marks, and names in marks
 * after "titled", "what many now call", a gloss in marks after "or", a programme's kind; and dates (dates.ts): a month
 * promised or a term expiring to come, "11.00 today", a treaty's year.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/cli/ingest/dates.ts';
import { findReportedSpeech } from '../../src/cli/ingest/reported.ts';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';

const registry = [{ id: 'nurlanova', name: 'Aigerim Nurlanova', kind: 'analyst', aliases: ['Nurlanova'] }];
const run = (sections: SectionText[]) => proposeQuotes(sections, registry, new QuoteIds([]));
const who = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).proposals.filter((p) => p.marked).map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('speakers', () => {
  it('takes a speaker named after their reported words, and "according to X" inside a sentence, for "he" and "she" after', () => {
    expect(who('Antony Blinken said the US was watching. For the Kremlin, the return could be large, says Marat Bekov, a security analyst in Nur-Sultan. “Moscow got a grateful President,” he says.'))
      .toEqual([['Moscow got a grateful President,', 'Marat Bekov']]);
    expect(who('Antony Blinken said the US was watching.', 'The real reckoning, according to Nurlanova, will come later. “People did not come out because of the CSTO,” she says.'))
      .toEqual([['People did not come out because of the CSTO,', 'nurlanova']]);
  });

  it('reads no office alone as a person, no apposition across a sentence’s end, and no "think tank" as a verb', () => {
    expect(who('On Tuesday, Marat Bekov named Alikhan Smailov, a former Finance Minister, as Prime Minister. He also took aim at the elite, saying a “group of very profitable companies” had grown rich.'))
      .toEqual([['group of very profitable companies', 'Marat Bekov']]);
    expect(who('Aigerim Nurlanova made the case in a paper by a Nur-Sultan think tank. “For the first time, he owes his position to no one,” she wrote.'))
      .toEqual([['For the first time, he owes his position to no one,', 'nurlanova']]);
  });

  it('gives quoted words to the reporter, not to a country that "welcomed" something in what they report, nor to "S" of "U.S."', () => {
    expect(who('Spokesperson Ned Price said on January 19 that the United States welcomed the withdrawal and would keep supporting Kazakhstan’s “sovereignty and independence.”'))
      .toEqual([['sovereignty and independence.', 'Ned Price']]);
    expect(who('Antony Blinken said that the U.S. had asked Kazakh officials why, warning that foreign troops can be "hard to dislodge once they are invited in."'))
      .toEqual([['hard to dislodge once they are invited in.', 'Antony Blinken']]);
  });

  it('reads an unnamed source "in the Ministry of X", and no country in -stan as the one a role refers back to', () => {
    expect(who('A source in the Ministry of Defense told 24.kg that the servicemen had spent the week «in the cold, but in good spirits».')).toEqual([['in the cold, but in good spirits', 'A source in the Ministry of Defense']]);
    expect(who('Political scientist Marat Bekov spoke.', 'He recalled that in June 2010 the interim government of Kyrgyzstan asked the CSTO to send troops.', '«Then we were told that it was an internal affair,» the political scientist added.'))
      .toEqual([['Then we were told that it was an internal affair,', 'Marat Bekov']]);
  });

  it('reads a quotation in straight single marks running on into the next paragraph', () => {
    expect(who('Marat Bekov spoke. \'The mission has been completed,\' he said. \'They came when we asked them to, and they will go home with our gratitude.', '\'I want to be clear: Kazakhstan will guarantee its own security.\'').map(([t]) => t))
      .toContain('They came when we asked them to, and they will go home with our gratitude.');
  });
});

describe('names in marks', () => {
  it('marks no work’s title after "titled", no name after "what many now call" nor its gloss, no title’s gloss after "or", no programme after its kind', () => {
    expect(who('Aigerim Nurlanova wrote a paper, titled “After January: The Elite Settlement in Kazakhstan.”')).toEqual([]);
    expect(who('Kazakhs were still waiting to learn who had fired during what many now call \'Qandy Qantar\' - \'Bloody January\'.')).toEqual([]);
    expect(who('Nazarbayev kept the title of "Elbasy," or "Leader of the Nation."')).toEqual([]);
    expect(who('Channel One’s evening newscast, “Vremya,” led with the ceremony.')).toEqual([]);
  });
});

describe('dates', () => {
  const dated = (text: string) => findDates(text, { year: 2022, month: 1, day: 13 }).map((d) => d.date);
  it('reads a month promised or a term expiring as the one to come, "at 11.00 today" as the day, a treaty’s year', () => {
    expect(dated('Tokayev promised a package of political reforms by September.')).toEqual(['2022-09']);
    expect(dated('The 180-day freeze on fuel prices expires in July.')).toEqual(['2022-07']);
    expect(dated('The convoy crossed the border at about 11.00 today.')).toEqual(['2022-01-13']);
    expect(dated('The alliance acted under Article 4 of the 1992 Collective Security Treaty.')).toEqual(['1992']);
    expect(dated('The alliance stayed out of the Armenian-Azerbaijani war of 2020.')).toEqual(['2020']);
  });
});

describe('reported speech', () => {
  const reported = (p: string) => findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)]);
  it('reads a body with its affiliation, or someone unnamed, at the end; "at least" opening the clause; a plural after "as"; "A spokesman for X"', () => {
    expect(reported('Traffic will be restored on January 17, the Border Service of the State Committee for National Security said.')).toEqual([['Border Service of the State Committee for National Security', 'Traffic will be restored on January 17']]);
    expect(reported('The withdrawal should be complete by the end of next week, a Kazakh Foreign Ministry spokesman said.')).toEqual([['a Kazakh Foreign Ministry spokesman', 'The withdrawal should be complete by the end of next week']]);
    expect(reported('Officials say at least 164 people were killed.')).toEqual([['Officials', 'at least 164 people were killed']]);
    expect(reported('The withdrawal came as prosecutors announced that Karim Massimov had been charged with treason.')).toEqual([['prosecutors', 'Karim Massimov had been charged with treason']]);
    expect(reported('A spokesman for Nazarbayev said last week that he was in the capital and in good health.')).toEqual([['A spokesman for Nazarbayev', 'he was in the capital and in good health']]);
  });

  it('takes no clause with a pronoun subject for the apposition of "according to X," and keeps a body "according to" as the speaker', () => {
    expect(reported('According to the CSTO, they guarded airports, power stations, and government buildings.')).toEqual([['CSTO', 'they guarded airports, power stations, and government buildings']]);
    const paraphrases = proposeQuotes([{ slug: 's', paragraphs: ['Marat Bekov asked for help.', 'According to the CSTO secretariat, the alliance sent a contingent of about 2,000 troops.'] }], registry, new QuoteIds([])).paraphrases;
    expect(paraphrases.map((p) => p.speaker)).toContain('the CSTO secretariat');
  });
});
