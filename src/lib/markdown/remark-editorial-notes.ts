/**
 * remark plugin: `:sic[changesstrengthening]{kind=fused note="…"}` flags a
 * source anomaly without altering the author's words. The flagged text is
 * wrapped (`<span class="sic">`), followed by a numbered reference, and the
 * notes are listed after the text, each linking back to its place.
 * `:sic{…}` without a label flags a position (e.g. a missing quotation mark).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatDirectiveIssues, readDirective } from './directives.ts';
import { ANNOTATION, srOnly } from './hast.ts';

export const noteKindLabels = {
  fused: 'Words run together',
  spelling: 'Spelling',
  punctuation: 'Punctuation',
  quotation: 'Quotation marks',
  garbled: 'Garbled text',
  acronym: 'Acronym',
} as const;

export const notesHeadingId = 'editorial-notes';

export default function remarkEditorialNotes() {
  return (tree: Root, file: VFile) => {
    const notes: ElementContent[] = [];
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'sic') return;
      const read = readDirective('sic', node);
      if (!read.ok) file.fail(formatDirectiveIssues('sic', read.issues), node);
      const n = notes.length + 1;
      const noteId = `ed-${n}`;
      const refId = `ed-ref-${n}`;
      const ref = h('a', { href: `#${noteId}`, id: refId, ariaDescribedBy: notesHeadingId }, [
        srOnly('Editorial note '),
        `[ed. ${n}]`,
      ]);
      const flagged = node.children as PhrasingContent[];
      const children: unknown[] = [];
      if (flagged.length > 0) {
        children.push({ type: 'sicText', data: { hName: 'span', hProperties: { className: ['sic'] } }, children: flagged });
      }
      children.push({ type: 'sicRef', data: { hName: 'sup', hProperties: { className: [ANNOTATION, 'ed-ref'] }, hChildren: [ref] }, children: [] });
      Object.assign(node, { type: 'sicFlag', data: { hName: 'span', hProperties: { className: ['sic-flag'] } }, children });
      notes.push(
        h('li', { id: noteId }, [
          h('span', { className: ['ed-kind'] }, `${noteKindLabels[read.value.kind]}: `),
          read.value.note,
          ' ',
          h('a', { href: `#${refId}`, className: ['ed-back'] }, [h('span', { ariaHidden: 'true' }, '↩'), srOnly(`Back to the text of note ${n}`)]),
        ]),
      );
    });
    if (notes.length === 0) return;
    const aside = {
      type: 'editorialNotes',
      data: {
        hName: 'aside',
        hProperties: { className: [ANNOTATION, 'ed-notes'], ariaLabelledBy: notesHeadingId },
        hChildren: [
          h('h2', { id: notesHeadingId }, 'Editorial notes'),
          h('p', { className: ['ed-intro'] }, 'Anomalies in the scraped source, flagged without changing the author’s words.'),
          h('ol', notes),
        ],
      },
    } as unknown as RootContent;
    tree.children.push(aside);
  };
}
