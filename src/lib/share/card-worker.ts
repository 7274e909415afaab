/**
 * A worker thread that draws share cards into the build cache (card-pool.ts
 * sends them): the cards are drawn beside the pages, on another core, and
 * their pixel buffers churn this thread's small heap, not the build's.
 */
import { parentPort } from 'node:worker_threads';
import type { CardContent } from './card.ts';
import { renderCard } from './render-card.ts';

export interface CardJob {
  id: number;
  content: CardContent;
}
export interface CardDone {
  id: number;
  error?: string;
}

parentPort?.on('message', (job: CardJob) => {
  renderCard(job.content).then(
    () => parentPort!.postMessage({ id: job.id } satisfies CardDone),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardDone),
  );
});
