/** The content model (src/lib/content/schema.ts): what parses, and how what does not is reported. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  articleSchema,
  edtfSchema,
  glossaryEntrySchema,
  isEdtf,
  personSchema,
  quoteAttributesSchema,
  sectionSchema,
  sicAttributesSchema,
  slugSchema,
  termAttributesSchema,
} from '../../src/lib/content/schema.ts';

/** The issues of a failed parse as `path: code` strings, to compare field paths at a glance. */
function issues(schema: z.ZodType, value: unknown): { path: string; code: string; message: string; keys?: string[] }[] {
  const result = schema.safeParse(value);
  expect(result.success, 'expected the value to be rejected').toBe(false);
  return result.error!.issues.map((i) => ({
    path: i.path.join('.'),
    code: i.code,
    message: i.message,
    ...(i.code === 'unrecognized_keys' ? { keys: i.keys } : {}),
  }));
}

const article = {
  title: 'Strategic shift or political consolidation?',
  summary: 'Was the CSTO’s deployment a tactical answer to unrest or a strategic shift?',
  topics: ['Kazakhstan', 'CSTO'],
  source: {
    publication: 'The Diplomat',
    type: 'magazine',
    url: 'https://thediplomat.com/2022/02/csto-deployment-in-kazakhstan/',
    published: '2022-02',
    authors: [],
    language: 'en',
  },
  photo: { caption: 'Russian peacekeepers leave a Russian military plane.', credit: 'Russian Defense Ministry Press Service via AP' },
};

const section = { title: 'Tactic or strategy?', slug: 'tactic-or-strategy', order: 2, summary: 'From the first protests to the withdrawal.' };

describe('articleSchema', () => {
  it('parses a complete article', () => {
    expect(articleSchema.parse(article)).toEqual(article);
  });

  it('source: the publication type is magazine or newspaper; authors are listed once each (none is [], and required); language is BCP 47', () => {
    expect(issues(articleSchema, { ...article, source: { ...article.source, type: 'journal' } }).map((i) => i.path)).toEqual(['source.type']);
    const { authors: _authors, ...noAuthors } = article.source;
    expect(issues(articleSchema, { ...article, source: noAuthors }).map((i) => i.path)).toEqual(['source.authors']);
    expect(issues(articleSchema, { ...article, source: { ...article.source, authors: ['Jane Roe', 'Jane Roe'] } })).toEqual([
      { path: 'source.authors', code: 'custom', message: 'lists an author twice' },
    ]);
    expect(issues(articleSchema, { ...article, source: { ...article.source, authors: ['  '] } }).map((i) => i.path)).toEqual(['source.authors.0']);
    expect(issues(articleSchema, { ...article, source: { ...article.source, language: 'English' } }).map((i) => i.path)).toEqual(['source.language']);
    const { language: _language, ...noLanguage } = article.source;
    expect(articleSchema.parse({ ...article, source: noLanguage }).source.language).toBe('en');
  });

  it('parses without the optional dek and photo', () => {
    const { photo: _photo, ...bare } = article;
    expect(articleSchema.parse(bare)).toEqual(bare);
  });

  it('rejects a missing title with the field path', () => {
    const { title: _title, ...rest } = article;
    expect(issues(articleSchema, rest)).toEqual([{ path: 'title', code: 'invalid_type', message: 'Invalid input: expected string, received undefined' }]);
  });

  it('rejects the typo "titel" as an unknown key (and the missing title)', () => {
    const { title, ...rest } = article;
    const found = issues(articleSchema, { ...rest, titel: title });
    expect(found).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['titel'] }));
    expect(found).toContainEqual(expect.objectContaining({ path: 'title', code: 'invalid_type' }));
  });

  it('reports nested fields with their full path', () => {
    const found = issues(articleSchema, { ...article, topics: [], source: { ...article.source, url: 'ftp://example.org/x', published: '2022-13' } });
    expect(found.map((i) => i.path)).toEqual(['topics', 'source.url', 'source.published']);
    expect(found[0]!.message).toBe('list at least one topic');
    expect(found[2]!.message).toMatch(/not a valid EDTF date/);
  });

  it('rejects blank text after trimming', () => {
    expect(issues(articleSchema, { ...article, summary: '   ' })).toEqual([{ path: 'summary', code: 'too_small', message: 'must not be empty' }]);
  });

  it('rejects an unknown key inside the photo', () => {
    expect(issues(articleSchema, { ...article, photo: { ...article.photo, credits: 'AP' } })).toEqual([
      { path: 'photo', code: 'unrecognized_keys', message: 'Unrecognized key: "credits"', keys: ['credits'] },
    ]);
  });
});

describe('sectionSchema', () => {
  it('parses a section and defaults untitled to false', () => {
    expect(sectionSchema.parse(section)).toEqual({ ...section, untitled: false });
    expect(sectionSchema.parse({ ...section, untitled: true }).untitled).toBe(true);
  });

  it('rejects a wrong type with the field path', () => {
    expect(issues(sectionSchema, { ...section, order: '2' })).toEqual([
      { path: 'order', code: 'invalid_type', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it.each([0, -1, 1.5])('rejects order %s (a positive integer is needed)', (order) => {
    expect(issues(sectionSchema, { ...section, order }).map((i) => i.path)).toEqual(['order']);
  });

  it('rejects a missing summary and a bad slug in one pass', () => {
    const { summary: _summary, ...rest } = section;
    expect(issues(sectionSchema, { ...rest, slug: 'Tactic_or_Strategy' }).map((i) => i.path)).toEqual(['slug', 'summary']);
  });
});

describe('slugSchema', () => {
  it.each(['opening', 'tactic-or-strategy', 'q-sutyrin-only-guarantor', 'csto-2022', '04'])('accepts %s', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(['', 'Opening', 'tactic--or', '-lead', 'trail-', 'with space', 'under_score', 'naïve'])('rejects %j', (slug) => {
    const result = slugSchema.safeParse(slug);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/lowercase letters, digits and single hyphens/);
  });
});

describe('EDTF dates', () => {
  it.each(['2022', '2022-02', '2022-01-05', '2021-22', '2022-01~', '2022-01?'])('accepts %s', (value) => {
    expect(isEdtf(value)).toBe(true);
    expect(edtfSchema.safeParse(value).success).toBe(true);
  });

  it.each(['2022-13', 'January 2022', '2022-02-30', '5 Jan 2022', ''])('rejects %j', (value) => {
    expect(isEdtf(value)).toBe(false);
    expect(issues(edtfSchema, value)[0]!.message).toMatch(/is not a valid EDTF date \(e\.g\. 2022-01-05/);
  });
});

describe('personSchema and glossaryEntrySchema', () => {
  it('parses an analyst, defaulting former ids to none', () => {
    const klein = { id: 'klein', name: 'Margaret Klein', kind: 'analyst', aliases: ['Margaret Klein', 'Margarete Klein'], note: 'Spelled “Margaret” in the source.' };
    expect(personSchema.parse(klein)).toEqual({ ...klein, former: [] });
  });

  it('parses an official with a role, and an organisation with a former id', () => {
    const tokayev = { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'official', role: 'President of Kazakhstan', aliases: ['Tokayev', 'Toqaev'], former: [] };
    expect(personSchema.parse(tokayev)).toEqual(tokayev);
    expect(personSchema.parse({ id: 'csto', name: 'CSTO', kind: 'organization', aliases: ['CSTO'], former: ['odkb'] }).former).toEqual(['odkb']);
  });

  it('needs a kind it knows, at least one alias, and slugs for former ids', () => {
    expect(issues(personSchema, { id: 'klein', name: 'Margaret Klein', kind: 'analyst', aliases: [] })).toEqual([
      { path: 'aliases', code: 'too_small', message: 'list at least the display name' },
    ]);
    expect(issues(personSchema, { id: 'klein', name: 'Margaret Klein', aliases: ['Klein'] }).map((i) => i.path)).toEqual(['kind']);
    expect(issues(personSchema, { id: 'klein', name: 'Margaret Klein', kind: 'pundit', aliases: ['Klein'] }).map((i) => i.path)).toEqual(['kind']);
    expect(issues(personSchema, { id: 'klein', name: 'Margaret Klein', kind: 'analyst', aliases: ['Klein'], former: ['Old Id'] }).map((i) => i.path)).toEqual(['former.0']);
    expect(issues(personSchema, { id: 'klein', name: 'Margaret Klein', kind: 'analyst', aliases: ['Klein'], rol: 'x' })).toContainEqual(expect.objectContaining({ code: 'unrecognized_keys', keys: ['rol'] }));
  });

  it('parses a glossary entry and defaults garbled and aliases', () => {
    expect(glossaryEntrySchema.parse({ id: 'csto', term: 'CSTO', expansion: 'Collective Security Treaty Organization', aliases: [{ text: 'OTSC' }] })).toEqual({
      id: 'csto',
      term: 'CSTO',
      expansion: 'Collective Security Treaty Organization',
      aliases: [{ text: 'OTSC', garbled: false }],
    });
    expect(glossaryEntrySchema.parse({ id: 'nato', term: 'NATO', expansion: 'North Atlantic Treaty Organization' }).aliases).toEqual([]);
  });

  it('reports an alias problem with its index in the path', () => {
    const found = issues(glossaryEntrySchema, { id: 'cst', term: 'CST', expansion: 'Collective Security Treaty', aliases: [{ text: 'TSC' }, { text: 'CSE', garbeld: true }] });
    expect(found).toEqual([{ path: 'aliases.1', code: 'unrecognized_keys', message: 'Unrecognized key: "garbeld"', keys: ['garbeld'] }]);
  });
});

describe('quoteAttributesSchema', () => {
  it('splits a joint person list on white space', () => {
    expect(quoteAttributesSchema.parse({ id: 'q-klein-schmitz', person: 'klein schmitz', kind: 'direct' })).toEqual({
      id: 'q-klein-schmitz',
      person: ['klein', 'schmitz'],
      kind: 'direct',
      speakerType: undefined,
    });
    expect(quoteAttributesSchema.parse({ id: 'q', person: '  klein \t schmitz ', kind: 'direct' }).person).toEqual(['klein', 'schmitz']);
  });

  it('reads analyst= as the older name of person=', () => {
    expect(quoteAttributesSchema.parse({ id: 'q', analyst: 'cooley', kind: 'direct' }).person).toEqual(['cooley']);
    expect(issues(quoteAttributesSchema, { id: 'q', analyst: 'cooley', person: 'cooley', kind: 'direct' })).toEqual([
      { path: 'analyst', code: 'custom', message: 'use person="…" only (analyst="…" is its older name)' },
    ]);
  });

  it('accepts an unnamed speaker instead of a person, with its type (a group by default)', () => {
    const q = quoteAttributesSchema.parse({ id: 'q-officials', speaker: 'CSTO official sources', speakerType: 'organization', kind: 'paraphrase' });
    expect(q).toEqual({ id: 'q-officials', speaker: 'CSTO official sources', speakerType: 'organization', kind: 'paraphrase', person: undefined });
    expect(quoteAttributesSchema.parse({ id: 'q', speaker: 'some observers', kind: 'paraphrase' }).speakerType).toBe('group');
  });

  it('needs exactly one of person and speaker; speakerType only with a speaker', () => {
    const message = 'a quote needs exactly one of person="…" (an id in people.yaml) or speaker="…" (an unnamed voice)';
    expect(issues(quoteAttributesSchema, { id: 'q', kind: 'direct' })).toEqual([{ path: 'person', code: 'custom', message }]);
    expect(issues(quoteAttributesSchema, { id: 'q', person: 'cooley', speaker: 'Alexander Cooley', kind: 'direct' })).toEqual([{ path: 'person', code: 'custom', message }]);
    expect(issues(quoteAttributesSchema, { id: 'q', person: 'tokayev', speakerType: 'person', kind: 'direct' })).toEqual([
      { path: 'speakerType', code: 'custom', message: "speakerType is for speaker=\"…\" only: a registry entry's kind is in people.yaml" },
    ]);
  });

  it('checks every person id of the list as a slug', () => {
    expect(issues(quoteAttributesSchema, { id: 'q', person: 'klein Schmitz', kind: 'direct' }).map((i) => i.path)).toEqual(['person.1']);
  });

  it('rejects an empty person list, an unknown kind and an unknown attribute', () => {
    expect(issues(quoteAttributesSchema, { id: 'q', person: '  ', kind: 'direct' }).map((i) => i.path)).toContain('person');
    expect(issues(quoteAttributesSchema, { id: 'q', person: 'cooley', kind: 'indirect' }).map((i) => i.path)).toEqual(['kind']);
    expect(issues(quoteAttributesSchema, { id: 'q', person: 'cooley', kind: 'direct', analsyt: 'x' })).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['analsyt'] }),
    );
  });

  it('checks continues as a quote id', () => {
    expect(quoteAttributesSchema.parse({ id: 'q-2', person: 'sutyrin', kind: 'direct', continues: 'q-1' }).continues).toBe('q-1');
    expect(issues(quoteAttributesSchema, { id: 'q-2', person: 'sutyrin', kind: 'direct', continues: '#q-1' }).map((i) => i.path)).toEqual(['continues']);
  });
});

describe('sic and term attributes', () => {
  it('parses a note and rejects an unknown kind', () => {
    expect(sicAttributesSchema.parse({ kind: 'fused', note: 'Words run together.' })).toEqual({ kind: 'fused', note: 'Words run together.' });
    expect(issues(sicAttributesSchema, { kind: 'typo', note: 'x' }).map((i) => i.path)).toEqual(['kind']);
    expect(issues(sicAttributesSchema, { kind: 'fused' }).map((i) => i.path)).toEqual(['note']);
  });

  it('needs a slug ref', () => {
    expect(termAttributesSchema.parse({ ref: 'warsaw-pact' })).toEqual({ ref: 'warsaw-pact' });
    expect(issues(termAttributesSchema, { ref: 'CSTO' }).map((i) => i.path)).toEqual(['ref']);
  });
});
