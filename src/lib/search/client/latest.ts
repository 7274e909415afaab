/**
 * One search at a time, then one more for the latest state. On a large
 * index a search for a short prefix takes a long time, and a search per
 * keystroke queued up seconds of stale ones: `request()` while a run is going
 * marks it stale (the task checks `isStale()` after each await and stops) and
 * runs the task once more when it ends. `newer` is aborted at that request,
 * for a task waiting on a timer to stop at once.
 */
export function latestOnly(task: (isStale: () => boolean, newer: AbortSignal) => Promise<void>, busy: (busy: boolean) => void = () => {}): () => Promise<void> {
  let run = 0;
  let running = false;
  let again = false;
  let latest = new AbortController();
  return async function request(): Promise<void> {
    run += 1;
    latest.abort();
    latest = new AbortController();
    busy(true);
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const mine = run;
        await task(() => mine !== run, latest.signal);
      } while (again);
    } finally {
      running = false;
      busy(false);
    }
  };
}
