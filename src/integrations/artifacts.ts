/**
 * Astro integration: the share cards and citation files (lib/build/artifacts.ts),
 * made while Astro renders the pages. They start when the build starts, from
 * the content as the content check read it (the same site model the pages
 * use), into a staging folder beside the output; once the pages are built,
 * `og/` and `cite/` are moved into the output. Any failure fails the build.
 * In dev, serves those of the last build (dist/), as the search index is.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { artifactJobs, runArtifactJobs, type ArtifactCounts } from '../lib/build/artifacts.ts';
import { checkContentOnce } from '../lib/content/validate.ts';
import { siteFromCorpus } from '../lib/site/from-files.ts';

/** The top folders the artefacts are written into (urls.card, urls.citeFile). */
const FOLDERS = ['og', 'cite'];

/** Moves `from` to `to` (a copy when they are on different file systems). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

export default function artifacts(options: { root: string }): AstroIntegration {
  let origin: URL | undefined;
  let staging = '';
  let started = 0;
  let job: Promise<ArtifactCounts & { seconds: number }> | undefined;
  return {
    name: 'analysis-reader:artifacts',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site) : undefined;
        staging = join(fileURLToPath(config.root), '.work', `artifacts-${process.pid}`);
      },
      'astro:build:start': () => {
        started = performance.now();
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging, { recursive: true });
        // The content check (content-check.ts) has read and checked the content already: no errors here.
        const site = siteFromCorpus(checkContentOnce(options.root).corpus);
        job = runArtifactJobs(artifactJobs(site, origin, staging)).then((counts) => ({ ...counts, seconds: (performance.now() - started) / 1000 }));
        job.catch(() => {}); // reported when the pages are built
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const counts = await job!;
          const outDir = fileURLToPath(dir);
          for (const folder of FOLDERS) {
            if (!existsSync(join(staging, folder))) continue;
            if (existsSync(join(outDir, folder))) throw new Error(`${join(outDir, folder)} was written by a page: the artefacts own it`);
            move(join(staging, folder), join(outDir, folder));
          }
          logger.info(`wrote ${counts.cards} share card(s) and ${counts.citations * 2} citation file(s) on ${counts.workers} thread(s) in ${counts.seconds.toFixed(1)} s, beside the pages`);
        } finally {
          rmSync(staging, { recursive: true, force: true });
        }
      },
      'astro:server:setup': ({ server }) => {
        for (const folder of FOLDERS) server.middlewares.use(`/${folder}`, sirv(join('dist', folder), { dev: true }));
      },
    },
  };
}
