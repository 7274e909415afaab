/**
 * The quote records, made in a short-lived child process: reading and
 * checking the whole content takes about 0.3 GiB at 1,000 articles, which
 * Node keeps after the records are made (neither a GC nor a worker thread
 * gives it back); the child's exit does. The records arrive by IPC (structured
 * clone), the content's errors as the child's error. scripts/build-site.ts
 * starts it while Pagefind reads the pages, so the two overlap.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';

type Answer = { records: CustomRecord[] } | { error: string };

/** The quote records of the content under `root`, made by a child process. */
export function recordsInChildProcess(root: string): Promise<CustomRecord[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [root], { serialization: 'advanced', stdio: 'inherit' });
    let answer: Answer | undefined;
    child.on('message', (message: Answer) => (answer = message));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer && 'records' in answer) resolve(answer.records);
      else reject(new Error(answer?.error ?? `the quote records' process exited with code ${code} and no answer`));
    });
  });
}

if (import.meta.main) {
  // Imported here only: the parent, which holds the Pagefind index, loads none of the content's code.
  const { contentRecords } = await import('./index-site.ts');
  let answer: Answer;
  try {
    answer = { records: contentRecords(process.argv[2]!, false) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(answer, () => process.disconnect());
}
