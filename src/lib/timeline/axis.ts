/**
 * Layout of an article's timeline chart, computed at build time (pure, no
 * Astro). The main axis is cut into segments where events are more than a
 * few years apart, each segment as wide as its duration allows (but never
 * narrower than a minimum share), with a fixed-width break between them.
 * The busiest calendar month (three events or more) is zoomed into a band
 * below, day by day. Marks sit in rows, their label above them; rows are
 * assigned greedily so that no two labels (or marks) in a row overlap.
 * All coordinates are in the SVG's user units.
 */
import { describeEdtf } from '../dates.ts';
import type { SiteEvent } from './events.ts';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

/** Sizes, in user units. */
export const CHART = {
  margin: 24, // left and right
  pad: 12, // inside each segment, so marks clear its ends
  breakWidth: 56,
  minShare: 0.18, // of the main axis, per segment
  gapYears: 4, // a longer gap between events starts a new segment
  row: 34, // height of a row of marks: label line, then mark
  labelSize: 14,
  charWidth: 0.58, // estimated mean width of a character, in ems
  rowGap: 16, // between two labels in one row
  dot: 5, // radius of a point mark
  minBar: 4,
} as const;

export interface Segment { start: number; end: number; x0: number; x1: number }
export interface AxisBreak { x0: number; x1: number; from: number; to: number }
export interface Tick { x: number; label?: string }
export interface Mark {
  event: SiteEvent;
  kind: 'point' | 'span';
  approximate: boolean;
  /** Extent of the mark (a point's centre: x0 = x1). */
  x0: number;
  x1: number;
  row: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** What the mark and its label occupy in their row, [left, right]. */
  box: [number, number];
}
export interface Lanes { marks: Mark[]; rows: number }
export interface Band extends Lanes {
  start: number;
  end: number;
  label: string;
  /** The band's extent on the main axis. */
  extent: { x0: number; x1: number };
  x: (t: number) => number;
  ticks: Tick[];
  top: number;
  bottom: number;
  axisY: number;
}
export interface TimelineLayout extends Lanes {
  width: number;
  height: number;
  segments: Segment[];
  breaks: AxisBreak[];
  ticks: Tick[];
  axisY: number;
  x: (t: number) => number;
  band: Band | undefined;
}

const yearOf = (t: number) => new Date(t).getUTCFullYear();
const yearStart = (year: number) => Date.UTC(year, 0, 1);
const isPoint = (e: SiteEvent) => e.date.end - e.date.start < DAY;

/** Estimated width of a label (system sans-serif), in user units. */
export const labelWidth = (text: string) => Math.ceil(text.length * CHART.labelSize * CHART.charWidth);

/** The accessible name and tooltip of an event's mark: "5 January 2022: Tokayev requests …". */
export function markName(event: SiteEvent): string {
  const date = event.date.text;
  return `${date.charAt(0).toUpperCase()}${date.slice(1)}: ${event.label}`;
}

/** Whole-year spans, merged where they are at most `gapYears` apart. */
export function clusterSpans(spans: readonly [number, number][], gapYears: number = CHART.gapYears): [number, number][] {
  const years = spans.map(([s, e]) => [yearStart(yearOf(s)), yearStart(yearOf(e) + 1)] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of years) {
    const last = out.at(-1);
    if (last && s - last[1] <= gapYears * YEAR) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Shares proportional to `sizes`, each at least `min` (as far as they can all be). */
export function shares(sizes: readonly number[], min: number): number[] {
  const floor = Math.min(min, 1 / sizes.length);
  const fixed = new Set<number>();
  for (;;) {
    const free = sizes.reduce((sum, d, i) => (fixed.has(i) ? sum : sum + d), 0);
    const left = 1 - fixed.size * floor;
    const out = sizes.map((d, i) => (fixed.has(i) ? floor : (d / free) * left));
    const under = out.findIndex((v, i) => !fixed.has(i) && v < floor);
    if (under < 0) return out;
    fixed.add(under);
  }
}

/** The calendar month holding the most events entirely (at least `min`), earliest on a tie. */
export function busiestMonth(events: readonly SiteEvent[], min = 3): [number, number] | undefined {
  const counts = new Map<number, number>();
  for (const e of events) {
    const d = new Date(e.date.start);
    const [start, end] = [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)];
    if (e.date.end < end) counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [month, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n >= min && (!best || n > best[1])) best = [month, n];
  if (!best) return undefined;
  const d = new Date(best[0]);
  return [best[0], Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)];
}

/** Marks for events on an axis `x`, in rows from `top`, labels kept within [left, right]. */
export function placeMarks(events: readonly SiteEvent[], x: (t: number) => number, left: number, right: number, top: number): Lanes {
  const rows: [number, number][][] = [];
  const marks = events.map((event): Mark => {
    const point = isPoint(event);
    let [x0, x1] = point ? [x((event.date.start + event.date.end) / 2), 0] : [x(event.date.start), x(event.date.end)];
    if (point) x1 = x0;
    else if (x1 - x0 < CHART.minBar) [x0, x1] = [(x0 + x1 - CHART.minBar) / 2, (x0 + x1 + CHART.minBar) / 2];
    const [markL, markR] = point ? [x0 - CHART.dot, x1 + CHART.dot] : [x0, x1];
    const w = labelWidth(event.label);
    // Left-aligned on the mark; else right-aligned on it; else as far right as fits, over the mark.
    let anchor: Mark['anchor'] = 'start';
    let labelX = markL;
    if (labelX + w > right) [anchor, labelX] = markR - w >= left ? ['end', markR] : ['start', Math.max(left, right - w)];
    const [labelL, labelR] = anchor === 'start' ? [labelX, labelX + w] : [labelX - w, labelX];
    const box: [number, number] = [Math.min(markL, labelL), Math.max(markR, labelR)];
    let row = rows.findIndex((r) => r.every(([a, b]) => box[1] + CHART.rowGap <= a || box[0] >= b + CHART.rowGap));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(box);
    const rowTop = top + row * CHART.row;
    const approximate = /[~%]/.test(event.date.edtf);
    return { event, kind: point ? 'point' : 'span', approximate, x0, x1, row, y: rowTop + 25, labelX, labelY: rowTop + 14, anchor, box };
  });
  return { marks, rows: rows.length };
}

/** The whole chart for an article's events, `width` user units wide. */
export function layoutTimeline(events: readonly SiteEvent[], width = 1000): TimelineLayout {
  const { margin, pad, breakWidth } = CHART;
  const month = busiestMonth(events);
  const inBand = (e: SiteEvent) => month !== undefined && e.date.start >= month[0] && e.date.end < month[1];
  const spans = events.map((e) => [e.date.start, e.date.end] as [number, number]);
  const clusters = clusterSpans(month ? [...spans, month] : spans);

  // Segments and breaks.
  const room = width - 2 * margin - (clusters.length - 1) * breakWidth;
  const share = shares(clusters.map(([s, e]) => e - s), CHART.minShare);
  const segments: Segment[] = [];
  let cursor = margin;
  clusters.forEach(([start, end], i) => {
    const w = share[i]! * room;
    segments.push({ start, end, x0: cursor, x1: cursor + w });
    cursor += w + breakWidth;
  });
  const breaks: AxisBreak[] = segments.slice(1).map((s, i) => ({ x0: segments[i]!.x1, x1: s.x0, from: segments[i]!.end, to: s.start }));
  const x = (t: number): number => {
    for (const [i, s] of segments.entries()) {
      if (t < s.start) return i === 0 ? s.x0 : (segments[i - 1]!.x1 + s.x0) / 2;
      if (t <= s.end) return s.x0 + pad + ((t - s.start) / (s.end - s.start)) * (s.x1 - s.x0 - 2 * pad);
    }
    return segments.at(-1)?.x1 ?? margin;
  };

  // Year ticks, labelled every 1, 2, 5… years so that labels stay apart.
  const ticks: Tick[] = segments.flatMap((s) => {
    const perYear = (x(s.end) - x(s.start)) / ((s.end - s.start) / YEAR);
    const step = [1, 2, 5, 10, 20, 50].find((n) => n * perYear >= 36) ?? 100;
    const years = Array.from({ length: yearOf(s.end) - yearOf(s.start) + 1 }, (_, i) => yearOf(s.start) + i);
    return years.map((y) => ({ x: x(yearStart(y)), label: y % step === 0 ? String(y) : undefined }));
  });

  const main = placeMarks(events.filter((e) => !inBand(e)), x, margin, width - margin, 8);
  const axisY = 8 + main.rows * CHART.row + 22;
  let band: Band | undefined;
  if (month) {
    const [start, end] = month;
    const top = axisY + 48;
    const [bx0, bx1] = [margin + pad, width - margin - pad];
    const bx = (t: number) => bx0 + ((Math.min(Math.max(t, start), end) - start) / (end - start)) * (bx1 - bx0);
    const lanes = placeMarks(events.filter(inBand), bx, margin, width - margin, top + 32);
    const days = Math.round((end - start) / DAY);
    const bandTicks = Array.from({ length: days }, (_, i) => ({
      x: bx(start + (i + 0.5) * DAY),
      label: [1, 5, 10, 15, 20, 25, days].includes(i + 1) ? String(i + 1) : undefined,
    }));
    const bandAxisY = top + 32 + lanes.rows * CHART.row + 22;
    const d = new Date(start);
    const label = describeEdtf(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`).text;
    band = { ...lanes, start, end, label, extent: { x0: x(start), x1: x(end) }, x: bx, ticks: bandTicks, top, axisY: bandAxisY, bottom: bandAxisY + 14 };
  }
  return { ...main, width, height: (band ? band.bottom : axisY + 8) + 4, segments, breaks, ticks, axisY, x, band };
}
