import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { loadEvents } from './lib/content/reference-data.ts';
import { contentRoot } from './lib/content/root.ts';
import { analystSchema, articleSchema, contentLayout, eventSchema, glossaryEntrySchema, sectionSchema, slugSchema } from './lib/content/schema.ts';

const root = contentRoot();
const articlesBase = `${root}/${contentLayout.articles}`;

/** `<article>/article.yaml` → id `<article>` */
const articles = defineCollection({
  loader: glob({ pattern: `*/${contentLayout.articleFile}`, base: articlesBase, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: articleSchema,
});

/**
 * `<article>/sections/*.md` → id `<article>/<slug>`. The Markdown itself is not kept in the data store
 * (`retainBody: false`): Astro inlines the whole store into the build as one module, and at 1,000
 * articles the raw text was a third of it; the site reads it from the file (lib/site/corpus.ts).
 */
const sections = defineCollection({
  loader: glob({
    pattern: `*/${contentLayout.sections}/*.md`,
    base: articlesBase,
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data.slug)}`,
    retainBody: false,
  }),
  schema: sectionSchema,
});

const analysts = defineCollection({ loader: file(`${root}/${contentLayout.analysts}`), schema: analystSchema });
const glossary = defineCollection({ loader: file(`${root}/${contentLayout.glossary}`), schema: glossaryEntrySchema });

/** `<article>/events.yaml` entries → id `<article>/<event>` */
const events = defineCollection({
  loader: () => loadEvents(root).map((e) => ({ ...e, id: `${e.article}/${e.id}`, eventId: e.id })),
  schema: eventSchema.extend({ id: z.string(), article: slugSchema, eventId: slugSchema }),
});

export const collections = { articles, sections, analysts, glossary, events };
