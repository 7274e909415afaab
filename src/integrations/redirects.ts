/**
 * Astro integration: after the build, writes `dist/_redirects` (Netlify and
 * Cloudflare Pages) with a 301 for every published address that moved
 * (lib/permalinks/redirects.ts: sections, quotes, people's pages). A 301 keeps the reader's #fragment; the
 * static page at the old path does the same for other hosts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadPermalinks, loadReferenceData } from '../lib/content/reference-data.ts';
import { peopleRedirects, redirectsFile, redirectsOf } from '../lib/permalinks/redirects.ts';
import { urls } from '../lib/site/urls.ts';

export default function redirects(options: { root: string }): AstroIntegration {
  return {
    name: 'analysis-reader:redirects',
    hooks: {
      'astro:build:done': ({ dir, pages, logger }) => {
        // A quote that still has its page is not redirected (its id only moved within the text).
        const built = new Set(pages.map((p) => `/${p.pathname}`));
        const list = [
          ...redirectsOf(loadPermalinks(options.root), { quote: (id) => built.has(urls.quotePage(id)) }),
          ...peopleRedirects(loadReferenceData(options.root).people, (id) => built.has(urls.person(id))),
        ];
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(list));
        logger.info(`wrote _redirects: ${list.length} moved address(es)`);
      },
    },
  };
}
