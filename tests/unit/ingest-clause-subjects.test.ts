/**
 * Who a reporting clause's subject is when the words just before its verb are not it
 * (src/cli/ingest/clause-subjects.ts, read by quotations.ts), and the forms around a quotation that name
 * someone who is not its speaker: a possessive, a relaying source ("according to"), a belief inside what a
 * spokesman reports, a capitalised office.
 */
import { describe, expect, it } from 'vitest';
import { afterPreposition, isPossessive, lastTwoNames, relativeAntecedent } from '../../src/cli/ingest/clause-subjects.ts';
import { documentReferent } from '../../src/cli/ingest/offices.ts';
import { findReportedSpeech } from '../../src/cli/ingest/reported.ts';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';

const registry = [{ id: 'kasymov', name: 'Erlan Kasymov', kind: 'analyst', aliases: ['Kasymov'] }];
const run = (sections: SectionText[]) => proposeQuotes(sections, registry, new QuoteIds([]));
const who = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).proposals.map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('clause-subjects.ts', () => {
  it('lastTwoNames leaves out a middle initial', () => {
    expect(lastTwoNames('Secretary of State John Q. Adams'.split(' '))).toBe('John Adams');
    expect(lastTwoNames(['Marat', 'Bekov'])).toBe('Marat Bekov');
  });

  it('relativeAntecedent is the subject a still open relative clause hangs on, not once the clause has closed', () => {
    expect(relativeAntecedent('Mr. Bekov, who took the post from his rival, ')).toBe('Bekov');
    expect(relativeAntecedent('Ms. Orlova, who spoke after ')).toBe('Orlova');
    expect(relativeAntecedent('Bekov, who teaches in Osh, pointed to the summit, where ')).toBeUndefined();
    expect(relativeAntecedent('The minister said that ')).toBeUndefined();
  });

  it('isPossessive and afterPreposition', () => {
    expect(isPossessive('the council’s')).toBe(true);
    expect(isPossessive("the ministers'")).toBe(true);
    expect(isPossessive('the council')).toBe(false);
    expect(afterPreposition('Crowds gathered in ', 'Osh')).toBe(true);
    expect(afterPreposition('A teacher from ', 'Osh Marat Bekov')).toBe(false);
    expect(afterPreposition('Officials quoted by ', 'Tass')).toBe(false);
  });
});

describe('who speaks', () => {
  it('is the person an age and a role follow ("X, 41, a teacher, said"), and "she" later; never the place named before', () => {
    expect(who('People reached in Osh described empty streets. Aliya Bekova, 41, a teacher, said she had stayed indoors.', '“We are afraid to go out,” she said.')).toEqual([['We are afraid to go out,', 'Aliya Bekova']]);
  });

  it('is the subject of the main clause, not a name inside its relative clause', () => {
    expect(who('Mr. Bekov, who took over the council from his rival, Marat Orlov, called the crowd “a mob” on Monday.')).toEqual([['a mob', 'Bekov']]);
  });

  it('is the full name without its middle initial, and the surname alone after it', () => {
    expect(who('Secretary of State John Q. Adams said there were “questions” about it. “We want answers,” Adams said.')).toEqual([
      ['questions', 'John Adams'],
      ['We want answers,', 'John Adams'],
    ]);
  });

  it('is nobody a possessive names ("for the council’s “quick” reply", "the council’s claim that … “…”")', () => {
    expect(who('Marat Bekov spoke on Friday. He thanked the envoy for the council’s “quick” reply.')).toEqual([['quick', 'Marat Bekov']]);
    expect(who('Marat Bekov spoke on Friday. He repeated the council’s claim that it was a “plot”.').map((q) => q[1])).not.toContain('council’s');
  });

  it('is the sentence’s speaker, not the source after "according to" that relays it', () => {
    expect(who('Marat Bekov said the envoy had “acted fast” and had “saved lives”, according to state television.')).toEqual([
      ['acted fast', 'Marat Bekov'],
      ['saved lives', 'Marat Bekov'],
    ]);
  });

  it('is the spokesman who reports a belief, not the believer', () => {
    expect(who('Spokesman Li Wei told a briefing that the crisis was internal, and that Beijing believed the government could “settle it”.')).toEqual([['settle it', 'Li Wei']]);
  });

  it('is the person named in "in X’s words"', () => {
    expect(who('The country got, in Prime Minister Marat Bekov’s words, “nothing at all.”')).toEqual([['nothing at all.', 'Marat Bekov']]);
  });

  it('is the holder of a capitalised office the text named ("the Head of State" after "President of X Marat Bekov", "the President" after "Head of State Marat Bekov")', () => {
    expect(who('President of Kyrgyzstan Marat Bekov spoke to parliament.', '“The mission is over,” the Head of State said.')).toEqual([['The mission is over,', 'Marat Bekov']]);
    expect(who('OSH – Head of State Marat Bekov held a meeting.', '“The mission is over,” the President said.')).toEqual([['The mission is over,', 'Marat Bekov']]);
  });

  it('is, when the text gave nobody that office, the individual named in its paragraph or the one before who may hold it (not an analyst), else the office itself', () => {
    expect(who('Marat Bekov spoke first.', 'It rained.', '“We mourn them,” the Head of State said.')).toEqual([['We mourn them,', 'the Head of State']]);
    expect(who('“We will stay,” noted Marat Bekov.', 'At the end, Bekov announced a day of mourning.', '“We mourn them,” the Head of State concluded.')).toEqual([
      ['We will stay,', 'Marat Bekov'],
      ['We mourn them,', 'Marat Bekov'],
    ]);
    expect(who('“It is over,” said Erlan Kasymov.', '“We mourn them,” the Head of State said.')).toEqual([['It is over,', 'kasymov'], ['We mourn them,', 'the Head of State']]);
  });
});

describe('a document named again ("the readout added")', () => {
  it('is the last such document the text named with a capitalised word before it, and only a document', () => {
    expect(documentReferent('the readout', ['He spoke to Bekov, according to a Kremlin readout.', 'The troops, the readout added, will stay.'])).toBe('Kremlin readout');
    expect(documentReferent('the statement', ['A statement came out.'])).toBeUndefined();
    expect(documentReferent('the minister', ['the Foreign minister spoke.'])).toBeUndefined();
  });

  it('speaks for the quotation', () => {
    expect(who('He thanked Bekov, according to an Akorda readout.', 'The troops, the readout added, would stay “for a short time.”')).toEqual([['for a short time.', 'Akorda readout']]);
  });
});

describe('a new spelling of a registry name', () => {
  it('is proposed as the full name the text gave, when the quote names the surname alone', () => {
    const { proposals } = run([{ slug: 's', paragraphs: ['Erlan Kassymov, an expert, said it was over.', '“It is over,” Kassymov told us.'] }]);
    expect(proposals.map((p) => [p.people?.join(' '), p.newAlias?.spelling])).toEqual([['kasymov', 'Erlan Kassymov']]);
  });
});

describe('an office named again ("the Head of State said")', () => {
  it('is, of several holders the text named, the last one it made a clause’s subject, not the last one it listed', () => {
    const { paraphrases } = run([{ slug: 's', paragraphs: ['President of Kyrgyzstan Marat Bekov opened the session.', 'He thanked President of Tajikistan Ali Saidov and President of Belarus Ivan Orlov.', 'The Head of State said that the country had faced a planned attack.'] }]);
    expect(paraphrases.map((p) => p.speaker)).toContain('Marat Bekov');
    expect(paraphrases.map((p) => p.speaker)).not.toContain('Ivan Orlov');
  });
});

describe('reported speech (reported.ts): who reports', () => {
  const reported = (p: string) => findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)]);
  it('is the holder after an office, the name after a place, nobody for a possessive', () => {
    expect(reported('President of Kyrgyzstan Marat Bekov announced that the troops would leave.')).toEqual([['Marat Bekov', 'the troops would leave']]);
    expect(reported('The Speaker of the Parliament of Kyrgyzstan, Ali Saidov, stated that the deputies agreed.')).toEqual([['Ali Saidov', 'the deputies agreed']]);
    expect(reported('The council’s claim that the protests were planned was false.')).toEqual([]);
  });

  it('reads a claim made one’s own ("repeated the council’s claim that …"), not one rejected', () => {
    expect(reported('He repeated the council’s claim that the protests were planned.')).toEqual([['He', 'the protests were planned']]);
    expect(reported('He rejected the council’s claim that the protests were planned.')).toEqual([]);
  });

  it('reads "told a briefing on Thursday that …"', () => {
    expect(reported('Foreign ministry spokesman Li Wei told a regular press briefing on Thursday that the crisis was internal.')).toEqual([['Li Wei', 'the crisis was internal']]);
  });
});

describe('a name the subject acted on (batch 25’s "named Alikhan Smailov … and said")', () => {
  it('is no referent of a later "he" after a verb taking a person ("named", "appointed")', () => {
    expect(who('President Kassym-Jomart Tokayev spoke on Tuesday.', 'Mr Tokayev also named Alikhan Smailov, the first deputy prime minister, as head of a new government and said the force would leave. “The main mission has been accomplished,” he said.')).toEqual([['The main mission has been accomplished,', 'Kassym-Jomart Tokayev']]);
  });

  it('is no speaker of a participle after the subject’s second verb (", and lashed out at …, saying")', () => {
    expect(who('President Kassym-Jomart Tokayev spoke on Tuesday.', 'He also appointed a new prime minister, Alikhan Smailov, and lashed out at the elite that prospered under his predecessor, saying that “very profitable companies” had emerged.')).toEqual([['very profitable companies', 'Kassym-Jomart Tokayev']]);
  });

  it('still reads an adjective before an office and its holder ("the newly appointed Prime Minister X said")', () => {
    expect(who('The newly appointed Prime Minister Alikhan Smailov said: “We will act.”')).toEqual([['We will act.', 'Alikhan Smailov']]);
  });
});

describe('batch 25’s other speakers', () => {
  it('is no one a clause names after "what" ("about what Moscow thought it had prevented"): "he" is the subject before', () => {
    expect(who('Vladimir Putin, speaking at the summit, was more direct about what Moscow thought it had prevented. The protesters, he said, had used “Maidan technologies.”')).toEqual([['Maidan technologies.', 'Vladimir Putin']]);
  });

  it('reads two offices joined by "and" before the name after the mark, and leaves "CEO" out of the name', () => {
    expect(who('“We had some challenges,” Chevron chairman and CEO Mike Wirth told analysts on a call.')).toEqual([['We had some challenges,', 'Mike Wirth']]);
  });
});

describe('a role never ends in "to" (batch 25’s "the need to call in outside forces")', () => {
  it('so "adding that “…”" is the sentence subject’s', () => {
    expect(who('U.S. Secretary of State Antony Blinken said Friday that the U.S. had "questions" about why the government had felt the need to call in outside forces, adding that "once Russians are in your house, it is difficult to get them to leave."')).toEqual([
      ['questions', 'Antony Blinken'],
      ['once Russians are in your house, it is difficult to get them to leave.', 'Antony Blinken'],
    ]);
  });
});

describe('an instruction’s words (batch 25’s "instructed the Government “…”")', () => {
  it('are the instructing speaker’s, and so is the next quotation of the sentence', () => {
    expect(who('Speaking on January 11, President Kassym-Jomart Tokayev instructed the Government "not to leave a single entrepreneur without support" and called the riots "a tragedy for thousands of families".')).toEqual([
      ['not to leave a single entrepreneur without support', 'Kassym-Jomart Tokayev'],
      ['a tragedy for thousands of families', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('are not a body’s name in « » after a preposition ("together with «Atameken»")', () => {
    expect(who('Kassym-Jomart Tokayev instructed the government, together with «Atameken», to develop measures.')).toEqual([]);
  });
});

describe('batch 26’s speakers', () => {
  it('is, for an office a lead names first, the holder the next paragraph names after the capitalised office', () => {
    expect(who('Kazakhstan\'s president said Friday that he had authorized security forces to "fire without warning" on anyone taking part in the unrest.', 'In a televised address, President Kassym-Jomart Tokayev rejected calls for talks.')).toEqual([['fire without warning', 'Kassym-Jomart Tokayev']]);
  });

  it('is never a role ending in a preposition ("summed up the situation in a tweet: “…”")', () => {
    expect(who('Xive co-founder Didar Bekbau summed up the situation in a tweet on Wednesday: “no internet, no mining.”')).toEqual([['no internet, no mining.', 'Didar Bekbau']]);
  });

  it('is the unnamed subject of the sentence before "she said", when it said something too, unless an apposition names them', () => {
    expect(who('A 34-year-old woman from Taldykorgan said her brother was detained on January 8. “When I saw him in court he could not lift his arms,” she said.')).toEqual([['When I saw him in court he could not lift his arms,', 'a 34-year-old woman from Taldykorgan']]);
    expect(who('A 31-year-old market trader, Gulzhan, said she was held for three days. “Nobody told us anything,” she said.')).toEqual([['Nobody told us anything,', 'Gulzhan']]);
  });
});

describe('a message’s praise (batch 26’s "sent him a message … praising his “…”")', () => {
  it('is the sender’s, with no comma before the participle, not the speaker of the sentence before', () => {
    expect(who('The ministry responded that “it can be difficult”, recalling the interventions. Beijing supported Tokayev: Xi Jinping sent him a message on 7 January praising his “decisive measures” and opposing any attempt.')).toEqual([
      ['it can be difficult', 'The ministry'],
      ['decisive measures', 'Xi Jinping'],
    ]);
  });
});

describe('batch 26’s quotations without a verb of saying', () => {
  it('gives a chant to the crowds with where they were, unnamed ("Crowds in several cities chanted")', () => {
    expect(who('Crowds in several cities chanted "Shal, ket!" — "Old man, go!" in Kazakh — a reference to Nazarbayev.')).toEqual([
      ['Shal, ket!', 'crowds in several cities'],
      ['Old man, go!', 'crowds in several cities'],
    ]);
  });

  it('gives words in marks before a noun that repeat a quote marked before to its speaker ("the “shoot to kill” order"), not words an author cites to discuss', () => {
    const said = 'On January 7, Tokayev said: “I have given the order to the army to shoot to kill without warning.”';
    expect(who(said, 'The European Parliament adopted a resolution on the killings and the “shoot to kill” order.').map((q) => q[1])).toEqual(['Tokayev', 'Tokayev']);
    expect(who(said, 'Note “to shoot to kill.” It is the language of a war.').map((q) => q[0])).toEqual(['I have given the order to the army to shoot to kill without warning.']);
  });

  it('gives nobody words the author keeps a distance from, the names they qualify between ("the self-proclaimed Donetsk and Luhansk “people’s republics”")', () => {
    expect(who('Suleimenov said that Kazakhstan would stay neutral. He also said Kazakhstan would not recognise the self-proclaimed Donetsk and Luhansk "people\'s republics", which Moscow recognised.')).toEqual([]);
  });
});
