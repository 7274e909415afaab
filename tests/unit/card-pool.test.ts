/**
 * Cards drawn ahead on worker threads (src/lib/share/card-pool.ts): each
 * card's promise settles once its PNG is in the build cache, the same bytes
 * as drawing it here; a worker that cannot start fails the cards' promises
 * with its reason (the card routes then fail the build).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { CardContent } from '../../src/lib/share/card.ts';

const cache = mkdtempSync(join(tmpdir(), 'card-pool-'));
process.env.BUILD_CACHE_DIR = cache;
afterAll(() => {
  delete process.env.BUILD_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

const articleCardContent = (title: string): CardContent => ({ kind: 'article', title, summary: 'A summary of the article.', source: 'The Diplomat, February 2022' });
const workerFile = fileURLToPath(new URL('../../src/lib/share/card-worker.ts', import.meta.url));

describe('drawing cards ahead', () => {
  test('every card lands in the build cache, drawn as it would be here', async () => {
    // Imported after BUILD_CACHE_DIR is set (the pool keeps its state per module).
    const { drawAhead, drawn } = await import('../../src/lib/share/card-pool.ts');
    const { renderCard } = await import('../../src/lib/share/render-card.ts');
    const cards = ['One', 'Two', 'Three'].map((title, i) => ({ key: `k${i}`, content: articleCardContent(title), image: { path: '', alt: '' } }));
    drawAhead(cards, workerFile, 2);
    await Promise.all(cards.map((c) => drawn(c.key)));
    const entries = readdirSync(join(cache, 'share-card'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(entries.map((d) => d.name).filter((n) => !n.endsWith('.tmp'))).toHaveLength(3);
    // Read back from the cache, and drawn afresh with no cache: the same bytes.
    const fromCache = Buffer.from(await renderCard(cards[1]!.content));
    process.env.BUILD_CACHE_DIR = 'off';
    const fresh = Buffer.from(await renderCard(cards[1]!.content));
    process.env.BUILD_CACHE_DIR = cache;
    expect(fromCache.equals(fresh)).toBe(true);
  }, 60_000);

  test('a worker that cannot start fails the cards it was given', async () => {
    vi.resetModules(); // a pool of its own
    const { drawAhead, drawn } = await import('../../src/lib/share/card-pool.ts');
    drawAhead([{ key: 'x', content: articleCardContent('X'), image: { path: '', alt: '' } }], join(cache, 'no-such-worker.ts'), 1);
    await expect(drawn('x')).rejects.toThrow(/share card worker: .*no-such-worker/);
  });
});
