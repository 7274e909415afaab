/**
 * remark plugin: `:quote[text]{#id person=cooley kind=direct}` marks a
 * quoted or paraphrased statement. Direct quotes render as `<q>`,
 * paraphrases as a marked span; both carry a stable id. Who said it (linked
 * to their page in the people registry), direct or paraphrase, the quote's permalink and
 * its page (to cite or share) go in a margin note after it, never inside
 * the author's sentence. The author's words and quotation marks are left
 * exactly as they are.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Person, QuoteAttributes } from '../content/schema.ts';
import { formatDirectiveIssues, readDirective } from './directives.ts';
import { joinNames, nameSeparator } from '../text.ts';
import { marginNoteNode, srOnly } from './hast.ts';
import type { Quote } from './nodes.ts';

export interface RemarkQuotesOptions {
  people: readonly Pick<Person, 'id' | 'name'>[];
  /** URL of a person's page. */
  personHref: (id: string) => string;
  /** URL of a quote's own page (its citation and share card); none: no link. */
  quoteHref?: (id: string) => string;
}

/** Who said it: the registry's entries, linked, or the speaker label. */
function speakers(quote: QuoteAttributes, options: RemarkQuotesOptions, names: readonly (string | undefined)[]): (ElementContent | string)[] {
  if (!quote.person) return [quote.speaker ?? ''];
  const links: (ElementContent | string)[] = [];
  quote.person.forEach((id, i) => {
    if (i > 0) links.push(nameSeparator(i, quote.person!.length));
    links.push(h('a', { href: options.personHref(id), className: ['person'] }, names[i]));
  });
  return links;
}

/** The quote's margin note: "Alexander Cooley · link · cite", "some observers (paraphrase) · link · cite". */
function quoteNote(quote: QuoteAttributes, options: RemarkQuotesOptions, names: readonly (string | undefined)[], who: string) {
  const kind = quote.kind === 'direct' ? 'quote' : 'paraphrase';
  const children: (ElementContent | string)[] = [
    ...speakers(quote, options, names),
    quote.kind === 'direct' ? '' : ' (paraphrase)',
    quote.continues ? ' (continued)' : '',
    ' · ',
    h('a', { className: ['permalink'], href: `#${quote.id}` }, ['link', srOnly(` to this ${kind} (${who})`)]),
  ];
  if (options.quoteHref && !quote.continues) children.push(' · ', h('a', { href: options.quoteHref(quote.id) }, ['cite', srOnly(` or share this ${kind}`)]));
  return marginNoteNode(children.filter((c) => c !== ''), 'nq');
}

export default function remarkQuotes(options: RemarkQuotesOptions) {
  const nameOf = new Map(options.people.map((p) => [p.id, p.name]));
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'quote' || !parent || index === undefined) return undefined;
      const read = readDirective('quote', node);
      if (!read.ok) file.fail(formatDirectiveIssues('quote', read.issues), node);
      const quote = read.value;
      const names = (quote.person ?? []).map((id) => {
        const name = nameOf.get(id);
        if (!name) file.fail(`:quote person: unknown person "${id}" in quote "${quote.id}"`, node);
        return name;
      });
      const who = quote.person ? joinNames(names) : (quote.speaker ?? '');
      const marked: Quote = {
        type: 'quote',
        position: node.position,
        data: {
          hName: quote.kind === 'direct' ? 'q' : 'span',
          hProperties: {
            id: quote.id,
            className: ['quote', `quote-${quote.kind}`],
            dataPerson: quote.person?.join(' '),
            // A Pagefind sub-result of the section page, titled by who said it.
            dataPagefindTitle: who,
            dataContinues: quote.continues,
          },
        },
        children: node.children,
      };
      parent.children.splice(index, 1, marked, quoteNote(quote, options, names, who));
      return index + 2;
    });
  };
}
