/** The timeline chart's layout (src/lib/timeline/axis.ts): segments, breaks, the zoom band, marks and label rows. */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/content/schema.ts';
import { busiestMonth, clusterSpans, layoutTimeline, markName, shares, type Mark } from '../../src/lib/timeline/axis.ts';
import { placeEvents } from '../../src/lib/timeline/events.ts';

const event = (id: string, date: string, label = `Event ${id}`): TimelineEvent => ({
  id,
  date,
  label,
  mentions: [{ section: 'opening', anchor: 'p1' }],
  people: [],
  glossary: [],
});

/** The shape of content/articles/csto-deployment-in-kazakhstan/events.yaml (dates and label lengths). */
const csto = placeEvents('csto', [
  event('perestroika', '198X', 'Perestroika in the USSR fails to solve its internal problems'),
  event('alma-ata', '1991-12-21', 'The Alma-Ata Protocol founds the CIS and ends the USSR'),
  event('cst', '1992-05', 'Six states sign the Collective Security Treaty in Tashkent'),
  event('charter', '2002-10', 'The CSTO charter is signed in Chisinau, Moldova'),
  event('pandemic', '2020/2022', 'The pandemic severely disrupts life in Kazakhstan'),
  event('afghanistan', '2021-22', 'The United States withdraws its troops from Afghanistan'),
  event('january', '2022-01', 'The events of January 2022 in Kazakhstan'),
  event('protests', '2022-01-02~', 'Protests against local grievances erupt in western Kazakhstan'),
  event('concessions', '2022-01-01/2022-01-10', 'The government offers price checks and investigations to appease protesters'),
  event('violence', '2022-01-01/2022-01-10', 'Protests turn into violent unrest in cities across the country'),
  event('request', '2022-01-05', 'Tokayev requests CSTO peacekeeping troops'),
  event('withdrawal', '2022-01-13', 'CSTO troops begin to leave, as Tokayev announced'),
  event('ivanovo', '2022-01-15', 'Russian CSTO peacekeepers land at Ivanovo, Russia, after withdrawing'),
  event('complete', '2022-01-19', 'The CSTO announces that all its troops have left Kazakhstan'),
]);
const layout = layoutTimeline(csto, 1000);
const year = (y: number) => Date.UTC(y, 0, 1);

describe('segments and breaks', () => {
  it('splits the main axis at gaps longer than four years', () => {
    expect(layout.segments.map((s) => [new Date(s.start).getUTCFullYear(), new Date(s.end).getUTCFullYear()])).toEqual([
      [1980, 1993],
      [2002, 2003],
      [2020, 2023],
    ]);
    expect(layout.breaks).toHaveLength(2);
    expect(layout.breaks.map((b) => [b.from, b.to])).toEqual([
      [year(1993), year(2002)],
      [year(2003), year(2020)],
    ]);
  });

  it('keeps events within four years of each other in one segment', () => {
    expect(clusterSpans([[year(2000), year(2000) + 1], [year(2004), year(2004) + 1]])).toHaveLength(1);
    expect(clusterSpans([[year(2000), year(2000) + 1], [year(2006), year(2006) + 1]])).toHaveLength(2);
  });

  it('fills the width: segments and breaks in order, from margin to margin', () => {
    const edges = layout.segments.flatMap((s) => [s.x0, s.x1]);
    expect(edges).toEqual([...edges].sort((a, b) => a - b));
    expect(edges[0]).toBe(24);
    expect(edges.at(-1)).toBeCloseTo(976);
    for (const b of layout.breaks) expect(b.x1 - b.x0).toBe(56);
  });

  it('gives each segment its share of the width, but at least the minimum', () => {
    const s = shares([13, 1, 3], 0.18);
    expect(s.reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(Math.min(...s)).toBeCloseTo(0.18);
    expect(s[0]).toBeGreaterThan(s[2]!);
    const widths = layout.segments.map((seg) => seg.x1 - seg.x0);
    expect(widths[0]).toBeGreaterThan(widths[2]!);
    expect(widths[1]).toBeCloseTo(widths[2]!);
  });
});

describe('the time → x mapping', () => {
  it('is increasing within segments and never decreasing across them', () => {
    const times = Array.from({ length: 600 }, (_, i) => year(1975) + i * 30 * 86_400_000 * 1.7);
    const xs = times.map(layout.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]!);
    for (const s of layout.segments) {
      const inside = times.filter((t) => t >= s.start && t <= s.end).map(layout.x);
      for (let i = 1; i < inside.length; i++) expect(inside[i]).toBeGreaterThan(inside[i - 1]!);
      expect(inside.every((x) => x >= s.x0 && x <= s.x1)).toBe(true);
    }
  });

  it('puts times inside a gap on its break', () => {
    const [b] = layout.breaks;
    const x = layout.x(year(1998));
    expect(x).toBeGreaterThan(b!.x0);
    expect(x).toBeLessThan(b!.x1);
  });
});

describe('the zoom band', () => {
  it('is January 2022 for this article, with its events drawn there and not on the main axis', () => {
    expect(layout.band?.label).toBe('January 2022');
    expect([layout.band?.start, layout.band?.end]).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
    expect(layout.band!.marks.map((m) => m.event.id).sort()).toEqual(
      ['january', 'protests', 'concessions', 'violence', 'request', 'withdrawal', 'ivanovo', 'complete'].sort(),
    );
    expect(layout.marks.map((m) => m.event.id)).toEqual(['perestroika', 'alma-ata', 'cst', 'charter', 'pandemic', 'afghanistan']);
  });

  it('is marked on the main axis where January 2022 is', () => {
    const { extent } = layout.band!;
    expect(extent.x0).toBeCloseTo(layout.x(Date.UTC(2022, 0, 1)));
    expect(extent.x1).toBeGreaterThan(extent.x0);
    expect(layout.band!.top).toBeGreaterThan(layout.axisY);
  });

  it('has day ticks 1, 5, 10, 15, 20, 25, 31, and a day mark on its day', () => {
    const { band } = layout;
    expect(band!.ticks).toHaveLength(31);
    expect(band!.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['1', '5', '10', '15', '20', '25', '31']);
    const request = band!.marks.find((m) => m.event.id === 'request')!;
    expect(request.x0).toBeCloseTo(band!.ticks[4]!.x);
  });

  it('needs at least three events in one month', () => {
    const few = placeEvents('a', [event('a', '2022-01-05'), event('b', '2022-01-06'), event('c', '2022-03-01')]);
    expect(busiestMonth(few)).toBeUndefined();
    expect(layoutTimeline(few).band).toBeUndefined();
    const enough = placeEvents('a', [...few.map((e) => event(e.id, e.date.edtf)), event('d', '2022-01-20')]);
    expect(busiestMonth(enough)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1)]);
  });
});

describe('marks and labels', () => {
  const all = [...layout.marks, ...layout.band!.marks];
  const byId = (id: string) => all.find((m) => m.event.id === id)!;

  it('draws day dates as points and longer dates as bars of positive width', () => {
    for (const id of ['alma-ata', 'request', 'withdrawal', 'protests']) expect(byId(id).kind).toBe('point');
    for (const id of ['perestroika', 'cst', 'charter', 'pandemic', 'afghanistan', 'january', 'concessions', 'violence']) {
      expect(byId(id).kind).toBe('span');
      expect(byId(id).x1 - byId(id).x0).toBeGreaterThan(0);
    }
    expect(byId('january').x1 - byId('january').x0).toBeGreaterThan(800);
    expect(byId('protests').approximate).toBe(true);
    expect(byId('request').approximate).toBe(false);
  });

  it('never overlaps two labels (or marks) in one row', () => {
    for (const marks of [layout.marks, layout.band!.marks]) {
      const rows = Map.groupBy(marks, (m: Mark) => m.row);
      for (const row of rows.values()) {
        const boxes = row.map((m) => m.box).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThan(boxes[i - 1]![1]);
      }
    }
  });

  it('keeps labels within the width and each mark inside its own box', () => {
    for (const m of all) {
      expect(m.box[0]).toBeGreaterThanOrEqual(24);
      expect(m.box[1]).toBeLessThanOrEqual(976);
      expect(m.box[0]).toBeLessThanOrEqual(m.x0);
      expect(m.box[1]).toBeGreaterThanOrEqual(m.x1);
    }
  });

  it('names a mark by its date and label', () => {
    expect(markName(byId('request').event)).toBe('5 January 2022: Tokayev requests CSTO peacekeeping troops');
    expect(markName(byId('perestroika').event)).toBe('The 1980s: Perestroika in the USSR fails to solve its internal problems');
  });

  it('has year ticks on the main axis, none inside a break', () => {
    const labels = layout.ticks.filter((t) => t.label).map((t) => t.label);
    expect(labels).toContain('1980');
    expect(labels).toContain('2002');
    expect(labels).toContain('2022');
    for (const t of layout.ticks) for (const b of layout.breaks) expect(t.x <= b.x0 || t.x >= b.x1).toBe(true);
  });

  it('fits everything in the height, rows below one another', () => {
    expect(layout.axisY).toBeGreaterThan(Math.max(...layout.marks.map((m) => m.y)));
    expect(layout.band!.axisY).toBeGreaterThan(Math.max(...layout.band!.marks.map((m) => m.y)));
    expect(layout.height).toBeGreaterThan(layout.band!.bottom);
  });
});

it('is deterministic', () => {
  const again = layoutTimeline(placeEvents('csto', csto.map((e) => event(e.id, e.date.edtf, e.label))), 1000);
  expect(JSON.stringify(again)).toBe(JSON.stringify(layout));
});
