/**
 * `npm run rename-section -- <article> <old-slug> <new-slug> [--root <content root>]`:
 * changes a section's slug (its URL) everywhere the content names it
 * and, for a published article, records the old URL as a redirect
 * (src/cli/rename-section.ts). Exits 1, changing nothing, when it cannot.
 */
import { parseCommandLine } from '../src/cli/args.ts';
import { renameSection } from '../src/cli/rename-section.ts';
import { contentRoot } from '../src/lib/content/root.ts';

const usage = 'usage: npm run rename-section -- <article> <old-slug> <new-slug> [--root <content root>]';
let args;
try {
  args = parseCommandLine(process.argv.slice(2), { root: { type: 'string' } });
} catch (error) {
  console.error(`rename-section: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [article, from, to, ...rest] = args.positionals;
if (!article || !from || !to || rest.length > 0) {
  console.error(`rename-section: ${usage}`);
  process.exit(2);
}
const result = renameSection(args.values.root ?? contentRoot(), article, from, to);
if (!result.ok) {
  console.error(`rename-section: ${result.message}`);
  process.exit(1);
}
console.log(result.changes.map((c) => `  ${c}`).join('\n'));
