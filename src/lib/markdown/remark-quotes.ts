/**
 * remark plugin: `:quote[text]{#id analyst=cooley kind=direct}` marks a
 * quoted or paraphrased statement. Direct quotes render as `<q>`,
 * paraphrases as a marked span; both carry a stable id, the speaker's name
 * (linked to the analyst's page) and a "link to this quote" control.
 * The author's words and quotation marks are left exactly as they are.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Analyst, QuoteAttributes } from '../content/schema.ts';
import { formatDirectiveIssues, readDirective } from './directives.ts';
import { joinNames } from '../text.ts';
import { ANNOTATION, permalink } from './hast.ts';

export interface RemarkQuotesOptions {
  analysts: readonly Pick<Analyst, 'id' | 'name'>[];
  /** URL of an analyst's page. */
  analystHref: (id: string) => string;
}

/** The visible attribution of a quote: its analysts, linked, or its speaker label. */
function attribution(quote: QuoteAttributes, options: RemarkQuotesOptions, names: readonly (string | undefined)[]): (ElementContent | string)[] {
  const prefix = quote.kind === 'paraphrase' ? 'paraphrase of ' : '';
  if (!quote.analyst) return [`${prefix}${quote.speaker ?? ''}`];
  const links: (ElementContent | string)[] = [prefix];
  quote.analyst.forEach((id, i) => {
    if (i > 0) links.push(i === quote.analyst!.length - 1 ? ' and ' : ', ');
    links.push(h('a', { href: options.analystHref(id), className: ['analyst'] }, names[i]));
  });
  return links;
}

export default function remarkQuotes(options: RemarkQuotesOptions) {
  const nameOf = new Map(options.analysts.map((a) => [a.id, a.name]));
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'quote') return;
      const read = readDirective('quote', node);
      if (!read.ok) file.fail(formatDirectiveIssues('quote', read.issues), node);
      const quote = read.value;
      const names = (quote.analyst ?? []).map((id) => {
        const name = nameOf.get(id);
        if (!name) file.fail(`:quote analyst: unknown analyst "${id}" in quote "${quote.id}"`, node);
        return name;
      });
      const who = quote.analyst ? joinNames(names) : (quote.speaker ?? '');
      const byline = h('span', [
        h('span', { ariaHidden: 'true' }, '— '),
        ...attribution(quote, options, names),
        ' ',
        permalink(quote.id, `Link to this ${quote.kind === 'direct' ? 'quote' : 'paraphrase'} (${who})`),
      ]).children;
      Object.assign(node, {
        type: 'quote',
        data: {
          hName: 'span',
          hProperties: {
            id: quote.id,
            className: ['quote', `quote-${quote.kind}`],
            dataAnalyst: quote.analyst?.join(' '),
            dataSpeaker: who,
            // A Pagefind sub-result of the section page, titled by who said it.
            dataPagefindTitle: who,
            dataContinues: quote.continues,
          },
        },
        children: [
          {
            type: 'quoteText',
            data: { hName: quote.kind === 'direct' ? 'q' : 'span', hProperties: { className: ['quote-text'] } },
            children: node.children as PhrasingContent[],
          },
          { type: 'quoteBy', data: { hName: 'span', hProperties: { className: [ANNOTATION, 'quote-by'] }, hChildren: byline }, children: [] },
        ],
      });
    });
  };
}
