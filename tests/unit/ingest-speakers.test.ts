/**
 * Who speaks when the text does not say it in so many words (src/cli/ingest/quotes.ts): an office the text
 * never gave anyone ("the president said"), and a quotation in a sentence whose subject acts.
 */
import { describe, expect, it } from 'vitest';
import { officeHolder } from '../../src/cli/ingest/offices.ts';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';

const registry = [{ id: 'nurlanova', name: 'Aigerim Nurlanova', kind: 'analyst', aliases: ['Aigerim Nurlanova', 'Nurlanova'] }];
const who = (sections: SectionText[]) => proposeQuotes(sections, registry, new QuoteIds([])).proposals.map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);
const one = (...paragraphs: string[]) => who([{ slug: 's', paragraphs }]);

describe('an office named alone', () => {
  it('is the individual the paragraph named before it ("Tokayev thanked … “…,” the president said"), and a later "he" is them too', () => {
    expect(one('Tokayev thanked the peacekeepers in Almaty. “Your mission was short,” the president said. “It mattered,” he added.')).toEqual([
      ['Your mission was short,', 'Tokayev'],
      ['It mattered,', 'Tokayev'],
    ]);
  });

  it('is the one person the section’s heading names, when the paragraph names nobody before it', () => {
    expect(who([{ slug: 'what-tokayev-wants', heading: 'What Tokayev wants next', paragraphs: ['In his speech on Tuesday, the president promised a “new Kazakhstan.”'] }])).toEqual([['new Kazakhstan.', 'Tokayev']]);
  });

  it('is nobody the text can name when the individual before it spoke (another voice), is an analyst, or holds another office', () => {
    expect(one('Jane Roe said “No.” “Yes,” said the minister.')).toEqual([['No.', 'Jane Roe'], ['Yes,', 'the minister']]);
    expect(one('Jane Roe argued that the troops would stay. “We will not negotiate,” the president said.')).toEqual([['We will not negotiate,', 'the president']]);
    expect(one('Nurlanova expects the troops to leave. “We will not negotiate,” the president said.')).toEqual([['We will not negotiate,', 'the president']]);
    expect(one('General Andrei Serdyukov inspected the troops. “We leave on Thursday,” the president said.')).toEqual([['We leave on Thursday,', 'the president']]);
  });

  it('is not a group’s or an organisation’s role ("the ministry", "the officials")', () => {
    expect(one('Tokayev thanked the peacekeepers. “Order is restored,” the ministry said.')).toEqual([['Order is restored,', 'the ministry']]);
  });
});

describe('a quotation in a sentence whose subject acts (no verb of saying)', () => {
  it('is the subject’s words when the subject is a person or a body', () => {
    expect(one('The Interior Ministry counts 26 “armed criminals” among the dead.')).toEqual([['armed criminals', 'Interior Ministry']]);
    expect(one('The Kremlin calls this a “brotherly duty” of the alliance.')).toEqual([['brotherly duty', 'The Kremlin']]);
  });

  it('is nobody’s when the subject is a place (the author’s quotation marks), before a colon too', () => {
    expect(one('Kazakhstan entered a “new era” after January.')).toEqual([]);
    expect(one('Tom reads out a note from Almaty, recorded on Tuesday: “It’s quiet now.”')).toEqual([]);
    expect(one('Daniyar Seitkali joined us.', 'On the withdrawal, Daniyar is blunt: “They’ll be gone by the end of the month.”')).toEqual([['They’ll be gone by the end of the month.', 'Daniyar Seitkali']]);
  });
});

describe('officeHolder (offices.ts)', () => {
  const tokayev = { speaker: { speaker: 'Tokayev', speakerType: 'person' as const }, name: 'Tokayev' };
  const none = () => false;
  it('gives the candidate for an office one person holds, not for a body, an analyst, another voice or another office', () => {
    expect(officeHolder('the president', tokayev, [], none)).toEqual(tokayev.speaker);
    expect(officeHolder("le chef de l'Etat", tokayev, [], none)).toEqual(tokayev.speaker);
    expect(officeHolder('the ministry', tokayev, [], none)).toBeUndefined();
    expect(officeHolder('the president', { ...tokayev, kind: 'analyst' }, [], none)).toBeUndefined();
    expect(officeHolder('the president', tokayev, ['Tokayev'], none)).toBeUndefined();
    expect(officeHolder('the president', tokayev, [], () => true)).toBeUndefined();
    expect(officeHolder('the president', undefined, [], none)).toBeUndefined();
  });
});

describe('speakers of batch 14’s forms', () => {
  it('is a country’s presidency after a dateline, in reported speech holding quoted words', () => {
    expect(one('Almaty (AFP) – Kazakhstan’s presidency said on Sunday that the situation had "stabilised in all regions" of the country.')).toEqual([['stabilised in all regions', 'Kazakhstan’s presidency']]);
  });
  it('is a name described as someone before a colon ("Her neighbour Yerlan, a taxi driver, was blunter:"), however short', () => {
    expect(one('Her neighbour Yerlan, a taxi driver, was blunter: "Nobody explained anything to us."')).toEqual([['Nobody explained anything to us.', 'Yerlan']]);
    expect(one('Almaty, a city of two million, was quiet: "Nobody went out."')).toEqual([]);
  });
  it('is a plural of people without an article before a verb of saying ("protesters chanted"), not the place before it', () => {
    expect(one('In Almaty, protesters chanted "Old man, go!", a reference to Mr Nazarbayev.')).toEqual([['Old man, go!', 'protesters']]);
    expect(one('In those weeks, it was said "nobody knew".')).toEqual([]);
    expect(one('“We are not afraid,” protesters shouted.')).toEqual([['We are not afraid,', 'protesters']]);
    expect(one('“We want answers,” Adams said.').map(([, speaker]) => speaker)).not.toContain('adams');
  });
});

describe('speakers in other outlets’ common forms', () => {
  it('drops an honorific before the name ("said Mr. Tokayev", "Ms. Nurlanova said")', () => {
    expect(one('“We will not leave,” said Mr. Tokayev, who has led the country since 2019.')).toEqual([['We will not leave,', 'Tokayev']]);
    expect(one('“It was chaos,” Ms. Nurlanova said.')).toEqual([['It was chaos,', 'nurlanova']]);
  });
  it('is the writer, not the platform, of "X wrote on Twitter:"', () => {
    expect(one('Tokayev wrote on Twitter: “Order is restored.”')).toEqual([['Order is restored.', 'Tokayev']]);
  });
  it('is an unnamed voice with a relative clause before its colon, never the word "One"', () => {
    expect(one('One resident, who asked not to be named, said: "We are afraid."')).toEqual([['We are afraid.', 'one resident']]);
  });
  it('reads a country’s body after the quotation, "complained X", and a subject acting with an irregular verb before "he said"', () => {
    expect(one('“We were not consulted,” Kazakhstan’s foreign ministry said.')).toEqual([['We were not consulted,', 'Kazakhstan’s foreign ministry']]);
    expect(one('“Nobody has told us anything,” complained Dinara Abenova, a teacher.')).toEqual([['Nobody has told us anything,', 'Dinara Abenova']]);
    expect(one('Marat Bekov struck a defiant tone. “We will not negotiate,” he said.')).toEqual([['We will not negotiate,', 'Marat Bekov']]);
  });
  it('is the one quoted, not the agency quoting them ("TASS quoted Peskov as saying"), and a body after "the" (not an office)', () => {
    expect(one('TASS quoted Peskov as saying the mission was “over for now”.')).toEqual([['over for now', 'Peskov']]);
    expect(one('“The mission is over,” the Kremlin said.')).toEqual([['The mission is over,', 'Kremlin']]);
    expect(one('“The mission is over,” the President said.').map(([, speaker]) => speaker)).not.toContain('President');
  });
});

describe('offices of batch 18’s forms', () => {
  it('gives a name the office in apposition before it ("the commander of the contingent, Colonel General X,")', () => {
    expect(one('The forces will begin withdrawing on Thursday, the commander of the contingent, Colonel General Andrei Serdyukov, said. "Not a single shot was fired by our servicemen," the commander stressed.')).toEqual([
      ['Not a single shot was fired by our servicemen,', 'Andrei Serdyukov'],
    ]);
  });

  it('reads "the Kazakh leader" as the holder of Kazakhstan’s first office, not the other president named last', () => {
    expect(one('On Tuesday, President of Kazakhstan Kassym-Jomart Tokayev spoke to parliament. He thanked Russian President Vladimir Putin. "The fast arrival of the peacekeepers played a very important role," the Kazakh leader pointed out.')).toEqual([
      ['The fast arrival of the peacekeepers played a very important role,', 'Kassym-Jomart Tokayev'],
    ]);
  });
});
