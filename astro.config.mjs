// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import { loadReferenceData } from './src/lib/content/reference-data.ts';
import { contentRoot } from './src/lib/content/root.ts';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown/pipeline.ts';

const root = contentRoot();
const data = loadReferenceData(root);

export default defineConfig({
  // The public origin, for canonical URLs, Open Graph and the sitemap.
  site: process.env.SITE_URL ?? 'https://reader.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    // Keep the author's text as it is: no smart quotes, no autolinks.
    processor: unified({
      remarkPlugins: remarkPlugins(data),
      rehypePlugins: rehypePlugins(data),
      gfm: false,
      smartypants: false,
    }),
  },
  integrations: [contentCheck({ root }), sitemap(), searchIndex({ root })],
});
