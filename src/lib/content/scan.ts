/**
 * Reads a section's Markdown for the data it marks up: quotes (with their
 * paragraph and context sentence), glossary references and editorial notes,
 * plus every problem with a directive. The build's checks, the pages (analyst
 * lists, JSON-LD) and the tests all take quotes from here.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isDirective, isKnownDirective, parseMarkdown, readDirective, type DirectiveIssue } from '../markdown/directives.ts';
import { fingerprint } from '../permalinks/fingerprint.ts';
import { sentencesAround } from '../text.ts';
import type { Corpus, LoadedSection } from './load.ts';
import type { QuoteAttributes } from './schema.ts';

export interface ScannedQuote extends QuoteAttributes {
  /** The quoted or paraphrased words, as in the source. */
  text: string;
  /** Index (0-based) of the paragraph the quote is in, in `ScannedSection.paragraphs`. */
  paragraph: number;
  /** The sentence(s) of the paragraph the quote sits in. */
  context: string;
  /** Line in the Markdown body (1-based). */
  line: number;
}

/** A top-level paragraph or heading of the text: what a permalink points at. */
export interface ScannedBlock {
  /** Its words as the reader sees them (lib/permalinks/fingerprint.ts). */
  text: string;
  fingerprint: string;
  /** Line in the Markdown body (1-based). */
  line: number;
}

export interface ScanIssue extends DirectiveIssue {
  directive: string;
  line?: number;
}

export interface ScannedSection {
  quotes: ScannedQuote[];
  terms: { ref: string; text: string; line: number }[];
  notes: number;
  /** Raw HTML found in the Markdown (checked by validate.ts). */
  html: { value: string; line: number }[];
  /** The top-level paragraphs and headings, in reading order. */
  paragraphs: ScannedBlock[];
  headings: ScannedBlock[];
  issues: ScanIssue[];
}

/** The start of one of our directives left in the text (remark-directive could not parse it). */
const BROKEN_DIRECTIVE = /:(quote|sic|term)[[{]/;

/** What a section's Markdown body marks up; line numbers count from the body's first line. */
export function scanSection(markdown: string): ScannedSection {
  const tree: Root = parseMarkdown(markdown);
  const result: ScannedSection = { quotes: [], terms: [], notes: 0, html: [], paragraphs: [], headings: [], issues: [] };
  const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
  result.paragraphs = paragraphs.map(blockOf);
  result.headings = tree.children.filter((n): n is Heading => n.type === 'heading').map(blockOf);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') result.html.push({ value: node.value, line });
    if (node.type === 'text') {
      // A directive that did not parse (an unclosed [ or {) is left as text: it would show its syntax to readers.
      const broken = BROKEN_DIRECTIVE.exec(node.value);
      if (broken) {
        result.issues.push({
          directive: broken[1]!,
          line,
          field: '(syntax)',
          message: `malformed or unclosed directive near "${node.value.slice(broken.index, broken.index + 40)}": check its [text] and {attributes} brackets and quotes`,
        });
      }
      return;
    }
    if (!isDirective(node)) return;
    if (node.type !== 'textDirective' || !isKnownDirective(node.name)) {
      const syntax = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      result.issues.push({ directive: node.name, line, field: '(name)', message: `unknown directive ${syntax}${node.name} (known: :quote, :sic, :term)` });
      return;
    }
    if (node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) {
      // `:quote` alone: its [text] or {attributes} did not parse (an unclosed bracket or quote).
      result.issues.push({ directive: node.name, line, field: '(syntax)', message: `malformed or unclosed directive :${node.name}: write :${node.name}[text]{attributes} with both brackets closed` });
      return;
    }
    const read = readDirective(node.name, node);
    if (!read.ok) {
      result.issues.push(...read.issues.map((i) => ({ ...i, directive: node.name, line })));
      return;
    }
    if (node.name === 'sic') result.notes += 1;
    if (node.name === 'term') result.terms.push({ ref: (read.value as { ref: string }).ref, text: toString(node), line });
    if (node.name === 'quote') result.quotes.push(describeQuote(node, read.value as QuoteAttributes, paragraphs, line));
  });
  return result;
}

/** A block's text and fingerprint, as lib/markdown/remark-permalink-ids.ts reads them too. */
export function blockOf(node: Paragraph | Heading): ScannedBlock {
  const text = toString(node);
  return { text, fingerprint: fingerprint(text), line: node.position?.start.line ?? 0 };
}

function describeQuote(node: TextDirective, attrs: QuoteAttributes, paragraphs: Paragraph[], line: number): ScannedQuote {
  const text = toString(node);
  const index = paragraphs.findIndex((p) => p.position && node.position && p.position.start.offset! <= node.position.start.offset! && node.position.end.offset! <= p.position.end.offset!);
  const paragraphText = index >= 0 ? toString(paragraphs[index]!) : text;
  const start = Math.max(0, paragraphText.indexOf(text));
  return {
    ...attrs,
    text,
    paragraph: index,
    context: sentencesAround(paragraphText, start, start + text.length),
    line,
  };
}

/** Each section of the corpus, scanned once: the content check, the search records and the tools share it. */
export type SectionScans = Map<LoadedSection, ScannedSection>;

export function scanCorpus(corpus: Corpus): SectionScans {
  return new Map(corpus.articles.flatMap((article) => article.sections.map((section) => [section, scanSection(section.body)] as const)));
}

/** A quote's words with those of the parts that continue it (a quotation split by its attribution). */
export function joinParts(quote: ScannedQuote, all: readonly ScannedQuote[]): string {
  const parts = [quote.text];
  for (let part = all.find((q) => q.continues === quote.id); part; part = all.find((q) => q.continues === part!.id)) {
    parts.push(part.text);
  }
  return parts.join(' … ');
}
