/**
 * `npm run bench`'s printed report: a summary with the targets beside the
 * figures, then one table per part (page weight, search, Lighthouse) and the
 * Lighthouse audits that fell short.
 */
import { kb, mark, mb, ms, seconds, table, TARGETS } from './common.ts';
import type { BuildBench } from './build.ts';
import { CATEGORIES, type LighthouseBench } from './lighthouse.ts';
import type { HeaderSearchBench } from './header-search.ts';
import type { SearchBench } from './search.ts';
import { KINDS, type PageWeight } from './weight.ts';

export interface BenchResults {
  build: BuildBench | null;
  pages: PageWeight[];
  search: SearchBench;
  header: HeaderSearchBench;
  lighthouse: LighthouseBench | null;
}

/** The headline figures of the search part: the worst query's median (first search typed once the page is ready). */
export function searchHeadline(search: SearchBench) {
  const worst = (pick: (q: SearchBench['queries'][number]) => number) => Math.max(...search.queries.map(pick));
  const preloadGzip = search.preload?.bytes.gzip ?? 0;
  return {
    firstResultMs: worst((q) => q.coldReady.medianMs),
    firstSearchGzip: worst((q) => q.coldReady.bytes.gzip),
    withPreloadGzip: worst((q) => q.coldReady.bytes.gzip) + preloadGzip,
  };
}

/** The header field's headline figures: the worst query's medians, and what its first focus loads. */
export function headerHeadline(header: HeaderSearchBench) {
  // Over the queries that show one (a query naming no one shows no person).
  const worst = (values: (number | null)[]) => {
    const shown = values.filter((v): v is number => v !== null);
    return shown.length > 0 ? Math.max(...shown) : null;
  };
  return {
    personMs: worst(header.queries.map((q) => q.medianPersonMs)),
    quoteMs: worst(header.queries.map((q) => q.medianQuoteMs)),
    focusGzip: Math.max(...header.queries.map((q) => q.focusBytes.gzip)),
  };
}

function headerSearch(r: HeaderSearchBench): string {
  const opt = (v: number | null) => (v === null ? '–' : ms(v));
  const rows = [
    ['query', 'options shown', 'first option', 'first person', 'first quote', 'target', 'first focus: requests', 'gzip', 'typed: requests', 'gzip'],
    ...r.queries.map((q) => [
      q.query,
      String(q.runs[0]?.options ?? 0),
      ms(q.medianFirstMs),
      opt(q.medianPersonMs),
      opt(q.medianQuoteMs),
      `≤ ${TARGETS.firstResultMs} ms ${mark((q.medianQuoteMs ?? Infinity) <= TARGETS.firstResultMs)}`,
      String(q.focusBytes.requests),
      kb(q.focusBytes.gzip),
      String(q.typedBytes.requests),
      kb(q.typedBytes.gzip),
    ]),
  ];
  const lines = [table(rows), 'The target applies to “first quote” (a query that names no one shows no person: –).'];
  if (r.errors.length) lines.push(`Page errors during the runs:\n  ${r.errors.join('\n  ')}`);
  return lines.join('\n');
}

function summary(r: BenchResults): string {
  const rows: string[][] = [['measure', 'value', 'target']];
  if (r.build) {
    const n = r.build.runs.length - r.build.failed;
    rows.push([`clean build: wall time (median of ${n}${r.build.failed ? `, ${r.build.failed} failed` : ''})`, seconds(r.build.wallSeconds), '–']);
    rows.push([`clean build: peak RSS, whole process tree (median of ${n})`, mb(r.build.peakRssBytes), '–']);
  }
  const section = r.pages.find((p) => p.type === 'section');
  if (section) {
    rows.push(['section page: everything it loads, gzip', kb(section.total.gzip), `≤ ${kb(TARGETS.sectionGzipBytes)} ${mark(section.total.gzip <= TARGETS.sectionGzipBytes)}`]);
    rows.push(['section page: HTML + CSS, gzip (the budget gate)', kb(section.htmlCssGzip), `≤ ${kb(TARGETS.sectionGzipBytes)} ${mark(section.htmlCssGzip <= TARGETS.sectionGzipBytes)}`]);
  }
  const s = searchHeadline(r.search);
  rows.push([`last keystroke → first result (cold, page ready; worst query's median)`, ms(s.firstResultMs), `≤ ${TARGETS.firstResultMs} ms ${mark(s.firstResultMs <= TARGETS.firstResultMs)}`]);
  const h = headerHeadline(r.header);
  rows.push([`header field: last keystroke → first person / first quote (page ready; worst query's median)`, `${h.personMs === null ? '–' : ms(h.personMs)} / ${h.quoteMs === null ? '–' : ms(h.quoteMs)}`, `≤ ${TARGETS.firstResultMs} ms ${mark((h.quoteMs ?? Infinity) <= TARGETS.firstResultMs)}`]);
  rows.push(['header field: bytes its first focus loads, gzip', kb(h.focusGzip), '–']);
  rows.push(['first search: bytes fetched, gzip (worst query)', kb(s.firstSearchGzip), `≤ ${kb(TARGETS.firstSearchGzipBytes)} ${mark(s.firstSearchGzip <= TARGETS.firstSearchGzipBytes)}`]);
  rows.push(['  … plus what /search/ loads for search beforehand', kb(s.withPreloadGzip), `≤ ${kb(TARGETS.firstSearchGzipBytes)} ${mark(s.withPreloadGzip <= TARGETS.firstSearchGzipBytes)}`]);
  if (r.lighthouse) {
    const perfect = r.lighthouse.pages.filter((p) => CATEGORIES.every((c) => p.scores[c] === TARGETS.lighthouseScore)).length;
    const total = r.lighthouse.pages.length;
    rows.push(['Lighthouse: page types with 100 in all four categories', `${perfect} of ${total}`, `${total} of ${total} ${mark(perfect === total)}`]);
  }
  return table(rows);
}

function weights(pages: PageWeight[]): string {
  const short: Record<string, string> = { document: 'doc', stylesheet: 'css', script: 'js', image: 'img', font: 'font', 'fetch/xhr': 'fetch', other: 'other' };
  const rows = [
    ['page', 'by type', 'requests', ...KINDS, 'total raw', 'total gzip', 'target'],
    ...pages.map((p) => [
      p.type,
      KINDS.filter((k) => p.byKind[k].requests > 0)
        .map((k) => `${p.byKind[k].requests} ${short[k]}`)
        .join(', '),
      String(p.total.requests),
      ...KINDS.map((k) => (p.byKind[k].requests ? (p.byKind[k].gzip / 1024).toFixed(1) : '–')),
      kb(p.total.raw),
      kb(p.total.gzip),
      p.type === 'section' ? `≤ ${kb(TARGETS.sectionGzipBytes)} ${mark(p.total.gzip <= TARGETS.sectionGzipBytes)}` : '',
    ]),
  ];
  return table(rows, 2);
}

function search(r: SearchBench): string {
  const rows = [
    ['query', 'results', 'cold, at once', 'cold, ready', 'warm', 'cold, Enter', 'target', 'first search: requests', 'raw', 'gzip', 'target'],
    ...r.queries.map((q) => [
      q.query,
      String(q.coldReady.runs[0]?.results ?? 0),
      ms(q.coldAtOnce.medianMs),
      ms(q.coldReady.medianMs),
      ms(q.warm.medianMs),
      ms(q.coldEnter.medianMs),
      `≤ ${TARGETS.firstResultMs} ms ${mark(q.coldReady.medianMs <= TARGETS.firstResultMs)}`,
      String(q.coldReady.bytes.requests),
      kb(q.coldReady.bytes.body),
      kb(q.coldReady.bytes.gzip),
      `≤ ${TARGETS.firstSearchGzipBytes / 1024} KB ${mark(q.coldReady.bytes.gzip <= TARGETS.firstSearchGzipBytes)}`,
    ]),
  ];
  const lines = [table(rows)];
  if (r.preload) lines.push(`Loaded by /search/ for search before any typing (its script + Pagefind): ${r.preload.bytes.requests} requests, ${kb(r.preload.bytes.body)} raw, ${kb(r.preload.bytes.gzip)} gzip.`);
  const others = r.queries.map((q) => q.otherRequests.length);
  lines.push(
    'The target applies to “cold, ready”. “Cold, Enter” searches the whole query at once; typed, each key searches, so its prefixes have loaded most of what the last one needs.',
    `Not counted: ${Math.min(...others)}–${Math.max(...others)} other requests per first search (${[...new Set(r.queries.flatMap((q) => q.otherRequests))].join(', ') || 'none'}), asked again as the URL and title change.`,
    `Warm searches fetched: ${r.queries.map((q) => `${q.query} ${q.warm.bytes.requests} req / ${kb(q.warm.bytes.body)}`).join(', ')}.`,
  );
  if (r.errors.length) lines.push(`Console or page errors during the runs:\n  ${r.errors.join('\n  ')}`);
  return lines.join('\n');
}

function lighthouse(l: LighthouseBench): string {
  const score = (n: number | null) => (n === null ? 'error' : `${n}${n === TARGETS.lighthouseScore ? '' : ' ✗'}`);
  const rows = [
    ['page', ...CATEGORIES, 'LCP', 'CLS', 'TBT', 'target'],
    ...l.pages.map((p) => [p.type, ...CATEGORIES.map((c) => score(p.scores[c])), seconds(p.lcpMs / 1000), p.cls.toFixed(3), ms(p.tbtMs), '100 in each']),
  ];
  const lines = [table(rows)];
  const failing = l.pages.filter((p) => p.failing.length > 0);
  if (failing.length === 0) lines.push('No page scored below 100 in any category: no audit to fix.');
  else {
    lines.push('Audits that fell short where a page scored below 100 (score 0–1; “unscored”: a performance diagnostic, not in the score):');
    for (const p of failing) {
      for (const a of p.failing) {
        const runs = l.runsPerPage > 1 ? `, in ${a.runs} of ${p.runs.length} runs` : '';
        lines.push(`  ${p.type} · ${a.category} · ${a.id}${a.scored ? '' : ' (unscored)'}: ${a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ''}${runs}`);
      }
    }
  }
  const runs = l.pages.flatMap((p) => p.runs.map((r, i) => ({ page: p.type, index: i + 1, run: r })));
  if (l.runsPerPage > 1) {
    const low = runs.flatMap(({ page, index, run }) =>
      CATEGORIES.filter((c) => run.scores[c] !== null && run.scores[c]! < TARGETS.lighthouseScore).map((c) => {
        const why = run.notes.filter((n) => n.category === c && n.scored).map((n) => `${n.id} ${n.score.toFixed(2)}${n.displayValue ? ` (${n.displayValue})` : ''}`);
        return `  ${page}, run ${index}: ${c} ${run.scores[c]}${why.length ? ` — ${why.join(', ')}` : ''}`;
      }),
    );
    if (low.length) lines.push('Single runs below 100 (the table shows medians):', ...low);
  }
  // Performance diagnostics that do not count in the score, with the pages they came up on.
  const hints = new Map<string, Set<string>>();
  for (const { page, run } of runs) for (const n of run.notes) if (!n.scored) hints.set(n.id, (hints.get(n.id) ?? new Set()).add(page));
  if (hints.size) {
    const all = l.pages.length;
    lines.push(`Unscored performance diagnostics raised: ${[...hints].map(([id, pages]) => `${id} (${pages.size === all ? 'every page' : [...pages].join(', ')})`).join('; ')}.`);
  }
  const off = [...new Set(runs.flatMap((r) => r.run.offOrigin))];
  lines.push(off.length ? `Requests to other origins during Lighthouse runs: ${off.join(', ')}` : 'No request left the local server during the Lighthouse runs.');
  for (const { page, run } of runs) {
    if (run.error) lines.push(`  ${page}: ${run.error}`);
    for (const w of run.warnings) lines.push(`  ${page}: warning: ${w}`);
  }
  const bench = runs.map((r) => r.run.benchmarkIndex).filter(Number.isFinite);
  if (bench.length) lines.push(`Lighthouse benchmarkIndex (machine speed during the runs; lower is slower or busier): ${Math.min(...bench)}–${Math.max(...bench)}.`);
  return lines.join('\n');
}

export function printReport(r: BenchResults, about: string): void {
  console.log(`\n${about}\n`);
  console.log(summary(r));
  console.log('\nPage weight: KB gzip by type (fresh context, loaded until the network is idle; gzip: zlib level 9, each body at min(raw, gzipped))\n');
  console.log(weights(r.pages));
  for (const p of r.pages) for (const e of p.errors) console.log(`  ${p.type}: ${e}`);
  console.log(`\nSearch (median of ${r.search.runs} runs per query, fresh context each)\n`);
  console.log(search(r.search));
  console.log(`\nHeader field on ${r.header.path} (median of ${r.header.runs} runs per query, fresh context each; typed once its first focus has loaded)\n`);
  console.log(headerSearch(r.header));
  if (r.lighthouse) {
    console.log(`\nLighthouse ${r.lighthouse.version} (mobile, simulated throttling${r.lighthouse.runsPerPage > 1 ? `; medians of ${r.lighthouse.runsPerPage} runs` : '; one run per page'})\n`);
    console.log(lighthouse(r.lighthouse));
  } else console.log('\nLighthouse: skipped (--skip-lighthouse).');
}
