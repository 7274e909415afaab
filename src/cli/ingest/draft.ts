/**
 * From raw scraped text to a draft article: the files to write (relative to
 * the article's folder) and what the report lists. Pure: the caller reads
 * the source and the content root, and writes the files (write.ts).
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { contentLayout } from '../../lib/content/schema.ts';
import { parseMarkdown } from '../../lib/markdown/directives.ts';
import { authorFromByline, cleanSource, type CleanedSource } from './junk.ts';
import { datelineOf, findDates, referenceOf } from './dates.ts';
import { latestYear, proposeEvents, type EventProposal, type YearlessDate } from './events.ts';
import { proposeQuotes, QuoteIds, type KnownPerson, type ParaphraseProposal, type QuoteProposal, type UnattributedQuotation } from './quotes.ts';
import { echoedSubheadings } from './echoes.ts';
import { renderArticle, renderEvents, renderSection, type ArticleFields } from './render.ts';
import { splitArticle, type ArticleStructure } from './structure.ts';

export interface DraftInput {
  raw: string;
  /** How the source is named in the draft's comments. */
  sourceName: string;
  /** The content root's people registry (people.yaml). */
  people: readonly KnownPerson[];
  /** Quote ids the content root already uses (quote ids are unique site-wide). */
  usedQuoteIds?: Iterable<string>;
  url?: string;
  published?: string;
}

export interface Draft {
  cleaned: CleanedSource;
  structure: ArticleStructure;
  article: ArticleFields;
  quotes: QuoteProposal[];
  unattributed: UnattributedQuotation[];
  paraphrases: ParaphraseProposal[];
  events: EventProposal[];
  yearless: YearlessDate[];
  /** File contents by path relative to the article folder: article.yaml, events.yaml, source.txt, sections/NN-slug.md. */
  files: Map<string, string>;
}

/** The publication date a metadata line gives ("Published on January 20, 2022"), as EDTF, if any. */
function publishedFromMetadata(cleaned: CleanedSource): string | undefined {
  const line = cleaned.metadata.find((m) => m.kind === 'date')?.line;
  return line ? findDates(line).find((d) => d.date && /^\d{4}(?:-\d{2}){0,2}$/.test(d.date))?.date : undefined;
}

export const sectionFile = (s: { order: number; slug: string }) => `sections/${String(s.order).padStart(2, '0')}-${s.slug}.md`;

export function makeDraft(input: DraftInput): Draft {
  const cleaned = cleanSource(input.raw);
  const structure = splitArticle(cleaned);
  const texts = structure.sections.map((s) => ({ slug: s.slug, paragraphs: s.paragraphs, ...(s.heading ? { heading: s.heading } : {}) }));
  const ids = new QuoteIds(input.usedQuoteIds ?? []);
  const proposed = proposeQuotes(texts, input.people, ids);
  const { paraphrases } = proposed;
  const { proposals, unattributed } = echoedSubheadings(texts, proposed.proposals, proposed.unattributed, ids);
  const stated = input.published ?? publishedFromMetadata(cleaned);
  // Dates without a year, weekdays and months are read against the dateline, else the publication date.
  const first = texts[0]?.paragraphs[0] ?? '';
  const reference = datelineOf(first, referenceOf(stated)) ?? referenceOf(stated);
  const { events, yearless } = proposeEvents({ caption: structure.photo?.caption, sections: texts, reference, published: stated });
  const year = latestYear(events);
  const byline = cleaned.metadata.find((m) => m.kind === 'byline');
  const article: ArticleFields = {
    title: cleaned.title,
    publication: cleaned.publication,
    url: input.url,
    published: stated ?? year,
    publishedGuess: stated
      ? input.published ? undefined : 'from the date line of the source'
      : year ? `the latest year in the text (${year}); give the date with --published` : 'no year in the text; give the date with --published',
    author: byline ? authorFromByline(byline.line) : undefined,
    photo: structure.photo,
    source: input.sourceName,
  };
  const files = new Map<string, string>([
    ['article.yaml', renderArticle(article)],
    ['events.yaml', renderEvents(events)],
    // The raw text as ingested: the fidelity test checks the site against it.
    [contentLayout.sourceFile, input.raw],
  ]);
  for (const section of structure.sections) files.set(sectionFile(section), renderSection(section, proposals));
  const draft = { cleaned, structure, article, quotes: proposals, unattributed, paraphrases, events, yearless, files };
  const problems = checkFidelity(draft);
  if (problems.length > 0) throw new Error(`the draft would not render the source text exactly (a bug in the ingest tool):\n  ${problems.join('\n  ')}`);
  return draft;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** The Markdown body of a section file (after its frontmatter), parsed as the site parses it. */
export function parseSectionBody(file: string): Root {
  return parseMarkdown(file.replace(FRONTMATTER, ''));
}

/** The text of each paragraph of a section file, directives reduced to their text. */
export function paragraphTexts(file: string): string[] {
  return parseSectionBody(file).children.map((node) => toString(node));
}

/**
 * Reads the draft's sections back as the site would and compares them with
 * the source: the same paragraphs, character for character, and each marked
 * quote's words. An empty list when they agree.
 */
export function checkFidelity(draft: Pick<Draft, 'structure' | 'quotes' | 'files'>): string[] {
  const problems: string[] = [];
  for (const section of draft.structure.sections) {
    const name = sectionFile(section);
    const tree = parseSectionBody(draft.files.get(name) ?? '');
    const other = tree.children.filter((n) => n.type !== 'paragraph');
    if (other.length > 0) problems.push(`${name}: parsed as ${other.map((n) => n.type).join(', ')}, not only paragraphs`);
    const texts = tree.children.map((n) => toString(n));
    if (texts.length !== section.paragraphs.length) problems.push(`${name}: ${texts.length} paragraphs instead of ${section.paragraphs.length}`);
    section.paragraphs.forEach((expected, i) => {
      if (texts[i] !== expected) problems.push(`${name} p${i + 1}: reads back as ${JSON.stringify(texts[i]?.slice(0, 80))}`);
    });
    const directives: string[] = [];
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name === 'quote') directives.push(toString(node));
    });
    const expected = draft.quotes.filter((q) => q.marked && q.section === section.slug).map((q) => q.text);
    if (JSON.stringify(directives) !== JSON.stringify(expected)) problems.push(`${name}: quotes read back as ${JSON.stringify(directives)}`);
  }
  return problems;
}
