/**
 * The build's artefacts that are files, not pages: a share card (PNG) and
 * two citation files (BibTeX, CSL-JSON) for every article, section and
 * quote, written by worker threads (artifact-worker.ts) on the cores Astro
 * does not render pages on, instead of as tens of thousands of Astro routes (each route cost Astro
 * a few milliseconds of its one thread). Their paths are their URLs
 * (lib/site/urls.ts) under the output folder.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { allCiteTargets } from '../cite/all.ts';
import { allCards } from '../share/all-cards.ts';
import type { Site } from '../site/model.ts';
import type { ArtifactBatch, ArtifactJob, BatchDone } from './artifact-worker.ts';

/** Jobs sent to a worker at once: few enough messages, small enough batches to share the work out evenly. */
const BATCH = 32;
const WORKER_FILE = join(import.meta.dirname, 'artifact-worker.ts');

/** A path of the site (`/og/a/b.png`) as a file under `outDir`. */
const fileOf = (outDir: string, path: string) => join(outDir, ...decodeURIComponent(path).split('/'));

/** Every artefact of the site, as jobs writing under `outDir`. `origin`: the public origin the citations point at. */
export function artifactJobs(site: Site, origin: URL | string | undefined, outDir: string): ArtifactJob[] {
  return [
    ...allCiteTargets(site, origin).map((target): ArtifactJob => ({ kind: 'citation', bib: fileOf(outDir, target.files.bib), json: fileOf(outDir, target.files.json), item: target.item })),
    ...allCards(site).map((card): ArtifactJob => ({ kind: 'card', file: fileOf(outDir, card.image.path), content: card.content })),
  ];
}

export interface ArtifactCounts {
  cards: number;
  citations: number;
  workers: number;
}

/** Threads for the artefacts: every core but the one Astro renders the pages on (at least one). */
export const ARTIFACT_WORKERS = Math.max(1, availableParallelism() - 1);

/**
 * Runs `jobs` on `workers` threads; resolves when every file is written, rejects with the first
 * failure (the other workers are stopped). `workerFile` is for the tests.
 */
export async function runArtifactJobs(jobs: readonly ArtifactJob[], workers = ARTIFACT_WORKERS, workerFile = WORKER_FILE): Promise<ArtifactCounts> {
  const counts = { cards: jobs.filter((j) => j.kind === 'card').length, citations: jobs.filter((j) => j.kind === 'citation').length, workers: Math.max(1, Math.min(workers, Math.ceil(jobs.length / BATCH))) };
  if (jobs.length === 0) return { ...counts, workers: 0 };
  const batches: ArtifactBatch[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) batches.push({ id: batches.length, jobs: jobs.slice(start, start + BATCH) });
  const threads: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        if (next < batches.length) worker.postMessage(batches[next++]);
      };
      for (let i = 0; i < counts.workers; i++) {
        const worker = new Worker(workerFile);
        // A build that fails elsewhere exits without waiting for the artefacts.
        worker.unref();
        threads.push(worker);
        worker.on('message', (reply: BatchDone) => {
          if (reply.error) return reject(new Error(reply.error));
          done += 1;
          if (done === batches.length) resolve();
          else feed(worker);
        });
        worker.on('error', (error) => reject(new Error(`artefact worker: ${error.message}`)));
        worker.on('exit', (code) => {
          if (done < batches.length) reject(new Error(`artefact worker stopped (exit code ${code}) before its work was done`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return counts;
}
