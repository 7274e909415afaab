/**
 * What a word refers back to or names (src/cli/ingest): "she" and "he" by what a name says of its bearer
 * (pronoun-gender.ts), whom "told" takes (not a subject: clause-subjects.ts), who a clause names past the
 * words between it and its verb, a title used as a name, the Russian dash (quotes.ts, dialogue.ts), a body's
 * name in marks (marks.ts), and days counted from the date before them ("two days later": dates.ts).
 */
import { describe, expect, it } from 'vitest';
import { findDates, referenceOf } from '../../src/cli/ingest/dates.ts';
import { findQuotations } from '../../src/cli/ingest/marks.ts';
import { genderOf, pronounReferent } from '../../src/cli/ingest/pronoun-gender.ts';
import { proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';

const registry = [
  { id: 'nurlanova', name: 'Aigerim Nurlanova', kind: 'analyst', aliases: ['Aigerim Nurlanova', 'Nurlanova'] },
  { id: 'kasymov', name: 'Erlan Kasymov', kind: 'analyst', aliases: ['Erlan Kasymov', 'Kasymov'] },
];
const who = (...paragraphs: string[]) => proposeQuotes([{ slug: 's', paragraphs }], registry, new QuoteIds([])).proposals.map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);

describe('someone unnamed', () => {
  it('is the subject of the sentence before “…,” he said', () => {
    expect(who('One Western diplomat in Nur-Sultan, who asked not to be named, was more guarded. “Nobody here thinks they asked for a receipt,” he said.')).toEqual([['Nobody here thinks they asked for a receipt,', 'one Western diplomat in Nur-Sultan']]);
  });

  it('is named with the place the text gives: “One Western diplomat in Nur-Sultan put it starkly. “…,” the diplomat said”', () => {
    expect(who('One Western diplomat in Nur-Sultan put the point more starkly. “They can put a brigade anywhere,” the diplomat said.').map((p) => p[1])).toEqual(['one Western diplomat in Nur-Sultan']);
  });

  it('is named with whom they work for and where: “A manager of a Chinese energy company in Aktobe … “…,” the manager said”', () => {
    expect(who('A manager of a Chinese energy company in Aktobe, who asked not to be named, told the GT that work had resumed. "Everything was back to normal within a week," the manager said.').map((p) => p[1])).toEqual(['a manager of a Chinese energy company in Aktobe']);
  });

  it('is whom a role refers back to: “…,” the official said after “A Kazakh government official …”', () => {
    expect(who('A Kazakh government official, speaking on condition of anonymity, told TCA the withdrawal was meant to settle it. "We asked for help and said thank you," the official said.')).toEqual([['We asked for help and said thank you,', 'a Kazakh government official']]);
  });

  it('owns words a noun of saying gives them, not words another repeats', () => {
    expect(who('Kassym-Jomart Tokayev’s description of the unrest as the work of “terrorist bands trained abroad” gave the bloc its pretext.').map((p) => p[1])).toEqual(['Kassym-Jomart Tokayev']);
    expect(who('Kassym-Jomart Tokayev on Tuesday named Alikhan Smailov, his first deputy, as prime minister and said the troops would leave, saying their “main mission” was over.').map((p) => p[1])).toEqual(['Kassym-Jomart Tokayev']);
  });
});

describe('an office named alone', () => {
  it('is held by the one who acted in the paragraph before a paragraph that opens with the quotation, not by a first (former) president or after a time', () => {
    const before = 'On the same day Kassym-Jomart Tokayev headed the Security Council instead of the first president Nursultan Nazarbayev.';
    const acted = 'On Tuesday Kassym-Jomart Tokayev instructed the government to develop a set of measures.';
    expect(who(before, acted, '«Entrepreneurs must not be left alone», – the head of state said.').map((p) => p[1])).toEqual(['Kassym-Jomart Tokayev']);
  });
});

describe('a role and a name after the quotation', () => {
  it('names the person after an institution of two words and the role: “…,” Foreign Ministry spokesperson Zafar Nurmatov told journalists', () => {
    expect(who('"Nobody will be left behind," Foreign Ministry spokesperson Zafar Nurmatov told journalists in Tashkent.').map((p) => p[1])).toEqual(['Zafar Nurmatov']);
  });
});

describe('a quotation split by its attribution', () => {
  it('has one speaker, found through an office; and a name whose verb follows an adverb is a referent', () => {
    expect(who('Stanislav Zas declared the mission a success.', 'Vladimir Putin had been equally pleased with himself. ‘We will not allow it,’ he told his fellow leaders. Alexander Lukashenko, never knowingly understated, went further. ‘If we had waited another day,’ the Belarusian president said, ‘there would have been nothing left.’').map((p) => p[1])).toEqual(['Vladimir Putin', 'Alexander Lukashenko', 'Alexander Lukashenko']);
  });
});

describe('what reported speech is about', () => {
  it('is no speaker and no referent: “He said that Kazakhstan would continue to regard China as a “…”” is his', () => {
    expect(who('Tokayev thanked China for its firm support. He said that Kazakhstan would continue to regard China as a "reliable partner and a true friend."').map((p) => p[1])).toEqual(['Tokayev']);
  });
});

describe('a nationality', () => {
  it('is nobody’s name: “most of them Russian” is no referent of “he”, “told Russian state television” no speaker', () => {
    expect(who('Tokayev asked the CSTO for help. The contingent, most of them Russian, stayed until 19 January. “It is time to pay tribute,” he told the deputies.').map((p) => p[1])).toEqual(['Tokayev']);
    expect(who('CSTO Secretary-General Stanislav Zas spoke on Tuesday. "The contingent will not stay a single day longer," Zas told Russian state television.').map((p) => p[1])).toEqual(['Stanislav Zas']);
  });
});

describe('a body named by its kind', () => {
  it('is the body the text named when a role names its kind: “the embassy said” after “The Turkish Embassy in Nur-Sultan said”', () => {
    expect(who('The Turkish Embassy in Nur-Sultan said no Turkish citizens were killed. "Our citizens are advised to stay in their homes," the embassy said.').map((p) => p[1])).toEqual(['Turkish Embassy in Nur-Sultan']);
  });

  it('keeps its country and its affiliation: “the Kazakh Ministry of Foreign Affairs said”; an office joined to another office is no speaker', () => {
    expect(who('The Kazakh Ministry of Foreign Affairs said in a statement that its policy would stay “balanced and pragmatic”.').map((p) => p[1])).toEqual(['Kazakh Ministry of Foreign Affairs']);
    expect(who('Chinese State Councilor and Foreign Minister Wang Yi, in a phone call on January 10, said China would “jointly oppose any attempt by external forces”.').map((p) => p[1])).toEqual(['Wang Yi']);
  });

  it('keeps the body it belongs to: “the press service of the National Bank said”', () => {
    expect(who('«The banking system is functioning normally», – the press service of the National Bank said in a statement on Tuesday.').map((p) => p[1])).toEqual(['the press service of the National Bank']);
  });
});

describe('a translation from Russian', () => {
  it('reads "», – X stressed", "», – X is sure", "», – believes X", and a role that refers back to the last person', () => {
    expect(who('Kassym-Jomart Tokayev spoke on Tuesday.', '«I believe that it is time to help the people», – Tokayev stressed.').map((p) => p[1])).toEqual(['Kassym-Jomart Tokayev']);
    expect(who('«The markets will forget this episode», – Kasymov is sure.').map((p) => p[1])).toEqual(['kasymov']);
    expect(who('«Business wants guarantees», – believes political scientist Aigerim Nurlanova.').map((p) => p[1])).toEqual(['nurlanova']);
    expect(who('Saule Abdrakhmanova runs three shops. The Kazakhstan Stock Exchange suspended trading.', '«Insurance does not cover riots», – the businesswoman added.').map((p) => p[1])).toEqual(['Saule Abdrakhmanova']);
  });

  it('takes no one for the "I" of a quotation, nor a name in marks for the end of an apposition', () => {
    expect(who('«I believe that it is time to pay tribute to the people», – Tokayev stressed.', 'He called the bank a «personal bank for a narrow circle of persons».').map((p) => p[1])).toEqual(['Tokayev', 'Tokayev']);
    expect(who('Marat Tuleuov, chief analyst of the company «Alatau Capital», believes that the reaction was restrained.', '«Investors simply got time to calm down», – the analyst said.').map((p) => p[1])).toEqual(['Marat Tuleuov']);
  });
});

describe('a gendered pronoun', () => {
  it('reads a name’s title or its surname’s ending, and nothing from a name that says nothing', () => {
    expect(['Aigerim Nurlanova', 'Ms Roe', 'Dinara Sultanbekova', 'Aliya Nurzhan-kyzy'].map(genderOf)).toEqual(['female', 'female', 'female', 'female']);
    expect(['Kassym-Jomart Tokayev', 'Mr Roe', 'Vladimir Putin', 'Daniyar Seitkaliuly'].map(genderOf)).toEqual(['male', 'male', 'male', 'male']);
    expect(['Jane Roe', 'Antony Blinken', 'Marat', 'Rachel Devlin'].map(genderOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('skips back past a name of the other gender, and keeps the last one when none fits', () => {
    const names = ['Aigerim Nurlanova', 'Kassym-Jomart Tokayev'];
    expect(pronounReferent('she', names, (n) => n)).toBe('Aigerim Nurlanova');
    expect(pronounReferent('he', names, (n) => n)).toBe('Kassym-Jomart Tokayev');
    expect(pronounReferent('she', ['Kassym-Jomart Tokayev'], (n) => n)).toBe('Kassym-Jomart Tokayev');
    expect(pronounReferent('they', names, (n) => n)).toBe('Kassym-Jomart Tokayev');
  });

  it('is the analyst, not the president her sentence names in passing', () => {
    expect(who('Aigerim Nurlanova, an analyst in Almaty, said the deployment (which President Kassym-Jomart Tokayev requested) was political. “It was about politics,” she said.')).toEqual([
      ['It was about politics,', 'nurlanova'],
    ]);
    expect(who('Tokayev, the president, spoke first. “We held,” he said.')).toEqual([['We held,', 'Tokayev']]);
  });

  it('is the last person whose name does not say the other gender, not the last whose name says hers', () => {
    expect(who('Aigerim Nurlanova, an analyst in Almaty, said the anger had been building.', 'Dr Rachel Devlin, who teaches at Monash University, agreed. “It is a struggle within the elite,” Dr Devlin said.', 'She noted that Mr Nazarbayev had not been seen since the unrest began. “Moscow will expect something in return,” she said.').map((p) => p[1])).toEqual(['Rachel Devlin', 'Rachel Devlin']);
  });
});

describe('whom a verb of telling takes', () => {
  it('is not the speaker of the quotation in what was told ("X told Russian state television that … “…”")', () => {
    expect(who('Zas later told Russian state television that the troops guarded “strategic facilities” only.')).toEqual([['strategic facilities', 'Zas']]);
  });
});

describe('who a clause names when words stand between the subject and its verb', () => {
  it('reads "X at a meeting of the Security Council announced", "The press secretary of the Russian President X on January 12 told"', () => {
    expect(who('President Kassym-Jomart Tokayev at a meeting of the Security Council announced that he had asked for help «in overcoming the terrorist threat».')).toEqual([['in overcoming the terrorist threat', 'Kassym-Jomart Tokayev']]);
    expect(who('The press secretary of the Russian President Dmitry Peskov on January 12 told journalists that the withdrawal is a question «for the CSTO and the Kazakh side».')).toEqual([['for the CSTO and the Kazakh side', 'Dmitry Peskov']]);
  });

  it('takes a title used as a name ("said the Elbasy") for the individual last named, who may be named acting only in denial', () => {
    expect(who('Nursultan Nazarbayev, who left the post of president in March 2019, did not appear in public. Only on January 18 he addressed the citizens. «I am on a well-deserved rest», — said the Elbasy.')).toEqual([['I am on a well-deserved rest', 'Nursultan Nazarbayev']]);
  });

  it('reads the Russian dash of a quotation with the name after it ("— …, — Kasymov added.")', () => {
    expect(who('— We do not know the content of the conversations. Until it is known, any statements are only words, — Kasymov added.')).toEqual([['We do not know the content of the conversations. Until it is known, any statements are only words,', 'kasymov']]);
  });
});

describe('a sentence and who opens it', () => {
  it('does not end at a title’s abbreviation ("commanded by Col. Gen. Andrei Serdyukov, had been guarding “…”")', () => {
    expect(who('Russia’s Defense Ministry said the contingent, commanded by Col. Gen. Andrei Serdyukov, had been guarding “strategic facilities,” including the airport.')).toEqual([['strategic facilities,', 'Russia’s Defense Ministry']]);
  });

  it('opening on a person’s words ("Tokayev’s own account … has shifted"), gives a later "he" that person', () => {
    expect(who('On Tuesday Tokayev named Alikhan Smailov, the first deputy prime minister, as his successor.', 'Tokayev’s own account of the violence has shifted. At Monday’s summit he said Almaty had been attacked by ‘20,000 bandits’, a figure nobody has verified.')).toEqual([['20,000 bandits', 'Tokayev']]);
  });

  it('names its speaker with "For X, …", not with an outlet "for" a piece was written', () => {
    expect(who('Erlan Kasymov, a former diplomat, put it bluntly in a commentary for an Almaty news site this week: ‘Moscow will ask for something in return.’')).toEqual([['Moscow will ask for something in return.', 'kasymov']]);
  });
});

describe('batch 20’s speakers', () => {
  it('prefers a body named after the mark to "For X," opening a clause, and reads "the Russian Foreign Ministry wrote"', () => {
    expect(who('For Moscow, the unrest is « an attempt, inspired from outside, to undermine the state », the Russian Foreign Ministry wrote on Thursday.')).toEqual([['an attempt, inspired from outside, to undermine the state', 'Russian Foreign Ministry']]);
  });

  it('does not take a former holder for "the president"', () => {
    expect(who('President Kassym-Jomart Tokayev spoke first.', 'He removed former president Nursultan Nazarbayev as chairman on January 5. In his speech on Tuesday, the president also said that companies should “share with the people”.')).toEqual([['share with the people', 'Kassym-Jomart Tokayev']]);
    // (Nazarbayev is what Tokayev removed, no subject: the president is Tokayev.)
    expect(who('Tokayev removed former president Nursultan Nazarbayev as chairman on January 5. In his speech on Tuesday, the president also said that companies should “share with the people”.')).toEqual([['share with the people', 'Tokayev']]);
  });

  it('reads the name before its apposition and a colon, and a first name with a "whose" clause as a person', () => {
    expect(who('Erlan Kasymov, a Central Asia researcher at the Caspian Policy Group: “Tokayev has bought himself an insurance policy.”')).toEqual([['Tokayev has bought himself an insurance policy.', 'kasymov']]);
    expect(who('Aigerim Nurlanova met the families.', 'Svetlana, whose son serves in Ivanovo, learned of his deployment from a Telegram channel. “He called on the 6th,” she said by phone.')).toEqual([['He called on the 6th,', 'Svetlana']]);
  });
});

describe('a body’s name in marks', () => {
  it('after its kind, is a name, not a quotation; a quotation after such words still is one', () => {
    const marks = (p: string) => findQuotations(p).map((q) => [p.slice(q.start, q.end), !!q.name]);
    expect(marks('Donations went to the public fund «Kazakhstan Khalkyna» and the newspaper “Vremya”.')).toEqual([['Kazakhstan Khalkyna', true], ['Vremya', true]]);
    expect(marks('The party “will not be silenced,” its leader said.')).toEqual([['will not be silenced,', false]]);
    expect(marks('Companies will pay into a new fund called “For the People of Kazakhstan.”')).toEqual([['For the People of Kazakhstan.', true]]);
    expect(marks('Companies will pay into a new social fund, „Qazaqstan Halqyna“ – „For the People of Kazakhstan.“')).toEqual([['Qazaqstan Halqyna', true], ['For the People of Kazakhstan.', true]]);
    // A name or a term its word introduces ("the honorific", "branded the") or a gloss translates ("– Bloody January").
    expect(marks('The man still carries the honorific “Elbasy,” or Leader of the Nation.')).toEqual([['Elbasy,', true]]);
    expect(marks('What Kazakhs call “Qandy Qantar” – Bloody January – is political.')).toEqual([['Qandy Qantar', true]]);
    expect(marks('In 2019 he launched a program branded the “listening state” to hear citizens.')).toEqual([['listening state', true]]);
    expect(marks('“We will not allow it,” he said – Putin was firm.')).toEqual([['We will not allow it,', false]]);
    expect(marks('… a new public fund, called "Qazaqstan Khalqyna" (To The People Of Kazakhstan).')).toEqual([['Qazaqstan Khalqyna', true]]);
    expect(marks('… a new social fund, Qazaqstan Halqyna ("For the People of Kazakhstan"), and more.')).toEqual([['For the People of Kazakhstan', true]]);
  });

  it('leaves the sentence’s attribution to a quotation after a name in marks', () => {
    expect(who('The president said companies should pay into a new social fund, Qazaqstan Halqyna ("For the People of Kazakhstan"), and "share with the people systematically".')).toEqual([['share with the people systematically', 'The president']]);
    expect(who('One Almaty broker put it bluntly: "Today was about price discovery, not panic."')).toEqual([['Today was about price discovery, not panic.', 'one Almaty broker']]);
  });
});

describe('days counted from the date before them, and days and years in words', () => {
  const dates = (text: string) => findDates(text, referenceOf('2022-01-12')).map((d) => d.date);
  it('"two days later", "a week earlier": from the last full date the text gave', () => {
    expect(dates('Troops arrived on January 6. Two days later, Massimov was arrested.')).toEqual(['2022-01-06', '2022-01-08']);
    expect(dates('The mission ended on January 13; a week earlier, it had barely begun.')).toEqual(['2022-01-13', '2022-01-06']);
  });

  it('reads a day of the month in words after a preposition, and a year naming an event after a possessive', () => {
    expect(dates('On the sixth, yes, although we only learned about it on the eighth.')).toEqual(['2022-01-06', '2022-01-08']);
    expect(dates('It was the second round of talks, on the second floor.')).toEqual([]);
    expect(dates('The bloc stayed out of Armenia’s 2020 war with Azerbaijan.')).toEqual(['2020']);
  });

  it('dates a weekday to come after "due to" and a day a past verb names ("declared Monday a day of mourning")', () => {
    expect(dates('Russia and the US are due to hold talks in Geneva on Monday.')).toEqual(['2022-01-17']);
    expect(dates('Mr Tokayev declared Monday a national day of mourning.')).toEqual(['2022-01-17']);
    expect(dates('Mr Tokayev addressed parliament on Monday.')).toEqual(['2022-01-10']);
  });
});

describe('roles that refer back to a publication or an unnamed speaker', () => {
  it('"the paper" is the last publication the text named after its kind ("the ultraconservative daily Kayhan")', () => {
    expect(who('The ultraconservative daily Kayhan ran a front-page story. The paper argued that Washington had tried to open “a new front against Russia”.')).toEqual([['a new front against Russia', 'Kayhan']]);
  });

  it('an occupation opening the sentence is no part of the name ("Economist Asel Mukanova believes")', () => {
    expect(who('Economist Asel Mukanova believes the figure reflects only the direct damage.', '“Indirect losses will be several times higher,” the economist said.')).toEqual([['Indirect losses will be several times higher,', 'Asel Mukanova']]);
  });

  it('"the former diplomat" is the one the text introduced so, with where they served', () => {
    expect(who('A former Iranian diplomat who served in Almaty told Al-Monitor that the ministry had been concerned. The ministry was “relieved that the fire did not reach the sea,” the former diplomat said.')).toEqual([['relieved that the fire did not reach the sea,', 'a former Iranian diplomat who served in Almaty']]);
  });
});
