/**
 * remark plugin, run after the others: fails on any directive no plugin
 * handled (a typo such as `:qoute`), so nothing renders silently wrong.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isDirective } from './directives.ts';

export default function remarkDirectiveGuard() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!isDirective(node)) return;
      const syntax = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      file.fail(`unknown directive ${syntax}${node.name} (known: :quote, :sic, :term)`, node);
    });
  };
}
