/**
 * A worker thread of the artefact step (artifacts.ts): writes the files of
 * the batches it is sent — share cards (drawn, or from the build cache) and
 * citation files — so that they are made on the other cores, beside
 * Astro's pages, and their pixel buffers churn this thread's small heap.
 * (The pages' Chicago and APA entries stay with the pages: made here ahead,
 * a page that got there first made them again, and at 100 articles the
 * build took 24 CPU-seconds more.)
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { writeCitationFile } from '../cite/format.ts';
import type { CslItem } from '../cite/csl.ts';
import type { CardContent } from '../share/card.ts';
import { writeCard } from '../share/render-card.ts';

export type ArtifactJob = { kind: 'card'; file: string; content: CardContent } | { kind: 'citation'; bib: string; json: string; item: CslItem };
export interface ArtifactBatch {
  id: number;
  jobs: ArtifactJob[];
}
export interface BatchDone {
  id: number;
  error?: string;
}

/** Each file is made, or copied from the build cache when it was made before. */
async function run(job: ArtifactJob): Promise<void> {
  if (job.kind === 'card') {
    mkdirSync(dirname(job.file), { recursive: true });
    return writeCard(job.content, job.file);
  }
  mkdirSync(dirname(job.bib), { recursive: true });
  await writeCitationFile(job.item, 'bibtex', job.bib);
  mkdirSync(dirname(job.json), { recursive: true });
  await writeCitationFile(job.item, 'csl', job.json);
}

parentPort?.on('message', async (batch: ArtifactBatch) => {
  let current: ArtifactJob | undefined;
  try {
    for (const job of batch.jobs) {
      current = job;
      await run(job);
    }
    parentPort!.postMessage({ id: batch.id } satisfies BatchDone);
  } catch (error) {
    const what = current?.kind === 'card' ? `share card ${current.file}` : `citation files ${current?.bib}`;
    parentPort!.postMessage({ id: batch.id, error: `${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` } satisfies BatchDone);
  }
});
