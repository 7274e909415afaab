/**
 * Cross-reference checks over a loaded corpus: what a schema alone cannot
 * see. Every problem is reported (not only the first) with file, field and
 * line, and `checkContent` is what both `npm run check:content` and the
 * build run.
 */
import { checkPermalinks } from '../permalinks/check.ts';
import { resolveSectionIds } from '../permalinks/resolve.ts';
import { resolveTerm } from './terms.ts';
import type { ContentError } from './errors.ts';
import { loadCorpus, type Corpus, type LoadedArticle, type LoadedSection } from './load.ts';
import { readFileSync } from 'node:fs';
import { contentLayout, overviewAnchors, PAGE_TITLE_MAX, titleLength, type Person } from './schema.ts';
import { scanCorpus, scanSection, type ScannedSection, type SectionScans } from './scan.ts';

/** Section slugs that would collide with an article's own pages. */
const reservedSlugs: readonly string[] = ['timeline'];

/** Raw HTML that may not appear in content: scripts, frames and inline event handlers. */
const UNSAFE_HTML = /<\s*(script|iframe)\b|\son[a-z]+\s*=/i;

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  return new Map([...Map.groupBy(items, key)].filter(([, group]) => group.length > 1));
}

function checkReferenceData(corpus: Corpus, errors: ContentError[]): void {
  const peopleFile = `${corpus.root}/${contentLayout.people}`;
  const glossaryFile = `${corpus.root}/${contentLayout.glossary}`;
  const lineOf = (person: Person) => corpus.peopleLines[corpus.people.indexOf(person)];
  for (const [id, group] of duplicates(corpus.people, (p) => p.id)) {
    errors.push({ file: peopleFile, line: lineOf(group[1]!), field: `${id}.id`, message: `duplicate id "${id}": one entry per person (list other spellings as aliases)` });
  }
  // A former id keeps its page's address: it may not be anyone's id, or claimed twice.
  const formers = corpus.people.flatMap((person) => person.former.map((id) => ({ id, person })));
  const ids = new Set(corpus.people.map((p) => p.id));
  for (const { id, person } of formers) {
    if (ids.has(id)) errors.push({ file: peopleFile, line: lineOf(person), field: `${person.id}.former`, message: `former id "${id}" is the id of an entry: a former id is never reused` });
  }
  for (const [id, group] of duplicates(formers, (f) => f.id)) {
    errors.push({ file: peopleFile, line: lineOf(group[1]!.person), field: `${group[1]!.person.id}.former`, message: `former id "${id}" is listed by ${group.map((g) => g.person.id).join(' and ')}` });
  }
  for (const [id] of duplicates(corpus.glossary, (g) => g.id)) {
    errors.push({ file: glossaryFile, field: 'id', message: `duplicate glossary id "${id}"` });
  }
  const aliases = corpus.people.flatMap((person) => [person.name, ...person.aliases].map((alias) => ({ alias, person })));
  for (const group of duplicates(aliases, (a) => a.alias.toLowerCase()).values()) {
    const ids = [...new Set(group.map((g) => g.person.id))];
    const { alias, person } = group.at(-1)!;
    if (ids.length > 1) errors.push({ file: peopleFile, line: lineOf(person), field: `${person.id}.aliases`, message: `alias "${alias}" is claimed by ${ids.join(' and ')}: one spelling names one entry` });
  }
  const spellings = corpus.glossary.flatMap((g) => [g.term, ...g.aliases.map((a) => a.text)].map((text) => ({ text, id: g.id })));
  for (const [text, group] of duplicates(spellings, (s) => s.text)) {
    const ids = [...new Set(group.map((g) => g.id))];
    if (ids.length > 1) errors.push({ file: glossaryFile, field: 'aliases', message: `alias "${text}" is claimed by ${ids.join(' and ')}` });
  }
}

function checkSection(
  section: LoadedSection,
  scan: ScannedSection,
  corpus: Corpus,
  errors: ContentError[],
): void {
  const at = (line: number | undefined) => (line ? line + section.bodyLine - 1 : undefined);
  const { file } = section;
  if (section.body.trim() === '') errors.push({ file, field: 'body', message: 'the section has no text' });
  for (const issue of scan.issues) {
    errors.push({ file, line: at(issue.line), field: `:${issue.directive} ${issue.field}`, message: issue.message });
  }
  for (const html of scan.html) {
    if (UNSAFE_HTML.test(html.value)) {
      errors.push({ file, line: at(html.line), field: 'body', message: `raw HTML with <script>, <iframe> or an on…= handler is not allowed: ${html.value.slice(0, 60)}` });
    }
  }
  const personIds = new Set(corpus.people.map((p) => p.id));
  const quoteIds = new Set(scan.quotes.map((q) => q.id));
  for (const quote of scan.quotes) {
    for (const id of quote.person ?? []) {
      if (!personIds.has(id)) errors.push({ file, line: at(quote.line), field: ':quote person', message: `unknown person "${id}" in quote "${quote.id}" (add an entry to ${contentLayout.people}, or use the id of an existing one)` });
    }
    if (quote.continues && !quoteIds.has(quote.continues)) {
      errors.push({ file, line: at(quote.line), field: ':quote continues', message: `quote "${quote.id}" continues "${quote.continues}", which is not a quote of this section` });
    }
  }
  for (const term of scan.terms) {
    const resolved = resolveTerm(corpus.glossary, term.ref, term.text);
    if (!resolved.ok) errors.push({ file, line: at(term.line), field: ':term ref', message: resolved.message });
  }
}

/** Every event's id is unique in its article, and each mention, analyst and glossary entry exists. */
function checkEvents(article: LoadedArticle, scans: Map<string, ScannedSection>, corpus: Corpus, errors: ContentError[]): void {
  const file = article.eventsFile;
  let line: number | undefined;
  const at = (field: string, message: string) => errors.push({ file, line, field, message });
  for (const [id, group] of duplicates(article.events, (e) => e.id)) {
    line = article.eventLines[article.events.indexOf(group[1]!)];
    at('id', `duplicate event id "${id}"`);
  }
  const personIds = new Set(corpus.people.map((p) => p.id));
  const glossaryIds = new Set(corpus.glossary.map((g) => g.id));
  for (const [index, event] of article.events.entries()) {
    line = article.eventLines[index];
    event.mentions.forEach((mention, i) => {
      const field = `${event.id}.mentions[${i}]`;
      if (mention.section === undefined) {
        const photo = mention.anchor === overviewAnchors.photo && article.data.photo;
        if (!photo) at(field, `anchor "${mention.anchor}" is not on the article's overview page (only "${overviewAnchors.photo}" is, when the article has a photo)`);
        return;
      }
      const scan = scans.get(mention.section);
      if (!scan) return at(`${field}.section`, `no section "${mention.section}" in article "${article.slug}"`);
      const recorded = article.permalinks?.sections.find((s) => s.slug === mention.section);
      const ids = resolveSectionIds({ slug: mention.section, ...scan }, recorded);
      const anchors = new Set([...ids.paragraphs, ...scan.quotes.map((q) => q.id)]);
      if (anchors.has(mention.anchor)) return;
      const former = ids.anchors.find((a) => a.id === mention.anchor);
      if (former) {
        at(`${field}.anchor`, `"${mention.anchor}" in section "${mention.section}" is a former fragment (${former.revised ? 'its passage was revised' : 'renamed'}): point the mention at "${former.to}", where it lands now`);
      } else {
        at(`${field}.anchor`, `no paragraph or quote "${mention.anchor}" in section "${mention.section}" (paragraphs: ${ids.paragraphs.join(', ')}; quotes: ${scan.quotes.map((q) => q.id).join(', ') || 'none'})`);
      }
    });
    for (const id of event.people) if (!personIds.has(id)) at(`${event.id}.people`, `unknown person "${id}" (not in ${contentLayout.people})`);
    for (const id of event.glossary) if (!glossaryIds.has(id)) at(`${event.id}.glossary`, `unknown glossary entry "${id}"`);
  }
}

/** Lines of `file` holding a TODO placeholder (the ingest tool's), as errors. */
function leftoverTodos(file: string): ContentError[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line, i) =>
    /\bTODO\b/.test(line)
      ? [{ file, line: i + 1, message: `leftover TODO placeholder: ${line.trim().slice(0, 80)} (finish it, or mark the article \`draft: true\` in article.yaml: drafts are not published)` }]
      : [],
  );
}

/** The 1-based line of a top-level key in a YAML or frontmatter file, if found. */
function keyLine(file: string, key: string): number | undefined {
  try {
    const at = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return at >= 0 ? at + 1 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the HTML gates would reject later, caught here (src/lib/site/page-title.ts fits every page title
 * to PAGE_TITLE_MAX from these): an article title over it without a shortTitle, a section title or an
 * registry entry's name over it.
 */
function checkTitles(corpus: Corpus, errors: ContentError[]): void {
  const over = (text: string) => `is ${titleLength(text)} characters${text.includes('&') ? ' as the page writes it (an & counts as 5)' : ''}; page titles are at most ${PAGE_TITLE_MAX} (tabs and search results cut them; html-validate rejects them)`;
  for (const article of corpus.articles) {
    if (titleLength(article.data.title) > PAGE_TITLE_MAX && !article.data.shortTitle) {
      errors.push({ file: article.file, line: keyLine(article.file, 'title'), field: 'title', message: `${over(article.data.title)}: add a shortTitle for page titles` });
    }
    for (const section of article.sections) {
      if (titleLength(section.data.title) > PAGE_TITLE_MAX) errors.push({ file: section.file, line: keyLine(section.file, 'title'), field: 'title', message: `${over(section.data.title)}: shorten the section title` });
    }
  }
  corpus.people.forEach((person, i) => {
    if (titleLength(person.name) > PAGE_TITLE_MAX) errors.push({ file: `${corpus.root}/${contentLayout.people}`, line: corpus.peopleLines[i], field: `${person.id}.name`, message: over(person.name) });
  });
}

/** Checks what spans files: ids, references, slugs and orders. */
export function validateCorpus(corpus: Corpus, scans: SectionScans = scanCorpus(corpus)): ContentError[] {
  const errors: ContentError[] = [];
  checkReferenceData(corpus, errors);
  checkTitles(corpus, errors);
  const allQuotes: { id: string; file: string; line: number | undefined }[] = [];
  if (corpus.articles.length === 0) errors.push({ file: `${corpus.root}/articles`, message: 'holds no article' });
  for (const article of corpus.articles) {
    if (!article.data.draft) {
      for (const file of [article.file, article.eventsFile, ...article.sections.map((s) => s.file)]) errors.push(...leftoverTodos(file));
    }
    if (article.sections.length === 0) {
      errors.push({ file: article.file, field: 'sections', message: `the article "${article.slug}" has no sections (add Markdown files to its sections/ folder)` });
    }
    for (const section of article.sections) {
      if (reservedSlugs.includes(section.data.slug)) {
        errors.push({ file: section.file, line: 1, field: 'slug', message: `"${section.data.slug}" is reserved for the article's ${section.data.slug} page; choose another slug` });
      }
    }
    for (const [slug, group] of duplicates(article.sections, (s) => s.data.slug)) {
      errors.push(...group.map((s) => ({ file: s.file, line: 1, field: 'slug', message: `duplicate section slug "${slug}" in article "${article.slug}"` })));
    }
    for (const [order, group] of duplicates(article.sections, (s) => String(s.data.order))) {
      errors.push(...group.map((s) => ({ file: s.file, line: 1, field: 'order', message: `duplicate section order ${order} in article "${article.slug}"` })));
    }
    const bySlug = new Map<string, ScannedSection>();
    for (const section of article.sections) {
      const scan = scans.get(section) ?? scanSection(section.body);
      bySlug.set(section.data.slug, scan);
      checkSection(section, scan, corpus, errors);
      allQuotes.push(...scan.quotes.map((q) => ({ id: q.id, file: section.file, line: q.line + section.bodyLine - 1 })));
    }
    checkEvents(article, bySlug, corpus, errors);
    if (article.permalinks) {
      errors.push(...checkPermalinks(article.slug, article.permalinksFile, article.permalinks, article.sections.map((section) => ({ section, scan: bySlug.get(section.data.slug)! }))));
    }
  }
  for (const [id, group] of duplicates(allQuotes, (q) => q.id)) {
    errors.push(...group.map((q) => ({ file: q.file, line: q.line, field: ':quote id', message: `duplicate quote id "${id}"` })));
  }
  return errors;
}

/** Loads a content root and runs every check: the errors, none when the content is good. */
export function checkContent(root: string): { corpus: Corpus; scans: SectionScans; errors: ContentError[] } {
  const loaded = loadCorpus(root);
  const scans = scanCorpus(loaded.value);
  return { corpus: loaded.value, scans, errors: [...loaded.errors, ...validateCorpus(loaded.value, scans)] };
}

const checked = new Map<string, ReturnType<typeof checkContent>>();

/**
 * checkContent once per content root and process: the build's integrations
 * (content check before, search index after) share one reading of the files.
 * `refresh` reads them again (the content check does, when a build starts).
 */
export function checkContentOnce(root: string, refresh = false): ReturnType<typeof checkContent> {
  let result = checked.get(root);
  if (!result || refresh) {
    result = checkContent(root);
    checked.set(root, result);
  }
  return result;
}
