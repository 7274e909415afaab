/**
 * One search at a time, then one more for the latest state. On a large
 * index a search for a short prefix takes a long time, and a search per
 * keystroke queued up seconds of stale ones: `request()` while a run is going
 * marks it stale (the task checks `isStale()` after each await and stops) and
 * runs the task once more when it ends.
 */
export function latestOnly(task: (isStale: () => boolean) => Promise<void>, busy: (busy: boolean) => void = () => {}): () => Promise<void> {
  let run = 0;
  let running = false;
  let again = false;
  return async function request(): Promise<void> {
    run += 1;
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
        await task(() => mine !== run);
      } while (again);
    } finally {
      running = false;
      busy(false);
    }
  };
}
