/**
 * One generated article: article.yaml, 4–8 sections of 3–7 paragraphs
 * (60–140 words each), 5–15 `:quote` directives spread across the sections,
 * and 5–10 dated events whose mentions point at paragraphs and quotes that
 * exist. Pure: it returns data; corpus.ts turns it into files.
 */
import { PAGE_TITLE_MAX, type Article, type GlossaryEntry, type Mention, type Section, type TimelineEvent } from '../../lib/content/schema.ts';
import { truncateWords } from '../../lib/share/truncate.ts';
import { edtfMonth, eventDate, publishedMonth } from './dates.ts';
import { slugify, type PoolAnalyst } from './people.ts';
import { chance, int, pick, sample, shuffle, weighted, type Rng } from './prng.ts';
import { directivesOf, planQuote, renderQuote, type QuotePlan, type RenderedQuote } from './quotes.ts';
import { indefinite, makeScene, paragraph, sentence, type Scene } from './text.ts';
import { ADJECTIVES, AUTHORS, INTRANSITIVE, NOUNS, PUBLICATIONS, SECTION_TITLES, TOPICS, VERBS } from './vocabulary.ts';
import { scanSection } from '../../lib/content/scan.ts';
import { derivedParagraphIds } from '../../lib/permalinks/resolve.ts';

export interface GeneratedSection {
  data: Section;
  /** Markdown body: paragraphs separated by blank lines. */
  body: string;
  /** Visible words per paragraph. */
  paragraphWords: number[];
}

export interface GeneratedArticle {
  slug: string;
  data: Article;
  sections: GeneratedSection[];
  events: TimelineEvent[];
  /** Every `:quote` directive's id, in order of generation. */
  quoteIds: string[];
  /** Each quote sentence's directive ids and the analysts it quotes (none for a labelled speaker). */
  quotes: { ids: string[]; analysts: string[] }[];
}

export interface ArticleOptions {
  /** Position in the corpus, from 0: part of every quote id, so ids are unique across the corpus. */
  index: number;
  analysts: readonly PoolAnalyst[];
  glossary: readonly GlossaryEntry[];
  /** Article slugs already used (a repeated title gets a numbered slug). */
  taken: Set<string>;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function title(rng: Rng, s: Scene): string {
  const n = () => pick(rng, NOUNS);
  const a = () => pick(rng, ADJECTIVES);
  switch (int(rng, 0, 5)) {
    case 0:
      return `${s.country}'s ${a()} ${n()}`;
    case 1:
      return `${cap(n())} or ${n()}? ${s.country} after the ${n()}`;
    case 2:
      return `The ${n()} of ${s.country}: ${a()} ${n()}, ${a()} ${n()}`;
    case 3:
      return `Why ${s.country}'s ${n()} ${pick(rng, INTRANSITIVE)}`;
    case 4: {
      const adjective = a();
      return `${s.country} and ${s.neighbour}: ${indefinite(adjective)} ${adjective} ${n()}`;
    }
    default:
      return `${cap(a())} ${n()} in ${s.capital}`;
  }
}

function eventLabel(rng: Rng, s: Scene): string {
  switch (int(rng, 0, 3)) {
    case 0:
      return `${s.country} ${pick(rng, VERBS)} the ${pick(rng, NOUNS)}`;
    case 1:
      return `Protests ${pick(rng, ['spread', 'erupted', 'resumed', 'subsided'])} in ${s.capital}`;
    case 2:
      return `The ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, INTRANSITIVE)}`;
    default:
      return `${s.leader} ${pick(rng, VERBS)} the ${pick(rng, NOUNS)} of ${s.neighbour}`;
  }
}

const TRAILING = new Set(['the', 'a', 'an', 'of', 'in', 'and', 'or', 'after']);

/** At most six words of the title, without a dangling "the" or "after". */
function titleSlug(text: string): string {
  const words = slugify(text.replace(/'s\b/g, 's'), 6).split('-');
  while (words.length > 1 && TRAILING.has(words.at(-1)!)) words.pop();
  return words.join('-');
}

function unique(base: string, taken: Set<string>): string {
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

/** Analysts drawn with falling weights: the pool's first analysts are quoted in many articles, the last in few. */
function analystPicker(rng: Rng, pool: readonly PoolAnalyst[]): () => PoolAnalyst {
  const weights = pool.map((_, i) => 1 / (i + 4));
  return () => weighted(rng, pool, weights);
}

interface PlacedQuote {
  plan: QuotePlan;
  section: number;
  paragraph: number;
}

export function generateArticle(rng: Rng, options: ArticleOptions): GeneratedArticle {
  const published = publishedMonth(rng);
  const scene = makeScene(rng, published.year, options.glossary);
  const articleTitle = title(rng, scene);
  const slug = unique(titleSlug(articleTitle), options.taken);

  // Sections and their paragraph counts.
  const sectionCount = int(rng, 4, 8);
  const paragraphCounts = Array.from({ length: sectionCount }, () => int(rng, 3, 7));
  const titles = sample(rng, SECTION_TITLES, sectionCount);
  const untitledOpening = chance(rng, 0.25);
  const sectionData: Section[] = titles.map((t, i) => {
    const sectionTitle = i === 0 && untitledOpening ? 'Opening' : t;
    return {
      title: sectionTitle,
      slug: slugify(sectionTitle),
      order: i + 1,
      summary: sentence(rng, scene, int(rng, 10, 18)).text,
      untitled: i === 0 && untitledOpening,
    };
  });

  // Quotes: 5–15 directives, the first ones one per section so that they spread, at most two per paragraph.
  const target = int(rng, 5, 15);
  const pickAnalyst = analystPicker(rng, options.analysts);
  const placed: PlacedQuote[] = [];
  const load = paragraphCounts.map((n) => new Array<number>(n).fill(0));
  const order = shuffle(rng, [...Array(sectionCount).keys()]);
  for (let directives = 0; directives < target; ) {
    const plan = planQuote(rng, pickAnalyst, target - directives);
    const section = placed.length < sectionCount ? order[placed.length]! : int(rng, 0, sectionCount - 1);
    const free = load[section]!.flatMap((n, p) => (n < 2 ? [p] : []));
    if (free.length === 0) continue;
    const p = pick(rng, free);
    load[section]![p]! += 1;
    placed.push({ plan, section, paragraph: p });
    directives += directivesOf(plan);
  }

  // Quote ids in reading order: q-<article>-<n>-<who>.
  placed.sort((a, b) => a.section - b.section || a.paragraph - b.paragraph);
  const quoteIds: string[] = [];
  const rendered = new Map<PlacedQuote, RenderedQuote>();
  const who = (plan: QuotePlan) => (plan.by === 'split' ? plan.analyst.id : plan.by === 'analyst' ? plan.analysts[0]!.id : slugify(plan.speaker.label).split('-').at(-1)!);
  for (const q of placed) {
    const ids = Array.from({ length: directivesOf(q.plan) }, (_, i) => `q-${options.index + 1}-${quoteIds.length + i + 1}-${who(q.plan)}`);
    quoteIds.push(...ids);
    rendered.set(q, renderQuote(rng, scene, q.plan, ids));
  }

  // Paragraphs, and every anchor an event may point at.
  const anchors: { mention: Mention; analysts: string[] }[] = [];
  const sections: GeneratedSection[] = sectionData.map((data, s) => {
    const paragraphAnchors: Mention[] = [];
    const paragraphs = Array.from({ length: paragraphCounts[s]! }, (_, p) => {
      const here = placed.filter((q) => q.section === s && q.paragraph === p).map((q) => rendered.get(q)!);
      const mention = { section: data.slug, anchor: '' };
      paragraphAnchors.push(mention);
      anchors.push({ mention, analysts: [] });
      for (const r of here) for (const id of r.ids) anchors.push({ mention: { section: data.slug, anchor: id }, analysts: r.analysts });
      return paragraph(rng, scene, int(rng, 60, 140), here);
    });
    const body = paragraphs.map((p) => p.md).join('\n\n');
    // A paragraph's id comes from its text (lib/permalinks/): the ids the site will give these.
    derivedParagraphIds(scanSection(body).paragraphs.map((p) => p.text)).forEach((id, p) => (paragraphAnchors[p]!.anchor = id));
    return { data, body, paragraphWords: paragraphs.map((p) => p.words) };
  });

  const photo = chance(rng, 0.3)
    ? { caption: sentence(rng, scene, int(rng, 12, 24)).text, credit: `${pick(rng, ['Photo', 'Archive photo', 'File photo'])} via ${pick(rng, PUBLICATIONS)}` }
    : undefined;

  // Events: 5–10, each mentioned in one to three places, the first its main passage.
  const eventIds = new Set<string>();
  const events: TimelineEvent[] = Array.from({ length: int(rng, 5, 10) }, () => {
    const label = eventLabel(rng, scene);
    const mentions = sample(rng, anchors, int(rng, 1, 3));
    const list: Mention[] = mentions.map((m) => m.mention);
    if (photo && chance(rng, 0.15)) list.splice(int(rng, 0, list.length), 0, { anchor: 'lead-photo' });
    const analysts = [...new Set(mentions.flatMap((m) => m.analysts))];
    const glossary = scene.glossary.length > 0 && chance(rng, 0.3) ? [pick(rng, scene.glossary).id] : [];
    return {
      id: unique(slugify(label, 4), eventIds),
      date: eventDate(rng, published),
      label,
      mentions: list,
      people: analysts,
      glossary,
    };
  });

  const data: Article = {
    title: articleTitle,
    // As an editor would: a title too long for a page title gets a short one.
    ...(articleTitle.length > PAGE_TITLE_MAX ? { shortTitle: truncateWords(articleTitle, PAGE_TITLE_MAX) } : {}),
    ...(chance(rng, 0.4) ? { dek: sentence(rng, scene, int(rng, 10, 20)).text } : {}),
    summary: `${sentence(rng, scene, int(rng, 14, 24)).text} ${sentence(rng, scene, int(rng, 10, 20)).text}`,
    topics: sample(rng, TOPICS, int(rng, 2, 4)),
    source: {
      publication: pick(rng, PUBLICATIONS),
      url: `https://example.org/${published.year}/${String(published.month).padStart(2, '0')}/${slug}/`,
      published: edtfMonth(published),
      type: 'magazine',
      authors: chance(rng, 0.7) ? [pick(rng, AUTHORS)] : [],
      language: 'en',
    },
    ...(photo ? { photo } : {}),
  };
  // Every third publication of the vocabulary is a newspaper (no draw from rng: the rest of the corpus stays as it was).
  if ((PUBLICATIONS as readonly string[]).indexOf(data.source.publication) % 3 === 2) data.source.type = 'newspaper';
  const quotes = placed.map((q) => ({ ids: rendered.get(q)!.ids, analysts: rendered.get(q)!.analysts }));
  return { slug, data, sections, events, quoteIds, quotes };
}
