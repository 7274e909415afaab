/**
 * The content model: one module of zod schemas, shared by Astro's content
 * config, by the scripts and by the tests. Everything an editor writes in
 * `content/` is checked against these shapes. Just over 300 lines: one
 * module by design (the brief's spine), each schema beside its documentation.
 */
import edtf from 'edtf';
import { z } from 'zod';

/** Lowercase words joined by single hyphens: stable ids and URL slugs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "tactic-or-strategy")');

const text = z.string().trim().min(1, 'must not be empty');

/** Dates already checked, by text. */
const edtfChecked = new Map<string, boolean>();

/** True when `value` is a date in the Extended Date/Time Format (ISO 8601-2). Remembered: the parser is slow (about 0.3 ms a date). */
export function isEdtf(value: string): boolean {
  let valid = edtfChecked.get(value);
  if (valid === undefined) {
    try {
      edtf(value);
      valid = true;
    } catch {
      valid = false;
    }
    if (edtfChecked.size >= 100_000) edtfChecked.clear();
    edtfChecked.set(value, valid);
  }
  return valid;
}

/**
 * An EDTF date string such as `2022-02`, `2021-22` (summer 2021) or
 * `2022-01~`. A bare year written unquoted in YAML (`date: 2022`) arrives
 * as a number and is read as that year.
 */
export const edtfSchema = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value instanceof Date ? `${value.toISOString().slice(0, 10)} (unquoted)` : value),
  z.string().refine(isEdtf, {
    message: 'is not a valid EDTF date (e.g. 2022-01-05, 2022-01, 2021-22 for summer 2021, 2022-01~); in article.yaml, quote a full date: "2022-01-05"',
  }),
);

/** What a source publication is, for reference managers' item types (a magazine or a newspaper article). */
export const publicationTypes = ['magazine', 'newspaper'] as const;
export type PublicationType = (typeof publicationTypes)[number];
/**
 * The longest page title (`<title>`) the site writes: html-validate's
 * long-title rule, and what tabs and search results show. Pages fit their
 * titles to it (src/lib/site/page-title.ts); check:content fails on a title
 * that cannot fit (src/lib/content/validate.ts).
 */
export const PAGE_TITLE_MAX = 70;

/** A page title as the page writes it in `<title>` (PageHead.astro): `&` and `<` escaped, the only characters that must be. */
export function titleHtml(title: string): string {
  return title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A title's length as html-validate's long-title rule counts it: the characters written (it does not decode `&amp;`). */
export function titleLength(title: string): number {
  return titleHtml(title).length;
}

/** `content/articles/<slug>/article.yaml` */
export const articleSchema = z.strictObject({
  title: text,
  /** The title for tabs, search results and share cards, when `title` is longer than PAGE_TITLE_MAX. */
  shortTitle: text.refine((t) => titleLength(t) <= PAGE_TITLE_MAX, `must be at most ${PAGE_TITLE_MAX} characters (an & counts as 5, as written in the page)`).optional(),
  /** Unfinished: checked (TODO placeholders allowed) but not published. Remove it when the article is done. */
  draft: z.boolean().optional(),
  dek: text.optional(),
  summary: text,
  topics: z.array(text).min(1, 'list at least one topic'),
  source: z.strictObject({
    publication: text,
    /** What the publication is: reference managers save the article as a magazine or a newspaper article. */
    type: z.enum(publicationTypes),
    url: z.url({ protocol: /^https?$/ }),
    /** Publication date at the precision the source gives (a month: `2022-02`). */
    published: edtfSchema,
    /** Whoever the source names as its author(s), in order, as written; `[]` when it names none (we never guess one). */
    authors: z.array(text).refine((names) => new Set(names).size === names.length, 'lists an author twice'),
    /** The original's language (BCP 47). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag (e.g. "en", "en-GB")').default('en'),
  }),
  /** The lead photo is not ours: we keep its caption and credit only. */
  photo: z
    .strictObject({
      caption: text,
      credit: text,
    })
    .optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** Frontmatter of `content/articles/<article>/sections/*.md` */
export const sectionSchema = z.strictObject({
  title: text,
  /** Part of the section's URL. Never change it once published. */
  slug: slugSchema,
  order: z.int().positive(),
  summary: text,
  /** The source gives this section no heading; `title` is ours. */
  untitled: z.boolean().default(false),
});
export type Section = z.infer<typeof sectionSchema>;

/**
 * What a registry entry is. Analysts (and the journalists who report them) come first in every list
 * and facet; officials and other named people next; then organisations, groups and documents.
 */
export const personKinds = ['analyst', 'journalist', 'official', 'person', 'organization', 'group', 'document'] as const;
export type PersonKind = (typeof personKinds)[number];

/**
 * One entry of `content/people.yaml`: everyone the articles quote or paraphrase by name, analysts,
 * officials, organisations, groups and documents alike.
 */
export const personSchema = z.strictObject({
  id: slugSchema,
  /** The display name. */
  name: text,
  kind: z.enum(personKinds),
  /** Who they are, in a few words: "President of Kazakhstan", "Senior fellow, Harriman Institute". */
  role: text.optional(),
  /** Every spelling found in the sources, the display name included. */
  aliases: z.array(text).min(1, 'list at least the display name'),
  note: text.optional(),
  /** Former ids: their pages (`/people/<id>/`) redirect to this entry's. Never reuse one. */
  former: z.array(slugSchema).default([]),
});
export type Person = z.infer<typeof personSchema>;

/** The order of kinds in lists and facets: analysts first. */
export function kindRank(kind: PersonKind): number {
  return personKinds.indexOf(kind);
}

/** Whether the registry entry is a person (as opposed to an organisation, a group or a document). */
export function isIndividual(kind: PersonKind): boolean {
  return kindRank(kind) <= kindRank('person');
}

/** A spelling of a glossary term found in a source. */
export const glossaryAliasSchema = z.strictObject({
  text,
  /** A scraping or translation artefact (e.g. the French OTSC for CSTO). */
  garbled: z.boolean().default(false),
  note: text.optional(),
});

/** One entry of `content/glossary.yaml`: an organisation or acronym. */
export const glossaryEntrySchema = z.strictObject({
  id: slugSchema,
  term: text,
  expansion: text,
  description: text.optional(),
  aliases: z.array(glossaryAliasSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const quoteKinds = ['direct', 'paraphrase'] as const;
/** What an unnamed voice (`speaker="…"`) is; a registry entry's is its `kind`. */
export const speakerTypes = ['person', 'organization', 'group', 'document'] as const;

const idList = z
  .string()
  .trim()
  .min(1)
  .transform((value) => value.split(/\s+/))
  .pipe(z.array(slugSchema));

/**
 * Attributes of a `:quote[…]{…}` directive. `person` is a space-separated
 * list of people.yaml ids (a joint quote has two; `analyst=` is its older
 * spelling, still read); an unnamed voice ("some observers") carries a
 * `speaker` label and its `speakerType` instead.
 */
export const quoteAttributesSchema = z
  .strictObject({
    id: slugSchema,
    person: idList.optional(),
    /** The older name of `person` (before the registry held more than analysts). */
    analyst: idList.optional(),
    speaker: text.optional(),
    speakerType: z.enum(speakerTypes).optional(),
    kind: z.enum(quoteKinds),
    /** The id of the quote this part continues, when an attribution splits one quotation. */
    continues: slugSchema.optional(),
  })
  .refine((q) => q.person === undefined || q.analyst === undefined, {
    message: 'use person="…" only (analyst="…" is its older name)',
    path: ['analyst'],
  })
  .refine((q) => (q.person === undefined && q.analyst === undefined) !== (q.speaker === undefined), {
    message: 'a quote needs exactly one of person="…" (an id in people.yaml) or speaker="…" (an unnamed voice)',
    path: ['person'],
  })
  .refine((q) => q.speakerType === undefined || q.speaker !== undefined, {
    message: 'speakerType is for speaker="…" only: a registry entry\'s kind is in people.yaml',
    path: ['speakerType'],
  })
  .transform(({ analyst, person, speakerType, ...q }) => {
    const ids = person ?? analyst;
    return { ...q, person: ids, speakerType: ids ? undefined : (speakerType ?? ('group' as const)) };
  });
export type QuoteAttributes = z.infer<typeof quoteAttributesSchema>;

export const noteKinds = ['fused', 'spelling', 'punctuation', 'quotation', 'garbled', 'acronym'] as const;

/** Attributes of an editorial `:sic[…]{…}` directive: a flagged source anomaly. */
export const sicAttributesSchema = z.strictObject({
  kind: z.enum(noteKinds),
  note: text,
});
export type SicAttributes = z.infer<typeof sicAttributesSchema>;

/** Attributes of a `:term[…]{…}` directive: a glossary reference. */
export const termAttributesSchema = z.strictObject({
  ref: slugSchema,
});

/**
 * Where a text mentions an event: a paragraph (`p-3f9a1c`) or quote id of a
 * section, or, without `section`, an anchor on the article's overview page
 * (`lead-photo`, for the photo caption).
 */
export const mentionSchema = z.strictObject({
  section: slugSchema.optional(),
  anchor: slugSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

/** One entry of `content/articles/<article>/events.yaml`: a dated event the article mentions. */
export const eventSchema = z.strictObject({
  id: slugSchema,
  /** EDTF, at exactly the precision the text gives. */
  date: edtfSchema,
  label: text,
  /** Why the date is what it is, where the text leaves it implicit. */
  note: text.optional(),
  /** Every place the article mentions the event; the first is its main passage. */
  mentions: z.array(mentionSchema).min(1, 'list at least one place where the text mentions the event'),
  /** Who the event involves: people.yaml ids. */
  people: z.array(slugSchema).default([]),
  glossary: z.array(slugSchema).default([]),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

/** Anchors on an article's overview page that events may point at. */
export const overviewAnchors = { photo: 'lead-photo' } as const;

const fingerprintSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a fingerprint is 16 hex digits (written by npm run permalinks)');

/** A published block (paragraph, heading, quote, title) in permalinks.yaml: its id, the fingerprint of its text, and the text's first and last words. */
export const publishedBlockSchema = z.strictObject({
  id: slugSchema,
  fingerprint: fingerprintSchema,
  text: z.string(),
});
export type PublishedBlock = z.infer<typeof publishedBlockSchema>;

/**
 * A fragment that was published and no longer names a block of its own:
 * it lands on `to` (a block of the same section). `revised`: its text was
 * changed or removed, and the reader is told so; otherwise only its name
 * changed (a renamed quote id, a former section slug, a paragraph's id from
 * before ids were content-derived).
 */
export const formerAnchorSchema = z.strictObject({
  id: slugSchema,
  to: slugSchema,
  revised: z.boolean(),
  /** It was a quote's id: its page (`/quotes/<id>/`) redirects too. */
  quote: z.literal(true).optional(),
});
export type FormerAnchor = z.infer<typeof formerAnchorSchema>;

/** One section of permalinks.yaml: every public URL and fragment of the section, as published. */
export const publishedSectionSchema = z.strictObject({
  slug: slugSchema,
  /** Former slugs: their URLs redirect here. */
  former: z.array(slugSchema),
  title: publishedBlockSchema,
  headings: z.array(publishedBlockSchema),
  paragraphs: z.array(publishedBlockSchema),
  quotes: z.array(publishedBlockSchema),
  anchors: z.array(formerAnchorSchema),
});
export type PublishedSection = z.infer<typeof publishedSectionSchema>;

/** `content/articles/<article>/permalinks.yaml`: the record of what is published, written by `npm run permalinks`. */
export const permalinksSchema = z.strictObject({
  sections: z.array(publishedSectionSchema),
});
export type Permalinks = z.infer<typeof permalinksSchema>;

/** The files of one content root, as the loader reads them. */
export const contentLayout = {
  people: 'people.yaml',
  glossary: 'glossary.yaml',
  articles: 'articles',
  articleFile: 'article.yaml',
  eventsFile: 'events.yaml',
  permalinksFile: 'permalinks.yaml',
  /** The raw scraped text the article was ingested from, kept as it was. */
  sourceFile: 'source.txt',
  sections: 'sections',
} as const;
