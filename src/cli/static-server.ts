/**
 * A static file server for the built site (`dist/`), as a static host
 * would serve it: folders as `index.html`, `404.html` for missing pages.
 * Used by `npm start`, the browser tests and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  // `dev: true`: look files up on each request, so a rebuilt dist/ is served as it is now.
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'], gzip: false });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  })();
  const server = createServer((req, res) => {
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
