/**
 * remark plugin: `:term[OTSC]{ref=csto}` → `<abbr title="…">OTSC</abbr>`.
 * The text stays as the source has it. A garbled alias (OTSC, TSC, CSE) is
 * followed by an editorial `:sic` note, rendered by remark-editorial-notes.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../content/schema.ts';
import { resolveTerm } from '../content/terms.ts';
import { formatDirectiveIssues, readDirective } from './directives.ts';

export interface RemarkGlossaryOptions {
  glossary: readonly GlossaryEntry[];
}

export default function remarkGlossary(options: RemarkGlossaryOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const read = readDirective('term', node);
      if (!read.ok) file.fail(formatDirectiveIssues('term', read.issues), node);
      const text = toString(node);
      const resolved = resolveTerm(options.glossary, read.value.ref, text);
      if (!resolved.ok) file.fail(`:term ref: ${resolved.message}`, node);
      const { entry, alias } = resolved;
      const isAcronym = /^[A-Z]{2,}$/.test(text);
      Object.assign(node, {
        type: 'term',
        data: { hName: isAcronym ? 'abbr' : 'span', hProperties: { title: entry.expansion, className: ['term'], dataTerm: entry.id } },
      });
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
        parent.children.splice(index + 1, 0, note);
        return [SKIP, index + 2];
      }
      return undefined;
    });
  };
}
