/**
 * Draws a share card to PNG at build time: satori lays the card out as SVG
 * (text as paths, with the fonts below), resvg rasterises it. The fonts are
 * Source Serif 4 and Source Sans 3 (SIL Open Font License 1.1), read from
 * their @fontsource packages: latin and latin-ext, WOFF (satori reads no WOFF2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardTree, type CardContent } from './card.ts';
import { CARD } from './urls.ts';

type Weight = 400 | 600;
type Style = 'normal' | 'italic';
const FACES: { pkg: string; name: string; weight: Weight; style: Style }[] = [
  { pkg: 'source-serif-4', name: 'Source Serif 4', weight: 400, style: 'normal' },
  { pkg: 'source-serif-4', name: 'Source Serif 4', weight: 400, style: 'italic' },
  { pkg: 'source-serif-4', name: 'Source Serif 4', weight: 600, style: 'normal' },
  { pkg: 'source-sans-3', name: 'Source Sans 3', weight: 400, style: 'normal' },
  { pkg: 'source-sans-3', name: 'Source Sans 3', weight: 600, style: 'normal' },
];
const SUBSETS = ['latin', 'latin-ext'];

let fonts: { name: string; data: Buffer; weight: Weight; style: Style }[] | undefined;

function loadFonts() {
  const require = createRequire(import.meta.url);
  fonts ??= FACES.flatMap((face) =>
    SUBSETS.map((subset) => ({
      name: face.name,
      weight: face.weight,
      style: face.style,
      data: readFileSync(require.resolve(`@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${face.weight}-${face.style}.woff`)),
    })),
  );
  return fonts;
}

export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  // satori takes React-like elements; ours are plain objects of the same shape.
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], { ...CARD, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
