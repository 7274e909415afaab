/**
 * Cutting a cleaned source (src/cli/ingest/junk.ts) into what an article
 * is made of: the lead photo's caption and credit, and sections split at
 * heading lines. Nothing here changes a character of the text.
 */
import type { CleanedSource } from './junk.ts';

/** Title and slug of the section before the first heading (the source gives it none). */
export const OPENING = { title: 'Opening', slug: 'opening' } as const;

/** Section slugs that would collide with an article's own pages (see validate.ts). */
const RESERVED_SLUGS = new Set(['timeline']);

const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 14;
const MAX_SLUG_CHARS = 60;

export interface DraftPhoto {
  caption: string;
  /** The credit without its "Credit:" label. */
  credit: string;
  /** The whole "Credit: …" line, as in the source. */
  creditLine: string;
}

export interface DraftSection {
  title: string;
  slug: string;
  order: number;
  untitled: boolean;
  /** The source line that is the heading (undefined for the opening). */
  heading?: string;
  /** One source line per paragraph, as in the source. */
  paragraphs: string[];
}

export interface ArticleStructure {
  photo?: DraftPhoto;
  sections: DraftSection[];
}

/**
 * A heading: a short line that does not end a sentence (no final full stop,
 * ellipsis or exclamation mark, even inside closing quotes), e.g.
 * "Tactic or strategy?".
 */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}“"‘']/u.test(text) || !/\p{L}/u.test(text)) return false;
  // An interview's question ("Q: Why did Bishkek agree?", "SD: Was it a success?") is a paragraph, not a heading.
  if (/^(?:Q|Question|\p{Lu}{1,3})\s*:/u.test(text)) return false;
  // Nor a transcript's turn ("AMES: Aigerim, is this an invasion?"): a label in capitals, then a sentence.
  if (/^\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*[\p{Lu}\s]+)?\s*:\s+\p{Lu}.*[.?!]$/u.test(text)) return false;
  const end = text.replace(/[”"’')\]]+$/u, '');
  return !/[.…!,;:]$/.test(end);
}

/** Lowercase ASCII words joined by hyphens: "Looking Ahead: Kazakhstan’s …" → "looking-ahead-kazakhstans-…". */
export function slugify(text: string, maxChars = MAX_SLUG_CHARS): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxChars) return slug;
  const cut = slug.slice(0, maxChars + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, maxChars)).replace(/-+$/, '');
}

/** The first line starting "Credit:" among the first few, and the line before it as caption. */
function findPhoto(lines: readonly string[]): { photo?: DraftPhoto; at: number } {
  const at = lines.slice(0, 4).findIndex((l) => /^Credit:\s*\S/.test(l));
  if (at < 1) return { at: -1 };
  const creditLine = lines[at]!;
  return { photo: { caption: lines[at - 1]!, credit: creditLine.replace(/^Credit:\s*/, ''), creditLine }, at };
}

function uniqueSlug(wanted: string, taken: Set<string>): string {
  let base = wanted === '' ? 'section' : wanted;
  if (RESERVED_SLUGS.has(base)) base = `${base}-section`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Splits the cleaned lines into photo and sections. */
export function splitArticle(cleaned: Pick<CleanedSource, 'lines'>): ArticleStructure {
  const { photo, at } = findPhoto(cleaned.lines);
  const body = photo ? cleaned.lines.filter((_, i) => i !== at && i !== at - 1) : [...cleaned.lines];
  const sections: DraftSection[] = [];
  const taken = new Set<string>();
  // A heading must be followed by text: of two heading-like lines in a row,
  // or one at the very end, only a line followed by text starts a section.
  const heading = body.map(isHeadingLine);
  // (Nor a name above a handle, "Daniyar Seytkali" / "@DSeitkali": a post's author.)
  const startsSection = (i: number) => heading[i]! && i + 1 < body.length && !heading[i + 1] && !/^@[A-Za-z0-9_]{2,30}$/u.test(body[i + 1]!);
  for (const [i, line] of body.entries()) {
    if (startsSection(i)) {
      sections.push({ title: line, slug: uniqueSlug(slugify(line), taken), order: 0, untitled: false, heading: line, paragraphs: [] });
      continue;
    }
    if (sections.length === 0) {
      sections.push({ title: OPENING.title, slug: uniqueSlug(OPENING.slug, taken), order: 0, untitled: true, paragraphs: [] });
    }
    sections.at(-1)!.paragraphs.push(line);
  }
  sections.forEach((s, i) => (s.order = i + 1));
  return { photo, sections };
}
