/**
 * Forms of attribution where the words before a quotation hold a word that is not its speaker (a prefix's
 * hyphen, a noun in -s, an object, a clause inside commas, a possessive) or name the speaker in a less usual
 * way (an office after a country, a relative clause, "as X put it", a participle): quotations.ts,
 * clause-subjects.ts, after-mark.ts and speech-patterns.ts, read through proposeQuotes.
 */
import { describe, expect, it } from 'vitest';
import { afterPreposition, afterVerb } from '../../src/cli/ingest/clause-subjects.ts';
import { endsInOffice } from '../../src/cli/ingest/speech-patterns.ts';
import { findPerson } from '../../src/lib/people/names.ts';
import { proposeQuotes, QuoteIds, type SectionText } from '../../src/cli/ingest/quotes.ts';

const registry = [{ id: 'kasymov', name: 'Erlan Kasymov', kind: 'analyst', aliases: ['Kasymov'] }];
const run = (sections: SectionText[]) => proposeQuotes(sections, registry, new QuoteIds([]));
const who = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).proposals.map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('words that are not a speaker', () => {
  it('a name does not start after a prefix’s hyphen ("post-Soviet states")', () => {
    expect(who('Marat Bekov asked the alliance of six post-Soviet states, for help, describing the crowds as “armed gangs” from abroad.')).toEqual([['armed gangs', 'Marat Bekov']]);
  });

  it('a word in -s before a word in -ed is a plural noun ("Russian paratroopers landed"), not a verb', () => {
    expect(who('Marat Bekov spoke at noon, and the first Russian paratroopers landed at dusk. He has blamed the riots on “bandits” from abroad.')).toEqual([['bandits', 'Marat Bekov']]);
  });

  it('a role ending in "and", or after a verb in the past, is an object ("praised the operation and warned")', () => {
    expect(afterVerb('Bekov accepted ')).toBe(true);
    expect(afterVerb('Bekov said ')).toBe(false);
    expect(who('Marat Bekov praised the operation and warned that the bloc would not allow “coloured revolts”.')).toEqual([['coloured revolts', 'Marat Bekov']]);
    expect(who('Marat Bekov accepted the cabinet’s resignation, declared a curfew and asked for help, saying the city was under attack by “armed gangs.”')).toEqual([['armed gangs.', 'Marat Bekov']]);
  });

  it('"member states to be …" is a noun, not "states"', () => {
    expect(who('Marat Bekov declared that the bloc would not allow the situation in member states to be shaken and that it would stop “coloured revolts”.')).toEqual([['coloured revolts', 'Marat Bekov']]);
  });

  it('a preposition’s object, capitalised or not ("In the same speech")', () => {
    expect(afterPreposition('In ', 'the speech')).toBe(true);
    expect(who('Marat Bekov spoke in the capital. In the same speech, he sharply criticized the old guard, saying that “a layer of rich men” ruled.')).toEqual([['a layer of rich men', 'Marat Bekov']]);
  });

  it('a clause between commas with a pronoun subject is no apposition', () => {
    expect(who('Marat Bekov tried concessions. When that failed to calm the streets, he called in the army, describing the crowds as “armed gangs” from abroad.')).toEqual([['armed gangs', 'Marat Bekov']]);
  });

  it('a possessive is no subject ("Mr Bekov’s hand-picked successor"), unless it owns words ("Bekov’s address, published …, took")', () => {
    expect(who('Mr Orlov, Mr Bekov’s hand-picked successor, at first tried concessions. “We will listen,” he said.')).toEqual([['We will listen,', 'Orlov']]);
    expect(who('Bekov’s address, published in full online, took a hard line. “No talks with bandits,” he said.')).toEqual([['No talks with bandits,', 'Bekov']]);
  });

  it('a relative clause’s antecedent speaks only when the name after it closes the clause with a comma', () => {
    expect(who('In a swipe at his predecessor Marat Bekov, who ruled for decades, Orlov said Bekov’s rule had made “a layer of rich men”.')).toEqual([['a layer of rich men', 'Orlov']]);
  });
});

describe('offices', () => {
  it('an office after a country ("US Secretary of State X", "U.S. Secretary") names the holder', () => {
    expect(endsInOffice('U.S. Secretary')).toBe(true);
    expect(who('US Secretary of State Jane Q. Roe remarked on Friday that “once they are in, they stay”.')).toEqual([['once they are in, they stay', 'Jane Roe']]);
    expect(who('U.S. Secretary of State Jane Roe was blunter. “They stay,” he told reporters.')).toEqual([['They stay,', 'Jane Roe']]);
  });

  it('a country’s office ("Russia’s president", "the Russian president") is the holder the paragraph named, not another country’s', () => {
    expect(who('President Marat Bekov spoke first. Ivan Orlov was happy to oblige. On Monday Russia’s president declared that the bloc would not permit “coloured revolts”.')).toEqual([['coloured revolts', 'Ivan Orlov']]);
    expect(who('Ivan Orlov spoke on Monday. The Russian president declared that the bloc would not permit “coloured revolts”.')).toEqual([['coloured revolts', 'Ivan Orlov']]);
  });
});

describe('speakers in other forms', () => {
  it('a relative clause’s verb of saying, still open at the mark, is its antecedent’s', () => {
    expect(who('Those words were not echoed by Bekov, who spoke instead of “a single plan” by foreign forces.')).toEqual([['a single plan', 'Bekov']]);
    expect(who('Bekov, who on Friday said he had ordered troops to “shoot first,” has promised an inquiry.')).toEqual([['shoot first,', 'Bekov']]);
  });

  it('"”, as X put it" after the mark', () => {
    expect(who('Few outsiders believe the story of 20,000 foreign “bandits”, as Mr Bekov put it.')).toEqual([['bandits', 'Bekov']]);
  });

  it('"said one EU official" is an unnamed voice, "said one defence lawyer, X," the name', () => {
    expect(who('“Nobody was talking about troops,” said one EU official, who was granted anonymity.')).toEqual([['Nobody was talking about troops,', 'one EU official']]);
    expect(who('“The law says 24 hours,” said one defence lawyer, Aliya Omarova, who represents 14 detainees.')).toEqual([['The law says 24 hours,', 'Aliya Omarova']]);
  });

  it('"said one woman, who asked not to be named, told CNN" after the mark: an unnamed voice', () => {
    expect(who('Residents described gunfire. “We have not left the flat,” one woman, who asked not to be named, told CNN by phone.')).toEqual([['We have not left the flat,', 'one woman']]);
  });

  it('a pronoun acting, after a phrase of place or time, speaks the words it uses ("In a speech he lambasted the “…”")', () => {
    expect(who('Marat Bekov moved fast. In a speech to parliament he lambasted the “layer of rich men” of the old regime.')).toEqual([['layer of rich men', 'Marat Bekov']]);
  });

  it('a quoted label right after a body’s initials is the body’s, unless a reporting clause opens the sentence', () => {
    expect(who('The first units of the Eurasian Defence Pact (EDP) “peacekeeping” contingent left on Thursday.')).toEqual([['peacekeeping', 'EDP']]);
    expect(who('Marat Bekov announced on Tuesday that the EDP’s “main mission” had been completed.')).toEqual([['main mission', 'Marat Bekov']]);
  });

  it('"what officials called “…”": the plural of people', () => {
    expect(who('Soldiers were flown in to guard what officials called “strategic facilities,” including airports.')).toEqual([['strategic facilities,', 'officials']]);
  });

  it('a participle goes on with the sentence’s first subject, a name or a pronoun, not the object before it', () => {
    expect(who('Marat Bekov tried concessions. When that failed, he called in the army, describing the crowds as “armed gangs”.')).toEqual([['armed gangs', 'Marat Bekov']]);
    expect(who('Within days, the protests had spread, and on the night of Monday, President Marat Bekov formally requested help, claiming the country faced “a terrorist threat”.')).toEqual([['a terrorist threat', 'Marat Bekov']]);
  });

  it('the participle’s subject is the last one before it: "The alliance sent troops after Bekov asked for help, saying …"', () => {
    expect(who('The alliance sent troops on Monday after Marat Bekov asked for help, saying the country faced "gangs" from abroad.')).toEqual([['gangs', 'Marat Bekov']]);
    expect(who('Late on Monday, President Marat Bekov appealed to the CSTO heads of state, describing the unrest as a threat "from abroad".')).toEqual([['from abroad', 'Marat Bekov']]);
  });

  it('"According to Almaty-based political scientist X, …": X, for the pronoun after it', () => {
    expect(who('President Marat Bekov spoke. According to Osh-based political scientist Aliya Omarova, the number mattered less. “It was a signal,” she said.')).toEqual([['It was a signal,', 'Aliya Omarova']]);
  });

  it('a passive ("Moscow had been asked") names no speaker; "was telling" does', () => {
    expect(who('Aliya Omarova, a specialist, said Chinese officials were relieved that Moscow, not Beijing, had been asked to send soldiers. “China wants calm,” she said.')).toEqual([['China wants calm,', 'Aliya Omarova']]);
    expect(who('By Friday Bekov was telling the nation that he had ordered troops to “fire at will”.')).toEqual([['fire at will', 'Bekov']]);
  });
});

describe('reported speech', () => {
  it('"said Chinese officials were …": a people in the plural opens the reported clause', () => {
    const [p] = run([{ slug: 's', paragraphs: ['Aliya Omarova, a specialist in Osh, said Chinese officials were privately relieved.'] }]).paraphrases;
    expect([p?.speaker, p?.text]).toEqual(['Aliya Omarova', 'Chinese officials were privately relieved']);
  });
});

describe('reported speech, more forms', () => {
  const reported = (paragraph: string) => run([{ slug: 's', paragraphs: [paragraph] }]).paraphrases.map((p) => [p.people?.join(' ') ?? p.speaker, p.text]);
  it('"told reporters in Moscow the timing was …" (a place, no "that"), "said Thursday that", "said Friday he had …"', () => {
    expect(reported('Kremlin spokesman Ivan Orlov told reporters in Moscow the timing was a matter for Astana.')).toEqual([['Ivan Orlov', 'the timing was a matter for Astana']]);
    expect(reported('Chevron, which runs the field, said Thursday that output had been reduced.')).toEqual([['Chevron', 'output had been reduced']]);
    expect(reported('Marat Bekov said Friday he had authorized the police to act.')).toEqual([['Marat Bekov', 'he had authorized the police to act']]);
  });

  it('"said on Monday the deployment had been “…”", "She reckons Russia will …"', () => {
    expect(reported('Prime Minister Ivan Orlov said on Monday the deployment had been “limited in time”.')).toEqual([['Ivan Orlov', 'the deployment had been “limited in time”']]);
    expect(reported('Aliya Omarova spoke. She reckons Russia will expect more from Astana.')[0]?.[1]).toBe('Russia will expect more from Astana');
  });

  it('a reporting clause before a participle ("told reporters that …, stressing that …") is the report', () => {
    expect(reported('Kremlin spokesman Ivan Orlov told reporters last week that the mission would be short, stressing that the troops would leave.')[0]).toEqual(['Ivan Orlov', 'the mission would be short, stressing that the troops would leave']);
  });

  it('"rights groups say …" (a plural in lower case after "but"), "say Tokayev’s decision reflects …", "said transport planes would …"', () => {
    expect(reported('The toll is 164, but rights groups say the real figure may be higher.')).toEqual([['rights groups', 'the real figure may be higher']]);
    expect(reported('Analysts say Bekov’s decision to call in troops reflects doubt.')).toEqual([['Analysts', 'Bekov’s decision to call in troops reflects doubt']]);
    expect(reported('Russia’s defence ministry said transport planes would carry the troops home.')).toEqual([['Russia’s defence ministry', 'transport planes would carry the troops home']]);
  });

  it('"declared that", and a first verb before "and": "X praised the operation and warned that …"', () => {
    expect(reported('Ivan Orlov declared that the bloc would hold.')).toEqual([['Ivan Orlov', 'the bloc would hold']]);
    expect(reported('Ivan Orlov praised the operation and warned that the bloc would act again.')).toEqual([['Ivan Orlov', 'the bloc would act again']]);
  });
});

describe('plurals of people with no article', () => {
  it('a collective before a verb of saying speaks, mid-sentence too ("where police said")', () => {
    expect(who('The night ended in Almaty, where police said they had “liquidated” dozens of attackers.')).toEqual([['liquidated', 'police']]);
    expect(who('In the capital, Kazakh authorities said the airport was “fully under control”.')).toEqual([['fully under control', 'Kazakh authorities']]);
    expect(who('The streets were empty and police patrolled the “red zone” at night.')).toEqual([]);
  });

  it('a quantifier or a plural of doers may open the sentence ("Some protesters chanted"); a name in -s still is a name', () => {
    expect(who('Some protesters chanted “Old man, go!” outside the akimat.')).toEqual([['Old man, go!', 'some protesters']]);
    expect(who('Demonstrators shouted “Shame!” at the police line.')).toEqual([['Shame!', 'demonstrators']]);
    expect(who('Anna Peters said “no” twice.')).toEqual([['no', 'Anna Peters']]);
  });

  it('a crowd keeps the place the text gives it, "were heard chanting" and a chant after what it did too; not a conjunction before it', () => {
    expect(who('Protesters in Almaty were heard chanting "Old man, out!" and a statue was pulled down.')).toEqual([['Old man, out!', 'protesters in Almaty']]);
    expect(who('Crowds in Taldykorgan pulled down a bronze statue of him on Wednesday, chanting “Old man, go away!”')).toEqual([['Old man, go away!', 'crowds in Taldykorgan']]);
    expect(who('The ministers met in Moscow, and officials said “no”.')).toEqual([['no', 'officials']]);
  });
});

describe('unnamed speakers', () => {
  it('with capitalised words among their description ("A Turkish diplomatic source", "A senior State Department official") speak through a clause after "told … that"', () => {
    expect(who('A Turkish diplomatic source, speaking on condition of anonymity, told Daily Sabah that Ankara had not been consulted but had “no objection to a temporary mission.”')).toEqual([['no objection to a temporary mission.', 'A Turkish diplomatic source']]);
    expect(who('One shopkeeper at Almaty’s Green Bazaar, who did not want to give his name, said: “We are glad the shooting has stopped.”')).toEqual([['We are glad the shooting has stopped.', 'one shopkeeper at Almaty’s Green Bazaar']]);
    expect(who('“He used the Russians the way you use a fire extinguisher,” one senior Kazakh official said in an interview.')).toEqual([['He used the Russians the way you use a fire extinguisher,', 'one senior Kazakh official']]);
    expect(who('A senior State Department official told reporters that the administration would keep pressing, and insisted that the United States “has no interest in forcing Kazakhstan to choose” between them.')).toEqual([['has no interest in forcing Kazakhstan to choose', 'A senior State Department official']]);
  });
});

describe('nouns and phrases that name no speaker', () => {
  it('"state" before a noun is no verb ("Russian state television"), and "in the words of X" gives X after an earlier "as"', () => {
    expect(who('Russian state television has begun presenting the events as another “colour revolution” engineered from abroad.')).toEqual([]);
    expect(who('Commentators described Kazakhstan as having returned, in the words of one Russian state television host, “to where it belongs.”')).toEqual([['to where it belongs.', 'one Russian state television host']]);
  });
});

describe('irregular verbs', () => {
  it('a name before "put" is who acts, so a later "he" is theirs', () => {
    expect(who('Erlan Kasymov, a former Kazakh diplomat, put the calculation bluntly. “Kazakhstan will not vote against Russia,” he said.')).toEqual([['Kazakhstan will not vote against Russia,', 'kasymov']]);
  });
});

describe('gerunds', () => {
  it('a gerund of saying after a preposition, or a participle right before the mark, is its sentence subject’s, a body with what it is of ("confined itself to saying", "…, saying: “")', () => {
    expect(who('The Kazakh Ministry of Foreign Affairs said the policy was “balanced”.', 'Later, the Ministry of External Affairs confined itself to saying that India was “closely following the developments” and that nationals were safe.')).toEqual([['balanced', 'Kazakh Ministry of Foreign Affairs'], ['closely following the developments', 'Ministry of External Affairs']]);
    expect(who('Marat Bekov responded by calling the protesters “terrorists”.')).toEqual([['terrorists', 'Marat Bekov']]);
    expect(who('Marat Bekov spoke on Tuesday.', 'He rejected rumours of a rift between his allies and the president, saying: “There is no conflict within the elite.”')).toEqual([['There is no conflict within the elite.', 'Marat Bekov']]);
    expect(who('Secretary of State Antony Blinken remarked that the authorities seemed capable, adding that “it’s not clear why they need help.”')).toEqual([['it’s not clear why they need help.', 'Antony Blinken']]);
  });
});

describe('aliases', () => {
  const aliases = (...paragraphs: string[]) => run([{ slug: 's', paragraphs }]).proposals.map((p) => p.newAlias?.spelling);
  it('a new spelling the text gave first in a clause is proposed with the person’s first quote, attributed by a pronoun', () => {
    expect(aliases('Erlan Kassymov, a former diplomat, said that the request was drafted in hours.', '“Nobody invaded,” he told Meduza. “It was a pretext.”')).toEqual(['Erlan Kassymov', undefined]);
  });

  it('a full name matches a surname alone only with a first name that fits ("Karim Masimov" is not Erlan Kasymov); its surname after it is that person', () => {
    expect(findPerson(registry, 'Karim Masimov')).toBeUndefined();
    expect(findPerson(registry, 'Erlan Kassymov')?.id).toBe('kasymov');
    expect(who('The committee was headed by Karim Masimov. Masimov was detained on Thursday. “It was a purge,” he said.')).toEqual([['It was a purge,', 'Karim Masimov']]);
  });
});
