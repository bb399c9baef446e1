/**
 * Running a command as a child process and measuring it: wall time, and the peak resident memory of the
 * whole process tree (the child and its descendants: Astro's workers, Pagefind's binary), sampled from
 * /proc every 50 ms. Summing RSS counts shared pages once per process, so the figure errs high.
 * Also the CPU time (user + system) of the tree, the last value sampled for each process summed: on a
 * machine shared with other work, CPU time varies much less than wall time. A process living less than
 * one sampling interval may be missed, so that figure errs low.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  wallMs: number;
  peakRssBytes: number;
  cpuMs: number;
  code: number;
  stdout: string;
  stderr: string;
}

const PAGE = 4096;

function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

const TICKS_PER_SECOND = 100;

/** User + system CPU time of one process in ms (0 once it is gone). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The processes of a tree: the root and all its descendants. */
export function treePids(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...childrenOf(p));
  }
  return out;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  return treePids(pid).reduce((sum, p) => sum + rssOf(p), 0);
}

/** Runs a command to its end; output is kept (and echoed when `echo`). */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (options.echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (options.echo) process.stderr.write(d);
    });
    let peak = 0;
    const cpu = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      let rss = 0;
      for (const p of treePids(child.pid)) {
        rss += rssOf(p);
        const used = cpuOf(p);
        if (used > 0) cpu.set(p, Math.max(cpu.get(p) ?? 0, used));
      }
      peak = Math.max(peak, rss);
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        wallMs: performance.now() - started,
        peakRssBytes: peak,
        cpuMs: [...cpu.values()].reduce((a, b) => a + b, 0),
        code: code ?? 1,
        stdout,
        stderr,
      });
    });
  });
}
