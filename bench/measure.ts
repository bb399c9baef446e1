/**
 * Running a command as a child process and measuring it: wall time, and the peak resident memory of the
 * whole process tree (the child and its descendants: Astro's workers, Pagefind's binary), sampled from
 * /proc every 50 ms. Summing RSS counts shared pages once per process, so the figure errs high.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Measured {
  wallMs: number;
  peakRssBytes: number;
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

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rssOf(p);
    stack.push(...childrenOf(p));
  }
  return total;
}

/** Runs a command to its end; output is kept (and echoed when `echo`). */
export function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: boolean } = {}): Promise<Measured> {
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
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakRssBytes: peak, code: code ?? 1, stdout, stderr });
    });
  });
}
