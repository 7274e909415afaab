/**
 * Lighthouse (the npm package, its default config: mobile, simulated
 * throttling) on each page type, driving Debian's Chromium, launched here by
 * chrome-launcher (a dependency of lighthouse) with the browser tests' flags
 * and a DevTools port. Everything is local: the pages come from the static
 * server on 127.0.0.1, and each run's network records are checked for any
 * other origin (listed in `offOrigin`). A run that takes longer than
 * RUN_TIMEOUT_MS is abandoned (Chromium restarted) and reported as an error.
 *
 * With several runs per page, a category's score and each metric are medians,
 * and a failing audit is listed with the number of runs it failed in.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../../src/cli/chromium.ts';
import { median, progress, type PageSpec } from './common.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const RUN_TIMEOUT_MS = 180_000;
/** Audits whose score does not count but which say why performance is what it is. */
const HINT_MODES = new Set(['binary', 'numeric', 'metricSavings']);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export interface AuditNote {
  category: Category;
  id: string;
  title: string;
  /** 0–1. */
  score: number;
  displayValue?: string;
  /** False: not in the category's score (a performance diagnostic or insight). */
  scored: boolean;
  /** In how many of the page's runs it fell short. */
  runs: number;
}

export interface LighthouseRun {
  /** 0–100, null when the category could not be scored. */
  scores: Record<Category, number | null>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  /** Lighthouse's measure of this machine's speed at the time (lower: slower, or busy). */
  benchmarkIndex: number;
  notes: Omit<AuditNote, 'runs'>[];
  offOrigin: string[];
  warnings: string[];
  seconds: number;
  error?: string;
}

export interface LighthousePage {
  type: string;
  path: string;
  runs: LighthouseRun[];
  scores: Record<Category, number | null>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that fell short in a category scoring below 100 (and, for performance, its unscored diagnostics). */
  failing: AuditNote[];
}

export interface LighthouseBench {
  version: string;
  runsPerPage: number;
  pages: LighthousePage[];
}

function summarize(lhr: Lhr, origin: string, seconds: number): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Record<Category, number | null>;
  const notes: LighthouseRun['notes'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const scored = ref.weight > 0;
      if (!scored && (category !== 'performance' || !HINT_MODES.has(audit.scoreDisplayMode))) continue;
      notes.push({ category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, scored });
    }
  }
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const offOrigin = items.map((i) => i.url ?? '').filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(origin));
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    lcpMs: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    fcpMs: value('first-contentful-paint'),
    speedIndexMs: value('speed-index'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    notes,
    offOrigin: [...new Set(offOrigin)],
    warnings: lhr.runWarnings.map(String),
    seconds,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

const failedRun = (error: string, seconds: number): LighthouseRun => ({
  scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
  lcpMs: Number.NaN,
  cls: Number.NaN,
  tbtMs: Number.NaN,
  fcpMs: Number.NaN,
  speedIndexMs: Number.NaN,
  benchmarkIndex: Number.NaN,
  notes: [],
  offOrigin: [],
  warnings: [],
  seconds,
  error,
});

const launch = () => chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'error' });

function combine(spec: PageSpec, runs: LighthouseRun[]): LighthousePage {
  const ok = runs.filter((r) => !r.error);
  const med = (pick: (r: LighthouseRun) => number) => median(ok.map(pick));
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const values = ok.map((r) => r.scores[c]).filter((s): s is number => s !== null);
      return [c, values.length ? Math.round(median(values)) : null];
    }),
  ) as Record<Category, number | null>;
  const failing = new Map<string, AuditNote>();
  for (const run of ok) {
    for (const note of run.notes) {
      const s = scores[note.category];
      if (s === null || s >= 100) continue;
      const key = `${note.category} ${note.id}`;
      const seen = failing.get(key);
      if (seen) {
        seen.runs += 1;
        seen.score = Math.min(seen.score, note.score);
      } else failing.set(key, { ...note, runs: 1 });
    }
  }
  return { type: spec.type, path: spec.path, runs, scores, lcpMs: med((r) => r.lcpMs), cls: med((r) => r.cls), tbtMs: med((r) => r.tbtMs), failing: [...failing.values()] };
}

export async function benchLighthouse(base: string, pages: readonly PageSpec[], runsPerPage: number): Promise<LighthouseBench> {
  const byPage = new Map<string, LighthouseRun[]>(pages.map((p) => [p.path, []]));
  let version = '';
  let chrome = await launch();
  try {
    for (let r = 1; r <= runsPerPage; r++) {
      for (const spec of pages) {
        const t0 = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
        });
        let run: LighthouseRun;
        try {
          const result = await Promise.race([
            lighthouse(base + spec.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }),
            timeout,
          ]);
          if (!result) throw new Error('Lighthouse returned nothing');
          version = result.lhr.lighthouseVersion;
          run = summarize(result.lhr, base, (performance.now() - t0) / 1000);
        } catch (error) {
          run = failedRun(String(error), (performance.now() - t0) / 1000);
          chrome.kill();
          chrome = await launch();
        } finally {
          clearTimeout(timer);
        }
        byPage.get(spec.path)!.push(run);
        const s = run.scores;
        progress(
          `lighthouse ${r}/${runsPerPage} ${spec.type}: ` +
            (run.error ?? `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`) +
            ` (${run.seconds.toFixed(1)} s)`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return { version, runsPerPage, pages: pages.map((spec) => combine(spec, byPage.get(spec.path)!)) };
}
