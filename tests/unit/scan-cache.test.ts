/**
 * What the build shares to stay linear at scale: scanSection remembers each
 * text (the content check, the pages and the search index scan every
 * section), describeEdtf and isEdtf remember each date. The answers must be
 * exactly those of a fresh computation.
 */
import { describe, expect, it } from 'vitest';
import { isEdtf } from '../../src/lib/content/schema.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { describeEdtf } from '../../src/lib/dates.ts';

const text = `Cooley asked, “:quote[Why so quickly?]{#q-one analyst=cooley kind=direct}”

Some said :quote[it was tactical]{#q-two speaker="some observers" kind=paraphrase} and :term[OTSC]{ref=csto} agreed.

:unknown[x]`;

describe('scanSection, remembered', () => {
  it('gives the same scan for the same text, however often it is asked', () => {
    expect(scanSection(text)).toEqual(scanSection(`${text}`));
    expect(scanSection(text).quotes.map((q) => q.id)).toEqual(['q-one', 'q-two']);
  });

  it('counts lines from the text as given: leading blank lines (the frontmatter’s) shift them, trailing space changes nothing', () => {
    const plain = scanSection(text);
    const led = scanSection(`\n\n${text}\n\n  `);
    expect(led.quotes.map((q) => q.line)).toEqual(plain.quotes.map((q) => q.line + 2));
    expect(led.terms.map((t) => t.line)).toEqual(plain.terms.map((t) => t.line + 2));
    expect(led.issues.map((i) => i.line)).toEqual(plain.issues.map((i) => (i.line ?? 0) + 2));
    expect(led.quotes.map(({ line: _, ...q }) => q)).toEqual(plain.quotes.map(({ line: _, ...q }) => q));
    expect(led.paragraphs.map(({ line: _, ...p }) => p)).toEqual(plain.paragraphs.map(({ line: _, ...p }) => p));
    expect(led.paragraphs.map((p) => p.line)).toEqual(plain.paragraphs.map((p) => p.line + 2));
    expect(plain.quotes[0]!.line).toBe(1);
    expect(led.quotes[0]!.line).toBe(3);
  });

  it('keeps a text whose first line is indented (a code block) as it is', () => {
    expect(scanSection('    :quote[code]{#q-x analyst=a kind=direct}').quotes).toEqual([]);
    expect(scanSection('\n    :quote[code]{#q-x analyst=a kind=direct}').quotes).toEqual([]);
  });
});

describe('dates, remembered', () => {
  it('describes a date the same way every time, as a copy the caller may change', () => {
    const first = describeEdtf('2022-01-02~');
    first.text = 'changed';
    expect(describeEdtf('2022-01-02~')).toMatchObject({ text: 'about 2 January 2022', datetime: '2022-01-02' });
    expect(() => describeEdtf('not a date')).toThrow();
    expect(() => describeEdtf('not a date')).toThrow();
  });

  it('checks a date the same way every time', () => {
    expect([isEdtf('2021-22'), isEdtf('2021-22'), isEdtf('2021-22~'), isEdtf('2021-22~')]).toEqual([true, true, false, false]);
  });
});
