/**
 * Markdown → HTML fixtures for the plugins of src/lib/markdown/, in the
 * style of the unified ecosystem: each folder
 * `tests/fixtures/markdown/<plugin>/<case>/` holds `input.md` and either
 * `output.html` (the expected HTML) or, for a case named `error-…`,
 * `error.json` (the expected failure: reason, line, column). Optional
 * `options.json` holds the plugin's options and `frontmatter.json` what
 * Astro hands the plugins at `file.data.astro.frontmatter`.
 *
 * `UPDATE_FIXTURES=1 npx vitest run --project unit` rewrites the
 * `output.html` files (read every changed one before committing it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Person } from '../../src/lib/content/schema.ts';
import { rehypePlugins, remarkPlugins } from '../../src/lib/markdown/pipeline.ts';
import type { ArticleEvent } from '../../src/lib/content/reference-data.ts';
import { describeEdtf } from '../../src/lib/dates.ts';
import rehypeEventBacklinks, { type EventBacklink } from '../../src/lib/markdown/rehype-event-backlinks.ts';
import rehypeMarginNotes from '../../src/lib/markdown/rehype-margin-notes.ts';
import rehypeParagraphPermalinks from '../../src/lib/markdown/rehype-paragraph-permalinks.ts';
import remarkDirectiveGuard from '../../src/lib/markdown/remark-directive-guard.ts';
import remarkEditorialNotes from '../../src/lib/markdown/remark-editorial-notes.ts';
import remarkGlossary from '../../src/lib/markdown/remark-glossary.ts';
import remarkQuotes from '../../src/lib/markdown/remark-quotes.ts';
import remarkPermalinkIds from '../../src/lib/markdown/remark-permalink-ids.ts';
import remarkSectionHeading from '../../src/lib/markdown/remark-section-heading.ts';
import type { PublishedSection } from '../../src/lib/content/schema.ts';
import { urls } from '../../src/lib/site/urls.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/markdown');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** A small slice of the real reference data. */
const entry = (id: string, name: string, kind: Person['kind'], aliases: string[]): Person => ({ id, name, kind, aliases, former: [] });
const people: Person[] = [
  entry('cooley', 'Alexander Cooley', 'analyst', ['Alexander Cooley', 'Cooley']),
  entry('panfilova', 'Viktoria Panfilova', 'journalist', ['Viktoria Panfilova']),
  entry('anceschi', 'Luca Anceschi', 'analyst', ['Luca Anceschi']),
  entry('kazantsev', 'Andrei Kazantsev', 'analyst', ['Andrei Kazantsev']),
  entry('klein', 'Margaret Klein', 'analyst', ['Margaret Klein', 'Margarete Klein']),
  entry('schmitz', 'Andrea Schmitz', 'analyst', ['Andrea Schmitz']),
  entry('tokayev', 'Kassym-Jomart Tokayev', 'official', ['Kassym-Jomart Tokayev', 'Toqaev']),
];

const glossary: GlossaryEntry[] = [
  {
    id: 'csto',
    term: 'CSTO',
    expansion: 'Collective Security Treaty Organization',
    aliases: [{ text: 'OTSC', garbled: true, note: 'The source reads “OTSC”, the French acronym; the English acronym is CSTO.' }],
  },
  // No note on the alias: the plugin writes a default one.
  { id: 'cst', term: 'CST', expansion: 'Collective Security Treaty', aliases: [{ text: 'TSC', garbled: true }] },
  { id: 'nato', term: 'NATO', expansion: 'North Atlantic Treaty Organization', aliases: [] },
  { id: 'majlis', term: 'Majlis', expansion: 'Mazhilis, the lower house of Kazakhstan’s parliament', aliases: [] },
];

/** Events of the article `csto-deployment`, for the pipeline's back-links. */
const events: ArticleEvent[] = [
  {
    article: 'csto-deployment',
    id: 'tokayev-requests-csto',
    date: '2022-01-05',
    label: 'Tokayev requests CSTO troops',
    mentions: [{ section: 'tactic-or-strategy', anchor: 'q-reports-tokayev-request' }],
    people: [],
    glossary: ['csto'],
  },
  {
    article: 'csto-deployment',
    id: 'unrest',
    date: '2022-01~',
    label: 'Unrest across Kazakhstan',
    mentions: [{ section: 'opening', anchor: 'p1' }, { section: 'tactic-or-strategy', anchor: 'p2' }],
    people: [],
    glossary: [],
  },
  {
    article: 'another-article',
    id: 'elsewhere',
    date: '2021',
    label: 'An event of another article',
    mentions: [{ section: 'tactic-or-strategy', anchor: 'p1' }],
    people: [],
    glossary: [],
  },
];

type Options = Record<string, unknown>;

/** How each fixture folder is processed: its remark plugins (after remark-directive) and rehype plugins. */
const setups: Record<string, (options: Options) => { remark: PluggableList; rehype: PluggableList }> = {
  'remark-quotes': (o) => ({ remark: [[remarkQuotes, { people, personHref: urls.person, ...o }]], rehype: [] }),
  // A garbled alias inserts a `:sic` note, which remark-editorial-notes renders: the two run together.
  'remark-glossary': (o) => ({ remark: [[remarkGlossary, { glossary, ...o }], remarkEditorialNotes], rehype: [] }),
  'remark-editorial-notes': () => ({ remark: [remarkEditorialNotes], rehype: [] }),
  'remark-section-heading': (o) => ({ remark: [[remarkSectionHeading, o]], rehype: [] }),
  'remark-directive-guard': () => ({ remark: [remarkDirectiveGuard], rehype: [] }),
  // options.json: { "recorded": the section's entry in permalinks.yaml }; with the section heading, as in the pipeline.
  'remark-permalink-ids': (o) => ({ remark: [remarkSectionHeading, [remarkPermalinkIds, { recorded: () => o.recorded as PublishedSection | undefined }], [remarkQuotes, { people, personHref: urls.person }]], rehype: [] }),
  'rehype-paragraph-permalinks': (o) => ({ remark: [], rehype: [[rehypeParagraphPermalinks, o]] }),
  // options.json: { "backlinks": [{ anchor, eventId, label, date: EDTF }] }; quotes give anchors inside paragraphs.
  'rehype-event-backlinks': (o) => {
    const list = (o.backlinks as (Omit<EventBacklink, 'date'> & { date: string })[]).map((b) => ({ ...b, date: describeEdtf(b.date) }));
    return {
      remark: [[remarkQuotes, { people, personHref: urls.person }]],
      rehype: [rehypeParagraphPermalinks, [rehypeEventBacklinks, { backlinks: () => list }]],
    };
  },
  // Margin notes from quotes, glossary terms and editorial notes, numbered, out of the quotations.
  'rehype-margin-notes': () => ({
    remark: [[remarkGlossary, { glossary }], [remarkQuotes, { people, personHref: urls.person, quoteHref: urls.quotePage }], remarkEditorialNotes],
    rehype: [rehypeMarginNotes],
  }),
  // The site's pipeline, in the order Astro runs it (remark-directive is part of it).
  pipeline: () => ({
    remark: (remarkPlugins({ people, glossary, events }) as PluggableList).filter((p) => p !== remarkDirective),
    rehype: rehypePlugins({ events }) as PluggableList,
  }),
};

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/**
 * The path the file is processed under: the fixture's own, unless
 * options.json gives `path` (the pipeline reads the article from it).
 */
function pathOf(dir: string): string {
  const path = readJson<Options>(join(dir, 'options.json'))?.path;
  return typeof path === 'string' ? path : join(dir, 'input.md');
}

function run(plugin: string, dir: string): string {
  const { path: _path, ...options } = readJson<Options>(join(dir, 'options.json')) ?? {};
  const { remark, rehype } = setups[plugin]!(options);
  const file = new VFile({ path: pathOf(dir), value: readFileSync(join(dir, 'input.md'), 'utf8') });
  const frontmatter = readJson<Options>(join(dir, 'frontmatter.json'));
  if (frontmatter) file.data.astro = { frontmatter };
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify);
  return String(processor.processSync(file));
}

interface ExpectedError {
  reason: string;
  line: number;
  column: number;
}

const plugins = readdirSync(FIXTURES).sort();

it('has a fixture folder for every plugin of src/lib/markdown/, and nothing else', () => {
  const modules = readdirSync(join(import.meta.dirname, '../../src/lib/markdown'))
    .filter((f) => /^(remark|rehype)-.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  expect(plugins).toEqual([...modules, 'pipeline'].sort());
  expect(plugins).toEqual(Object.keys(setups).sort());
});

for (const plugin of plugins) {
  describe(plugin, () => {
    const cases = readdirSync(join(FIXTURES, plugin)).sort();
    it('has at least one case that renders', () => {
      expect(cases.filter((c) => !c.startsWith('error-')).length).toBeGreaterThan(0);
    });

    for (const name of cases) {
      const dir = join(FIXTURES, plugin, name);
      if (name.startsWith('error-')) {
        it(`${name}: fails with the directive, field and line`, () => {
          const expected = readJson<ExpectedError>(join(dir, 'error.json'));
          expect(expected, `${dir}/error.json is missing`).toBeDefined();
          let caught: unknown;
          try {
            run(plugin, dir);
          } catch (error) {
            caught = error;
          }
          expect(caught, 'the processor should throw').toBeDefined();
          const error = caught as { reason: string; line: number; column: number; fatal: boolean; file: string; place: { start: { line: number } } };
          expect(error.reason).toBe(expected!.reason);
          expect(error.fatal).toBe(true);
          expect(error.file).toBe(pathOf(dir));
          expect({ line: error.line, column: error.column }).toEqual({ line: expected!.line, column: expected!.column });
          expect(error.place.start.line).toBe(expected!.line);
        });
        continue;
      }
      it(name, () => {
        const actual = run(plugin, dir);
        const outputFile = join(dir, 'output.html');
        if (UPDATE) writeFileSync(outputFile, `${actual}\n`);
        expect(existsSync(outputFile), `${outputFile} is missing (UPDATE_FIXTURES=1 writes it)`).toBe(true);
        expect(actual).toBe(readFileSync(outputFile, 'utf8').replace(/\n$/, ''));
      });
    }
  });
}
