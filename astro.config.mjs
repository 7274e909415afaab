// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import artifacts from './src/integrations/artifacts.ts';
import contentCheck from './src/integrations/content-check.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import redirects from './src/integrations/redirects.ts';
import { loadPermalinks } from './src/lib/content/reference-data.ts';
import searchIndex from './src/lib/search/index-site.ts';
import { contentRoot } from './src/lib/content/root.ts';
import { COPY_HANDLER } from './src/lib/cite/copy-handler.ts';
import { redirectsOf } from './src/lib/permalinks/redirects.ts';
import { SELECTION_HANDLER } from './src/lib/share/selection-handler.ts';
import { HEADER_SEARCH_HANDLER } from './src/lib/search/header-handler.ts';

const root = contentRoot();
// Addresses that moved (a renamed section slug, a removed quote's page) are built as redirect pages: not in the sitemap.
const moved = new Set(redirectsOf(loadPermalinks(root), { quote: () => false }).map((r) => r.from));
// The site's inline event handlers, each allowed by its hash alone: the section text's (it loads the
// selection-link module on demand), the "Copy" buttons' of "Cite this" (they load the copy module on the click)
// and the header search field's (it loads the header-search module on its first focus).
const handlerHashes = [SELECTION_HANDLER, COPY_HANDLER, HEADER_SEARCH_HANDLER].map((handler) => ({
  hash: /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(handler).digest('base64')}`),
  kind: /** @type {const} */ ('attribute'),
}));
// Astro keeps its content-layer data store (the collections' entries) in `cacheDir` and reads it back
// while it builds: two builds sharing one cacheDir at once read each other's content. A build of
// another content root (a generated corpus, the corpus tests, the scale bench) keeps its own;
// ASTRO_CACHE_DIR sets it outright.
const cacheDir =
  process.env.ASTRO_CACHE_DIR ||
  (root === 'content' ? undefined : `./node_modules/.astro/content-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12)}/`);

export default defineConfig({
  // The public origin, for canonical URLs, Open Graph and the sitemap.
  site: process.env.SITE_URL ?? 'https://reader.example.org',
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Stylesheets stay files (cached, counted by the budget gate), never inlined into pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A build reuses the last one's pages whose content and code are unchanged (src/lib/site/cache-keys.ts);
  // `npm run build -- --force` renders every page.
  experimental: { incrementalBuild: true },
  vite: {
    // The dev server watches sources, not build outputs (.work/ holds generated corpora and bench builds: 100,000s of files).
    server: { watch: { ignored: ['**/.work/**', '**/dist/**', '**/bench-results/**'] } },
  },
  security: {
    // Hashes for Astro's own scripts and styles, no 'unsafe-inline'. Pagefind
    // compiles its WebAssembly search: it needs 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // script-src-attr 'unsafe-hashes' 'sha256-…': those handlers and no other inline JavaScript.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
        hashes: handlerHashes,
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Markdown: the content layer renders none; each section page renders its text with the site's
  // pipeline (src/lib/markdown/render-section.ts, Astro's @astrojs/markdown-remark processor).
  markdown: { syntaxHighlight: false },
  integrations: [contentCheck({ root }), artifacts({ root }), sitemap({ filter: (page) => !moved.has(new URL(page).pathname) }), searchIndex({ root }), cspHeaders(), redirects({ root })],
});
