/** The processes a benchmark runs, and what they cost: CPU seconds and resident memory from /proc. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; null once it is gone. */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid ?? 'self'}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export function rssMb(pid?: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid ?? 'self'}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

export interface Watched {
  name: string;
  pid?: number;
}

/** CPU used by each process over a phase, as a share of one core. */
export function cpuMeter(processes: Watched[]) {
  const start = processes.map((p) => cpuSeconds(p.pid) ?? 0);
  const t0 = performance.now();
  return () => {
    const seconds = (performance.now() - t0) / 1000;
    return Object.fromEntries(
      processes.map((p, i) => [p.name, Math.round((100 * ((cpuSeconds(p.pid) ?? 0) - start[i])) / seconds)]),
    );
  };
}

/**
 * Waits until the watched processes together use less than `quietShare` % of one core over a window
 * of `windowMs`, twice in a row, or until `maxMs` has passed; returns the seconds it took.
 */
export async function settle(processes: Watched[], quietShare = 25, windowMs = 5_000, maxMs = 900_000) {
  const t0 = performance.now();
  let quiet = 0;
  while (quiet < 2 && performance.now() - t0 < maxMs) {
    const meter = cpuMeter(processes);
    await new Promise((r) => setTimeout(r, windowMs));
    const total = Object.values(meter()).reduce((a, b) => a + b, 0);
    quiet = total < quietShare ? quiet + 1 : 0;
  }
  return (performance.now() - t0) / 1000;
}

export interface NodeProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node script args` and resolves once it prints a line matching `ready`. */
export async function startNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 120_000,
  nodeArgs: string[] = [],
): Promise<NodeProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
