/**
 * Memory and CPU of a process and all its descendants, sampled from /proc
 * (Linux): every `intervalMs`, the tree is found again from each process's
 * parent id, and the sum of its members' resident sizes (VmRSS) is taken.
 * Reports the peak of that sum, the largest single process's own peak
 * (VmHWM), and CPU seconds (utime + stime, the last value seen for each
 * process: a process's last ~interval of CPU before it exits is missed).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeUsage {
  /** Peak of the sum of VmRSS over the tree, in bytes. */
  peakRss: number;
  /** The largest VmHWM of any one process of the tree, in bytes. */
  peakProcessHwm: number;
  /** CPU seconds, user + system, summed over the tree. */
  cpuSeconds: number;
  /** Most processes seen in the tree at once. */
  processes: number;
  samples: number;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** ppid, utime, stime from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function stat(pid: number): { ppid: number; cpuTicks: number } | undefined {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return undefined;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is state (field 3): ppid is field 4, utime 14, stime 15.
  return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

function kb(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The pids of `root` and its descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (!s) continue;
    const list = children.get(s.ppid);
    if (list) list.push(Number(name));
    else children.set(s.ppid, [Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Starts sampling the tree under `root`; `stop()` takes a last sample and returns the figures. */
export function watchTree(root: number, intervalMs = 100): { stop: () => TreeUsage; current: () => TreeUsage } {
  const usage: TreeUsage = { peakRss: 0, peakProcessHwm: 0, cpuSeconds: 0, processes: 0, samples: 0 };
  const cpu = new Map<number, number>();
  let rss = 0;
  const sample = () => {
    const pids = processTree(root);
    let sum = 0;
    let alive = 0;
    for (const pid of pids) {
      const status = read(`/proc/${pid}/status`);
      const s = stat(pid);
      if (!status || !s) continue;
      alive += 1;
      sum += kb(status, 'VmRSS');
      usage.peakProcessHwm = Math.max(usage.peakProcessHwm, kb(status, 'VmHWM'));
      cpu.set(pid, s.cpuTicks);
    }
    rss = sum;
    usage.peakRss = Math.max(usage.peakRss, sum);
    usage.processes = Math.max(usage.processes, alive);
    usage.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  const figures = () => ({ ...usage, cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS, currentRss: rss });
  return {
    current: figures,
    stop: () => {
      clearInterval(timer);
      return figures();
    },
  };
}
