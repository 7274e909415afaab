/**
 * remark plugin: `:term[OTSC]{ref=csto}` → `<abbr title="…">OTSC</abbr>`.
 * The text stays as the source has it. The first use of each entry in a
 * section gets a margin note with its expansion; a garbled alias (OTSC, TSC,
 * CSE) is followed by an editorial `:sic` note, rendered by
 * remark-editorial-notes.
 */
import { h } from 'hastscript';
import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../content/schema.ts';
import { resolveTerm } from '../content/terms.ts';
import { formatDirectiveIssues, readDirective } from './directives.ts';
import { marginNoteNode } from './hast.ts';
import type { GlossaryTerm } from './nodes.ts';

export interface RemarkGlossaryOptions {
  glossary: readonly GlossaryEntry[];
}

export default function remarkGlossary(options: RemarkGlossaryOptions) {
  return (tree: Root, file: VFile) => {
    const explained = new Set<string>();
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const read = readDirective('term', node);
      if (!read.ok) file.fail(formatDirectiveIssues('term', read.issues), node);
      const text = toString(node);
      const resolved = resolveTerm(options.glossary, read.value.ref, text);
      if (!resolved.ok) file.fail(`:term ref: ${resolved.message}`, node);
      const { entry, alias } = resolved;
      const isAcronym = /^[A-Z]{2,}$/.test(text);
      const term: GlossaryTerm = {
        type: 'term',
        position: node.position,
        data: { hName: isAcronym ? 'abbr' : 'span', hProperties: { title: entry.expansion, className: ['term'], dataTerm: entry.id } },
        children: node.children,
      };
      parent.children[index] = term;
      const inserted: PhrasingContent[] = [];
      if (!explained.has(entry.id) && text !== entry.expansion) {
        explained.add(entry.id);
        inserted.push(marginNoteNode([h('b', `${entry.term}:`), ` ${entry.expansion}`], 'ng'));
      }
      if (alias?.garbled) {
        const note: TextDirective = {
          type: 'textDirective',
          name: 'sic',
          attributes: {
            kind: 'acronym',
            note: alias.note ?? `The source reads “${alias.text}”; the usual form is ${entry.term}.`,
          },
          children: [],
        };
        inserted.push(note);
      }
      parent.children.splice(index + 1, 0, ...inserted);
      return [SKIP, index + 1 + inserted.length];
    });
  };
}
