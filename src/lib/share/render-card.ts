/**
 * Draws a share card to PNG at build time: Skia (@napi-rs/canvas) sets the
 * text of the card's layout (card.ts), wrapped to the frame, and sharp
 * (libvips) encodes the pixels as PNG off the main thread. The fonts are
 * Source Serif 4 and Source Sans 3 (SIL Open Font License 1.1), from their
 * @fontsource packages: latin and latin-ext, regular, italic and semibold.
 *
 * Why sharp beside the canvas, which can encode PNG itself: measured on a
 * quote card, sharp encodes the canvas's pixels (alpha removed, zlib level 3)
 * in about 4 ms to 64 KB, the canvas's own PNG encoder takes about 23 ms for
 * 77 KB. Drawing and reading the pixels take about 7 ms of the thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { cachedBytes, cachedFile } from '../build/artifact-cache.ts';
import { CARD_COLORS, CARD_FRAME, cardLayout, SITE_NAME, type CardContent, type CardLayout, type TextBlock } from './card.ts';
import { CARD } from './keys.ts';

const FAMILIES = { serif: 'Source Serif 4', sans: 'Source Sans 3' } as const;
const FACES: { pkg: string; family: keyof typeof FAMILIES; weight: 400 | 600; style: 'normal' | 'italic' }[] = [
  { pkg: 'source-serif-4', family: 'serif', weight: 400, style: 'normal' },
  { pkg: 'source-serif-4', family: 'serif', weight: 400, style: 'italic' },
  { pkg: 'source-serif-4', family: 'serif', weight: 600, style: 'normal' },
  { pkg: 'source-sans-3', family: 'sans', weight: 400, style: 'normal' },
  { pkg: 'source-sans-3', family: 'sans', weight: 600, style: 'normal' },
];
const SUBSETS = ['latin', 'latin-ext'];
/** zlib level 3: files within 5% of the default level's, a third quicker (adaptive filtering: larger and slower). */
const PNG_OPTIONS = { compressionLevel: 3 } as const;

// One card at a time per thread (the build's workers are the parallelism): no libvips thread pool, no cache.
sharp.concurrency(1);
sharp.cache(false);

const require = createRequire(import.meta.url);
/** The versions of the libraries that draw and encode: part of each card's cache key. */
const LIBRARIES = { canvas: (require('@napi-rs/canvas/package.json') as { version: string }).version, sharp: sharp.versions.sharp, vips: sharp.versions.vips, png: sharp.versions.png };

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const face of FACES) {
    for (const subset of SUBSETS) {
      const file = require.resolve(`@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${face.weight}-${face.style}.woff`);
      if (!GlobalFonts.register(readFileSync(file), FAMILIES[face.family])) throw new Error(`share cards: could not load the font ${file}`);
    }
  }
  fontsLoaded = true;
}

const font = (b: Pick<TextBlock, 'family' | 'size' | 'weight' | 'italic'>) => `${b.italic ? 'italic ' : ''}${b.weight} ${b.size}px "${FAMILIES[b.family]}"`;

/** Breaks a block's text into lines no wider than `width` (a word longer than that gets a line of its own). */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface SetBlock {
  block: TextBlock;
  lines: string[];
  /** The block's height, its top margin included. */
  height: number;
  /** The widest line's width. */
  widest: number;
}

function setBlocks(ctx: SKRSContext2D, blocks: TextBlock[], width: number): { blocks: SetBlock[]; height: number } {
  const set = blocks.map((block, i) => {
    ctx.font = font(block);
    const lines = wrap(ctx, block.text, width);
    const widest = Math.max(0, ...lines.map((line) => ctx.measureText(line).width));
    return { block, lines, widest, height: (i === 0 ? 0 : block.marginTop) + lines.length * block.size * block.lineHeight };
  });
  return { blocks: set, height: set.reduce((sum, b) => sum + b.height, 0) };
}

/** Where everything goes: the text column, the header's middle, the footer and the rule, the main text (centred between header and rule). */
export interface CardGeometry {
  left: number;
  right: number;
  headerMiddle: number;
  /** Where the main text may start: under the header. */
  spaceTop: number;
  ruleTop: number;
  footer: { top: number; blocks: SetBlock[] };
  main: { top: number; height: number; blocks: SetBlock[] };
}

/** Shrinking text that does not fit: by this factor a step, down to this share of its size. */
const FIT_STEP = 0.92;
const FIT_MIN = 0.5;

function setCard(ctx: SKRSContext2D, layout: CardLayout): CardGeometry {
  // Text shaped the same whatever the host's language (Skia's 'portable' text, the default, then draws the same pixels everywhere).
  ctx.lang = 'en';
  const { bar, padding, header, rule, footerGap } = CARD_FRAME;
  const left = bar + padding.left;
  const right = CARD.width - padding.right;
  const headerBox = header.size * header.lineHeight;
  const footer = setBlocks(ctx, layout.footer, right - left);
  const footerTop = CARD.height - padding.bottom - footer.height;
  const ruleTop = footerTop - footerGap - rule;
  const spaceTop = padding.top + headerBox;
  // The main text at its sizes (card.ts) or, when that is too tall for the space, smaller until it fits.
  let main = setBlocks(ctx, layout.main, right - left);
  for (let scale = FIT_STEP; main.height > ruleTop - spaceTop && scale > FIT_MIN; scale *= FIT_STEP) {
    main = setBlocks(ctx, layout.main.map((b) => ({ ...b, size: b.size * scale, marginTop: b.marginTop * scale })), right - left);
  }
  const mainTop = spaceTop + Math.max(0, (ruleTop - spaceTop - main.height) / 2);
  return {
    left,
    right,
    headerMiddle: padding.top + headerBox / 2,
    spaceTop,
    ruleTop,
    footer: { top: footerTop, blocks: footer.blocks },
    main: { top: mainTop, height: main.height, blocks: main.blocks },
  };
}

/** The layout set in the card's fonts, without drawing it. */
export function cardGeometry(layout: CardLayout): CardGeometry {
  loadFonts();
  return setCard(createCanvas(1, 1).getContext('2d'), layout);
}

function drawBlocks(ctx: SKRSContext2D, blocks: SetBlock[], x: number, top: number): void {
  let y = top;
  blocks.forEach(({ block, lines }, i) => {
    if (i > 0) y += block.marginTop;
    ctx.font = font(block);
    ctx.fillStyle = block.color;
    const lineBox = block.size * block.lineHeight;
    for (const line of lines) {
      // Each line centred in its line box, as CSS does.
      ctx.fillText(line, x, y + lineBox / 2);
      y += lineBox;
    }
  });
}

/**
 * The canvas every card of this thread is drawn on (each card paints all of it, background first):
 * one 3 MB surface, not one per card left to the garbage collector.
 */
let surface: Canvas | undefined;

/** Draws the layout; returns the canvas's RGBA pixels. */
export function drawCard(layout: CardLayout): Buffer {
  loadFonts();
  const canvas = (surface ??= createCanvas(CARD.width, CARD.height));
  const ctx = canvas.getContext('2d');
  ctx.textAlign = 'left';
  const g = setCard(ctx, layout);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = CARD_COLORS.bg;
  ctx.fillRect(0, 0, CARD.width, CARD.height);
  ctx.fillStyle = CARD_COLORS.accent;
  ctx.fillRect(0, 0, CARD_FRAME.bar, CARD.height);

  ctx.font = font({ family: 'sans', size: CARD_FRAME.header.size, weight: 600, italic: false });
  ctx.fillStyle = CARD_COLORS.accent;
  ctx.fillText(SITE_NAME, g.left, g.headerMiddle);
  ctx.font = font({ family: 'sans', size: CARD_FRAME.header.size, weight: 400, italic: false });
  ctx.fillStyle = CARD_COLORS.muted;
  ctx.textAlign = 'right';
  ctx.fillText(layout.label, g.right, g.headerMiddle);
  ctx.textAlign = 'left';

  ctx.fillStyle = CARD_COLORS.rule;
  ctx.fillRect(g.left, g.ruleTop, g.right - g.left, CARD_FRAME.rule);
  drawBlocks(ctx, g.footer.blocks, g.left, g.footer.top);
  drawBlocks(ctx, g.main.blocks, g.left, g.main.top);
  return canvas.data();
}

/** Bump when the drawing changes in a way the layout, frame and versions below do not show. */
const DRAWING = 1;

async function encode(pixels: Buffer): Promise<Uint8Array> {
  return sharp(pixels, { raw: { width: CARD.width, height: CARD.height, channels: 4 } })
    .removeAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** What a card's bytes depend on: its cache key. */
const cardInput = (content: CardContent) => ({ drawing: DRAWING, libraries: LIBRARIES, size: CARD, frame: CARD_FRAME, colors: CARD_COLORS, png: PNG_OPTIONS, layout: cardLayout(content) });
const draw = ({ layout }: ReturnType<typeof cardInput>) => encode(drawCard(layout));

/** The card as PNG: drawn, or from the build cache (lib/build/artifact-cache.ts) when an identical card was drawn before. */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await cachedBytes('share-card', cardInput(content), draw));
}

/** Writes the card's PNG to `file`: drawn, or copied from the build cache. */
export function writeCard(content: CardContent, file: string): Promise<void> {
  return cachedFile('share-card', cardInput(content), draw, file);
}
