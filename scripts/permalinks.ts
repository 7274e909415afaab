/**
 * `npm run permalinks [-- <content root>] [--dry-run] [--positional]`:
 * after an edit, brings each article's permalinks.yaml up to date and
 * prints what moved, what is new and what would have broken
 * (src/cli/permalinks.ts, src/lib/permalinks/). `--positional`: an article
 * recorded for the first time keeps the `p1`, `p2`… ids it was published
 * with as former anchors.
 */
import { parseCommandLine } from '../src/cli/args.ts';
import { formatUpdates, runPermalinks } from '../src/cli/permalinks.ts';
import { contentRoot } from '../src/lib/content/root.ts';

let args;
try {
  args = parseCommandLine(process.argv.slice(2), { 'dry-run': { type: 'boolean' }, positional: { type: 'boolean' } });
} catch (error) {
  console.error(`permalinks: ${(error as Error).message}`);
  process.exit(2);
}
const { values, positionals } = args;
const root = positionals[0] ?? contentRoot();
const result = runPermalinks(root, { dryRun: values['dry-run'], positional: values.positional });
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
console.log(formatUpdates(result.updates, values['dry-run']));
