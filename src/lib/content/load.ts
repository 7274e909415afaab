/**
 * Reads a content root from disk and checks every file against the schemas,
 * collecting all errors (with file, field and line) instead of stopping at
 * the first. Used by `npm run check:content`, by the build's content check
 * and by the tests; Astro's content layer reads the same files with the
 * same schemas for rendering.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { readPermalinks } from '../permalinks/record.ts';
import type { ContentError } from './errors.ts';
import {
  articleSchema,
  contentLayout,
  eventSchema,
  glossaryEntrySchema,
  personSchema,
  sectionSchema,
  type Article,
  type GlossaryEntry,
  type Permalinks,
  type Person,
  type Section,
  type TimelineEvent,
} from './schema.ts';

export interface LoadedSection {
  file: string;
  data: Section;
  body: string;
  /** Line of the file on which the Markdown body starts. */
  bodyLine: number;
}

export interface LoadedArticle {
  slug: string;
  file: string;
  data: Article;
  sections: LoadedSection[];
  /** The article's events.yaml (which may not exist) and its entries. */
  eventsFile: string;
  events: TimelineEvent[];
  /** Line of each event in events.yaml. */
  eventLines: number[];
  /** The article's permalinks.yaml and its record of what is published (none: not yet published). */
  permalinksFile: string;
  permalinks: Permalinks | undefined;
}

export interface Corpus {
  root: string;
  /** The registry of everyone quoted (people.yaml), and each entry's line. */
  people: Person[];
  peopleLines: number[];
  glossary: GlossaryEntry[];
  articles: LoadedArticle[];
}

export interface LoadResult<T> {
  value: T;
  errors: ContentError[];
}

/** Reads a file as UTF-8, rejecting bytes that are not valid UTF-8. */
export function readUtf8(file: string): LoadResult<string | undefined> {
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)), errors: [] };
  } catch (error) {
    const message = error instanceof TypeError ? 'is not valid UTF-8 text; save the file as UTF-8' : String(error);
    return { value: undefined, errors: [{ file, message }] };
  }
}

/** The 1-based line of the YAML node at `path`, or of its closest existing parent. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
  json: unknown;
}

/**
 * `yaml11`: read it as Astro's content loader reads article.yaml (YAML 1.1, where an unquoted
 * 2022-01-13 is a timestamp, not a string), so that what Astro would reject fails here first.
 */
function parseDoc(text: string, file: string, lineOffset: number, yaml11 = false): LoadResult<ParsedYaml | undefined> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, ...(yaml11 ? { version: '1.1' as const } : {}) });
  if (doc.errors.length === 0) return { value: { doc, counter, json: doc.toJS() ?? {} }, errors: [] };
  return {
    value: undefined,
    errors: doc.errors.map((e) => ({
      file,
      // With prettyErrors off, yaml leaves linePos unset: the line comes from the error's offset.
      line: e.pos[0] >= 0 ? counter.linePos(e.pos[0]).line + lineOffset : undefined,
      message: `malformed YAML: ${e.message.split('\n')[0]}`,
    })),
  };
}

/** Validates the value at `prefix` of a parsed YAML document, mapping each zod issue to its line. */
function validateAt<S extends z.ZodType>(
  parsed: ParsedYaml,
  schema: S,
  file: string,
  lineOffset: number,
  prefix: readonly PropertyKey[],
): LoadResult<z.infer<S> | undefined> {
  const target = prefix.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], parsed.json);
  const result = schema.safeParse(target);
  if (result.success) return { value: result.data, errors: [] };
  return {
    value: undefined,
    errors: result.error.issues.flatMap((issue) => {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return paths.map((path) => ({
        file,
        line: lineOf(parsed.doc, parsed.counter, [...prefix, ...path], lineOffset),
        field: [...prefix.map((k) => `[${String(k)}]`), ...path.map(String)].join('.') || undefined,
        message: issue.code === 'unrecognized_keys' ? 'unknown field (a typo?)' : issue.message,
      }));
    }),
  };
}

/** Parses YAML text and validates it against `schema`. `lineOffset` shifts lines (frontmatter). */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  lineOffset = 0,
  yaml11 = false,
): LoadResult<z.infer<S> | undefined> {
  const parsed = parseDoc(text, file, lineOffset, yaml11);
  if (!parsed.value) return { value: undefined, errors: parsed.errors };
  return validateAt(parsed.value, schema, file, lineOffset, []);
}

/** Validates a YAML file that holds a list of entries, entry by entry; `lines` gives each valid entry's line. */
export function loadYamlList<S extends z.ZodType>(file: string, schema: S): LoadResult<z.infer<S>[]> & { lines: number[] } {
  const text = readUtf8(file);
  if (text.value === undefined) return { value: [], lines: [], errors: text.errors };
  // The config reads every events.yaml for the Markdown pipeline, then the content check reads them
  // again: the same file with the same text and schema is parsed once (a changed file is read anew).
  const key = `${file}\u0000${text.value}`;
  let bySchema = listCache.get(schema);
  if (!bySchema) listCache.set(schema, (bySchema = new Map()));
  const hit = bySchema.get(key);
  if (hit) return hit as LoadResult<z.infer<S>[]> & { lines: number[] };
  const result = parseYamlList(file, text.value, schema);
  if (bySchema.size >= 10_000) bySchema.clear();
  bySchema.set(key, result);
  return result;
}

const listCache = new WeakMap<z.ZodType, Map<string, LoadResult<unknown[]> & { lines: number[] }>>();

function parseYamlList<S extends z.ZodType>(file: string, text: string, schema: S): LoadResult<z.infer<S>[]> & { lines: number[] } {
  const parsed = parseDoc(text, file, 0);
  if (!parsed.value) return { value: [], lines: [], errors: parsed.errors };
  if (!isSeq(parsed.value.doc.contents)) return { value: [], lines: [], errors: [{ file, line: 1, message: 'must be a YAML list of entries' }] };
  const value: z.infer<S>[] = [];
  const lines: number[] = [];
  const errors: ContentError[] = [];
  parsed.value.doc.contents.items.forEach((_, i) => {
    const entry = validateAt(parsed.value!, schema, file, 0, [i]);
    errors.push(...entry.errors);
    if (entry.value === undefined) return;
    value.push(entry.value);
    lines.push(lineOf(parsed.value!.doc, parsed.value!.counter, [i], 0) ?? 1);
  });
  return { value, lines, errors };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The Markdown body of a section file's text: everything after its frontmatter (all of it when it has none). */
export function sectionBody(text: string): string {
  const match = FRONTMATTER.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** Splits a Markdown file into validated frontmatter and body. */
export function loadMarkdown(file: string): LoadResult<LoadedSection | undefined> {
  const text = readUtf8(file);
  if (text.value === undefined) return { value: undefined, errors: text.errors };
  const match = FRONTMATTER.exec(text.value);
  if (!match) {
    return { value: undefined, errors: [{ file, line: 1, message: 'has no frontmatter: start the file with a "---" block' }] };
  }
  const fm = parseYaml(match[1]!, sectionSchema, file, 1);
  const bodyLine = match[0].split('\n').length;
  if (fm.value === undefined) return { value: undefined, errors: fm.errors };
  return { value: { file, data: fm.value, body: text.value.slice(match[0].length), bodyLine }, errors: [] };
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** The section files of the article in `dir`, in reading order (by `order`). */
export function loadArticleSections(dir: string): LoadResult<LoadedSection[]> {
  const errors: ContentError[] = [];
  const sections: LoadedSection[] = [];
  for (const name of listDir(join(dir, contentLayout.sections))) {
    if (!name.endsWith('.md')) continue;
    const section = loadMarkdown(join(dir, contentLayout.sections, name));
    errors.push(...section.errors);
    if (section.value) sections.push(section.value);
  }
  sections.sort((a, b) => a.data.order - b.data.order);
  return { value: sections, errors };
}

/** The folders of a content root's articles (each a folder under articles/), by name. */
export function articleDirs(root: string): string[] {
  const articlesDir = join(root, contentLayout.articles);
  return listDir(articlesDir)
    .map((slug) => join(articlesDir, slug))
    .filter((dir) => statSync(dir).isDirectory());
}

/** Loads and schema-checks every file of a content root. Cross-references are checked by validate.ts. */
export function loadCorpus(root: string): LoadResult<Corpus> {
  const errors: ContentError[] = [];
  const people = loadYamlList(join(root, contentLayout.people), personSchema);
  const glossary = loadYamlList(join(root, contentLayout.glossary), glossaryEntrySchema);
  errors.push(...people.errors, ...glossary.errors);
  const articles: LoadedArticle[] = [];
  for (const dir of articleDirs(root)) {
    const slug = basename(dir);
    const file = join(dir, contentLayout.articleFile);
    if (!existsSync(file)) {
      errors.push({ file, message: `is missing: every folder in ${join(root, contentLayout.articles)} is an article and needs one` });
      continue;
    }
    const text = readUtf8(file);
    const article = text.value === undefined ? { value: undefined, errors: text.errors } : parseYaml(text.value, articleSchema, file, 0, true);
    errors.push(...article.errors);
    const { value: sections, errors: sectionErrors } = loadArticleSections(dir);
    errors.push(...sectionErrors);
    const eventsFile = join(dir, contentLayout.eventsFile);
    const events = existsSync(eventsFile) ? loadYamlList(eventsFile, eventSchema) : { value: [], lines: [], errors: [] };
    errors.push(...events.errors);
    const permalinksFile = join(dir, contentLayout.permalinksFile);
    const permalinks = readPermalinks(permalinksFile);
    errors.push(...permalinks.errors);
    if (article.value) articles.push({ slug, file, data: article.value, sections, eventsFile, events: events.value, eventLines: events.lines, permalinksFile, permalinks: permalinks.value });
  }
  return { value: { root, people: people.value, peopleLines: people.lines, glossary: glossary.value, articles }, errors };
}
