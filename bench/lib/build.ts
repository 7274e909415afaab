/**
 * Clean builds, timed: `node scripts/build-site.ts .work/bench-build-<i>` (as
 * `npm run build`: `astro build --force`, then the search index)
 * on this Node (process.execPath), one after the other, each output deleted
 * once measured. Wall time is from spawning Astro to its exit; peak RSS is
 * the largest sum of VmRSS over Astro's whole process tree (esbuild and
 * Pagefind's service included), sampled from /proc every 100 ms
 * (bench/lib/process-tree.ts); each with an empty build cache. The build's own output is kept only to show
 * its end when it fails.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { median, mb, progress, seconds } from './common.ts';
import { watchTree } from './process-tree.ts';

export interface BuildRun {
  exitCode: number;
  wallSeconds: number;
  /** Peak of the summed VmRSS of Astro and its descendants, bytes. */
  peakRssBytes: number;
  /** The largest VmHWM of one process of the tree, bytes. */
  peakProcessHwmBytes: number;
  /** User + system CPU seconds of the tree (a process's last ~100 ms before it exits is missed). */
  cpuSeconds: number;
  /** Most processes of the tree seen at once. */
  processes: number;
  /** The 1-minute load average just before the build started (other work on the machine skews the figures). */
  loadBefore: number;
}

export interface BuildBench {
  runs: BuildRun[];
  /** Medians over the successful runs. */
  wallSeconds: number;
  peakRssBytes: number;
  cpuSeconds: number;
  failed: number;
}

const SAMPLE_MS = 100;

function buildOnce(repo: string, outDir: string): Promise<{ run: BuildRun; log: string }> {
  const buildSite = join(repo, 'scripts', 'build-site.ts');
  // Clean: an empty build cache too (every share card and citation made afresh, as on a fresh clone).
  const buildCache = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(buildCache, { recursive: true, force: true });
  const loadBefore = loadavg()[0]!;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [buildSite, outDir], {
      cwd: repo,
      env: { ...process.env, BUILD_CACHE_DIR: buildCache },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watch = watchTree(child.pid!, SAMPLE_MS);
    let log = '';
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      watch.stop();
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallSeconds = (performance.now() - t0) / 1000;
      const usage = watch.stop();
      resolve({
        log,
        run: {
          exitCode: code ?? (signal ? 128 : 1),
          wallSeconds,
          peakRssBytes: usage.peakRss,
          peakProcessHwmBytes: usage.peakProcessHwm,
          cpuSeconds: usage.cpuSeconds,
          processes: usage.processes,
          loadBefore,
        },
      });
    });
  });
}

/** `count` clean builds, one after the other; their outputs are deleted whatever happens. */
export async function benchBuilds(repo: string, count = 3): Promise<BuildBench> {
  const runs: BuildRun[] = [];
  for (let i = 1; i <= count; i++) {
    const outDir = join(repo, '.work', `bench-build-${i}`);
    progress(`build ${i}/${count}: scripts/build-site.ts .work/bench-build-${i} …`);
    try {
      const { run, log } = await buildOnce(repo, outDir);
      runs.push(run);
      if (run.exitCode === 0) {
        progress(`build ${i}/${count}: ${seconds(run.wallSeconds)}, peak RSS ${mb(run.peakRssBytes)} (${run.processes} processes), CPU ${seconds(run.cpuSeconds)}, load before ${run.loadBefore.toFixed(2)}`);
      } else {
        progress(`build ${i}/${count}: FAILED with exit code ${run.exitCode}; its last lines:\n${log.trimEnd().split('\n').slice(-15).join('\n')}`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-cache`, { recursive: true, force: true });
    }
  }
  const ok = runs.filter((r) => r.exitCode === 0);
  return {
    runs,
    wallSeconds: median(ok.map((r) => r.wallSeconds)),
    peakRssBytes: median(ok.map((r) => r.peakRssBytes)),
    cpuSeconds: median(ok.map((r) => r.cpuSeconds)),
    failed: runs.length - ok.length,
  };
}
