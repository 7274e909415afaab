/**
 * The ingest tool's text modules (src/cli/ingest/): Markdown escaping that
 * reads back as the author's text, headings and sections, dates as EDTF,
 * quotation marks and their attributions.
 * Over 300 lines: one table of cases per module, each case a line.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/markdown/directives.ts';
import { findDates, type ReferenceDate } from '../../src/cli/ingest/dates.ts';
import { escapeMarkdown } from '../../src/cli/ingest/escape.ts';
import { paragraphTexts } from '../../src/cli/ingest/draft.ts';
import { attribute, findQuotations } from '../../src/cli/ingest/quotations.ts';
import { maskFootnotes } from '../../src/cli/ingest/marks.ts';
import { proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';
import { stripTitles } from '../../src/lib/people/names.ts';
import { isHeadingLine, slugify, splitArticle } from '../../src/cli/ingest/structure.ts';

describe('escapeMarkdown', () => {
  const tricky = [
    'Plain text with “quotes”, an en dash – and naïve accents.',
    'Stars *like this* and _underscores_ and **bold**.',
    'A [link](https://example.org) and ![an image](x.png) and <b>html</b> and <https://autolink.org>.',
    'Entities &amp; &#39; &copy; and a lone & ampersand.',
    'Code `spans` and a back\\slash \\* and a trailing backslash\\',
    'Directives :quote[x]{#q-x kind=direct} and ratio 3:two and a:b and 10:30 and ::leaf.',
    '# Not a heading',
    '> Not a quote',
    '- Not a list',
    '+ Not a list',
    '* Not a list',
    '1992. Not an ordered list',
    '3) Not an ordered list either',
    '---',
    '===',
    '***',
  ];
  for (const text of tricky) {
    it(`reads back exactly: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const markdown = escapeMarkdown(text, true);
      expect(parseMarkdown(markdown).children.map((n) => n.type)).toEqual(['paragraph']);
      expect(paragraphTexts(markdown)).toEqual([text]);
    });
  }

  it('leaves ordinary prose alone', () => {
    const prose = 'In three decades of independence, Kazakhstan had acquired the reputation (CSTO) – “quoted”: 15 republics.';
    expect(escapeMarkdown(prose, true)).toBe(prose);
  });
});

describe('isHeadingLine', () => {
  it('takes short lines that do not end a sentence', () => {
    for (const h of ['Tactic or strategy?', 'CSTO: misrepresented and misunderstood', 'Looking Ahead: Kazakhstan’s Multi-Vector Foreign Policy', '2022 in review']) {
      expect(isHeadingLine(h), h).toBe(true);
    }
  });

  it('rejects sentences, long lines and lowercase starts', () => {
    for (const line of ['Share.', 'He said “stop.”', 'What happens will depend on diplomacy.', 'Wait…', 'and then', 'A'.repeat(101), `${'word '.repeat(15)}end`, '“Quoted,”', '123']) {
      expect(isHeadingLine(line), line).toBe(false);
    }
  });
});

describe('slugify', () => {
  it('makes URL slugs from titles', () => {
    expect(slugify('Tactic or strategy?')).toBe('tactic-or-strategy');
    expect(slugify('CSTO: misrepresented and misunderstood')).toBe('csto-misrepresented-and-misunderstood');
    expect(slugify('Looking Ahead: Kazakhstan’s Multi-Vector Foreign Policy')).toBe('looking-ahead-kazakhstans-multi-vector-foreign-policy');
    expect(slugify('Naïve Ünïcode — Ok')).toBe('naive-unicode-ok');
    expect(slugify('one two three four', 12)).toBe('one-two');
  });
});

describe('splitArticle', () => {
  it('takes the photo from the "Credit:" line and the line before it, and splits sections at headings', () => {
    const { photo, sections } = splitArticle({ lines: ['A caption.', 'Credit: AP', 'Opening text.', 'First heading', 'Text one.', 'Text two.', 'Second heading?', 'Text three.'] });
    expect(photo).toEqual({ caption: 'A caption.', credit: 'AP', creditLine: 'Credit: AP' });
    expect(sections.map((s) => [s.order, s.title, s.slug, s.untitled, s.paragraphs])).toEqual([
      [1, 'Opening', 'opening', true, ['Opening text.']],
      [2, 'First heading', 'first-heading', false, ['Text one.', 'Text two.']],
      [3, 'Second heading?', 'second-heading', false, ['Text three.']],
    ]);
  });

  it('has no opening section when the text starts with a heading, and no photo without a credit', () => {
    const { photo, sections } = splitArticle({ lines: ['Heading', 'Text.'] });
    expect(photo).toBeUndefined();
    expect(sections.map((s) => s.title)).toEqual(['Heading']);
  });

  it('never makes an empty section: heading-like lines in a row or at the end are text', () => {
    const { sections } = splitArticle({ lines: ['Intro.', 'Not a heading', 'Heading', 'Text.', 'Trailing line'] });
    expect(sections.map((s) => [s.title, s.paragraphs])).toEqual([
      ['Opening', ['Intro.', 'Not a heading']],
      ['Heading', ['Text.', 'Trailing line']],
    ]);
  });

  it('keeps slugs unique and off reserved ones', () => {
    const { sections } = splitArticle({ lines: ['Timeline', 'a.', 'Same', 'b.', 'Same', 'c.'] });
    expect(sections.map((s) => s.slug)).toEqual(['timeline-section', 'same', 'same-2']);
  });
});

describe('findDates', () => {
  const dates = (text: string) => findDates(text).map((d) => [d.phrase, d.date]);

  it('reads each form at the precision the text gives', () => {
    expect(dates('On January 5, 2022 and December 21, 1991.')).toEqual([['January 5, 2022', '2022-01-05'], ['December 21, 1991', '1991-12-21']]);
    expect(dates('met in May 1992, signed in October 2002')).toEqual([['May 1992', '1992-05'], ['October 2002', '2002-10']]);
    expect(dates('in the summer of 2021, in winter 2020')).toEqual([['summer of 2021', '2021-22'], ['winter 2020', '2020-24']]);
    expect(dates('a treaty signed in 1992, dating back to 1993')).toEqual([['1992', '1992']]);
    expect(dates('perestroika in the 1980s')).toEqual([['the 1980s', '198X']]);
    expect(dates('the events of January 2022')).toEqual([['January 2022', '2022-01']]);
  });

  it('gives a day and month without a year no date, and ignores impossible days', () => {
    expect(findDates('leaving from January 13.')).toEqual([{ phrase: 'January 13', index: 13 }]);
    expect(dates('May 32, 2022')).toEqual([]);
  });

  it('gives each position one date, the most precise', () => {
    expect(dates('on Saturday, January 15, 2022.')).toEqual([['January 15, 2022', '2022-01-15']]);
  });

  it('reads weekdays without "on", day-first numeric dates, French dates and "a day later", against a reference', () => {
    const ref = { year: 2022, month: 1, day: 7 };
    const at = (text: string) => findDates(text, ref).map((d) => [d.phrase, d.date]);
    expect(at('The protests began Sunday and the president said Friday that he had given the order.')).toEqual([['Sunday', '2022-01-02'], ['Friday', '2022-01-07']]);
    expect(at('Published 08.01.2022 14:20')).toEqual([['08.01.2022', '2022-01-08']]);
    expect(at('Les soldats sont arrivés le 6 janvier et la mission a été annoncée mercredi.')).toEqual([['6 janvier', '2022-01-06'], ['mercredi', '2022-01-05']]);
    expect(at('On Jan. 6 the planes landed. A day later, the order came.')).toEqual([['Jan. 6', '2022-01-06'], ['A day later', '2022-01-07']]);
    // The tense of the date's clause: "said on Thursday" is past although the sentence speaks of the future.
    expect(at('The force will number 100 soldiers, the ministry said on Thursday.')).toEqual([['Thursday', '2022-01-06']]);
    expect(at('The curfew will be lifted on Monday.')).toEqual([['Monday', '2022-01-10']]);
    // "expected in", "due on": a participle of what is to come ("was expected in May" stays past).
    expect(at('The bloc’s summit, expected in Moscow in May, will test it.')).toEqual([['May', '2022-05']]);
    expect(at('The envoy was expected in Moscow in May but never came.')).toEqual([['May', '2021-05']]);
    expect(at('She expects the amendments to be submitted to parliament by June.')).toEqual([['June', '2022-06']]);
    expect(at('The force would begin leaving tomorrow, and officials said today that 9,900 people had been detained. Kazakhstan today is calm.')).toEqual([['tomorrow', '2022-01-08'], ['today', '2022-01-07']]);
    // A year after "until", and a year naming an event after a possessive.
    expect(at('Almaty was the capital until 1997, and Kazakhstan declined to recognize Russia’s 2014 annexation of Crimea.')).toEqual([['1997', '1997'], ['Russia’s 2014 annexation', '2014']]);
    expect(at('Контингент был введен 6 января, а во вторник Токаев объявил о выводе.')).toEqual([['6 января', '2022-01-06'], ['вторник', '2022-01-04']]);
    // Batch 26's: "due to meet … on Monday" to come; a story of a Friday's that something is due "on Friday" means that day
    // ("next Friday" a week on); "today’s meeting"; "three days before" an event named after it.
    expect(at('U.S. and Russian officials are due to meet in Geneva on Monday.')).toEqual([['Monday', '2022-01-10']]);
    expect(at('He was due to hold talks with energy companies on Friday, and will return next Friday.')).toEqual([['Friday', '2022-01-07'], ['next Friday', '2022-01-14']]);
    expect(at('The withdrawal was announced before today’s meeting of the council.')).toEqual([['today’s', '2022-01-07']]);
    expect(at('Moscow recognised them on February 21, three days before it launched its offensive.')).toEqual([['February 21', '2022-02-21'], ['three days before', '2022-02-24']]);
    expect(at('Her brother was detained on January 8 and held for two days before a court approved his arrest.')).toEqual([['January 8', '2022-01-08'], ['two days before', '2022-01-10']]);
  });

  it('reads ordinal days, spans and "in two days" against a reference, not an ordinal before a noun', () => {
    const ref = { year: 2022, month: 1, day: 12 };
    const at = (text: string) => findDates(text, ref).map((d) => [d.phrase, d.date]);
    expect(at('On the 2nd, people came out. By Wednesday the 5th, crowds were in the centre; on the night of the 6th the airport fell.')).toEqual([['the 2nd', '2022-01-02'], ['Wednesday the 5th', '2022-01-05'], ['the 6th', '2022-01-06']]);
    expect(at('in the period from 2 to 7 January, and on the 10th of January')).toEqual([['from 2 to 7 January', '2022-01-02/2022-01-07'], ['the 10th of January', '2022-01-10']]);
    expect(at('locked in from the 5th to the 8th, under a man who ruled from 1990 to 2019')).toEqual([['from the 5th to the 8th', '2022-01-05/2022-01-08'], ['from 1990 to 2019', '1990/2019']]);
    expect(at('On Tuesday he told parliament that the troops would begin leaving in two days.')).toEqual([['Tuesday', '2022-01-11'], ['in two days', '2022-01-13']]);
    expect(at('The withdrawal will be finished by the 19th.')).toEqual([['the 19th', '2022-01-19']]);
    expect(at('Welcome to the 41st Steppe Dispatch and the 30th anniversary.')).toEqual([]);
    expect(at('Troops arrived on Thursday, a day after protesters stormed the city hall.')).toEqual([['Thursday', '2022-01-06'], ['a day after', '2022-01-05']]);
    // A year a speaker looks ahead to is not an event; a past year they recall is.
    expect(at('“Kazakhstan will not leave Russia’s orbit in 2022,” he said. “We have heard promises since 2011.”')).toEqual([['2011', '2011']]);
  });
});

describe('findQuotations', () => {
  it('pairs “ with ”, leaving an opening mark followed by another unclosed', () => {
    const text = 'A asked, “one? B said “two.” C: “three” and “four';
    const found = findQuotations(text);
    expect(found.map((q) => (q.close === undefined ? text.slice(q.open, q.open + 4) : text.slice(q.open, q.close + 1)))).toEqual(['“one', '“two.”', '“three”', '“fou']);
    expect(found.map((q) => q.close === undefined)).toEqual([true, false, false, true]);
    expect(findQuotations('no quotes ” here')).toEqual([]);
    const german = 'Er sagte: „Das ist kein Aufstand“ und ging.';
    expect(findQuotations(german).map((q) => german.slice(q.start, q.end))).toEqual(['Das ist kein Aufstand']);
  });

  it('pairs ‘ with ’, not with an apostrophe inside a word or after a plural', () => {
    const text = 'He said he’d order them ‘to fire, without warning’. ‘We won’t allow “colour revolution” scenarios,’ Putin said of the protesters’ demands.';
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(['to fire, without warning', 'We won’t allow “colour revolution” scenarios,']);
    expect(findQuotations('The protesters’ demands and the Kazakhs’ anger.')).toEqual([]);
  });
});

describe('attribute', () => {
  const who = (text: string) => attribute(text, findQuotations(text)).map((a) => a && `${a.who}|${a.verb}|${a.side}`);

  it('finds the name after a role ("said the analyst, X") and after an institution and a role ("Kremlin spokesman X told")', () => {
    expect(who('“It came,” said the analyst, Daniar Seitkali. “It always does.”')[0]).toBe('Daniar Seitkali|said|after');
    expect(who('“Moscow will respect it,” Kremlin spokesman Dmitry Peskov told reporters on a conference call.')).toEqual(['Dmitry Peskov|told|after']);
  });

  it('finds "X verb", "verb X" and "according to X" before the quotation', () => {
    expect(who('Andrei Kazantsev argued “in the summer.”')).toEqual(['Andrei Kazantsev|argued|before']);
    expect(who('Alexander Cooley asked, “Why?”')).toEqual(['Alexander Cooley|asked|before']);
    expect(who('Yulia Latynina observed “after that.”')).toEqual(['Yulia Latynina|observed|before']);
    expect(who('Margaret Klein and Andrea Schmitz argued that “the fact.”')).toEqual(['Margaret Klein and Andrea Schmitz|argued|before']);
    expect(who('According to Jane Roe, “it is over.”')).toEqual(['Jane Roe|according to|before']);
    expect(who('For Dosym Satpayev, political scientist in Almaty, « the operation was a signal ».')).toEqual(['Dosym Satpayev|for|before']);
    expect(who('Diana Kudaibergenova, a sociologist at the University of Cambridge, argues that the elite "used Moscow."')).toEqual(['Diana Kudaibergenova|argues|before']);
    expect(who('As Luca Ancheschi has noted, “the presence.”')).toEqual(['Luca Ancheschi|as|before']);
    expect(who('Officials quoted by Tass said “no.”')).toEqual(['Tass|said|before']);
    expect(who('Soutyrin continued, “to conclude”.')).toEqual(['Soutyrin|continued|before']);
  });

  it('finds "”, said X" and "” X said" after it', () => {
    expect(who('“The presence,” said Luca Anceschi“puts an end”.')).toEqual(['Luca Anceschi|said|after', 'Luca Anceschi|said|before']);
    expect(who('“It is over,” John Smith said.')).toEqual(['John Smith|said|after']);
    expect(who('“It is over,” said the minister.')).toEqual(['the minister|said|after']);
  });

  it('takes the sentence’s subject when the verb has none beside it', () => {
    expect(who('Vyacheslav Sutyrin saw implications, stating that “Moscow.”')).toEqual(['Vyacheslav Sutyrin|stating|before']);
  });

  it('reads pronouns, roles, appositions and dashes (quotes.ts resolves pronouns and roles)', () => {
    expect(who('He said “no.”')).toEqual(['He|said|before']);
    expect(who('The minister stated: “No.”')).toEqual(['The minister|stated|before']);
    expect(who('“It is over,” he added.')).toEqual(['he|added|after']);
    expect(who('« C’est fini », explains Marlene Laruelle, director of the program.')).toEqual(['Marlene Laruelle|explains|after']);
    expect(who('"It is over," the expert said.')).toEqual(['the expert|said|after']);
    expect(who('“We stay.” – Kassym-Jomart Tokayev')).toEqual(['Kassym-Jomart Tokayev|–|after']);
    expect(who('The alliance’s secretary general, Stanislav Zas, said the troops guarded “strategic facilities”.')).toEqual(['Stanislav Zas|said|before']);
  });

  it('reads wire, translated and French forms (quotes.ts resolves pronouns and roles)', () => {
    expect(who('Police have "liquidated" dozens of attackers, interior ministry spokesperson Saltanat Azirbek said on state television.')).toEqual(['Saltanat Azirbek|said|after']);
    expect(who('"We do not want this," said one of the protesters, who gave her name as Gulnara.')).toEqual(['Gulnara|said|after']);
    expect(who('«He responded very quickly», — the president noted.')).toEqual(['the president|noted|after']);
    expect(who('«Everything became clear», — explained political scientist Pavel Lukin, head of a centre.')).toEqual(['Pavel Lukin|explained|after']);
    expect(who('"We have questions," spokesman Ned Price told a briefing.')).toEqual(['Ned Price|told|after']);
    expect(who('« Tokaïev devait montrer sa force », estime-t-il.')).toEqual(['il|estime|after']);
    expect(who("« Le retrait sera achevé en dix jours », a précisé le chef de l'Etat.")).toEqual(["le chef de l'Etat|a précisé|after"]);
    expect(who('According to him, the country had faced « an attempt of coup d’État ».')).toEqual(['him|according to|before']);
    expect(who('Secretary of State Antony Blinken said “no”.')).toEqual(['Antony Blinken|said|before']);
    expect(who('The commander, Andrei Serdyukov, said his troops had "fulfilled all the tasks set." The alliance says more.')).toEqual(['Andrei Serdyukov|said|before']);
    expect(who('«Основная задача выполнена», — заявил командующий контингентом генерал-полковник Андрей Сердюков.')).toEqual(['Андрей Сердюков|заявил|after']);
    expect(who('«Ему важно показать силу», — сказала она «Степному вестнику».')).toEqual(['она|сказала|after', undefined]);
    expect(findQuotations('сказала она «Степному вестнику».')[0]).toMatchObject({ name: true });
  });

  it('finds nothing without an attribution, and flags a garbled mark', () => {
    expect(who('what proponents call “the American unilateralism.')).toEqual([undefined]);
    expect(who('Tokayev’s idea of “building a new Kazakhstan”.')).toEqual([undefined]);
    expect(who('It was said, he argued. “New sentence.”')).toEqual([undefined]);
    expect(findQuotations('“The” OTSC violates nothing.')[0]).toMatchObject({ garbled: true });
  });
});

describe('dialogue dashes and footnote numbers', () => {
  it('reads a dialogue paragraph as its parts, attributed by the words between the dashes', () => {
    const text = '—We were not ready —admits from Astana the analyst Marat Bekov—. Nobody was.';
    const parts = findQuotations(text);
    expect(parts.map((q) => text.slice(q.start, q.end))).toEqual(['We were not ready', 'Nobody was.']);
    expect(attribute(text, parts).map((a) => a && `${a.who}|${a.at}`)).toEqual(['Marat Bekov|20', 'Marat Bekov|20']);
    const spaced = '— We were not ready — admits Marat Bekov —. Nobody was.';
    expect(findQuotations(spaced).map((q) => spaced.slice(q.start, q.end))).toEqual(['We were not ready', 'Nobody was.']);
    expect(attribute(spaced, findQuotations(spaced)).map((a) => a?.who)).toEqual(['Marat Bekov', 'Marat Bekov']);
    // A credit line under a block quotation is not dialogue.
    expect(findQuotations('— Marat Bekov, analyst')).toEqual([]);
  });

  it('blanks footnote numbers after a word’s punctuation or a closing mark, not numbers of the text', () => {
    expect(maskFootnotes('the treaty.1 It said "no."3 and "from abroad".2 Then')).toBe('the treaty.  It said "no."  and "from abroad".  Then');
    expect(maskFootnotes('"100 people" died, 20,000 fled in 2022. 5 were held')).toBe('"100 people" died, 20,000 fled in 2022. 5 were held');
    const text = 'As Ann Lee has noted, "the treaty was old."3 It was.';
    expect(findQuotations(maskFootnotes(text)).map((q) => text.slice(q.start, q.end))).toEqual(['the treaty was old.']);
  });
});

describe('attribute: apposed speakers, spoken marks, possessives, participles, acting subjects', () => {
  const who = (text: string) => attribute(text, findQuotations(text)).map((a) => a?.who);

  it('reads who speaks for an institution and who a relative clause names', () => {
    expect(who('The ministry, through its spokeswoman Aliya Sarsen, insisted that the curfew was “temporary and local”.')).toEqual(['Aliya Sarsen']);
    expect(who('The head of the mission, Ivan Petrov, spoke of “a few days at most”.')).toEqual(['Ivan Petrov']);
    expect(who('A reporter quoted a retired colonel who said the planes were “ready for weeks”.')).toEqual(['a retired colonel']);
  });

  it('skips ", quote," and a verb’s object, and reads "X’s line was" and "X …, describing … as"', () => {
    // ("he": the last reporting clause's subject; quotes.ts resolves it to the minister.)
    expect(who('The minister said he had told the police to, quote, "hold the line."')).toEqual(['he']);
    expect(who('“The soldiers,” Ann Lee told Die Zeit, “were the easy part.”')).toEqual(['Ann Lee', 'Ann Lee']);
    expect(who('Peskov’s line was “nothing to discuss.”')).toEqual(['Peskov']);
    expect(who('Late on Monday, Marat Bekov wrote to the council, describing the crowd as “hired hands”.')).toEqual(['Marat Bekov']);
    expect(who('The Interior Ministry counts 40 “armed attackers” among the dead.')).toEqual(['Interior Ministry']);
    // One word, or a name in capitals, is not words the subject said.
    expect(who('The alliance sent its “peacekeepers” in.')).toEqual([undefined]);
    expect(who('Ann Lee visited the “House of Friendship” on Friday.')).toEqual([undefined]);
    expect(who('The CSTO sent its so-called “peacekeeping forces” to Almaty.')).toEqual([undefined]);
    expect(who('Tokayev spoke first. The analyst Marat Bekov sees it differently: „The anger was real.“')).toEqual(['Marat Bekov']);
    expect(who('„We stay as long as needed“, Kremlin spokesman Dmitri Peskov declared on Friday.')).toEqual(['Dmitri Peskov']);
        // "that he" ends no role: the pronoun is the subject of its own clause.
    expect(who('The crowd, that he calls “bandits from abroad”, dispersed.')).toEqual(['he']);
  });
});

describe('proposeQuotes: who a pronoun sentence, a transcript label and a title refer to', () => {
  const propose = (paragraphs: string[]) => proposeQuotes([{ slug: 's', paragraphs }], [], new QuoteIds([])).proposals.map((p) => [p.text, p.speaker]);

  it('continues the last person named after a sentence about them, and takes a transcript’s host as the asker', () => {
    expect(propose(['Marat Bekov said the bill was “not small”.', 'He is less sure who will pay. “Somebody always does…”'])).toEqual([['not small', 'Marat Bekov'], ['Somebody always does…', 'Marat Bekov']]);
    expect(propose(['JANE ROE, HOST: Why now?', 'MARAT BEKOV, ANALYST: Because they could.', 'ROE: And next?', 'BEKOV: We will see.'])).toEqual([['Because they could.', 'Marat Bekov'], ['We will see.', 'Marat Bekov']]);
  });

  it('strips titles, compound ranks among them', () => {
    expect(stripTitles('Colonel-General Andrei Serdyukov')).toBe('Andrei Serdyukov');
    expect(stripTitles('Dr. Aigerim Nurlanova')).toBe('Aigerim Nurlanova');
    expect(stripTitles('Prosecutor General\'s Office')).toBe("Prosecutor General's Office");
  });
});

describe('findDates: spans, ordinal days, "the 2 of January", "earlier this month", "tonight", "a day after …"', () => {
  const ref: ReferenceDate = { year: 2022, month: 1, day: 20 };
  const at = (text: string, r: ReferenceDate = ref) => findDates(text, r).map((d) => [d.phrase, d.date]);

  it('reads each against the dateline or publication date', () => {
    expect(at('The force stayed between 6 and 19 January 2022.')).toEqual([['between 6 and 19 January 2022', '2022-01-06/2022-01-19']]);
    expect(at('It left on the 13th, after the vote on the 5th of January.')).toEqual([['the 13th', '2022-01-13'], ['the 5th of January', '2022-01-05']]);
    expect(at('The 20th century ended. The 6th floor burned.')).toEqual([]);
    expect(at('The protests began the past 2 of January.')).toEqual([['2 of January', '2022-01-02']]);
    expect(at('Protests that began earlier this month; last year was calm.')).toEqual([['earlier this month', '2022-01'], ['last year', '2021']]);
    expect(at('Troops patrol tonight, a day after the council agreed.', { year: 2022, month: 1, day: 7 })).toEqual([['tonight', '2022-01-07'], ['a day after', '2022-01-06']]);
    expect(at('They landed on January 6. A day after, the order came.')).toEqual([['January 6', '2022-01-06'], ['A day after', '2022-01-07']]);
  });

  it('reads the tense of the clause’s own verb, not of what it reports', () => {
    expect(at('On 11 January Tokayev told parliament that the withdrawal would begin soon.', { year: 2022, month: 3 })).toEqual([['11 January', '2022-01-11']]);
  });

  it('reads a weekday inside quoted words in their own tense, not the narration’s', () => {
    const wednesday = { year: 2022, month: 1, day: 12 };
    expect(at('“We will leave on Thursday,” he said.', wednesday)).toEqual([['Thursday', '2022-01-13']]);
    expect(at('“The troops arrived on Thursday and will go home on Friday,” Tokayev said.', wednesday)).toEqual([['Thursday', '2022-01-06'], ['Friday', '2022-01-14']]);
    expect(at('“I told them on Monday that we would stay,” he said.', wednesday)).toEqual([['Monday', '2022-01-10']]);
  });
});
