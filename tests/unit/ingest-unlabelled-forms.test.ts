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
