/** Scraping junk (src/cli/ingest/junk.ts) on the real source text of the article. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource, junkRules } from '../../src/cli/ingest/junk.ts';

const SOURCE = join(import.meta.dirname, '../../../shared/source/the-diplomat-kazakhstan-csto-2022.txt');
const raw = readFileSync(SOURCE, 'utf8');

describe('cleanSource on the-diplomat-kazakhstan-csto-2022.txt', () => {
  const cleaned = cleanSource(raw);

  it('drops the " – The Diplomat" suffix from the title', () => {
    expect(raw.split('\n')[0]).toBe('Strategic shift or political consolidation? – The Diplomat');
    expect(cleaned.title).toBe('Strategic shift or political consolidation?');
  });

  it('strips exactly the counter, the subscription blurb, "Share." and "Comments are closed."', () => {
    expect(cleaned.stripped).toEqual([
      { line: '0', rule: 'lone counter (share or comment count)', lineNumber: 3 },
      { line: 'Like this article ? Click here to register for full access. Just $5 per month.', rule: 'subscription blurb', lineNumber: 19 },
      { line: 'Share.', rule: 'share button', lineNumber: 39 },
      { line: 'Comments are closed.', rule: 'comments notice', lineNumber: 41 },
    ]);
  });

  it('keeps every other non-empty line, in order', () => {
    const nonEmpty = raw.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '');
    const junk = new Set(cleaned.stripped.map((s) => s.line));
    expect(cleaned.lines).toEqual(nonEmpty.filter((l) => !junk.has(l)));
    expect(cleaned.lines).toHaveLength(nonEmpty.length - 4);
    expect(cleaned.lines[0]).toMatch(/^In this photo taken from video provided by the Russian Defense Ministry/);
    expect(cleaned.lines[1]).toBe('Credit: Russian Defense Ministry Press Service via AP');
    expect(cleaned.lines).toContain('Tactic or strategy?');
    expect(cleaned.lines.at(-1)).toMatch(/will take into account the challenge of extremism in the elaboration of new reforms\.$/);
  });
});

describe('junk rules', () => {
  const ruleFor = (line: string) => junkRules.find((r) => r.test(line))?.name;

  it('match page furniture only when it is the whole line', () => {
    expect(ruleFor('12')).toBe('lone counter (share or comment count)');
    expect(ruleFor('share')).toBe('share button');
    expect(ruleFor('Comments are closed')).toBe('comments notice');
    expect(ruleFor('Click here to subscribe')).toBe('subscription blurb');
    expect(ruleFor('The 15 republics')).toBeUndefined();
    expect(ruleFor('Share. And share alike.')).toBeUndefined();
    expect(ruleFor('Comments are closed on this matter, said the minister.')).toBeUndefined();
  });

  it('handles CRLF line ends and other dashes before the publication', () => {
    const cleaned = cleanSource('A title — The Diplomat\r\n\r\n0\r\nThe text.\r\nShare.\r\n');
    expect(cleaned).toEqual({
      title: 'A title',
      lines: ['The text.'],
      stripped: [
        { line: '0', rule: 'lone counter (share or comment count)', lineNumber: 3 },
        { line: 'Share.', rule: 'share button', lineNumber: 5 },
      ],
    });
    expect(cleanSource('The Diplomat and its readers\nText').title).toBe('The Diplomat and its readers');
  });
});
