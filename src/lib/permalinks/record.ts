/**
 * permalinks.yaml, an article's record of what is published: read with the
 * schema (errors with line and field), written in one stable layout (one
 * line per block, sections in reading order, anchors sorted), so an edit's
 * diff shows exactly the links it touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentError } from '../content/errors.ts';
import { contentLayout, permalinksSchema, type FormerAnchor, type Permalinks, type PublishedBlock, type PublishedSection } from '../content/schema.ts';

/** The record's file in an article's folder. */
export function permalinksFile(articleDir: string): string {
  return join(articleDir, contentLayout.permalinksFile);
}

/** Reads an article's record; `value` is undefined when the article has none yet (never published). */
export function readPermalinks(file: string): { value: Permalinks | undefined; errors: ContentError[] } {
  if (!existsSync(file)) return { value: undefined, errors: [] };
  let json: unknown;
  try {
    json = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { value: undefined, errors: [{ file, message: `malformed YAML: ${String(error).split('\n')[0]}; run \`npm run permalinks\` to write it again` }] };
  }
  const result = permalinksSchema.safeParse(json);
  if (result.success) return { value: result.data, errors: [] };
  return { value: undefined, errors: result.error.issues.map((i) => ({ file, field: i.path.join('.'), message: `${i.message} (the file is written by \`npm run permalinks\`: do not edit it by hand)` })) };
}

const str = (s: string) => JSON.stringify(s);
const block = (b: PublishedBlock) => `{ id: ${str(b.id)}, fingerprint: ${str(b.fingerprint)}, text: ${str(b.text)} }`;
const anchor = (a: FormerAnchor) => `{ id: ${str(a.id)}, to: ${str(a.to)}, revised: ${a.revised}${a.quote ? ', quote: true' : ''} }`;

function list<T>(name: string, items: readonly T[], line: (item: T) => string): string[] {
  return items.length === 0 ? [`    ${name}: []`] : [`    ${name}:`, ...items.map((item) => `      - ${line(item)}`)];
}

function section(s: PublishedSection): string[] {
  const byId = (a: FormerAnchor, b: FormerAnchor) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [
    `  - slug: ${str(s.slug)}`,
    `    former: [${[...s.former].sort().map(str).join(', ')}]`,
    `    title: ${block(s.title)}`,
    ...list('headings', s.headings, block),
    ...list('paragraphs', s.paragraphs, block),
    ...list('quotes', s.quotes, block),
    ...list('anchors', [...s.anchors].sort(byId), anchor),
  ];
}

/** The file's text. */
export function formatPermalinks(record: Permalinks): string {
  return [
    '# Every published link of this article: section URLs (and former ones), heading, paragraph',
    '# and quote fragments, each with the fingerprint of its text. Written by `npm run permalinks`',
    '# after an edit; the build fails while the text no longer matches it. Do not edit by hand.',
    'sections:',
    ...record.sections.flatMap(section),
    '',
  ].join('\n');
}
