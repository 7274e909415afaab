/**
 * Draws share cards ahead, on worker threads (card-worker.ts), into the
 * build cache: started when the card route lists its cards, before Astro
 * renders any page, so the cards are drawn on the other cores while the
 * pages are rendered on this one. The card route then reads each card from
 * the cache (render-card.ts), waiting for it if it is still being drawn.
 * Without a cache (BUILD_CACHE_DIR=off) nothing is drawn ahead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheRoot } from '../build/artifact-cache.ts';
import type { Card } from './cards.ts';
import type { CardDone, CardJob } from './card-worker.ts';

const pending = new Map<string, Promise<void>>();

/** Starts drawing `cards` on `workers` threads running `workerFile`. */
export function drawAhead(cards: readonly Card[], workerFile: string, workers = availableParallelism()): void {
  // Once per build (should the route's paths be listed again, the cards are drawn or being drawn).
  if (!cacheRoot() || cards.length === 0 || pending.size > 0) return;
  const settle = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  cards.forEach((card, id) => {
    const done = new Promise<void>((resolve, reject) => settle.set(id, { resolve, reject }));
    done.catch(() => {}); // awaited (and reported) by the card's route
    pending.set(card.key, done);
  });
  let next = 0;
  const feed = (worker: Worker) => {
    if (next >= cards.length) return void worker.terminate();
    const id = next++;
    worker.postMessage({ id, content: cards[id]!.content } satisfies CardJob);
  };
  for (let i = 0; i < Math.min(workers, cards.length); i++) {
    const worker = new Worker(workerFile);
    worker.on('message', (done: CardDone) => {
      const waiting = settle.get(done.id)!;
      settle.delete(done.id);
      if (done.error) waiting.reject(new Error(`share card ${cards[done.id]!.key}: ${done.error}`));
      else waiting.resolve();
      feed(worker);
    });
    worker.on('error', (error) => {
      // A worker that dies fails every card not drawn yet: their routes report it.
      for (const [, waiting] of settle) waiting.reject(new Error(`share card worker: ${error.message}`));
      settle.clear();
    });
    feed(worker);
  }
}

/** Resolves when the card is in the cache (at once when it was not drawn ahead). */
export function drawn(key: string): Promise<void> {
  return pending.get(key) ?? Promise.resolve();
}
