/**
 * The artefact step (src/lib/build/artifacts.ts): on worker threads, every
 * job's files are written where its URL says, with the bytes the card and
 * citation modules make here; a failing job or a worker that cannot start
 * rejects with what failed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runArtifactJobs } from '../../src/lib/build/artifacts.ts';
import type { ArtifactJob } from '../../src/lib/build/artifact-worker.ts';
import { bibtexOf, cslJsonOf } from '../../src/lib/cite/format.ts';
import type { CslItem } from '../../src/lib/cite/csl.ts';
import type { CardContent } from '../../src/lib/share/card.ts';
import { renderCard } from '../../src/lib/share/render-card.ts';

const out = mkdtempSync(join(tmpdir(), 'artifacts-'));
const cache = mkdtempSync(join(tmpdir(), 'artifacts-cache-'));
process.env.BUILD_CACHE_DIR = cache;
afterAll(() => {
  delete process.env.BUILD_CACHE_DIR;
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

const content = (title: string): CardContent => ({ kind: 'article', title, summary: 'A summary of the article.', source: 'The Diplomat, February 2022' });
const item = (id: string): CslItem => ({ id, type: 'article-magazine', title: `Title ${id}`, 'container-title': 'The Diplomat', issued: { 'date-parts': [[2022, 2]] }, URL: `https://reader.example.org/${id}/` }) as CslItem;

describe('the artefact step', () => {
  test('writes every card and citation file, the same bytes as made here', async () => {
    const jobs: ArtifactJob[] = [
      ...['One', 'Two', 'Three'].map((title, i): ArtifactJob => ({ kind: 'card', file: join(out, 'og', `k${i}`, 'card.png'), content: content(title) })),
      ...['a', 'b'].map((id): ArtifactJob => ({ kind: 'citation', bib: join(out, 'cite', `${id}.bib`), json: join(out, 'cite', 'quote', `${id}.json`), item: item(id) })),
    ];
    expect(await runArtifactJobs(jobs, 2)).toMatchObject({ cards: 3, citations: 2 });
    for (const job of jobs) {
      if (job.kind === 'card') expect(readFileSync(job.file).equals(Buffer.from(await renderCard(job.content))), job.file).toBe(true);
      else {
        expect(readFileSync(job.bib, 'utf8')).toBe(bibtexOf(job.item));
        expect(readFileSync(job.json, 'utf8')).toBe(cslJsonOf(job.item));
      }
    }
  }, 60_000);

  test('a job that fails rejects, naming its file', async () => {
    // A card whose folder is a file: it cannot be written.
    const jobs: ArtifactJob[] = [{ kind: 'card', file: join(out, 'og', 'k0', 'card.png', 'x.png'), content: content('One') }];
    await expect(runArtifactJobs(jobs, 1)).rejects.toThrow(/share card .*x\.png/);
  }, 60_000);

  test('a worker that cannot start rejects', async () => {
    await expect(runArtifactJobs([{ kind: 'card', file: join(out, 'never.png'), content: content('X') }], 1, join(out, 'no-such-worker.ts'))).rejects.toThrow(/artefact worker: .*no-such-worker/);
  });
});
