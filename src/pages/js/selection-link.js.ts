/**
 * /js/selection-link.js: the selection-link module (src/scripts/share/selection-link.ts),
 * compiled at build time. Loaded only by the section text's onpointerup/onkeyup
 * handler, never on page load.
 */
import type { APIRoute } from 'astro';
import { clientModule } from '../../lib/build/client-module.ts';
import source from '../../scripts/share/selection-link.ts?raw';

export const GET: APIRoute = () => clientModule(source, 'selection-link.ts');
