/**
 * Where our annotations (`.ann`) stand relative to the author's quotation
 * marks. In each paragraph, the author's text (everything but `.ann`) is
 * read in order and an annotation may stand only outside the author's
 * quotations: not inside a quote element, not right before a closing mark,
 * and, in a paragraph whose marks balance, not between an opening mark and
 * its closing one.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ANNOTATION } from './html.ts';

const classesOf = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** The annotations that stand inside the author's quotation marks, described (`p3: "Luca Anceschi, quoted…" after “…ports`). */
export function annotationsInsideQuotations(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (p: Element) => {
    if (p.tagName !== 'p') return undefined;
    const where = String(p.properties.id ?? 'a paragraph');
    let author = '';
    let depth = 0;
    let straightOpen = false;
    const notes: { depth: number; before: string; text: string; index: number }[] = [];
    const walk = (nodes: ElementContent[], inQuote: boolean) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          for (const ch of node.value) {
            if (OPEN.has(ch)) depth += 1;
            else if (CLOSE.has(ch)) depth -= 1;
            else if (ch === '"') depth += (straightOpen = !straightOpen) ? 1 : -1;
          }
          author += node.value;
        } else if (node.type === 'element') {
          if (classesOf(node).includes(ANNOTATION)) {
            const text = toPlain(node);
            if (inQuote) problems.push(`${where}: "${text}" inside a quote element`);
            notes.push({ depth, before: author.slice(-30), text, index: author.length });
          } else walk(node.children, inQuote || classesOf(node).includes('quote'));
        }
      }
    };
    walk(p.children, false);
    for (const n of notes) {
      if (CLOSE.has(author[n.index] ?? '') || (author[n.index] === '"' && n.depth > 0)) problems.push(`${where}: "${n.text}" right before a closing quotation mark, after …${n.before}`);
      else if (depth === 0 && n.depth > 0) problems.push(`${where}: "${n.text}" inside quotation marks, after …${n.before}`);
    }
    return 'skip';
  });
  return problems;
}

function toPlain(el: Element): string {
  let s = '';
  visit(el, 'text', (t) => {
    s += t.value;
  });
  return s.replace(/\s+/g, ' ').trim().slice(0, 60);
}
