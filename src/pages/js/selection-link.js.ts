/**
 * /js/selection-link.js: the selection-link module (src/lib/share/client/selection-link.ts,
 * which imports nothing), its types stripped at build time by Vite's own
 * transform (Oxc), so it is served as one dependency-free file. Loaded only by
 * the section text's onpointerup/onkeyup handler, never on page load.
 */
import type { APIRoute } from 'astro';
import { transformWithOxc } from 'vite';
import source from '../../lib/share/client/selection-link.ts?raw';

export const GET: APIRoute = async () => {
  const { code } = await transformWithOxc(source, 'selection-link.ts', { lang: 'ts', target: 'es2022' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
