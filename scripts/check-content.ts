/**
 * `npm run check:content [-- <content root>]`: checks the content without a
 * build. Prints every error with file, line and field; exits 1 on any.
 * Warnings (an event after its article's publication, two registry entries that may
 * be one person) are printed too, without failing.
 */
import { checkContent } from '../src/lib/content/validate.ts';
import { formatError, formatErrors } from '../src/lib/content/errors.ts';
import { contentRoot } from '../src/lib/content/root.ts';
import { contentWarnings } from '../src/lib/content/warnings.ts';

const root = process.argv[2] ?? contentRoot();
const { corpus, errors } = checkContent(root);
const warnings = contentWarnings(corpus);
if (warnings.length > 0) console.warn([`${warnings.length} warning(s):`, ...warnings.map((w) => `  ${formatError(w)}`)].join('\n'));
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const sections = corpus.articles.reduce((n, a) => n + a.sections.length, 0);
const drafts = corpus.articles.filter((a) => a.data.draft).length;
console.log(`content OK: ${corpus.articles.length} article(s)${drafts ? ` (${drafts} draft(s), not published)` : ''}, ${sections} section(s), ${corpus.people.length} people, ${corpus.glossary.length} glossary entries (${root})`);
