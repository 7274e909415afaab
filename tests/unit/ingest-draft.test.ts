/**
 * The ingest tool's draft modules (src/cli/ingest/): quote proposals and
 * their ids, event proposals, the command line, a whole draft from a small
 * source, and writing it without ever leaving a half-written article.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { parseArgs } from '../../src/cli/ingest/args.ts';
import { checkFidelity, makeDraft, paragraphTexts } from '../../src/cli/ingest/draft.ts';
import { proposeEvents } from '../../src/cli/ingest/events.ts';
import { People, proposeQuotes, QuoteIds } from '../../src/cli/ingest/quotes.ts';
import { BESIDE, existsMessage, writeDraft } from '../../src/cli/ingest/write.ts';
import { derivedParagraphIds } from '../../src/lib/permalinks/resolve.ts';

const registry = [
  { id: 'cooley', name: 'Alexander Cooley', aliases: ['Alexander Cooley', 'Cooley'] },
  { id: 'sutyrin', name: 'Vyacheslav Sutyrin', aliases: ['Vyacheslav Sutyrin', 'Sutyrin', 'Soutyrin'] },
  { id: 'klein', name: 'Margaret Klein', aliases: ['Margaret Klein'] },
  { id: 'schmitz', name: 'Andrea Schmitz', aliases: ['Andrea Schmitz'] },
  // Not an analyst: the whole registry is matched.
  { id: 'tokayev', name: 'Kassym-Jomart Tokayev', aliases: ['Kassym-Jomart Tokayev', 'Tokayev'] },
];
describe('People', () => {
  it('finds analysts by any spelling or transliteration, titles ignored, proposing a new spelling as an alias; joint names when all are known', () => {
    const people = new People(registry);
    expect(people.resolve('Soutyrin')).toEqual({ people: ['sutyrin'] });
    expect(people.resolve('Professor Alexander Cooley')).toEqual({ people: ['cooley'] });
    expect(people.resolve('Viacheslav Soutyrine')).toEqual({ people: ['sutyrin'], newAlias: { id: 'sutyrin', spelling: 'Viacheslav Soutyrine' } });
    expect(people.resolve('Naomi Klein')).toEqual({ speaker: 'Naomi Klein', speakerType: 'person' });
    expect(people.resolve('Margaret Klein and Andrea Schmitz')).toEqual({ people: ['klein', 'schmitz'] });
    expect(people.resolve('Margaret Klein and Jane Roe')).toEqual({ speaker: 'Margaret Klein and Jane Roe', speakerType: 'person' });
    // Someone the registry does not know: a surname alone is the person named in full earlier.
    expect(people.resolve('General Anatoly Sidorov')).toEqual({ speaker: 'Anatoly Sidorov', speakerType: 'person' });
    expect(people.resolve('Sidorov')).toEqual({ speaker: 'Anatoly Sidorov', speakerType: 'person' });
  });

  it('matches officials (any registry entry) as analysts are: a transliteration is proposed as an alias, not as a new person', () => {
    const people = new People(registry);
    expect(people.resolve('President Kassym-Jomart Tokayev')).toEqual({ people: ['tokayev'] });
    expect(people.resolve('Toqaev')).toEqual({ people: ['tokayev'], newAlias: { id: 'tokayev', spelling: 'Toqaev' } });
    expect(people.resolve('Qasym-Jomart Toqaev')).toEqual({ people: ['tokayev'], newAlias: { id: 'tokayev', spelling: 'Qasym-Jomart Toqaev' } });
  });

  it('reads a short first name as the full one, and a possessive before a name as not part of it', () => {
    const people = new People(registry);
    expect(people.resolve('Alex Cooley')).toEqual({ people: ['cooley'], newAlias: { id: 'cooley', spelling: 'Alex Cooley' } });
    const { proposals } = proposeQuotes([{ slug: 's', paragraphs: ['“We agreed,” said Tajikistan’s Emomali Rahmon.'] }], registry, new QuoteIds([]));
    expect(proposals.map((p) => p.speaker)).toEqual(['Emomali Rahmon']);
  });
});

describe('proposeQuotes', () => {
  const propose = (paragraphs: string[], used: string[] = []) => proposeQuotes([{ slug: 's', paragraphs }], registry, new QuoteIds(used));

  it('resolves "he" and "she" to the last individual named, not to a treaty or an organisation named after them', () => {
    const withTreaty = [...registry, { id: 'treaty', name: 'Collective Security Treaty', kind: 'document', aliases: ['Collective Security Treaty'] }];
    const { proposals } = proposeQuotes([{ slug: 's', paragraphs: ['Tokayev asked the allies for help. The Collective Security Treaty obliges them to respond.', '“The mission is over,” he told parliament.'] }], withTreaty, new QuoteIds([]));
    expect(proposals.map((p) => p.people)).toEqual([['tokayev']]);
  });

  it('gives an unnamed voice its words as a label ("a Central Asian diplomat"), not a name', () => {
    const { proposals } = propose(['“It will stay,” said a Central Asian diplomat, who asked not to be named.']);
    expect(proposals.map((p) => [p.speaker, p.speakerType])).toEqual([['a Central Asian diplomat', 'group']]);
  });

  it('resolves "he added" and "the expert said" to the last person named, and a paragraph that is only a quotation to the previous speaker', () => {
    const { proposals } = propose(['Jane Roe, a lecturer at the university, said “one.” “Two,” she added. “Three,” the expert said.', '“Four.”']);
    expect(proposals.map((p) => [p.text, p.speaker])).toEqual([
      ['one.', 'Jane Roe'],
      ['Two,', 'Jane Roe'],
      ['Three,', 'Jane Roe'],
      ['Four.', 'Jane Roe'],
    ]);
  });

  it('proposes reported speech by someone named only later ("A political analyst … said …", then "said the analyst, X"), after "According to the Head of State," and ", adding that"', () => {
    const { paraphrases } = propose([
      'A political analyst there, who said he had been questioned by police, said Tokayev now owed Moscow.',
      '“The cavalry came,” said the analyst, Alexander Cooley. “The bill comes later.”',
      '“It is over,” Tokayev said, adding that it would take no more than 10 days.',
      'According to the Head of State, the operation will be completed soon.',
      "Kazakhstan's president, Kassym-Jomart Tokayev, said he had authorised the troops to fire.",
    ]);
    expect(paraphrases.map((p) => [p.text, p.people?.join(' ') ?? p.speaker])).toEqual([
      ['Tokayev now owed Moscow', 'cooley'],
      ['it would take no more than 10 days', 'tokayev'],
      ['the operation will be completed soon', 'tokayev'],
      ['he had authorised the troops to fire', 'tokayev'],
    ]);
  });

  it('reads straight and French quotation marks, flags a garbled mark, and proposes reported speech as paraphrases', () => {
    const { proposals, unattributed, paraphrases } = propose(['Cooley said "yes." « Non », explique Sutyrin. “The” CSTO fails. Klein argued that the alliance was tactical.']);
    expect(proposals.map((p) => [p.text, p.people?.join(' ')])).toEqual([
      ['yes.', 'cooley'],
      ['Non', 'sutyrin'],
    ]);
    expect(unattributed).toEqual([{ section: 's', paragraph: 1, text: '“The”', closed: true, garbled: true }]);
    expect(paraphrases).toEqual([{ section: 's', paragraph: 1, text: 'the alliance was tactical', verb: 'argued', people: ['klein'] }]);
  });

  it('marks balanced quotations with the analyst, or a speaker label for an unknown name', () => {
    const { proposals, unattributed } = propose(['Alexander Cooley asked, “Why?” Jane Roe said “No.” “Yes,” said the minister.']);
    expect(proposals.map((p) => [p.id, p.text, p.marked, p.people, p.speaker, p.speakerType])).toEqual([
      ['q-cooley-1', 'Why?', true, ['cooley'], undefined, undefined],
      ['q-jane-roe-1', 'No.', true, undefined, 'Jane Roe', 'person'],
      ['q-the-minister-1', 'Yes,', true, undefined, 'the minister', 'group'],
    ]);
    expect(unattributed).toEqual([]);
  });

  it('proposes but does not mark an unclosed quotation; lists unattributed ones', () => {
    const { proposals, unattributed } = propose(['Cooley argued “no end here. Then “a quote” with no one.']);
    expect(proposals.map((p) => [p.id, p.marked, p.reason?.startsWith('no closing quotation mark')])).toEqual([['q-cooley-1', false, true]]);
    expect(unattributed).toEqual([{ section: 's', paragraph: 1, text: 'a quote', closed: true }]);
  });

  it('links the parts of one statement: a shared attribution, or "X continued"', () => {
    const { proposals } = propose(['“The presence,” said Alexander Cooley“puts an end”. Sutyrin said “one.” Soutyrin continued, “two”.']);
    expect(proposals.map((p) => [p.id, p.continues])).toEqual([
      ['q-cooley-1', undefined],
      ['q-cooley-2', 'q-cooley-1'],
      ['q-sutyrin-1', undefined],
      ['q-sutyrin-2', 'q-sutyrin-1'],
    ]);
  });

  it('numbers ids per speaker, skipping ids the content root uses', () => {
    const { proposals } = propose(['Cooley said “a.”', 'Cooley said “b.” Klein and Schmitz argued “c.”'], ['q-cooley-1', 'q-cooley-3']);
    expect(proposals.map((p) => [p.id, p.paragraph])).toEqual([
      ['q-cooley-2', 1],
      ['q-cooley-4', 2],
      ['q-klein-schmitz-1', 2],
    ]);
  });
});

describe('proposeEvents', () => {
  it('makes one event per date with unique ids, mentioning each paragraph once, the caption as lead-photo', () => {
    const { events, yearless } = proposeEvents({
      caption: 'Troops land on January 15, 2022.',
      sections: [
        { slug: 'a', paragraphs: ['Signed in 1992 and again in 1992.', 'Troops left on January 15, 2022, from January 13.'] },
        { slug: 'b', paragraphs: ['In May 1992 they met.'] },
      ],
    });
    // Each paragraph by the id the site gives it: from its text.
    const [a1, a2] = derivedParagraphIds(['Signed in 1992 and again in 1992.', 'Troops left on January 15, 2022, from January 13.']);
    const [b1] = derivedParagraphIds(['In May 1992 they met.']);
    expect(events.map((e) => [e.id, e.date, e.mentions])).toEqual([
      ['event-1992', '1992', [{ section: 'a', anchor: a1 }]],
      ['event-1992-05', '1992-05', [{ section: 'b', anchor: b1 }]],
      ['event-2022-01-15', '2022-01-15', [{ anchor: 'lead-photo' }, { section: 'a', anchor: a2 }]],
    ]);
    expect(events[0]!.found).toHaveLength(2);
    expect(events.every((e) => e.label.startsWith('TODO'))).toBe(true);
    expect(yearless.map((y) => [y.phrase, y.where])).toEqual([['January 13', 'a p2']]);
  });

  it('counts a relative day in a paragraph without a date from the last full date of the paragraphs before it, else from the reference', () => {
    const dates = (...paragraphs: string[]) => proposeEvents({ sections: [{ slug: 'a', paragraphs }], reference: { year: 2022, month: 1, day: 20 } }).events.map((e) => e.date);
    expect(dates('The president spoke to parliament on Jan. 11.', '“In two days, the withdrawal will begin,” he said.')).toEqual(['2022-01-11', '2022-01-13']);
    expect(dates('“In two days, the withdrawal will begin,” he said.')).toEqual(['2022-01-22']);
  });
});

describe('parseArgs', () => {
  const error = (argv: string[]) => {
    const parsed = parseArgs(argv);
    return parsed.ok ? undefined : parsed.message;
  };

  it('reads the source, the flags and their values', () => {
    expect(parseArgs(['raw.txt', '--slug', 'my-article', '--force', '--content=tmp', '--url', 'https://x.org/a', '--published', '2022-02'])).toEqual({
      ok: true,
      help: false,
      value: { source: 'raw.txt', slug: 'my-article', force: true, content: 'tmp', url: 'https://x.org/a', published: '2022-02' },
    });
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
  });

  it('says what is wrong', () => {
    expect(error(['--slug', 'x'])).toMatch(/missing the source file/);
    expect(error(['a.txt', 'b.txt', '--slug', 'x'])).toMatch(/one source file at a time/);
    expect(error(['a.txt'])).toMatch(/missing --slug/);
    expect(error(['a.txt', '--slug'])).toBe('--slug needs a value');
    expect(error(['a.txt', '--slug', '--force'])).toBe('--slug needs a value');
    expect(error(['a.txt', '--slug', 'x', '--slug', 'y'])).toBe('--slug is given twice');
    expect(error(['a.txt', '--slug', 'Not A Slug'])).toMatch(/^bad --slug "Not A Slug": use lowercase/);
    expect(error(['a.txt', '--slug', 'x', '--frce'])).toBe('unknown option --frce');
    expect(error(['a.txt', '--slug', 'x', '--url', 'ftp://x.org'])).toMatch(/^bad --url/);
    expect(error(['a.txt', '--slug', 'x', '--published', '2022-13'])).toMatch(/^bad --published "2022-13": give an EDTF date/);
  });
});

const SMALL = [
  'A *starred* title – The Diplomat',
  '',
  '0',
  'A caption on May 1, 2020.',
  'Credit: Someone',
  'Opening with 1. odd [brackets] and a:colon.',
  'First *heading*',
  'Alexander Cooley said “it is _so_ <b>bold</b>.”',
  'Share.',
].join('\n');

describe('makeDraft', () => {
  const draft = makeDraft({ raw: SMALL, sourceName: 'small.txt', people: registry, published: '2021' });

  it('writes article.yaml, events.yaml and one file per section', () => {
    expect([...draft.files.keys()]).toEqual(['article.yaml', 'events.yaml', 'source.txt', 'sections/01-opening.md', 'sections/02-first-heading.md']);
    expect(draft.article).toMatchObject({ title: 'A *starred* title', publication: 'The Diplomat', published: '2021', publishedGuess: undefined });
    expect(draft.cleaned.stripped.map((s) => s.line)).toEqual(['0', 'Share.']);
  });

  it('escapes the text so that it reads back exactly, quotes marked', () => {
    expect(checkFidelity(draft)).toEqual([]);
    expect(paragraphTexts(draft.files.get('sections/01-opening.md')!)).toEqual(['Opening with 1. odd [brackets] and a:colon.']);
    expect(draft.files.get('sections/02-first-heading.md')).toContain('“:quote[it is \\_so\\_ \\<b>bold\\</b>.]{#q-cooley-1 person=cooley kind=direct}”');
    expect(draft.files.get('sections/02-first-heading.md')).toContain('title: First *heading*');
  });

  it('proposes a shortTitle for a title no page title could fit, and one author per name of the byline', () => {
    const long = makeDraft({ raw: `${'A very long headline about the unrest in Kazakhstan and the CSTO deployment'} | AP News\n\nBy JANE ROE and JOHN DOE\n\nThe text.\n`, sourceName: 'long.txt', people: registry });
    const yaml = long.files.get('article.yaml')!;
    const short = /^shortTitle: (.+?)  # TODO/m.exec(yaml)?.[1];
    expect(short).toBe('A very long headline about the unrest in Kazakhstan and the CSTO');
    expect(short!.length).toBeLessThanOrEqual(70);
    expect(yaml).toContain('authors: [JANE ROE, JOHN DOE]');
  });

  it('catches a draft that would not read back as the source', () => {
    const broken = new Map(draft.files);
    broken.set('sections/01-opening.md', broken.get('sections/01-opening.md')!.replace('\\[brackets\\]', '[brackets]'));
    broken.set('sections/02-first-heading.md', broken.get('sections/02-first-heading.md')!.replace('\\_so\\_', '_so_'));
    expect(checkFidelity({ ...draft, files: broken })).toEqual([
      'sections/02-first-heading.md p1: reads back as "Alexander Cooley said “it is so <b>bold</b>.”"',
      'sections/02-first-heading.md: quotes read back as ["it is so <b>bold</b>."]',
    ]);
  });
});

describe('writeDraft', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const newRoot = () => {
    const root = mkdtempSync(join(tmpdir(), 'ingest-write-'));
    roots.push(root);
    writeFileSync(join(root, 'people.yaml'), '- { id: cooley, name: Alexander Cooley, kind: analyst, aliases: [Alexander Cooley] }\n');
    writeFileSync(join(root, 'glossary.yaml'), '[]\n');
    return root;
  };
  const draft = makeDraft({ raw: SMALL, sourceName: 'small.txt', people: registry });

  it('moves a valid draft into <root>/articles/<slug>/ and leaves no staging folder', () => {
    const root = newRoot();
    expect(writeDraft({ root, slug: 'small', files: draft.files, force: false })).toEqual({ ok: true, target: join(root, 'articles/small'), replaced: false });
    expect(readdirSync(root).sort()).toEqual(['articles', 'glossary.yaml', 'people.yaml']);
    expect(checkContent(root).errors).toEqual([]);
  });

  it('writes nothing when the draft fails the content checks, and names the errors at the target path', () => {
    const root = newRoot();
    const bad = new Map(draft.files);
    bad.set('sections/02-first-heading.md', bad.get('sections/02-first-heading.md')!.replace('person=cooley', 'person=nobody'));
    const result = writeDraft({ root, slug: 'small', files: bad, force: false });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors).toEqual([
      expect.objectContaining({ file: join(root, 'articles/small/sections/02-first-heading.md'), field: ':quote person', message: expect.stringMatching(/unknown person "nobody"/) }),
    ]);
    expect(readdirSync(root).sort()).toEqual(['glossary.yaml', 'people.yaml']);
  });

  it('refuses an existing folder without force; with force replaces an untouched draft, keeps an edited one (new draft beside it), and keeps it when the new draft fails', () => {
    const root = newRoot();
    const target = join(root, 'articles/small');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'keep.txt'), 'old');
    expect(writeDraft({ root, slug: 'small', files: draft.files, force: false })).toEqual({ ok: false, message: existsMessage(target) });
    const bad = new Map([['article.yaml', 'title: [\n']]);
    expect(writeDraft({ root, slug: 'small', files: bad, force: true }).ok).toBe(false);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('old');
    // No record of what ingest wrote: the folder is kept, the new draft goes beside it.
    expect(writeDraft({ root, slug: 'small', files: draft.files, force: true })).toMatchObject({ ok: true, replaced: false, target: join(target, BESIDE), beside: { edited: ['keep.txt (no record of what ingest wrote)'] } });
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('old');
    // A draft as ingest wrote it is replaced.
    expect(writeDraft({ root, slug: 'fresh', files: draft.files, force: false })).toMatchObject({ ok: true, replaced: false });
    expect(writeDraft({ root, slug: 'fresh', files: draft.files, force: true })).toMatchObject({ ok: true, replaced: true });
    expect(existsSync(join(root, 'articles/fresh', BESIDE))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['articles', 'glossary.yaml', 'people.yaml']);
  });
});
