/**
 * Runs a script on this Node (process.execPath), its output streamed, and
 * resolves to its exit code (128 + the signal's number when a signal ended
 * it). Ctrl+C reaches the child too (same process group); this process stays
 * alive until the child has stopped, so the caller can clean up after it.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export function runNode(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
