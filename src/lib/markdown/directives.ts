/**
 * Shared reading of the project's Markdown directives (`:quote`, `:sic`,
 * `:term`): the remark plugins that render them and the content checks that
 * validate them read attributes through these functions, so both agree.
 */
import type { Nodes, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import {
  quoteAttributesSchema,
  sicAttributesSchema,
  termAttributesSchema,
} from '../content/schema.ts';

export const directiveSchemas = {
  quote: quoteAttributesSchema,
  sic: sicAttributesSchema,
  term: termAttributesSchema,
} as const;
export type DirectiveName = keyof typeof directiveSchemas;

export function isDirective(node: Nodes): node is TextDirective | LeafDirective | ContainerDirective {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

export function isKnownDirective(name: string): name is DirectiveName {
  return Object.hasOwn(directiveSchemas, name);
}

/** One problem in one directive, with the attribute (field) it concerns. */
export interface DirectiveIssue {
  field: string;
  message: string;
}

/** Turns zod's issues into `field: message` pairs an editor can act on. */
export function describeIssues(error: z.ZodError): DirectiveIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(attributes)',
    message: issue.code === 'unrecognized_keys' ? `unknown attribute(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
  }));
}

type Parsed<N extends DirectiveName> = z.infer<(typeof directiveSchemas)[N]>;

/** Reads and validates a directive's attributes. */
export function readDirective<N extends DirectiveName>(
  name: N,
  node: TextDirective,
): { ok: true; value: Parsed<N> } | { ok: false; issues: DirectiveIssue[] } {
  const result = directiveSchemas[name].safeParse({ ...node.attributes });
  if (result.success) return { ok: true, value: result.data as Parsed<N> };
  return { ok: false, issues: describeIssues(result.error) };
}

/** Formats issues the way every error in the project reads: `:quote field "x": message`. */
export function formatDirectiveIssues(name: string, issues: DirectiveIssue[]): string {
  return issues.map((i) => `:${name} ${i.field}: ${i.message}`).join('; ');
}

/**
 * remark-directive reads `10:30` or `2:1` as a directive named `30` or `1`.
 * A digit-led name with no label and no attributes is a literal colon:
 * turn it back into text, as the author wrote it.
 */
export function restoreLiteralColons(tree: Root): void {
  visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
    const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
    if (!parent || index === undefined || !/^\d/.test(node.name) || !bare) return undefined;
    parent.children.splice(index, 1, { type: 'text', value: `:${node.name}`, ...(node.position ? { position: node.position } : {}) });
    return index;
  });
}

/** remark plugin form of restoreLiteralColons, run right after remark-directive. */
export function remarkLiteralColons() {
  return restoreLiteralColons;
}

/** The Markdown parser the content checks use: the same syntax the site renders. */
export function parseMarkdown(markdown: string): Root {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
  restoreLiteralColons(tree);
  return tree;
}
