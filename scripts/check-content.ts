/**
 * `npm run check:content [-- <content root>]`: checks the content without a
 * build. Prints every error with file, line and field; exits 1 on any.
 */
import { checkContent } from '../src/lib/content/validate.ts';
import { formatErrors } from '../src/lib/content/errors.ts';
import { contentRoot } from '../src/lib/content/root.ts';

const root = process.argv[2] ?? contentRoot();
const { corpus, errors } = checkContent(root);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const sections = corpus.articles.reduce((n, a) => n + a.sections.length, 0);
console.log(`content OK: ${corpus.articles.length} article(s), ${sections} section(s), ${corpus.analysts.length} analysts, ${corpus.glossary.length} glossary entries (${root})`);
