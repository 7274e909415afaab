/**
 * Forms batch 13 of the held-out texts showed ingest had no rule for: German
 * reversed guillemets (»…«), an interview set with a dash at each turn and no
 * labels, a publication with a slash in its name after the title ("- RFE/RL").
 */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/cli/ingest/marks.ts';
import { dashTurns, interviewAnswers } from '../../src/cli/ingest/interview.ts';
import { splitTitle } from '../../src/cli/ingest/title.ts';

const quoted = (p: string) => findQuotations(p).map((q) => p.slice(q.start, q.end));

describe('German »…« quotation marks', () => {
  it('pairs » with «, the comma outside', () => {
    expect(quoted('»For Putin this is a welcome opportunity«, says Jakob Wendt.')).toEqual(['For Putin this is a welcome opportunity']);
    expect(quoted('an attack by »terrorist gangs« which had been trained abroad')).toEqual(['terrorist gangs']);
  });
  it('still pairs French « » (a » after a word closes, it opens nothing)', () => {
    expect(quoted('Il a parlé de « bandes terroristes », dit-il.')).toEqual(['bandes terroristes']);
    expect(quoted('Il a dit «non»bien sûr')).toEqual(['non']);
  });
});

describe('an interview set with dashes, no labels', () => {
  const text = ['ALMATY — Political scientist Erlan Kasymov spoke to us.', '— Was the mission a success?', '— For Tokayev, without doubt.', 'He said "enough," and it was.', '— And the people?', '— They were the first — and the last.', 'Erlan Kasymov is a political scientist.'];
  it('reads turns ending in "?" as questions, the others as answers', () => {
    expect(dashTurns(text).map((t) => `${t.i}${t.label}`)).toEqual(['1Q', '2A', '4Q', '5A']);
  });
  it('marks the answers, and a paragraph between two turns as the answer it continues (its quotation marks its own)', () => {
    expect([...interviewAnswers(text, (a, b) => a === b).keys()].sort()).toEqual([2, 3, 5]);
  });
  it('is no interview when nothing is asked (Spanish dialogue dashes)', () => {
    expect(dashTurns(['— Nobody expected it — says X —.', '— In Moscow they were ready.', '— It was fast.'])).toEqual([]);
  });
});

describe('a publication with a slash in its name', () => {
  it('is split from the title', () => {
    expect(splitTitle('‘The System Protected Itself’: A Kazakh Analyst On What Changed - RFE/RL')).toEqual({ title: '‘The System Protected Itself’: A Kazakh Analyst On What Changed', publication: 'RFE/RL' });
  });
});

import { attribute } from '../../src/cli/ingest/quotations.ts';
const speakers = (p: string) => attribute(p, findQuotations(p)).map((a) => a?.who);

describe('who speaks, in forms batch 13 showed', () => {
  it('a second quotation joined by "and that" goes on with the first one\'s clause', () => {
    expect(speakers('The ministry said in a statement that complaints would be “thoroughly investigated” and that “no one is above the law.” The commissioner, Elvira Azimova, acknowledged on 26 January that complaints had come in.')).toEqual(['The ministry', 'The ministry']);
  });
  it('"a matter for the alliance and that Moscow “": no "for X" speaker across a clause of its own', () => {
    expect(speakers('Kremlin spokesman Dmitry Peskov told reporters that the deployment was a matter for the alliance and that Moscow “would not interfere” in it.')).toEqual(['Dmitry Peskov']);
  });
  it('"told FactLens: “", "detained in Taldykorgan … said: “": whom it was told to and where are not who speaks', () => {
    expect(speakers('Dias Nurmagambetov, a photographer who spent 6 January near the square, told FactLens: “The only soldiers I saw were ours.”')).toEqual(['Dias Nurmagambetov']);
    expect(speakers('A 45-year-old woman detained in Taldykorgan on 8 January said: “For two days they did not let me call anyone.”')).toEqual(['a 45-year-old woman']);
  });
  it('"said one defence lawyer, X": the name in apposition to a role with "one"', () => {
    expect(speakers('“The law says 24 hours,” said one defence lawyer, Aliya Dzhaksybekova, who represents 14 detainees.')).toEqual(['Aliya Dzhaksybekova']);
  });
});

import { proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';

describe('the answers of a dash interview', () => {
  const registry = [{ id: 'kasymov', name: 'Erlan Kasymov', kind: 'analyst', aliases: ['Erlan Kasymov', 'Kasymov'] }];
  it('are the interviewee’s, the full name the lead gave, a new spelling proposed once as an alias', () => {
    const paragraphs = ['ALMATY — Political scientist Yerlan Qasymov spoke to the Kazakh Service, translated from Kazakh and Russian.', '— Was the mission a success?', '— For Tokayev, without doubt.', '— And the people?', '— They were the first.'];
    const proposals = proposeQuotes([{ slug: 's', paragraphs }], registry, new QuoteIds([])).proposals.filter((p) => p.marked);
    expect(proposals.map((p) => [p.text, p.people?.join(' '), p.newAlias?.spelling])).toEqual([['For Tokayev, without doubt.', 'kasymov', 'Yerlan Qasymov'], ['They were the first.', 'kasymov', undefined]]);
  });
});

describe('more speakers batch 13 showed', () => {
  it('a bracket before the apposition: "Arman (not his real name), a 29-year-old courier, told … on 7 January: “"', () => {
    expect(speakers('Arman (not his real name), a 29-year-old courier, told Freedom Monitor that police stopped him near his home on 7 January: “They asked where I was on the 5th.”')).toEqual(['Arman']);
  });
  it('an unnamed subject before a colon, not the place after it', () => {
    expect(speakers('A banker in Almaty, who asked me not to name him, was blunter than any report I have read: "Nobody in my office believes the terrorist story."')).toEqual(['a banker in Almaty']);
  });
  it('a claim\'s credit line: the name after what it is, or the description when there is no name', () => {
    expect(speakers('“Russian soldiers are shooting at people on Republic Square right now.” — Telegram channel Kazakh Pulse, 6 January')).toEqual(['Kazakh Pulse']);
    expect(speakers('“The CSTO has come to stay.” — Russian television commentator, broadcast of 9 January')).toEqual(['Russian television commentator']);
    expect(speakers('“The CSTO has come to stay.” — Kremlin spokesman Dmitry Peskov')).toEqual(['Dmitry Peskov']);
  });
});

import { findDates } from '../../src/cli/ingest/dates.ts';

describe('days batch 13 gave', () => {
  const at = (t: string) => findDates(t, { year: 2022, month: 1, day: 8 }).map((d) => d.date);
  it('"New Year\'s Day" is 1 January of the reference\'s year', () => {
    expect(at('The price of gas nearly doubled on New Year’s Day.')).toEqual(['2022-01-01']);
  });
  it('"the next morning" is the day after the date before it', () => {
    expect(at('He asked for them on the night of January 5, they landed the next morning.')).toEqual(['2022-01-05', '2022-01-06']);
  });
});

import { findReportedSpeech } from '../../src/cli/ingest/reported.ts';

describe('reported speech closing with its source', () => {
  it('"…, according to Peskow." is Peskow\'s', () => {
    const p = 'The mission is not an interference in Kazakhstan’s internal affairs, according to Peskow.';
    expect(findReportedSpeech(p).map((r) => [r.who, p.slice(r.start, r.end)])).toEqual([['Peskow', 'The mission is not an interference in Kazakhstan’s internal affairs']]);
  });
});
