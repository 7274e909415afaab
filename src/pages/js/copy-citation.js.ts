/**
 * /js/copy-citation.js: the "Copy" buttons of "Cite this" (src/lib/cite/client/copy-citation.ts,
 * which imports nothing), built by lib/build/client-module.ts. Loaded only by a
 * button's onclick handler, never on page load.
 */
import type { APIRoute } from 'astro';
import { clientModule } from '../../lib/build/client-module.ts';
import source from '../../lib/cite/client/copy-citation.ts?raw';

export const GET: APIRoute = () => clientModule(source, 'copy-citation.ts');
