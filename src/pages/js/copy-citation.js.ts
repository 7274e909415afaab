/**
 * /js/copy-citation.js: the "Copy" buttons of "Cite this" (src/scripts/cite/copy-citation.ts),
 * compiled at build time. Loaded only by a button's onclick handler, never on page load.
 */
import type { APIRoute } from 'astro';
import { clientModule } from '../../lib/build/client-module.ts';
import source from '../../scripts/cite/copy-citation.ts?raw';

export const GET: APIRoute = () => clientModule(source, 'copy-citation.ts');
