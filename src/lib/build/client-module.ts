/**
 * A browser module served by the site (`/js/<name>.js`) from a TypeScript
 * source that imports nothing: its types stripped at build time by Vite's
 * own transform (Oxc), so it is served as one dependency-free file.
 */
import { transformWithOxc } from 'vite';

export async function clientModule(source: string, fileName: string): Promise<Response> {
  const { code } = await transformWithOxc(source, fileName, { lang: 'ts', target: 'es2022' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
