/**
 * /js/header-search.js: the header field's search module (src/lib/search/client/header.ts)
 * with what it imports (the search page's result rendering, Fuse.js), bundled into one
 * minified file by Rolldown (Vite's own bundler). Loaded only by the field's onfocus
 * handler (src/lib/search/header-handler.ts), never on page load.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'rolldown';

/** Astro builds and serves from the project's root. */
const ENTRY = resolve('src/lib/search/client/header.ts');

export const GET: APIRoute = async () => {
  const { output } = await build({ input: ENTRY, write: false, platform: 'browser', output: { format: 'esm', minify: true, codeSplitting: false } });
  return new Response(output[0].code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
