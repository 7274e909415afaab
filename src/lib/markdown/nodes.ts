/**
 * The mdast nodes our remark plugins make, declared on mdast's content maps
 * (as mdast-util-directive declares its directives), so every visitor and
 * every tree that holds them is typed. Each carries `data.hName` and
 * `data.hProperties` (mdast-util-to-hast's fields) for the HTML it becomes.
 */
import type { Data, Node, Parent, PhrasingContent } from 'mdast';

/** A quoted or paraphrased statement (`:quote`): `<q>` or a marked span around the author's words. */
export interface Quote extends Parent {
  type: 'quote';
  children: PhrasingContent[];
  data: Data;
}

/** A glossary term (`:term`): `<abbr>` or a span around the text as the source has it. */
export interface GlossaryTerm extends Parent {
  type: 'term';
  children: PhrasingContent[];
  data: Data;
}

/** Text a `:sic` note flags, unchanged. */
export interface SicText extends Parent {
  type: 'sicText';
  children: PhrasingContent[];
  data: Data;
}

/** A margin note (a quote's, a term's, an editorial one), made as HTML already (`data.hChildren`). */
export interface MarginNote extends Node {
  type: 'marginNote';
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    quote: Quote;
    term: GlossaryTerm;
    sicText: SicText;
    marginNote: MarginNote;
  }
  interface RootContentMap {
    quote: Quote;
    term: GlossaryTerm;
    sicText: SicText;
    marginNote: MarginNote;
  }
}
