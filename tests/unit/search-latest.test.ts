/** latestOnly (src/lib/search/client/latest.ts): one run at a time, then one for the latest request; a newer request wakes the running one. */
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/lib/search/client/latest.ts';

describe('latestOnly', () => {
  it('runs once more for the latest of the requests made while it ran, never for those in between', async () => {
    const seen: number[] = [];
    let value = 0;
    let release: () => void = () => {};
    const request = latestOnly(async (isStale) => {
      const mine = value;
      await new Promise<void>((resolve) => (release = resolve));
      if (!isStale()) seen.push(mine);
    });
    const first = request();
    for (value = 1; value <= 3; value += 1) void request();
    value = 3;
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await first;
    expect(seen).toEqual([3]);
  });

  it('aborts the running task’s `newer` signal when a newer request comes, so a wait can end at once', async () => {
    const signals: AbortSignal[] = [];
    const request = latestOnly(async (_isStale, newer) => {
      signals.push(newer);
      if (signals.length === 1) await new Promise<void>((resolve) => newer.addEventListener('abort', () => resolve(), { once: true }));
    });
    const first = request();
    expect(signals[0]!.aborted).toBe(false);
    void request();
    await first;
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });
});
