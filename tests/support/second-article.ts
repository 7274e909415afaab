/**
 * A content root with a second article: a copy of `from`'s first article
 * (alphabetically) under another slug, everything that must be unique
 * site-wide renamed (quote ids, in the sections and in events.yaml), its
 * title made longer than a page title may be (in article.yaml, with the
 * original as its shortTitle, and in the first line of its source.txt,
 * which the fidelity test compares). The build, browser and
 * gate tests must pass on it as they do on `content/`:
 * `npm run test:second-article` (tests/support/run-second-article.ts).
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/content/load.ts';
import { scanSection } from '../../src/lib/content/scan.ts';
import { contentLayout } from '../../src/lib/content/schema.ts';
import { parse, stringify } from 'yaml';

/** The copy's slug and quote ids end in `-second`, or `-second-2`, … if the content has one of those already. */
const COPY_SUFFIX = 'second';
/** Appended to the copy's title: a long title, as real ones often are. */
export const TITLE_SUFFIX = ', and what it means for the region in the years to come';

export interface SecondArticle {
  original: string;
  copy: string;
}

/** Writes `from` with a renamed copy of its first article into `to` (which must not exist). */
export function writeSecondArticleRoot(from: string, to: string): SecondArticle {
  const { value: corpus, errors } = loadCorpus(from);
  if (errors.length > 0) throw new Error(`${from} has content errors: fix them first`);
  const original = [...corpus.articles].sort((a, b) => a.slug.localeCompare(b.slug))[0];
  if (!original) throw new Error(`${from} has no article to copy`);
  const quoteIds = (article: (typeof corpus.articles)[number]) => article.sections.flatMap((s) => scanSection(s.body).quotes.map((q) => q.id));
  const ids = quoteIds(original);
  const taken = new Set([...corpus.articles.map((a) => a.slug), ...corpus.articles.flatMap(quoteIds)]);
  let suffix = COPY_SUFFIX;
  for (let n = 2; [original.slug, ...ids].some((id) => taken.has(`${id}-${suffix}`)); n += 1) suffix = `${COPY_SUFFIX}-${n}`;
  cpSync(from, to, { recursive: true });
  const copy = `${original.slug}-${suffix}`;
  const dir = join(to, contentLayout.articles, copy);
  cpSync(join(to, contentLayout.articles, original.slug), dir, { recursive: true });

  const rename = (text: string) =>
    ids.reduce((t, id) => t.replace(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'), `${id}-${suffix}`), text);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

  const sections = join(dir, contentLayout.sections);
  for (const name of readdirSync(sections)) edit(join(sections, name), rename);
  edit(join(dir, contentLayout.eventsFile), rename);
  // The copy is published as the original is: its record of links names the renamed quotes.
  if (existsSync(join(dir, contentLayout.permalinksFile))) edit(join(dir, contentLayout.permalinksFile), rename);
  const title = original.data.title;
  edit(join(dir, contentLayout.articleFile), (text) => {
    const at = text.indexOf(title);
    if (at < 0) throw new Error(`${original.slug}/article.yaml: cannot find the title to change`);
    const lineEnd = text.indexOf('\n', at);
    return `${text.slice(0, at)}${title}${TITLE_SUFFIX}${text.slice(at + title.length, lineEnd)}\nshortTitle: ${JSON.stringify(title)}${text.slice(lineEnd)}`;
  });
  edit(join(dir, contentLayout.sourceFile), (text) => {
    const [first = '', ...rest] = text.split('\n');
    if (!first.startsWith(title)) throw new Error(`${original.slug}/source.txt: the first line is not the title`);
    return [title + TITLE_SUFFIX + first.slice(title.length), ...rest].join('\n');
  });
  return { original: original.slug, copy };
}

/**
 * An article unlike the seed (tests/fixtures/other-article/): another house
 * style, six sections, new people, quotes with possessives and split
 * attributions, no record of links yet. Ingested from its source.txt and
 * finished by following the README, as an editor would.
 */
export const OTHER_ARTICLE = join(import.meta.dirname, '../fixtures/other-article');

/** Adds the other article to the content root `to`, with the registry entries it needs that `to` lacks. Returns its slug(s). */
export function addOtherArticle(to: string): string[] {
  const articles = join(OTHER_ARTICLE, contentLayout.articles);
  const slugs = readdirSync(articles);
  for (const slug of slugs) {
    if (existsSync(join(to, contentLayout.articles, slug))) throw new Error(`${to} has an article "${slug}" already`);
  }
  cpSync(articles, join(to, contentLayout.articles), { recursive: true });
  const have = new Set((parse(readFileSync(join(to, contentLayout.people), 'utf8')) as { id: string }[]).map((p) => p.id));
  const needed = (parse(readFileSync(join(OTHER_ARTICLE, contentLayout.people), 'utf8')) as { id: string }[]).filter((p) => !have.has(p.id));
  if (needed.length > 0) appendFileSync(join(to, contentLayout.people), `\n${stringify(needed, { flowCollectionPadding: false })}`);
  return slugs;
}
