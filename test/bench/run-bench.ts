/**
 * `npm run bench`. BENCH_CASES (default 100000), BENCH_SAMPLES runs per measurement (default 20),
 * BENCH_BUDGET_MS per measurement (default 10000), BENCH_TIME_LIMIT_S: no new measurement after this
 * (default 300), BENCH_BATCH insert batch size (default 1000).
 */
import { runBench } from './seed-and-measure';

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

runBench({
  cases: int('BENCH_CASES', 100_000),
  samples: int('BENCH_SAMPLES', 20),
  budgetMs: int('BENCH_BUDGET_MS', 10_000),
  timeLimitMs: int('BENCH_TIME_LIMIT_S', 300) * 1000,
  batchSize: int('BENCH_BATCH', 1_000),
  out: (line) => console.log(line),
}).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
