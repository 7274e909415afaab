/**
 * Forms of held-out batch 12 that no rule read before, each as a general rule: straight single quotation
 * marks, social posts (a name above a handle), one word of a full name, a spokesman for a body, "X's line …:",
 * "X used the word “…”", no attribution across a semicolon; and the page furniture that came with them.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/cli/ingest/dates.ts';
import { cleanSource, junkRules } from '../../src/cli/ingest/junk.ts';
import { findQuotations } from '../../src/cli/ingest/marks.ts';
import { findReportedSpeech } from '../../src/cli/ingest/reported.ts';
import { proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';
import { embeddedPosts } from '../../src/cli/ingest/social.ts';
import { splitTitle } from '../../src/cli/ingest/title.ts';

const registry = [{ id: 'seitkali', name: 'Daniyar Seitkali', kind: 'analyst', aliases: ['Daniyar Seitkali', 'Seitkali'] }];
const who = (...paragraphs: string[]) =>
  proposeQuotes([{ slug: 's', paragraphs }], registry, new QuoteIds([])).proposals.filter((p) => p.marked).map((p) => [p.text, p.people?.join(' ') ?? p.speaker]);
const quoted = (p: string) => findQuotations(p).map((q) => p.slice(q.start, q.end));

describe('straight single quotation marks', () => {
  it('pair as ‘…’ do, apostrophes inside words aside', () => {
    expect(quoted("'We won't allow it,' Mr Putin said of the alliance's role.")).toEqual(["We won't allow it,"]);
  });

  it('close before a word no possessive is followed by ("in", "and"), not after a plural’s possessive before a noun', () => {
    expect(quoted("He will not allow 'colour revolutions' in the region, and 'armed militants' had waited.")).toEqual(['colour revolutions', 'armed militants']);
    expect(quoted("'The protesters' demands were heard,' he said.")).toEqual(["The protesters' demands were heard,"]);
  });
});

describe('who speaks', () => {
  it('one word of a full name given earlier is that person, first or last ("Daniyar", "Wang"), with no alias proposed', () => {
    const proposals = proposeQuotes([{ slug: 's', paragraphs: ['Daniyar Seitkali joins us.', 'Daniyar says: “Nobody was leading this.”', 'Wang Wenbin spoke in Beijing. “China supports Kazakhstan,” Wang said.'] }], registry, new QuoteIds([])).proposals;
    expect(proposals.map((p) => [p.people?.join(' ') ?? p.speaker, p.newAlias])).toEqual([['seitkali', undefined], ['Wang Wenbin', undefined]]);
  });

  it('a spokesman after a body as the sentence’s subject is the body', () => {
    expect(who("The British Foreign Office has urged restraint. A spokesman said: 'We call on all sides to avoid violence.'")).toEqual([['We call on all sides to avoid violence.', 'British Foreign Office']]);
  });

  it('"X’s line …, in full:" and "X used the word" give the speaker; "did not use the word" gives none', () => {
    expect(who('Peskov’s line on the deployment, in full: “This is a short-term operation.”')).toEqual([['This is a short-term operation.', 'Peskov']]);
    expect(who('Tokayev used the word “terrorists” 19 times. He did not use the word “gas” once.')).toEqual([['terrorists', 'Tokayev']]);
  });

  it('reads no reporting clause across a semicolon', () => {
    expect(who('The authorities said 9,900 people had been detained; hundreds remained under investigation for “mass riots”.')).toEqual([]);
  });
});

describe('social posts', () => {
  it('credits a paragraph under a name and a handle, or above an embed’s credit line', () => {
    const paragraphs = ['My colleague put it well:', 'Daniyar Seytkali', '@DSeitkali', 'The CSTO will leave when Tokayev no longer needs it.', 'Moscow will stay.', '— Aigerim Nurlanova (@ANurlanova) January 7, 2022'];
    expect([...embeddedPosts(paragraphs, () => undefined)]).toEqual([[3, 'Daniyar Seytkali'], [4, 'Aigerim Nurlanova']]);
  });

  it('marks the post whole for its author, a new spelling proposed as an alias', () => {
    const proposals = proposeQuotes([{ slug: 's', paragraphs: ['Daniyar Seytkali', '@DSeitkali', 'The CSTO will leave when Tokayev no longer needs it.'] }], registry, new QuoteIds([])).proposals;
    expect(proposals.map((p) => [p.text, p.people, p.newAlias?.spelling])).toEqual([['The CSTO will leave when Tokayev no longer needs it.', ['seitkali'], 'Daniyar Seytkali']]);
  });

  it('takes the name and handle above the text as the byline, the bio under them as furniture', () => {
    const text = 'A week ago almost nobody was watching Kazakhstan, and here is what we actually know about the last seven days.';
    const cleaned = cleanSource(['Thread by @ANurlanova', 'Aigerim Nurlanova', '@ANurlanova', 'Political scientist, Almaty. Views my own.', 'Jan 9, 2022', text].join('\n'));
    expect(cleaned.lines).toEqual([text]);
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Aigerim Nurlanova', '@ANurlanova', 'Jan 9, 2022']);
    expect(cleaned.stripped.map((s) => [s.line, s.rule])).toEqual([['Political scientist, Almaty. Views my own.', 'profile bio (under the handle)']]);
  });
});

describe('titles and furniture of batch 12', () => {
  it('takes the publication named before a site’s domain, and a publication named twice once', () => {
    expect(splitTitle('Kazakh president says troops to leave - Xinhua | English.news.cn')).toEqual({ title: 'Kazakh president says troops to leave', publication: 'Xinhua' });
    expect(splitTitle('Thread by @ANurlanova on Thread Reader App – Thread Reader App')).toEqual({ title: 'Thread by @ANurlanova', publication: 'Thread Reader App' });
  });

  const junk = (line: string) => junkRules.find((r) => r.test(line))?.name;
  it.each([
    'Story continues below advertisement', 'Publicidad', '00:00 / 52:14', 'www.carw.example.org', 'All rights reserved.', 'ISBN: 978-1-00000-812-4',
    'Cover photo: Riot police in Republic Square, Almaty, 5 January 2022. © Private', 'Published by National World Publishing Ltd.', 'Show 0 comments',
    'Support the show: patreon.com/eurasiaunpacked', 'A full transcript of this episode is available to patrons.', 'Video PlayerClose',
  ])('strips %s', (line) => {
    expect(junk(line)).toBeDefined();
  });

  it.each(['The advertisement ran on state television for a week.', 'Published in 2011, the report was ignored.', 'The 2011 report is available online.'])('keeps %s', (line) => {
    expect(junk(line)).toBeUndefined();
  });

  it('reads date lines with ordinal days and ISO dates among labels as the date; "Updated …" under it as junk; a production credit as metadata', () => {
    const cleaned = cleanSource(['Title | Gazette', 'Monday, 10th January 2022, 4:52 pm', 'Updated Monday, 10th January 2022, 6:30 pm', 'Text of the article.', 'Eurasia Unpacked is produced by Tom Ellery and Sasha Ivanova.'].join('\n'));
    expect(cleaned.metadata.map((m) => [m.line, m.kind])).toEqual([['Monday, 10th January 2022, 4:52 pm', 'date'], ['Eurasia Unpacked is produced by Tom Ellery and Sasha Ivanova.', 'credit']]);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Updated Monday, 10th January 2022, 6:30 pm']);
    expect(cleanSource('Title | X\nSource: Xinhua| 2022-01-11 21:37:15|Editor: huaxia\nText.').metadata.map((m) => m.kind)).toEqual(['date']);
  });
});

describe('Spanish, untranslated', () => {
  it('reads its verbs of attribution, before and after, a subject left out, "según X", and roles with "el"', () => {
    expect(who(
      'El politólogo Erlan Kasímov dijo que la misión fue breve. «Moscú tenía los aviones listos», afirmó Kasímov. «No habrá retirada antes», añadió.',
      'Según el ministro de Exteriores, «la operación terminará pronto».',
      'Tokáyev aseguró: «El orden constitucional ha sido restablecido».',
    )).toEqual([
      ['Moscú tenía los aviones listos', 'Erlan Kasímov'], ['No habrá retirada antes', 'Erlan Kasímov'],
      ['la operación terminará pronto', 'el ministro de Exteriores'], ['El orden constitucional ha sido restablecido', 'Tokáyev'],
    ]);
  });

  it('reads its dates and furniture', () => {
    const at = (t: string) => findDates(t, { year: 2022, month: 1, day: 12 }).map((d) => [d.phrase, d.date]);
    expect(at('Las protestas comenzaron el 2 de enero de 2022; las tropas llegaron el 6 de enero y el martes habló el presidente.')).toEqual([
      ['2 de enero de 2022', '2022-01-02'], ['6 de enero', '2022-01-06'], ['martes', '2022-01-11'],
    ]);
    const cleaned = cleanSource(['Título – El Diario', 'Por Ana Ruiz', 'Martes, 11 de enero de 2022', 'Compartir', 'Las tropas de la OTSC comenzaron a retirarse de Kazajistán el jueves 13 de enero, según el Ministerio de Defensa.', 'Publicidad', 'Lo más leído', 'Suscríbete'].join('\n'));
    expect(cleaned.metadata.map((m) => m.line)).toEqual(['Por Ana Ruiz', 'Martes, 11 de enero de 2022']);
    expect(cleaned.stripped.map((s) => s.line)).toEqual(['Compartir', 'Publicidad', 'Lo más leído', 'Suscríbete']);
  });
});

describe('marks, labels and dates of any house style', () => {
  it('pairs single guillemets ‹…› (inside « » too) and German single marks ‚…‘', () => {
    expect(quoted('Il a dit : « Le mot ‹ terroriste › est de trop ».')).toEqual(['Le mot ‹ terroriste › est de trop']);
    expect(quoted('‚Nein‘, sagte er.')).toEqual(['Nein']);
  });

  it('reads "Q." and "A." as an interview’s labels', () => {
    const proposals = proposeQuotes([{ slug: 's', paragraphs: ['We spoke to Daniyar Seitkali.', 'Q. Why did they come?', 'A. Because they were asked.', 'Q. And now?', 'A. They leave.'] }], registry, new QuoteIds([])).proposals;
    expect(proposals.map((p) => [p.text, p.people?.join(' ')])).toEqual([['Because they were asked.', 'seitkali'], ['They leave.', 'seitkali']]);
  });

  it('dates an ISO date in the text', () => {
    expect(findDates('The order came on 2022-01-05, not 2022-02-30.').map((d) => [d.phrase, d.date])).toEqual([['2022-01-05', '2022-01-05']]);
  });
});

describe('reported speech in batch 12’s forms', () => {
  const reported = (p: string) => findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)]);
  it('reads "said by phone that", a role before the name at the sentence’s end, and a short clause before a quotation (whole, with it)', () => {
    expect(reported('Aigerim Nurlanova, a political scientist, said by phone that the appeal to Moscow had surprised even people close to the government.')).toEqual([
      ['Aigerim Nurlanova', 'the appeal to Moscow had surprised even people close to the government'],
    ]);
    expect(reported('China supports the efforts of the Kazakh side, Chinese Foreign Ministry spokesperson Wang Wenbin said at a regular press briefing on Tuesday.')).toEqual([
      ['Wang Wenbin', 'China supports the efforts of the Kazakh side'],
    ]);
    expect(reported('Tokayev said that constitutional order had been “largely restored” across Kazakhstan.')).toEqual([['Tokayev', 'constitutional order had been “largely restored” across Kazakhstan']]);
  });
});

describe('reported speech in batch 14’s forms', () => {
  const reported = (p: string) => findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)]);
  it('reads a plural or a country’s body as the subject, a clause opening with a number, present "say"', () => {
    expect(reported('Officials say 12 members of the security forces have been killed.')).toEqual([['Officials', '12 members of the security forces have been killed']]);
    expect(reported('Kazakh authorities said on Sunday that nearly 6,000 people had been detained.')).toEqual([['Kazakh authorities', 'nearly 6,000 people had been detained']]);
    expect(reported('The Russian-led Collective Security Treaty Organization says about 2,030 soldiers are deployed.')).toEqual([['Collective Security Treaty Organization', 'about 2,030 soldiers are deployed']]);
  });
  it('reads a long apposition, a relative clause before "that", an interrupting adverb, a company’s "Corp."', () => {
    expect(reported('Jakob Wendt, a Central Asia expert at the German Institute for International and Security Affairs (SWP) in Berlin, told DW that Moscow had won.')).toEqual([['Jakob Wendt', 'Moscow had won']]);
    expect(reported('Vladimir Putin told the alliance’s leaders, who met by video link on January 10, that the events had been an attempt.')).toEqual([['Vladimir Putin', 'the events had been an attempt']]);
    expect(reported('He warned, however, that the arrangement could bind Tokayev.')).toEqual([['He', 'the arrangement could bind Tokayev']]);
    expect(reported('Chevron Corp., which leads the Tengiz oil venture, said some contractors had held protests.')).toEqual([['Chevron Corp', 'some contractors had held protests']]);
  });
  it('reads "saying only that", "For X, a …, …", a body’s initials, the name in apposition to a place, the attribution after the clause', () => {
    expect(reported('The KNB announced the arrest on January 8, saying only that an investigation had been opened.')).toEqual([['KNB', 'an investigation had been opened']]);
    expect(reported('For Aigerim Nourlanova, a political scientist in Almaty, the arrest confirmed that the crisis had a second front.')).toEqual([['Aigerim Nourlanova', 'the arrest confirmed that the crisis had a second front']]);
    expect(reported('A spokeswoman in the main city, Almaty, Saltanat Zhumabek, told the state channel Khabar 24 that dozens of "rioters" had been "liquidated" overnight.')).toEqual([['Saltanat Zhumabek', 'dozens of "rioters" had been "liquidated" overnight']]);
    expect(reported('Karim Masimov was detained on suspicion of high treason, the committee announced on Saturday.')).toEqual([['the committee', 'Karim Masimov was detained on suspicion of high treason']]);
  });
  it('reads a short clause with its verb before quoted words whole, with them, and leaves a sentence about a country', () => {
    expect(reported('Aigerim Nurlanova told the BBC the request was "a signal to the elites".')).toEqual([['Aigerim Nurlanova', 'the request was "a signal to the elites"']]);
    expect(reported('For Kazakhstan, the deployment was a turning point.')).toEqual([]);
    expect(reported('Tokayev said that “the main mission has been accomplished”.')).toEqual([]);
  });
});

describe('dates with the month first', () => {
  const dated = (text: string) => findDates(text, { year: 2022, month: 1, day: 13 }).map((d) => [d.phrase, d.date]);
  it('reads a span with the month first ("Jan. 2-5", "January 2–5, 2022", "from January 28 to February 3")', () => {
    expect(dated('Protests that began on Jan. 2-5 spread.')).toEqual([['Jan. 2-5', '2022-01-02/2022-01-05']]);
    expect(dated('The protests of January 2–5, 2022 began in Zhanaozen.')).toEqual([['January 2–5, 2022', '2022-01-02/2022-01-05']]);
    expect(dated('Talks ran from January 28 to February 3.')).toEqual([['from January 28 to February 3', '2022-01-28/2022-02-03']]);
  });
  it('is no span with a spaced hyphen before a count ("January 9 - 14 people")', () => {
    expect(dated('On January 9 - 14 people were hurt.')).toEqual([['January 9', '2022-01-09']]);
  });
});
