/**
 * The people registry (content/people.yaml): everyone quoted, analysts and
 * officials, organisations and documents alike. On copies of the `valid`
 * fixture root: what check:content rejects in it (with file, line and field),
 * what it warns of, how a quote names an entry (person=, its older name
 * analyst=), the redirects of people's former addresses, and the entry
 * ingest proposes for a speaker it does not know.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { newEntryProposal } from '../../src/cli/ingest/registry.ts';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { personSchema, type Person } from '../../src/lib/content/schema.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { contentWarnings } from '../../src/lib/content/warnings.ts';
import { peopleRedirects } from '../../src/lib/permalinks/redirects.ts';

const VALID = join(import.meta.dirname, '../fixtures/content/valid');
const temp = mkdtempSync(join(tmpdir(), 'people-registry-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;

/** A copy of the valid root with `entries` (YAML) added to its people.yaml, and `change` applied. */
function root(entries: string, change: (dir: string) => void = () => {}): string {
  const dir = join(temp, String(n++));
  cpSync(VALID, dir, { recursive: true });
  if (entries) appendFileSync(join(dir, 'people.yaml'), entries);
  change(dir);
  return dir;
}
const TACTIC = 'articles/csto-deployment/sections/02-tactic-or-strategy.md';
const edit = (dir: string, file: string, f: (t: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));
const messages = (dir: string) => checkContent(dir).errors.map((e) => `${e.file.slice(dir.length + 1)}:${e.line ?? ''}: ${e.field ? `${e.field}: ` : ''}${e.message}`);
/** The 1-based line of the entry with this id in the root's people.yaml. */
const lineOf = (dir: string, id: string) => readFileSync(join(dir, 'people.yaml'), 'utf8').split('\n').indexOf(`- id: ${id}`) + 1;

const TOKAYEV = '- id: tokayev\n  name: Kassym-Jomart Tokayev\n  kind: official\n  role: President of Kazakhstan\n  aliases: [Kassym-Jomart Tokayev, Tokayev, Toqaev]\n';

describe('people.yaml entries', () => {
  it('an official with a role, quoted by person=, passes; the quote names the entry', () => {
    const dir = root(TOKAYEV, (d) => edit(d, TACTIC, (t) => t.replace('speaker="Kassym-Jomart Tokayev" speakerType=person', 'person=tokayev')));
    expect(messages(dir)).toEqual([]);
    const corpus = loadCorpus(dir).value;
    expect(corpus.people.find((p) => p.id === 'tokayev')).toMatchObject({ kind: 'official', role: 'President of Kazakhstan', former: [] });
    const quote = corpus.articles[0]!.sections.flatMap((s) => scanSection(s.body).quotes).find((q) => q.id === 'q-tokayev-objectives')!;
    expect(quote.person).toEqual(['tokayev']);
    expect(quote.speaker).toBeUndefined();
  });

  it('reads analyst= as person= (its older name)', () => {
    const dir = root('', (d) => edit(d, TACTIC, (t) => t.replace('{#q-cooley-why person=cooley', '{#q-cooley-why analyst=cooley')));
    expect(messages(dir)).toEqual([]);
    const quotes = loadCorpus(dir).value.articles[0]!.sections.flatMap((s) => scanSection(s.body).quotes);
    expect(quotes.find((q) => q.id === 'q-cooley-why')!.person).toEqual(['cooley']);
  });

  it('a missing or unknown kind, and a typo in a field, fail at the entry’s line', () => {
    const dir = root('- id: tokayev\n  name: Kassym-Jomart Tokayev\n  aliases: [Tokayev]\n- id: csto\n  name: CSTO\n  kind: alliance\n  aliases: [CSTO]\n  rol: x\n');
    const at = (id: string) => lineOf(dir, id);
    expect(messages(dir)).toEqual([
      `people.yaml:${at('tokayev')}: [2].kind: Invalid option: expected one of "analyst"|"journalist"|"official"|"person"|"organization"|"group"|"document"`,
      `people.yaml:${at('csto') + 2}: [3].kind: Invalid option: expected one of "analyst"|"journalist"|"official"|"person"|"organization"|"group"|"document"`,
      `people.yaml:${at('csto') + 4}: [3].rol: unknown field (a typo?)`,
    ]);
  });

  it('a duplicate id, and a spelling claimed by two entries, fail naming the entry', () => {
    const dir = root('- id: cooley\n  name: Alex Cooley\n  kind: analyst\n  aliases: [Alex Cooley]\n- id: tokaev\n  name: Kassym-Jomart Tokaev\n  kind: official\n  aliases: [Sutyrin]\n');
    const lines = readFileSync(join(dir, 'people.yaml'), 'utf8').split('\n');
    const second = lines.lastIndexOf('- id: cooley') + 1;
    expect(messages(dir)).toEqual([
      `people.yaml:${second}: cooley.id: duplicate id "cooley": one entry per person (list other spellings as aliases)`,
      `people.yaml:${lineOf(dir, 'tokaev')}: tokaev.aliases: alias "Sutyrin" is claimed by sutyrin and tokaev: one spelling names one entry`,
    ]);
  });

  it('a former id may not be a live id, nor be listed twice', () => {
    const dir = root('- id: tokayev\n  name: Kassym-Jomart Tokayev\n  kind: official\n  aliases: [Tokayev]\n  former: [cooley, tokaev]\n- id: csto\n  name: CSTO\n  kind: organization\n  aliases: [CSTO]\n  former: [tokaev]\n');
    expect(messages(dir)).toEqual([
      `people.yaml:${lineOf(dir, 'tokayev')}: tokayev.former: former id "cooley" is the id of an entry: a former id is never reused`,
      `people.yaml:${lineOf(dir, 'csto')}: csto.former: former id "tokaev" is listed by tokayev and csto`,
    ]);
  });

  it('a name no page title can hold fails at its line', () => {
    const name = `The ${'Very '.repeat(14)}Long Council`;
    const dir = root(`- id: council\n  name: ${name}\n  kind: organization\n  aliases: [Council]\n`);
    expect(messages(dir)).toEqual([`people.yaml:${lineOf(dir, 'council')}: council.name: is ${name.length} characters; page titles are at most 70 (tabs and search results cut them; html-validate rejects them)`]);
  });

  it('an unknown person in a quote or an event fails at its line', () => {
    const dir = root('', (d) => {
      edit(d, TACTIC, (t) => t.replace('{#q-cooley-why person=cooley', '{#q-cooley-why person=tokayev'));
      writeFileSync(join(d, 'articles/csto-deployment/events.yaml'), '- id: request\n  date: 2022-01-05\n  label: A request\n  mentions: [{ section: tactic-or-strategy, anchor: q-cooley-why }]\n  people: [tokayev]\n');
    });
    const line = readFileSync(join(dir, TACTIC), 'utf8').split('\n').findIndex((l) => l.includes('{#q-cooley-why person=tokayev')) + 1;
    expect(messages(dir)).toEqual([
      `${TACTIC}:${line}: :quote person: unknown person "tokayev" in quote "q-cooley-why" (add an entry to people.yaml, or use the id of an existing one)`,
      'articles/csto-deployment/events.yaml:1: request.people: unknown person "tokayev" (not in people.yaml)',
    ]);
  });

  it('speakerType with person= fails: the kind is the entry’s', () => {
    const dir = root('', (d) => edit(d, TACTIC, (t) => t.replace('{#q-cooley-why person=cooley', '{#q-cooley-why person=cooley speakerType=person')));
    expect(messages(dir)).toContainEqual(expect.stringMatching(/02-tactic-or-strategy\.md:\d+: :quote speakerType: speakerType is for speaker="…" only/));
  });
});

describe('close names across the whole registry', () => {
  it('warns of an official entered twice under two transliterations, at the second entry', () => {
    const dir = root(`${TOKAYEV}- id: toqaev\n  name: Qasym-Jomart Toqaev\n  kind: person\n  aliases: [Qasym-Jomart Toqaev]\n`);
    const { corpus, errors } = checkContent(dir);
    expect(errors).toEqual([]);
    expect(contentWarnings(corpus).map((w) => `${w.line}: ${w.field}: ${w.message}`)).toEqual([
      `${lineOf(dir, 'toqaev')}: toqaev.name: "tokayev" and "toqaev" may be one person ("Kassym-Jomart Tokayev" / "Qasym-Jomart Toqaev"): if so, keep one entry and list the other spelling in its aliases`,
    ]);
  });
});

describe('peopleRedirects', () => {
  const entry = (id: string, kind: Person['kind'], former: string[] = []) => personSchema.parse({ id, name: id, kind, aliases: [id], former });
  const people = [entry('cooley', 'analyst'), entry('panfilova', 'journalist', ['panfilova-v']), entry('tokayev', 'official', ['tokaev']), entry('nobody', 'analyst')];
  const redirects = peopleRedirects(people, (id) => id !== 'nobody');

  it('keeps /analysts/ and each analyst page that was published there, and every former id, landing on /people/', () => {
    expect(redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      '/analysts/ → /people/',
      '/analysts/cooley/ → /people/cooley/',
      '/analysts/panfilova/ → /people/panfilova/',
      '/people/panfilova-v/ → /people/panfilova/',
      '/analysts/panfilova-v/ → /people/panfilova/',
      '/people/tokaev/ → /people/tokayev/',
      '/analysts/tokaev/ → /people/tokayev/',
    ]);
  });

  it('sends no one to a page that is not built (an entry no article quotes)', () => {
    expect(redirects.some((r) => r.to.includes('nobody'))).toBe(false);
  });
});

describe('newEntryProposal (ingest, for a speaker the registry does not know)', () => {
  it('proposes a people.yaml entry that parses as it is', () => {
    const { id, yaml } = newEntryProposal('Anatoly Sidorov', 'person');
    expect(id).toBe('sidorov');
    const [entry] = parse(yaml) as unknown[];
    expect(entry).toMatchObject({ id: 'sidorov', name: 'Anatoly Sidorov', kind: 'person', aliases: ['Anatoly Sidorov', 'Sidorov'] });
    expect(personSchema.safeParse(entry).success).toBe(true);
  });

  it('names an organisation by its name (without "the"), the spelling as written kept as an alias', () => {
    const { id, yaml } = newEntryProposal('the Kazakh Interior Ministry', 'organization');
    expect(id).toBe('kazakh-interior-ministry');
    expect(parse(yaml)).toEqual([{ id, name: 'Kazakh Interior Ministry', kind: 'organization', aliases: ['Kazakh Interior Ministry', 'the Kazakh Interior Ministry'] }]);
  });
});
