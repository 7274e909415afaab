/** scanSection (src/lib/content/scan.ts): what a section's Markdown marks up, and its directive problems. */
import { describe, expect, it } from 'vitest';
import { scanSection } from '../../src/lib/content/scan.ts';
import { fingerprint } from '../../src/lib/permalinks/fingerprint.ts';

const body = `
According to various reports, :quote[:sic[Tokayev intervention requested by the CSTO peacekeeping troops]{kind=garbled note="Garbled word order."} on January 5, 2022]{#q-reports-request speaker="various reports" kind=paraphrase}. Those surprised by the arrival of :term[CSTO]{ref=csto} troops were even more surprised.

## Reactions

Vyacheslav Sutyrin saw far-reaching implications, stating that “:quote[Moscow has confirmed its role as the main guarantor. That would be naïve.]{#q-sutyrin-guarantor person=sutyrin kind=direct}” :sic[Soutyrin]{kind=spelling note="Spelled Sutyrin above."} continued, “:quote[to conclude that the Kazakh crisis is over]{#q-sutyrin-over person=sutyrin kind=direct continues=q-sutyrin-guarantor}”.

Margaret Klein and Andrea Schmitz argued that “:quote[there is only one common threat perception]{#q-klein-schmitz person="klein schmitz" kind=direct}.” The :term[OTSC]{ref=csto} may evolve.
`;

describe('scanSection', () => {
  const scan = scanSection(body);

  it('reads the top-level paragraphs and headings as the reader sees them, with their fingerprint and line', () => {
    expect(scan.paragraphs.map((p) => p.line)).toEqual([2, 6, 8]);
    expect(scan.paragraphs[0]!.text).toBe('According to various reports, Tokayev intervention requested by the CSTO peacekeeping troops on January 5, 2022. Those surprised by the arrival of CSTO troops were even more surprised.');
    expect(scan.paragraphs.map((p) => p.fingerprint)).toEqual(scan.paragraphs.map((p) => fingerprint(p.text)));
    expect(scan.headings).toEqual([{ text: 'Reactions', fingerprint: fingerprint('Reactions'), line: 4 }]);
  });

  it('finds every quote with its attributes, paragraph, line and text', () => {
    expect(scan.quotes.map(({ context: _context, ...q }) => q)).toEqual([
      {
        id: 'q-reports-request',
        speaker: 'various reports',
        speakerType: 'group',
        kind: 'paraphrase',
        text: 'Tokayev intervention requested by the CSTO peacekeeping troops on January 5, 2022',
        paragraph: 0,
        line: 2,
      },
      {
        id: 'q-sutyrin-guarantor',
        person: ['sutyrin'],
        kind: 'direct',
        text: 'Moscow has confirmed its role as the main guarantor. That would be naïve.',
        paragraph: 1,
        line: 6,
      },
      {
        id: 'q-sutyrin-over',
        person: ['sutyrin'],
        kind: 'direct',
        continues: 'q-sutyrin-guarantor',
        text: 'to conclude that the Kazakh crisis is over',
        paragraph: 1,
        line: 6,
      },
      {
        id: 'q-klein-schmitz',
        person: ['klein', 'schmitz'],
        kind: 'direct',
        text: 'there is only one common threat perception',
        paragraph: 2,
        line: 8,
      },
    ]);
  });

  it('gives each quote the sentence(s) of its paragraph it sits in', () => {
    expect(scan.quotes.map((q) => q.context)).toEqual([
      'According to various reports, Tokayev intervention requested by the CSTO peacekeeping troops on January 5, 2022.',
      'Vyacheslav Sutyrin saw far-reaching implications, stating that “Moscow has confirmed its role as the main guarantor. That would be naïve.”',
      'Soutyrin continued, “to conclude that the Kazakh crisis is over”.',
      'Margaret Klein and Andrea Schmitz argued that “there is only one common threat perception.”',
    ]);
  });

  it('finds glossary references and counts editorial notes', () => {
    expect(scan.terms).toEqual([
      { ref: 'csto', text: 'CSTO', line: 2 },
      { ref: 'csto', text: 'OTSC', line: 8 },
    ]);
    expect(scan.notes).toBe(2);
    expect(scan.issues).toEqual([]);
    expect(scan.html).toEqual([]);
  });
});

describe('scanSection problems', () => {
  it('reports unknown directives with their syntax and line', () => {
    const scan = scanSection('Cooley asked, “:qoute[Why?]{#q-a person=cooley kind=direct}”\n\n::note{kind=fused}\n\n:::aside\nText\n:::\n');
    expect(scan.issues).toEqual([
      { directive: 'qoute', line: 1, field: '(name)', message: 'unknown directive :qoute (known: :quote, :sic, :term)' },
      { directive: 'note', line: 3, field: '(name)', message: 'unknown directive ::note (known: :quote, :sic, :term)' },
      { directive: 'aside', line: 5, field: '(name)', message: 'unknown directive :::aside (known: :quote, :sic, :term)' },
    ]);
    expect(scan.quotes).toEqual([]);
  });

  it('reports bad attributes by field, and leaves the quote out', () => {
    const scan = scanSection('One.\n\nTwo :quote[words]{#q-x kind=direct} and :sic[x]{kind=typo note="n"} and :term[CSTO]{ref=CSTO}.\n');
    expect(scan.issues.map((i) => [i.directive, i.field, i.line])).toEqual([
      ['quote', 'person', 3],
      ['sic', 'kind', 3],
      ['term', 'ref', 3],
    ]);
    expect(scan.issues[0]!.message).toBe('a quote needs exactly one of person="…" (an id in people.yaml) or speaker="…" (an unnamed voice)');
    expect(scan.quotes).toEqual([]);
    expect(scan.notes).toBe(0);
  });

  it('collects raw HTML with its line', () => {
    const scan = scanSection('Text.\n\n<script>alert(1)</script>\n\nMore <b onclick="x()">bold</b>.\n');
    expect(scan.html).toEqual([
      { value: '<script>alert(1)</script>', line: 3 },
      { value: '<b onclick="x()">', line: 5 },
      { value: '</b>', line: 5 },
    ]);
  });
});
