/**
 * /js/selection-link.js: the selection-link module (src/lib/share/client/selection-link.ts,
 * which imports nothing), built by lib/build/client-module.ts. Loaded only by
 * the section text's onpointerup/onkeyup handler, never on page load.
 */
import type { APIRoute } from 'astro';
import { clientModule } from '../../lib/build/client-module.ts';
import source from '../../lib/share/client/selection-link.ts?raw';

export const GET: APIRoute = () => clientModule(source, 'selection-link.ts');
