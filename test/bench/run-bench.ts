/**
 * `npm run bench`: the whole path, side by side in one run, on the embedded stack `npm start` runs.
 *
 *   1. the bare-Temporal limit: a workflow of a case's shape with no database and no HTTP
 *   2. Casework: intake -> AI answer awaiting confirmation through the HTTP API (closed loop for the
 *      sustained rate, then an open loop at half of it for intake latency)
 *   3. the store grows to BENCH_CASES cases (default 100,000)
 *   4. Casework again, then supervisor reads: every list filter, a 5-page cursor walk, /state,
 *      /history, /api/stats, /metrics; CPU share and memory of every process
 *
 * Settings: BENCH_CASES, BENCH_RUN (cases per closed loop, default 400), BENCH_CONCURRENCY (32),
 * BENCH_OPEN_SECONDS (30), BENCH_SAMPLES (reads per measurement, 30). Figures also go to
 * bench-results.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import mongoose from 'mongoose';
import { signStaffToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { connectDatabase, ensureIndexes } from '../../src/db/connect';
import { OutboxModel } from '../../src/db/models';
import { freePort, type ServerProcess } from '../../src/stack/child-process';
import { startFerretDb, startTemporal } from '../../src/stack/embedded-servers';
import { ensureSearchAttributes } from '../../src/temporal/connect';
import {
  CaseChannelKey,
  CaseCreatedAtKey,
  CasePriorityKey,
  CaseStatusKey,
  CustomerIdKey,
} from '../../workflows/case/search-attributes';
import { closedLoop, openLoop, percentiles, type LoadResult, type Sample } from './load';
import { cpuMeter, rssMb, settle, startNode, type NodeProcess, type Watched } from './processes';
import { seed } from './seed';

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};

/** the embedded Temporal's durability setting, as `npm start` would run it (TEMPORAL_SQLITE_SYNC) */
const TEMPORAL_SYNC = loadConfig({ TEMPORAL_SQLITE_SYNC: process.env.TEMPORAL_SQLITE_SYNC }).TEMPORAL_SQLITE_SYNC;

const OPTIONS = {
  cases: int('BENCH_CASES', 100_000),
  run: int('BENCH_RUN', 400),
  concurrency: int('BENCH_CONCURRENCY', 32),
  openSeconds: int('BENCH_OPEN_SECONDS', 30),
  samples: int('BENCH_SAMPLES', 30),
};

const ROUTINE = [
  { subject: 'Next payment', message: 'When is my next payment due? Where can I see the dates of my instalments?' },
  { subject: 'Pay early', message: 'Can I pay off my order early? Is there a fee for paying early?' },
  { subject: 'Refund', message: 'How long does a refund take after I return an item to the shop?' },
  { subject: 'Late fee', message: 'Why was I charged a late fee and how much is the late fee?' },
];

/** about what one step of a case carries to the store (its state and events, as JSON) */
const BARE_PAYLOAD = 'x'.repeat(Number(process.env.BENCH_BARE_PAYLOAD ?? 1500));

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

/** Receives the notifier's webhooks: a case's `ai.answer` (or escalation) ends its measurement. */
async function webhookReceiver() {
  const waiting = new Map<string, (kind: string) => void>();
  const early = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(204).end();
      try {
        const n = JSON.parse(Buffer.concat(chunks).toString()) as { kind: string; caseId: string };
        if (n.kind !== 'ai.answer' && n.kind !== 'case.escalated') return;
        const waiter = waiting.get(n.caseId);
        if (waiter) waiter(n.kind);
        else early.set(n.caseId, n.kind);
      } catch {
        /* not ours */
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    answered(caseId: string): Promise<string> {
      const seen = early.get(caseId);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) =>
        waiting.set(caseId, (kind) => {
          waiting.delete(caseId);
          resolve(kind);
        }),
      );
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function loadLine(r: LoadResult): string {
  return (
    `  ${r.name.padEnd(44)} ${r.rate.toFixed(1).padStart(6)}/s  ` +
    `intake p50 ${ms(r.intake.p50)} p99 ${ms(r.intake.p99)}  ` +
    `to answer p50 ${ms(r.total.p50)} p99 ${ms(r.total.p99)}  (${r.done} ok, ${r.failed} failed)`
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'casework-bench-'));
  const servers: ServerProcess[] = [];
  const nodes: NodeProcess[] = [];
  const results: Record<string, unknown> = { options: OPTIONS, cpus: os.cpus().length, node: process.version };
  const stop = async () => {
    for (const n of nodes) await n.stop();
    await mongoose.disconnect().catch(() => undefined);
    for (const s of servers) await s.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    log(
      `casework bench: ${os.cpus().length} CPUs, node ${process.version}, ${JSON.stringify(OPTIONS)}, ` +
        `Temporal's SQLite synchronous=${TEMPORAL_SYNC}`,
    );
    const [temporalPort, mongoPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    const [temporal, ferret] = await Promise.all([
      startTemporal({
        dataDir,
        port: temporalPort,
        uiPort: null,
        namespace: 'default',
        sync: TEMPORAL_SYNC,
      }),
      startFerretDb({ dataDir, port: mongoPort }),
    ]);
    servers.push(temporal.proc, ferret.proc);
    const connection = await Connection.connect({ address: temporal.address });
    const client = new Client({ connection });
    await ensureSearchAttributes(client);
    const distDir = path.join(__dirname, '..', '..');

    // 1. the bare-Temporal limit, with its worker in a process of its own
    const bareQueue = `bare-${randomBytes(3).toString('hex')}`;
    const bare = await startNode(path.join(__dirname, 'bare', 'worker.js'), [temporal.address, bareQueue], {}, /ready/);
    nodes.push(bare);
    const bareCpu = cpuMeter([
      { name: 'temporal', pid: temporal.proc.child.pid },
      { name: 'worker', pid: bare.child.pid },
      { name: 'bench', pid: process.pid },
    ]);
    const bareRun = await closedLoop('bare Temporal, same shape', OPTIONS.run, OPTIONS.concurrency, async (i) => {
      const t0 = performance.now();
      const customerId = `cus_bench_${i % 5000}`;
      const handle = await client.workflow.start('bareCaseWorkflow', {
        taskQueue: bareQueue,
        workflowId: `bare-${bareQueue}-${i}`,
        args: [{ payload: BARE_PAYLOAD }],
        typedSearchAttributes: [
          { key: CaseStatusKey, value: 'triaging' },
          { key: CasePriorityKey, value: 'normal' },
          { key: CustomerIdKey, value: customerId },
          { key: CaseChannelKey, value: 'web' },
          { key: CaseCreatedAtKey, value: new Date() },
        ],
        memo: { subject: ROUTINE[0].subject, channel: 'web', customerId, createdAt: new Date().toISOString() },
      });
      const started = performance.now();
      await handle.result();
      return { intakeMs: started - t0, totalMs: performance.now() - t0 };
    });
    const bareCpuShare = bareCpu();
    log(loadLine(bareRun));
    log(`  CPU share (% of one core): ${JSON.stringify(bareCpuShare)}`);
    await bare.stop();
    nodes.splice(nodes.indexOf(bare), 1);

    // 2. Casework as `npm start` runs it (worker and API in one process), driven over HTTP
    const hooks = await webhookReceiver();
    const secret = randomBytes(32).toString('base64url');
    const env = {
      TEMPORAL_ADDRESS: temporal.address,
      MONGODB_URI: `mongodb://127.0.0.1:${mongoPort}/bench`,
      PORT: String(apiPort),
      AUTH_SECRET: secret,
      NOTIFY_WEBHOOK_URL: hooks.url,
      NOTIFY_WEBHOOK_SECRET: randomBytes(32).toString('base64url'),
      INTAKE_RATE_LIMIT: '1000000',
      WRITE_RATE_LIMIT: '1000000',
      METRICS_TOKEN: 'bench-metrics-token',
      LOG_LEVEL: 'warn',
    };
    const startCasework = async () => {
      const profile = process.env.BENCH_PROFILE_DIR;
      const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
      const p = await startNode(path.join(distDir, 'src', 'main.js'), ['all'], env, /Casework API/, 120_000, nodeArgs);
      nodes.push(p);
      return p;
    };
    let casework = await startCasework();
    const base = `http://127.0.0.1:${apiPort}`;
    const watched = (): Watched[] => [
      { name: 'temporal', pid: temporal.proc.child.pid },
      { name: 'ferretdb', pid: ferret.proc.child.pid },
      { name: 'casework', pid: casework.child.pid },
      { name: 'bench', pid: process.pid },
    ];

    let n = 0;
    const oneCase = async (): Promise<Sample> => {
      const body = { customer: { id: `cus_bench_${n % 5000}` }, ...ROUTINE[n++ % ROUTINE.length] };
      const t0 = performance.now();
      const res = await fetch(`${base}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const intakeMs = performance.now() - t0;
      const created = (await res.json()) as { caseId: string };
      if (res.status !== 201) throw new Error(`intake ${res.status}`);
      const kind = await hooks.answered(created.caseId);
      if (kind !== 'ai.answer') throw new Error(`${created.caseId} was not answered by the AI`);
      return { intakeMs, totalMs: performance.now() - t0 };
    };

    const measureCasework = async (label: string) => {
      await closedLoop(`${label}: warm-up`, Math.min(40, OPTIONS.run), OPTIONS.concurrency, oneCase);
      const cpu = cpuMeter(watched());
      const sustained = await closedLoop(`${label}: sustained`, OPTIONS.run, OPTIONS.concurrency, oneCase);
      const cpuShare = cpu();
      const open = await openLoop(`${label}: open loop at half`, sustained.rate / 2, OPTIONS.openSeconds, oneCase);
      return { sustained, open, cpuShare };
    };

    const fresh = await measureCasework('Casework, fresh store');
    log(loadLine(fresh.sustained));
    log(`  CPU share (% of one core): ${JSON.stringify(fresh.cpuShare)}`);
    if (process.env.BENCH_ONLY_FRESH) return;

    // 3. the store grows, imported while Casework is stopped (its statistics folder is the rollups' only writer)
    await casework.stop();
    nodes.splice(nodes.indexOf(casework), 1);
    await connectDatabase(env.MONGODB_URI);
    await ensureIndexes();
    const config = loadConfig({ ...env });
    const seeded = await seed({
      cases: OPTIONS.cases,
      batch: 1000,
      policy: config.policy,
      client,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      recentMs: 24 * 3600_000,
      openShare: 0.05,
    });
    log(
      `seeded ${seeded.cases} cases (${seeded.documents} documents) in ${seeded.seconds.toFixed(0)} s, ` +
        `${seeded.executions} workflows in ${seeded.executionSeconds.toFixed(0)} s`,
    );

    // 4. Casework on the grown store, then the supervisor's reads
    casework = await startCasework();
    // the seeded executions were started while no worker ran: let it take up that backlog (tens of
    // thousands of tasks a live system would have run as they came) before the store's size is measured
    const settled = await settle(watched().filter((p) => p.name !== 'bench'));
    log(`  worker took up the seeded workflows' backlog in ${settled.toFixed(0)} s`);
    const grown = await measureCasework(`Casework, ${OPTIONS.cases} stored`);
    const supervisor = await signStaffToken(secret, { sub: 'sup_bench', role: 'supervisor' });
    const reads = await measureReads(base, supervisor, env.METRICS_TOKEN, seeded);
    await waitForFolder();

    const rss = Object.fromEntries(watched().map((w) => [w.name, rssMb(w.pid)]));
    const limit = bareRun.rate;
    const ratio = fresh.sustained.rate / limit;
    const flat = grown.sustained.rate / fresh.sustained.rate;
    Object.assign(results, { bare: bareRun, bareCpuShare, fresh, grown, seeded, reads, rss });
    writeFileSync('bench-results.json', JSON.stringify(results, null, 2));

    log('\n== throughput: intake -> AI answer awaiting confirmation (2 cores) ==');
    log(loadLine(bareRun));
    for (const r of [fresh.sustained, fresh.open, grown.sustained, grown.open]) log(loadLine(r));
    log(`  CPU share (% of one core) bare:  ${JSON.stringify(bareCpuShare)}`);
    log(`  CPU share (% of one core) fresh: ${JSON.stringify(fresh.cpuShare)}`);
    log(`  CPU share (% of one core) grown: ${JSON.stringify(grown.cpuShare)}`);
    log('\n== supervisor reads at ' + OPTIONS.cases + ' cases ==');
    for (const r of reads)
      log(`  ${r.name.padEnd(52)} p50 ${ms(r.p50).padStart(8)}  p95 ${ms(r.p95).padStart(8)}  (${r.runs} runs)`);
    log('\n== targets ==');
    const check = (ok: boolean, line: string) => log(`  [${ok ? 'met' : 'MISSED'}] ${line}`);
    check(
      ratio >= 0.8,
      `case path ${fresh.sustained.rate.toFixed(1)}/s = ${ratio.toFixed(2)}x the bare limit ${limit.toFixed(1)}/s (>= 0.8x)`,
    );
    check(
      flat >= 0.8,
      `after ${OPTIONS.cases} cases ${grown.sustained.rate.toFixed(1)}/s = ${flat.toFixed(2)}x of itself (>= 0.8x)`,
    );
    check(fresh.open.intake.p99 <= 100, `intake p99 at half rate, fresh: ${ms(fresh.open.intake.p99)} (<= 100 ms)`);
    check(grown.open.intake.p99 <= 100, `intake p99 at half rate, grown: ${ms(grown.open.intake.p99)} (<= 100 ms)`);
    const lists = reads.filter((r) => r.name.startsWith('GET /api/cases?') || r.name.startsWith('cursor'));
    const worstList = Math.max(...lists.map((r) => r.p95));
    check(worstList <= 150, `lists p95 at most ${ms(worstList)} (<= 150 ms)`);
    for (const r of reads.filter((x) => x.name === 'GET /api/stats' || x.name === 'GET /metrics')) {
      check(r.p95 <= 200, `${r.name} p95 ${ms(r.p95)} (<= 200 ms)`);
    }
    log(`  RSS MB: ${JSON.stringify(rss)}`);
    await hooks.close();
    await connection.close();
  } finally {
    await stop();
    log('servers stopped; figures in bench-results.json');
  }
}

async function waitForFolder(): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until && (await OutboxModel.countDocuments({})) > 0) await new Promise((r) => setTimeout(r, 500));
}

interface ReadTiming {
  name: string;
  runs: number;
  p50: number;
  p95: number;
}

async function measureReads(
  base: string,
  token: string,
  metricsToken: string,
  seeded: { sampleCustomer: string; sampleCaseId: string; openCaseId: string; agent: string },
): Promise<ReadTiming[]> {
  const get = async (url: string, auth = token) => {
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${auth}` } });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${text.slice(0, 200)}`);
    return text;
  };
  const timings: ReadTiming[] = [];
  const time = async (name: string, run: () => Promise<unknown>) => {
    const samples: number[] = [];
    await run();
    for (let i = 0; i < OPTIONS.samples; i += 1) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    const p = percentiles(samples);
    timings.push({ name, runs: samples.length, p50: p.p50, p95: p.p95 });
    process.stderr.write(`  ${name}: p50 ${ms(p.p50)} p95 ${ms(p.p95)}\n`);
  };
  for (const filter of [
    '',
    'status=escalated',
    'status=assigned',
    'status=closed',
    'priority=urgent',
    'reason=sensitive_topic',
    `assignee=${seeded.agent}`,
    'breached=true',
    'atRisk=true',
    `customerId=${seeded.sampleCustomer}`,
    'status=assigned&priority=urgent',
  ]) {
    await time(`GET /api/cases?${filter || '(no filter)'}`, () =>
      get(`/api/cases?limit=50${filter ? `&${filter}` : ''}`),
    );
  }
  // each page of a 5-page walk is one list request; the walk's pages are timed one by one
  const pages: number[] = [];
  for (let w = 0; w < Math.max(2, Math.ceil(OPTIONS.samples / 5)); w += 1) {
    let cursor: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const t0 = performance.now();
      const body = JSON.parse(await get(`/api/cases?limit=50${cursor ? `&cursor=${cursor}` : ''}`)) as {
        nextCursor: string | null;
      };
      pages.push(performance.now() - t0);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
  }
  const walk = percentiles(pages);
  timings.push({ name: 'cursor walk, 5 pages of 50: one page', runs: pages.length, p50: walk.p50, p95: walk.p95 });
  await time('GET /api/cases/:id (closed case)', () => get(`/api/cases/${seeded.sampleCaseId}`));
  await time('GET /api/cases/:id/state (open case)', () => get(`/api/cases/${seeded.openCaseId}/state`));
  await time('GET /api/cases/:id/history', () => get(`/api/cases/${seeded.sampleCaseId}/history`));
  await time('GET /api/tasks', () => get('/api/tasks?limit=50'));
  await time('GET /api/stats', () => get('/api/stats'));
  await time('GET /metrics', () => get('/metrics', metricsToken));
  return timings;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
