// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Starlight's defaults (its Pagefind search, sitemap, Expressive Code); the docs are written by bench/lib/starlight.ts.
export default defineConfig({
  site: 'https://reader.example.org',
  integrations: [starlight({ title: 'Analysis Reader (Starlight baseline)' })],
});
