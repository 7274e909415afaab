/** `npm run serve [-- <dir>]`: serves the built site on http://127.0.0.1:$PORT (default 4321). */
import { existsSync } from 'node:fs';
import { startStaticServer } from '../src/cli/static-server.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/index.html not found: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const running = await startStaticServer(dir, port, process.env.HOST ?? '127.0.0.1');
console.log(`Serving ${dir}/ at ${running.url}/  (Ctrl+C to stop)`);
