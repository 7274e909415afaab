/**
 * Share cards (Open Graph images, 1200×630): what a card says and how it is
 * laid out, as the element tree satori draws. Pure: fonts and rendering are
 * in render-card.ts. Each card names the site; the alt text says what the
 * card shows.
 */
import { CARD } from './urls.ts';
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

/** A satori node: an element with a style and children (strings or nodes). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const COLORS = { bg: '#fdfcf9', fg: '#1d1c1a', muted: '#595650', accent: '#1d4f91', rule: '#d8d4cb', panel: '#f3f0e8' };
const SERIF = 'Source Serif 4';
const SANS = 'Source Sans 3';

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** Font size for the main text: smaller as it gets longer, so it always fits. */
function sizeFor(text: string, steps: [number, number][]): number {
  return steps.find(([max]) => text.length <= max)?.[1] ?? steps.at(-1)![1];
}

function frame(label: string, main: CardNode[], footer: CardNode[]): CardNode {
  return el(
    'div',
    { width: CARD.width, height: CARD.height, flexDirection: 'row', backgroundColor: COLORS.bg, color: COLORS.fg, fontFamily: SERIF },
    [
      el('div', { width: 18, flexShrink: 0, height: '100%', backgroundColor: COLORS.accent }),
      el('div', { flexDirection: 'column', flexGrow: 1, padding: '52px 72px 48px 64px' }, [
        el('div', { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', fontFamily: SANS, fontSize: 28 }, [
          el('div', { fontWeight: 600, color: COLORS.accent, letterSpacing: 0.5 }, SITE_NAME),
          el('div', { color: COLORS.muted }, label),
        ]),
        el('div', { flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, main),
        el('div', { flexDirection: 'column', borderTop: `2px solid ${COLORS.rule}`, paddingTop: 20 }, footer),
      ]),
    ],
  );
}

const articleLine = (title: string, source: string): CardNode[] => [
  el('div', { fontSize: 30, fontStyle: 'italic', lineHeight: 1.25 }, truncateWords(title, 70)),
  el('div', { fontFamily: SANS, fontSize: 24, color: COLORS.muted, marginTop: 6 }, source),
];

export function cardTree(content: CardContent): CardNode {
  switch (content.kind) {
    case 'quote': {
      const text = cardQuote(content);
      const size = sizeFor(text, [[90, 56], [140, 48], [190, 42], [Infinity, 37]]);
      return frame(
        content.direct ? 'Quote' : 'Paraphrase',
        [
          el('div', { fontSize: size, lineHeight: 1.3, fontStyle: content.direct ? 'normal' : 'italic' }, text),
          el('div', { fontFamily: SANS, fontSize: 32, fontWeight: 600, marginTop: 24, color: COLORS.fg }, `— ${truncateWords(content.speaker, 60)}`),
        ],
        articleLine(content.article, content.source),
      );
    }
    case 'section': {
      const title = truncateWords(content.title, 90);
      return frame(
        content.position,
        [
          el('div', { fontSize: sizeFor(title, [[32, 68], [60, 58], [Infinity, 48]]), fontWeight: 600, lineHeight: 1.15 }, title),
          el('div', { fontSize: 30, lineHeight: 1.35, marginTop: 22, color: COLORS.muted }, truncateWords(content.summary, 170)),
        ],
        articleLine(content.article, content.source),
      );
    }
    case 'article': {
      const title = truncateWords(content.title, 90);
      return frame(
        'Analysis',
        [
          el('div', { fontSize: sizeFor(title, [[40, 72], [70, 60], [Infinity, 50]]), fontWeight: 600, lineHeight: 1.15 }, title),
          el('div', { fontSize: 30, lineHeight: 1.35, marginTop: 22, color: COLORS.muted }, truncateWords(content.summary, 200)),
        ],
        [el('div', { fontFamily: SANS, fontSize: 26, color: COLORS.muted }, `Originally published in ${content.source}`)],
      );
    }
  }
}
