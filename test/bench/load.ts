/** Load shapes for the benchmark: a closed loop (N in flight at a time) and an open loop (a fixed arrival rate). */

export interface Sample {
  /** time to the intake answer (or to the start of the bare workflow) */
  intakeMs: number;
  /** time to the AI answer awaiting confirmation (or to the bare workflow's end) */
  totalMs: number;
}

export interface LoadResult {
  name: string;
  done: number;
  failed: number;
  seconds: number;
  rate: number;
  intake: Percentiles;
  total: Percentiles;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? 0 };
}

/** One line that redraws itself: a bar, the count, the rate. */
export function progress(label: string, total: number) {
  const started = performance.now();
  let last = 0;
  const draw = (done: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < 250) return;
    last = now;
    const width = 30;
    const filled = Math.round((width * done) / Math.max(total, 1));
    const rate = done / Math.max((now - started) / 1000, 0.001);
    process.stderr.write(
      `\r  ${label.padEnd(34)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(6)}/${total} ${rate.toFixed(1).padStart(6)}/s`,
    );
  };
  return {
    tick: (done: number) => draw(done),
    end: (done: number) => {
      draw(done, true);
      process.stderr.write('\n');
    },
  };
}

function summarize(name: string, samples: Sample[], failed: number, seconds: number): LoadResult {
  return {
    name,
    done: samples.length,
    failed,
    seconds,
    rate: samples.length / seconds,
    intake: percentiles(samples.map((s) => s.intakeMs)),
    total: percentiles(samples.map((s) => s.totalMs)),
  };
}

/** `concurrency` loops, each running one case after another until `total` have run. */
export async function closedLoop(
  name: string,
  total: number,
  concurrency: number,
  run: (i: number) => Promise<Sample>,
): Promise<LoadResult> {
  const bar = progress(name, total);
  const samples: Sample[] = [];
  let failed = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        try {
          samples.push(await run(i));
        } catch {
          failed += 1;
        }
        bar.tick(samples.length + failed);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  bar.end(samples.length + failed);
  return summarize(name, samples, failed, seconds);
}

/** Arrivals at `rate` per second for `seconds`, whatever is still in flight (an open loop). */
export async function openLoop(
  name: string,
  rate: number,
  seconds: number,
  run: (i: number) => Promise<Sample>,
): Promise<LoadResult> {
  const total = Math.max(1, Math.round(rate * seconds));
  const bar = progress(name, total);
  const samples: Sample[] = [];
  let failed = 0;
  const t0 = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = t0 + (1000 * i) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(
      run(i).then(
        (s) => {
          samples.push(s);
          bar.tick(samples.length + failed);
        },
        () => {
          failed += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - t0) / 1000;
  bar.end(samples.length + failed);
  return summarize(name, samples, failed, elapsed);
}
