/**
 * Share cards (Open Graph images, 1200×630): what a card says and how it is
 * laid out (text blocks in a fixed frame). Pure: fonts and drawing are in
 * render-card.ts. Each card names the site; the alt text says what the
 * card shows.
 */
import { truncateWords } from './truncate.ts';

export const SITE_NAME = 'Analysis Reader';

export type CardContent =
  | { kind: 'quote'; text: string; direct: boolean; speaker: string; article: string; source: string }
  | { kind: 'section'; title: string; summary: string; article: string; source: string; position: string }
  | { kind: 'article'; title: string; summary: string; source: string };

/** How much of a quote a card shows. */
export const QUOTE_MAX = 230;

/** The quote as the card prints it: shortened, in quotation marks when it is a direct quote. */
export function cardQuote(content: Extract<CardContent, { kind: 'quote' }>): string {
  const text = truncateWords(content.text, QUOTE_MAX);
  return content.direct ? `“${text}”` : text;
}

export function cardAlt(content: CardContent): string {
  switch (content.kind) {
    case 'quote':
      return `${content.direct ? 'Quote by' : 'Paraphrase of'} ${content.speaker}: ${cardQuote(content)} — from ${content.article}`;
    case 'section':
      return `${content.title}: ${content.position} of ${content.article} (${content.source}), on ${SITE_NAME}`;
    case 'article':
      return `${content.title}: analysis from ${content.source}, on ${SITE_NAME}`;
  }
}

/** A run of text as the card draws it: wrapped to the card's width, one style. */
export interface TextBlock {
  text: string;
  family: 'serif' | 'sans';
  size: number;
  weight: 400 | 600;
  italic: boolean;
  /** Line height, as a multiple of the size. */
  lineHeight: number;
  color: string;
  /** Space above the block, in pixels (none for the first of a group). */
  marginTop: number;
}

/**
 * What a card shows, laid out: a header (the site's name, a label), the main
 * text centred in the space left, and a footer under a rule. Geometry and
 * colours are in CARD_FRAME; render-card.ts draws it.
 */
export interface CardLayout {
  label: string;
  main: TextBlock[];
  footer: TextBlock[];
}

export const CARD_COLORS = { bg: '#fdfcf9', fg: '#1d1c1a', muted: '#595650', accent: '#1d4f91', rule: '#d8d4cb' } as const;

export const CARD_FRAME = {
  /** The accent bar down the left edge. */
  bar: 18,
  padding: { top: 52, right: 72, bottom: 48, left: 64 },
  header: { size: 28, lineHeight: 1.25 },
  /** The rule above the footer, and the space under it. */
  rule: 2,
  footerGap: 20,
} as const;

const block = (text: string, style: Partial<Omit<TextBlock, 'text'>> & Pick<TextBlock, 'size'>): TextBlock => ({
  text,
  family: 'serif',
  weight: 400,
  italic: false,
  lineHeight: 1.25,
  color: CARD_COLORS.fg,
  marginTop: 0,
  ...style,
});

/** Font size for the main text: smaller as it gets longer, so it always fits. */
function sizeFor(text: string, steps: [number, number][]): number {
  return steps.find(([max]) => text.length <= max)?.[1] ?? steps.at(-1)![1];
}

const articleLine = (title: string, source: string): TextBlock[] => [
  block(truncateWords(title, 70), { size: 30, italic: true }),
  block(source, { family: 'sans', size: 24, color: CARD_COLORS.muted, marginTop: 6 }),
];

export function cardLayout(content: CardContent): CardLayout {
  switch (content.kind) {
    case 'quote': {
      const text = cardQuote(content);
      return {
        label: content.direct ? 'Quote' : 'Paraphrase',
        main: [
          block(text, { size: sizeFor(text, [[90, 56], [140, 48], [190, 42], [Infinity, 37]]), lineHeight: 1.3, italic: !content.direct }),
          block(`— ${truncateWords(content.speaker, 60)}`, { family: 'sans', size: 32, weight: 600, marginTop: 24 }),
        ],
        footer: articleLine(content.article, content.source),
      };
    }
    case 'section': {
      const title = truncateWords(content.title, 90);
      return {
        label: content.position,
        main: [
          block(title, { size: sizeFor(title, [[32, 68], [60, 58], [Infinity, 48]]), weight: 600, lineHeight: 1.15 }),
          block(truncateWords(content.summary, 170), { size: 30, lineHeight: 1.35, color: CARD_COLORS.muted, marginTop: 22 }),
        ],
        footer: articleLine(content.article, content.source),
      };
    }
    case 'article': {
      const title = truncateWords(content.title, 90);
      return {
        label: 'Analysis',
        main: [
          block(title, { size: sizeFor(title, [[40, 72], [70, 60], [Infinity, 50]]), weight: 600, lineHeight: 1.15 }),
          block(truncateWords(content.summary, 200), { size: 30, lineHeight: 1.35, color: CARD_COLORS.muted, marginTop: 22 }),
        ],
        footer: [block(`Originally published in ${content.source}`, { family: 'sans', size: 26, color: CARD_COLORS.muted })],
      };
    }
  }
}
