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

/**
 * Scans of section texts already made in this process. The content check,
 * the site's data (in Astro's prerender bundle, a separate copy of this
 * module: hence a global, shared by every copy) and the search index all
 * scan every section; with this, each text is parsed once per build.
 * Keyed by the text without its leading blank lines and trailing white
 * space (Astro's entry body is trimmed; the content loader's starts with
 * the blank line after the frontmatter), which only shifts line numbers.
 * Scans are shared: treat them as read-only.
 */
const cache: Map<string, ScannedSection> = ((globalThis as Record<symbol, unknown>)[Symbol.for('analysis-reader:scanSection')] ??= new Map()) as Map<string, ScannedSection>;
/** Past this many texts (a long dev session), the cache starts again. */
const CACHE_LIMIT = 50_000;

function cached(text: string): ScannedSection {
  let result = cache.get(text);
  if (!result) {
    result = scan(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}

/** Empties the cache (a process that is done with the content lets it go). */
export function forgetScans(): void {
  cache.clear();
}

/** A scan with every line number moved down by `lines`. */
function shifted(scanned: ScannedSection, lines: number): ScannedSection {
  return {
    ...scanned,
    quotes: scanned.quotes.map((q) => ({ ...q, line: q.line + lines })),
    terms: scanned.terms.map((t) => ({ ...t, line: t.line + lines })),
    html: scanned.html.map((h) => ({ ...h, line: h.line + lines })),
    paragraphs: scanned.paragraphs.map((p) => ({ ...p, line: p.line + lines })),
    headings: scanned.headings.map((h) => ({ ...h, line: h.line + lines })),
    issues: scanned.issues.map((i) => (i.line === undefined ? i : { ...i, line: i.line + lines })),
  };
}

/** The start of one of our directives left in the text (remark-directive could not parse it). */
const BROKEN_DIRECTIVE = /:(quote|sic|term)[[{]/;

export function scanSection(markdown: string): ScannedSection {
  const lead = /^(?:[ \t]*\r?\n)*/.exec(markdown)![0];
  const text = markdown.slice(lead.length).trimEnd();
  // An indented first line is a code block only where it starts the text: keep such a text as it is.
  if (/^[ \t]/.test(text)) return cached(markdown);
  const lines = lead.split('\n').length - 1;
  return lines === 0 ? cached(text) : shifted(cached(text), lines);
}

function scan(markdown: string): ScannedSection {
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

/** A quote's words with those of the parts that continue it (a quotation split by its attribution). */
export function joinParts(quote: ScannedQuote, all: readonly ScannedQuote[]): string {
  const parts = [quote.text];
  for (let part = all.find((q) => q.continues === quote.id); part; part = all.find((q) => q.continues === part!.id)) {
    parts.push(part.text);
  }
  return parts.join(' … ');
}
