/**
 * Turns Pagefind results into what the reader sees: quotes (one per quote,
 * never twice) and passages, with plain-text excerpt parts for safe
 * rendering and a link that highlights the match on the target page.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** Excerpt text split into plain and marked parts; never HTML. */
export type ExcerptPart = { text: string; mark: boolean };

export interface QuoteResult {
  kind: 'quote';
  url: string;
  who: string;
  quote: string;
  section: string;
  article: string;
}

export interface PassageResult {
  kind: 'passage';
  url: string;
  title: string;
  article: string;
  excerpt: ExcerptPart[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** Pagefind excerpts are escaped text with <mark> tags: split them into parts. */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(html.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
    parts.push({ text: decode(m[1]!.replace(/<[^>]*>/g, '')), mark: true });
    last = re.lastIndex;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return parts.filter((p) => p.text !== '');
}

const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Punctuation around a marked word: Pagefind marks `naïve.”`, `(CSTO)`, `13.` whole. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A text fragment (`:~:text=`) that makes the browser scroll to and
 * highlight the first marked words of an excerpt on the target page.
 * No prefix or suffix: annotations between words would stop them matching.
 * The punctuation around the words is left out for the same reason: on the
 * page a quote's closing mark or full stop often comes after the speaker's
 * name and permalink (`naïve.</q> — Sutyrin #”`), so `naïve.”` would match nothing.
 */
export function textFragment(parts: readonly ExcerptPart[]): string {
  const target = parts.find((p) => p.mark)?.text.replace(EDGE_PUNCTUATION, '');
  return target ? `:~:text=${enc(target)}` : '';
}

/** Adds a text fragment to a URL, after its #anchor if it has one. */
export function withFragment(url: string, fragment: string): string {
  if (!fragment) return url;
  return url.includes('#') ? `${url}${fragment}` : `${url}#${fragment}`;
}

/** A quote result links to the quote's own anchor: the quote is the page's :target, highlighted and in view. */
export function toQuote(data: PagefindData): QuoteResult {
  return {
    kind: 'quote',
    url: data.url,
    who: data.meta.title ?? '',
    quote: data.meta.quote ?? '',
    section: data.meta.section ?? '',
    article: data.meta.article ?? '',
  };
}

export function toPassage(data: PagefindData): PassageResult {
  const parts = parseExcerpt(data.excerpt);
  return {
    kind: 'passage',
    url: withFragment(data.url, textFragment(parts)),
    title: data.meta.title ?? '',
    article: data.meta.article ?? '',
    excerpt: parts,
  };
}

/** Splits results by kind; a quote appears once, however it was matched. */
export function groupResults(items: readonly PagefindData[]): { quotes: QuoteResult[]; passages: PassageResult[] } {
  const quotes: QuoteResult[] = [];
  const passages: PassageResult[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.url)) continue;
    seen.add(item.url);
    if (item.filters.kind?.includes('quote')) quotes.push(toQuote(item));
    else passages.push(toPassage(item));
  }
  return { quotes, passages };
}
