/**
 * Writing a draft's files: section Markdown (the author's text escaped,
 * with the proposed `:quote` directives around the quoted words),
 * article.yaml and events.yaml. Placeholders start with "TODO" so that the
 * editor (and a search) finds them; every one still passes the schema.
 */
import { stringify } from 'yaml';
import { PAGE_TITLE_MAX } from '../../lib/content/schema.ts';
import { attributeValue, escapeMarkdown } from './escape.ts';
import { proposeShortTitle } from './title.ts';
import type { EventProposal } from './events.ts';
import type { QuoteProposal } from './quotes.ts';
import type { DraftPhoto, DraftSection } from './structure.ts';

export const TODO = {
  summary: 'TODO: summarise the article in one or two sentences.',
  topic: 'TODO-topic',
  publication: 'TODO: the publication',
  url: 'https://example.org/TODO',
  published: 'XXXX',
  sectionSummary: 'TODO: summarise this section in one sentence.',
} as const;

/** A YAML scalar on one line, quoted where YAML needs it. */
export function yamlScalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A `:quote` directive's attributes: `{#q-id person=x kind=direct}`. */
export function quoteAttributes(q: Pick<QuoteProposal, 'id' | 'people' | 'speaker' | 'speakerType' | 'continues'>): string {
  const who = q.people ? `person=${attributeValue(q.people.join(' '))}` : `speaker=${attributeValue(q.speaker ?? 'TODO')}`;
  // A speaker who is not in people.yaml: the type the tool guessed (person, organization, group).
  const parts = [`#${q.id}`, who, q.speakerType ? `speakerType=${q.speakerType}` : '', 'kind=direct', q.continues ? `continues=${q.continues}` : ''];
  return `{${parts.filter(Boolean).join(' ')}}`;
}

/** One paragraph's Markdown: the text escaped, each marked quote wrapped in `:quote[…]{…}`. */
export function renderParagraph(text: string, quotes: readonly Pick<QuoteProposal, 'start' | 'end' | 'id' | 'people' | 'speaker' | 'speakerType' | 'continues'>[]): string {
  let out = '';
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    out += escapeMarkdown(text.slice(at, q.start), at === 0);
    out += `:quote[${escapeMarkdown(text.slice(q.start, q.end))}]${quoteAttributes(q)}`;
    at = q.end;
  }
  return out + escapeMarkdown(text.slice(at), at === 0);
}

/** A section file: frontmatter, then one paragraph per source line. */
export function renderSection(section: DraftSection, quotes: readonly QuoteProposal[]): string {
  const frontmatter = [
    `title: ${yamlScalar(section.title)}${section.untitled ? '  # TODO: the source gives this section no heading; this title is ours' : ''}`,
    `slug: ${section.slug}  # TODO: confirm; the section's URL, never change it once published`,
    `order: ${section.order}`,
    ...(section.untitled ? ['untitled: true'] : []),
    `summary: ${yamlScalar(TODO.sectionSummary)}`,
  ];
  const paragraphs = section.paragraphs.map((text, i) =>
    renderParagraph(text, quotes.filter((q) => q.marked && q.section === section.slug && q.paragraph === i + 1)),
  );
  return `---\n${frontmatter.join('\n')}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export interface ArticleFields {
  title: string;
  publication?: string;
  url?: string;
  published?: string;
  /** Where `published` came from, when it is a guess. */
  publishedGuess?: string;
  author?: string;
  photo?: DraftPhoto;
  source: string;
}

export function renderArticle(a: ArticleFields): string {
  const lines = [
    `# DRAFT written by "npm run ingest" from ${a.source}.`,
    '# Every TODO is a placeholder or a guess: see the checklist the tool printed.',
    '# Not published while it is a draft: remove "draft: true" once no TODO is left (check:content then fails on any).',
    'draft: true',
    `title: ${yamlScalar(a.title)}`,
    // Page titles are at most PAGE_TITLE_MAX characters: a longer title needs a shortTitle (the draft proposes one).
    ...(a.title.length > PAGE_TITLE_MAX
      ? [`shortTitle: ${yamlScalar(proposeShortTitle(a.title, PAGE_TITLE_MAX))}  # TODO: a short title for tabs and search results (the title has ${a.title.length} characters; at most ${PAGE_TITLE_MAX})`]
      : []),
    `summary: ${yamlScalar(TODO.summary)}`,
    `topics: [${TODO.topic}]  # TODO: list the topics`,
    'source:',
    a.publication
      ? `  publication: ${yamlScalar(a.publication)}  # TODO: confirm (guessed from the title line)`
      : `  publication: ${yamlScalar(TODO.publication)}`,
    `  url: ${yamlScalar(a.url ?? TODO.url)}${a.url ? '' : '  # TODO: the article’s address (--url)'}`,
    `  published: ${JSON.stringify(a.published ?? TODO.published)}${a.publishedGuess ? `  # TODO: ${a.publishedGuess}` : ''}`,
    '  type: magazine  # TODO: magazine or newspaper (what reference managers save it as)',
    a.author ? `  authors: [${a.author.split(/\s*,\s*|\s+(?:and|et|и|&)\s+/u).map(yamlScalar).join(', ')}]  # TODO: confirm (from the byline, one entry per author)` : '  authors: []  # TODO: the author(s) the source names, e.g. [Catherine Putz]; [] if it names none',
  ];
  if (a.photo) {
    lines.push('photo:', `  caption: ${yamlScalar(a.photo.caption)}`, `  credit: ${yamlScalar(a.photo.credit)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderEvents(events: readonly EventProposal[]): string {
  const header = [
    '# DRAFT events proposed by "npm run ingest" from the dates found in the text.',
    '# TODO: confirm each date, write each label, split an event whose mentions are',
    '# different events, add events the text dates in other words ("early January").',
  ];
  if (events.length === 0) return `${header.join('\n')}\n[]\n`;
  const body = events.flatMap((e) => [
    ...e.found.map((f) => `# found “${f.phrase}” in ${f.where}`),
    ...(e.flag ? [`# TODO: confirm the date: ${e.flag}`] : []),
    ...(e.afterPublication ? ['# TODO: this date is after the publication date: check the year'] : []),
    `- id: ${e.id}`,
    `  date: ${yamlScalar(e.date)}`,
    `  label: ${yamlScalar(e.label)}`,
    '  mentions:',
    ...e.mentions.map((m) => `    - { ${m.section ? `section: ${m.section}, ` : ''}anchor: ${m.anchor} }`),
  ]);
  return `${[...header, ...body].join('\n')}\n`;
}
