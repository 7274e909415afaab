/**
 * The one piece of JavaScript a section page carries: the value of the
 * `onpointerup` and `onkeyup` attributes of its text. It runs only when the
 * reader lets go of the mouse or a key inside the text, and only when some
 * text is selected does it load the selection-link module (nothing runs or
 * loads before that). astro.config.mjs hashes this exact string into the
 * CSP (script-src-attr 'unsafe-hashes' 'sha256-…'), so the two cannot drift.
 */
import { urls } from '../site/urls.ts';

export const SELECTION_HANDLER = `getSelection().isCollapsed||import('${urls.selectionModule()}').then(m=>m.offer(this,event))`;
