/**
 * `npm run ingest -- <raw.txt> --slug <slug> [--force] [--content <root>] [--url <url>] [--published <date>]`
 *
 * Turns a raw scraped article into a DRAFT in `<root>/articles/<slug>/`
 * (article.yaml, sections/NN-<slug>.md with proposed :quote directives,
 * events.yaml with proposed events), validated with checkContent() before
 * it is moved into place, and prints a report ending in a CHECKLIST of what
 * an editor must confirm. Exits 1, writing nothing, on any error.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatErrors } from '../src/lib/content/errors.ts';
import { loadCorpus, loadYamlList, readUtf8 } from '../src/lib/content/load.ts';
import { contentRoot } from '../src/lib/content/root.ts';
import { scanSection } from '../src/lib/content/scan.ts';
import { contentLayout, personSchema } from '../src/lib/content/schema.ts';
import { parseArgs, USAGE } from '../src/cli/ingest/args.ts';
import { makeDraft } from '../src/cli/ingest/draft.ts';
import { formatReport } from '../src/cli/ingest/report.ts';
import { articleDir, existsMessage, writeDraft } from '../src/cli/ingest/write.ts';

function fail(message: string, usage = false): never {
  console.error(`ingest: ${message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exit(1);
}

const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.message, true);
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}
const args = parsed.value;
const root = args.content ?? contentRoot();

if (!existsSync(args.source)) fail(`source file not found: ${args.source} (paths are relative to ${process.cwd()})`);
if (!statSync(args.source).isFile()) fail(`not a file: ${args.source}`);
if (!existsSync(root) || !statSync(root).isDirectory()) fail(`content root not found: ${root} (give it with --content <root>)`);
const target = articleDir(root, args.slug);
if (existsSync(target) && !args.force) fail(existsMessage(target));

const raw = readUtf8(args.source);
if (raw.value === undefined) fail(`${args.source}: ${raw.errors[0]!.message}`);
if (raw.value.trim() === '') fail(`${args.source} is empty`);

const people = loadYamlList(join(root, contentLayout.people), personSchema);
if (people.errors.length > 0) fail(`the content root's ${contentLayout.people} has errors; fix them first:\n${formatErrors(people.errors)}`);
// Quote ids are unique site-wide: the draft's must not collide with another article's.
const usedQuoteIds = loadCorpus(root)
  .value.articles.filter((a) => a.slug !== args.slug)
  .flatMap((a) => a.sections.flatMap((s) => scanSection(s.body).quotes.map((q) => q.id)));

let draft;
try {
  draft = makeDraft({
    raw: raw.value,
    sourceName: relative(process.cwd(), resolve(args.source)),
    people: people.value,
    usedQuoteIds,
    url: args.url,
    published: args.published,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const written = writeDraft({ root, slug: args.slug, files: draft.files, force: args.force });
if (!written.ok) fail(`${written.message}${written.errors ? `\n${formatErrors(written.errors)}` : ''}`);
console.log(formatReport(draft, { source: args.source, target: written.target, replaced: written.replaced }));
if (written.beside) {
  console.log(
    [
      '',
      `NOT replaced: ${target}/ was edited since ingest wrote it (${written.beside.edited.join(', ')}); it is as it was.`,
      `The new draft is in ${written.target}/ (the site does not read it). What differs, current → new:`,
      '',
      written.beside.diff || '(no difference in the files ingest writes)',
      '',
      `Carry over what you want by hand, then delete ${written.target}/.`,
    ].join('\n'),
  );
}
