import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { loadEvents } from './lib/content/reference-data.ts';
import { sectionFiles } from './lib/content/section-loader.ts';
import { contentRoot } from './lib/content/root.ts';
import { articleSchema, contentLayout, eventSchema, glossaryEntrySchema, personSchema, sectionSchema, slugSchema } from './lib/content/schema.ts';

const root = contentRoot();
const articlesBase = `${root}/${contentLayout.articles}`;

/** `<article>/article.yaml` → id `<article>` */
const articles = defineCollection({
  loader: glob({ pattern: `*/${contentLayout.articleFile}`, base: articlesBase, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: articleSchema,
});

/** `<article>/sections/*.md` → id `<article>/<slug>`: the frontmatter; the text is rendered by the section's page (see section-loader.ts). */
const sections = defineCollection({ loader: sectionFiles(root), schema: sectionSchema });

/** people.yaml: everyone quoted, by id. */
const people = defineCollection({ loader: file(`${root}/${contentLayout.people}`), schema: personSchema });
const glossary = defineCollection({ loader: file(`${root}/${contentLayout.glossary}`), schema: glossaryEntrySchema });

/** `<article>/events.yaml` entries → id `<article>/<event>` */
const events = defineCollection({
  loader: () => loadEvents(root).map((e) => ({ ...e, id: `${e.article}/${e.id}`, eventId: e.id })),
  schema: eventSchema.extend({ id: z.string(), article: slugSchema, eventId: slugSchema }),
});

export const collections = { articles, sections, people, glossary, events };
