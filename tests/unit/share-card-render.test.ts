/**
 * Share cards as drawn (src/lib/share/render-card.ts): a 1200×630 PNG; the
 * longest text a card takes stays inside the frame — every line narrower
 * than the text column, the main text between the header and the rule.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardLayout, type CardContent } from '../../src/lib/share/card.ts';
import { cardGeometry, renderCard } from '../../src/lib/share/render-card.ts';
import { CARD } from '../../src/lib/share/keys.ts';

const article = 'CSTO Deployment in Kazakhstan: Strategic Shift or Political Consolidation of the Regime after January?';
const source = 'The Diplomat, by Catherine Putz, February 2022';
const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');
/** Each kind at its longest (the layout shortens what is longer), with wide letters. */
const worst: CardContent[] = [
  { kind: 'quote', text: long('WWWWW mmmm', 40), direct: true, speaker: long('Wolodymyr', 10), article, source },
  { kind: 'quote', text: long('whom', 80), direct: false, speaker: 'some observers', article, source },
  { kind: 'section', title: long('WWWW', 30), summary: long('mmmm', 60), article, source, position: 'Section 12 of 12' },
  { kind: 'article', title: long('WWWW', 30), summary: long('mmmm', 70), source },
  { kind: 'quote', text: 'Short.', direct: true, speaker: 'Ł. Ćwikła', article: 'Ą', source },
];

describe('drawn share cards', () => {
  test('a card is a 1200×630 PNG', async () => {
    const png = await renderCard(worst[0]!);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD.width, height: CARD.height });
  });

  test.each(worst.map((content, i) => [i, content] as const))('the longest text stays in the frame (%i)', (_, content) => {
    const g = cardGeometry(cardLayout(content));
    for (const set of [...g.main.blocks, ...g.footer.blocks]) {
      expect(set.lines.length).toBeGreaterThan(0);
      expect(set.widest, set.block.text).toBeLessThanOrEqual(g.right - g.left);
    }
    expect(g.main.top).toBeGreaterThanOrEqual(g.spaceTop);
    expect(g.main.top + g.main.height).toBeLessThanOrEqual(g.ruleTop);
    expect(g.footer.top).toBeGreaterThan(g.ruleTop);
  });

  test('the same card is drawn to the same bytes', async () => {
    const a = await renderCard(worst[4]!);
    const b = await renderCard(worst[4]!);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
