/**
 * remark plugin: `:sic[changesstrengthening]{kind=fused note="…"}` flags a
 * source anomaly without altering the author's words. The flagged text is
 * wrapped (`<span class="sic">`) and the note ("Words run together: …")
 * follows it as a margin note. `:sic{…}` without a label flags a position
 * (e.g. a missing quotation mark): the note alone.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatDirectiveIssues, readDirective } from './directives.ts';
import { marginNoteNode } from './hast.ts';
import type { SicText } from './nodes.ts';

export const noteKindLabels = {
  fused: 'Words run together',
  spelling: 'Spelling',
  punctuation: 'Punctuation',
  quotation: 'Quotation marks',
  garbled: 'Garbled text',
  acronym: 'Acronym',
} as const;

export default function remarkEditorialNotes() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'sic' || !parent || index === undefined) return undefined;
      const read = readDirective('sic', node);
      if (!read.ok) file.fail(formatDirectiveIssues('sic', read.issues), node);
      const note = marginNoteNode([h('b', `${noteKindLabels[read.value.kind]}:`), ` ${read.value.note}`], 'ne');
      const flagged: SicText = { type: 'sicText', position: node.position, data: { hName: 'span', hProperties: { className: ['sic'] } }, children: node.children };
      parent.children.splice(index, 1, ...(node.children.length > 0 ? [flagged, note] : [note]));
      return index;
    });
  };
}
