/**
 * Links that can be found again by their text: a link to a quote (or a
 * paragraph) carries its id and a text directive for its words,
 * `#q-id:~:text=start,end` (the directive the selection link makes:
 * src/scripts/share/selection-link.ts). The browser scrolls to the text; if
 * the text is not found, to the id; a browser without text fragments
 * ignores the directive. So a link still lands if its id is ever gone.
 */
import { chooseDirective, directiveString } from '../../scripts/share/selection-link.ts';

/** `url` (which has a #fragment) with a text directive for `text`. */
export function withTextDirective(url: string, text: string): string {
  const directive = chooseDirective([text], '', '');
  return directive ? `${url}:~:${directiveString(directive)}` : url;
}
