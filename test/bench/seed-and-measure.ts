/**
 * Supervisor reads at volume: seeds synthetic cases straight into the database, then times the case list
 * (through the real HTTP API) and the statistics. Run with `npm run bench`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import mongoose from 'mongoose';
import { CASE_STATUSES, ESCALATION_REASONS, type CaseStatus, type Priority } from '../../workflows/case/domain';
import { signStaffToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { connectDatabase, ensureIndexes } from '../../src/db/connect';
import { CaseModel, EventModel } from '../../src/db/models';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { startApi } from '../../src/roles';
import { computeStats } from '../../src/services/stats-service';
import { FERRETDB_VERSION } from '../../src/stack/binaries';
import { freePort, type ServerProcess } from '../../src/stack/child-process';
import { startFerretDb, startTemporal } from '../../src/stack/embedded-servers';
import { connectClient } from '../../src/temporal/connect';

export interface BenchOptions {
  cases: number;
  /** timed runs per measurement at most */
  samples: number;
  /** a measurement takes no new run once its runs took this long (it always gets one) */
  budgetMs: number;
  /** no new measurement starts after this much time from the start of the bench */
  timeLimitMs: number;
  batchSize: number;
  out: (line: string) => void;
}

type Stats = Awaited<ReturnType<typeof computeStats>>;

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

// ---- synthetic data ----

/** A small seeded generator, so every run seeds the same mix (case ids stay random). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  function weighted<T extends string>(table: [T, number][]): T {
    let r = next() * table.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return table[table.length - 1][0];
  }
  return { next, int, weighted };
}

const STATUS_MIX: [CaseStatus, number][] = [
  ['triaging', 0.5],
  ['ai_resolving', 0.5],
  ['awaiting_confirmation', 7],
  ['escalated', 6],
  ['assigned', 8],
  ['waiting_on_customer', 4],
  ['resolved', 14],
  ['closed', 60],
];
const PRIORITY_MIX: [Priority, number][] = [
  ['low', 10],
  ['normal', 62],
  ['high', 20],
  ['urgent', 8],
];
const REASON_MIX: [string, number][] = [
  ['customer_rejected', 20],
  ['no_confirmation', 15],
  ['customer_requested_human', 15],
  ['sensitive_topic', 12],
  ['negative_sentiment', 8],
  ['low_confidence', 15],
  ['ai_unavailable', 2],
  ['reopened', 5],
  ['sla_breach', 6],
  ['supervisor', 2],
];
const TOPICS = ['payments', 'refunds', 'account', 'delivery', 'fraud', 'hardship', 'complaint'];
export const AGENTS = Array.from({ length: 50 }, (_, i) => `agent_${String(i).padStart(3, '0')}`);
const HUMAN: CaseStatus[] = ['escalated', 'assigned', 'waiting_on_customer'];
const DAY = 86_400_000;
const CUSTOMER_TEXT =
  'Hello, I have a question about my order and the payment schedule that I cannot find in the app. ';
const AI_TEXT = 'Thanks for getting in touch! Here is what our help article says about your payment schedule. ';

/** One case document as the workflow would have stored it, and its statistics events. */
function syntheticCase(rnd: ReturnType<typeof random>, i: number, n: number, span: number, now: number) {
  const _id = `c_${randomBytes(16).toString('base64url')}`;
  const createdAt = new Date(now - span + Math.floor((span * i) / n) + rnd.int(1000));
  const status = rnd.weighted(STATUS_MIX);
  const priority = rnd.weighted(PRIORITY_MIX);
  const topic = TOPICS[rnd.int(TOPICS.length)];
  const done = status === 'resolved' || status === 'closed';
  const everEscalated = HUMAN.includes(status) || (done && rnd.next() < 0.35);
  const reason = everEscalated ? rnd.weighted(REASON_MIX) : null;
  const breached = everEscalated && rnd.next() < 0.06;
  const resolvedBy = done ? (everEscalated ? (rnd.next() < 0.92 ? 'agent' : 'system') : 'ai') : null;
  const assignee = status === 'assigned' || status === 'waiting_on_customer' ? AGENTS[rnd.int(AGENTS.length)] : null;
  const at = (ms: number) => new Date(createdAt.getTime() + ms).toISOString();
  const responseMs = everEscalated && status !== 'escalated' ? 60_000 + rnd.int(4 * 3_600_000) : null;
  const slaStart = at(90_000);
  const sla = everEscalated
    ? {
        startedAt: slaStart,
        firstResponseDueAt: at(90_000 + 4 * 3_600_000),
        resolutionDueAt: at(90_000 + DAY),
        paused: status === 'waiting_on_customer',
        pausedSince: status === 'waiting_on_customer' ? at(2 * 3_600_000) : null,
        pausedMs: 0,
        firstResponseAt: responseMs === null ? null : at(90_000 + responseMs),
        warnings: breached || rnd.next() < 0.1 ? [{ kind: 'first_response', at: at(3 * 3_600_000) }] : [],
        breaches: breached ? [{ kind: 'first_response', at: at(4 * 3_600_000), level: 2 }] : [],
      }
    : null;
  const messages = [{ id: `${_id}-m0`, from: 'customer', text: CUSTOMER_TEXT.repeat(2 + rnd.int(4)), at: createdAt }];
  if (status !== 'triaging' && status !== 'ai_resolving' && reason !== 'sensitive_topic') {
    messages.push({ id: `${_id}-ai1`, from: 'ai', text: AI_TEXT.repeat(5 + rnd.int(4)), at: new Date(at(2_000)) });
  }
  const rating = done && rnd.next() < 0.3 ? 1 + rnd.int(5) : null;
  const reopenCount = everEscalated && reason === 'reopened' ? 1 + rnd.int(2) : 0;
  const resolvedAt = done ? new Date(at(DAY / 2)) : null;

  const doc = {
    _id,
    status,
    priority,
    channel: 'web',
    subject: `Question about ${topic}`,
    customer: { id: `cus_${rnd.int(Math.ceil(n / 2.5))}` },
    locale: 'en',
    orderRef: null,
    topic,
    skills: [topic],
    aiAnswer: messages.length > 1 ? { text: messages[1].text, confidence: 0.8, sources: [`kb/${topic}`] } : null,
    escalation: reason ? { reason, level: breached ? 2 : 1, at: slaStart } : null,
    task: everEscalated
      ? { taskId: `t_${_id.slice(2)}_1`, status: done ? 'closed' : assignee ? 'assigned' : 'open', assignee }
      : null,
    sla,
    resolution: resolvedBy
      ? { by: resolvedBy, confirmed: resolvedBy === 'ai' ? true : null, summary: 'Answered', at: resolvedAt }
      : null,
    waitingOn: status === 'closed' ? 'nothing' : 'agent',
    deadline: null,
    messages,
    messageIds: messages.map((m) => m.id),
    escalationReason: reason,
    assignee,
    breached,
    resolvedBy,
    reopenCount,
    firstResponseMs: responseMs,
    feedback: rating ? { rating, comment: null, at: at(DAY) } : null,
    repeatOf: rnd.next() < 0.02 ? `c_earlier_${rnd.int(n)}` : null,
    createdAt,
    updatedAt: resolvedAt ?? createdAt,
    resolvedAt,
    version: 5,
  };

  const events: Record<string, unknown>[] = [];
  const event = (type: string, ms: number, data: Record<string, unknown>) =>
    events.push({
      _id: `${_id}:${events.length + 10}`,
      caseId: _id,
      seq: events.length + 10,
      type,
      at: new Date(at(ms)),
      actor: { type: 'system' },
      data,
    });
  if (reason) event('escalated', 90_000, { reason, level: 1 });
  if (sla?.warnings.length) event('sla_warning', 3 * 3_600_000, { kind: 'first_response' });
  if (breached) {
    event('sla_breach', 4 * 3_600_000, { kind: 'first_response', level: 2 });
    event('escalated', 4 * 3_600_000, { reason: 'sla_breach', level: 2 });
  }
  if (responseMs !== null) event('first_response', 90_000 + responseMs, { responseMs, withinSla: !breached });
  return { doc, events };
}

export async function seedCases(opts: BenchOptions) {
  const rnd = random(20_240_601);
  const now = Date.now();
  const span = 90 * DAY;
  const started = performance.now();
  let events = 0;
  let sampleCustomer = '';
  for (let from = 0; from < opts.cases; from += opts.batchSize) {
    const batch = Array.from({ length: Math.min(opts.batchSize, opts.cases - from) }, (_, k) =>
      syntheticCase(rnd, from + k, opts.cases, span, now),
    );
    const batchEvents = batch.flatMap((b) => b.events);
    await CaseModel.insertMany(
      batch.map((b) => b.doc),
      { lean: true, ordered: false },
    );
    if (batchEvents.length) await EventModel.insertMany(batchEvents, { lean: true, ordered: false });
    events += batchEvents.length;
    sampleCustomer ||= batch[0].doc.customer.id;
    if ((from / opts.batchSize) % 20 === 19) opts.out(`  … ${from + batch.length} cases`);
  }
  const ms = performance.now() - started;
  return { cases: opts.cases, events, ms, sampleCustomer };
}

// ---- timing ----

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summarize(name: string, samples: number[]): Timing {
  const times = [...samples].sort((a, b) => a - b);
  return {
    name,
    runs: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1],
  };
}

/** Times `run` until it has `samples` runs or used its budget; a quick first run only warms up. */
export async function measure(opts: BenchOptions, deadline: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  const started = performance.now();
  let warmedUp = false;
  for (;;) {
    const t0 = performance.now();
    await run();
    const took = performance.now() - t0;
    if (warmedUp || took >= 1_000) times.push(took);
    warmedUp = true;
    const now = performance.now();
    if (times.length >= opts.samples || (times.length && (now - started > opts.budgetMs || now > deadline))) break;
  }
  return times;
}

const rssMb = (pid?: number): number | null => {
  try {
    const status = readFileSync(pid ? `/proc/${pid}/status` : '/proc/self/status', 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
};

const fmt = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0).padStart(7)} ms`;

// ---- the run ----

interface Stack {
  servers: ServerProcess[];
  client?: Client;
  api?: http.Server;
  dataDir: string;
}

async function stopStack(stack: Stack): Promise<void> {
  if (stack.api) {
    await new Promise((resolve) => stack.api?.close(resolve));
    stack.api.closeAllConnections();
  }
  await stack.client?.connection.close().catch(() => undefined);
  await mongoose.disconnect().catch(() => undefined);
  await Promise.all(stack.servers.map((s) => s.stop()));
  rmSync(stack.dataDir, { recursive: true, force: true });
}

type ListBody = { items?: { caseId: string }[]; nextCursor?: string | null };

export async function runBench(opts: BenchOptions): Promise<void> {
  const { out } = opts;
  const benchStart = performance.now();
  const deadline = benchStart + opts.timeLimitMs;
  const stack: Stack = { servers: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'casework-bench-')) };
  const onSignal = () => void stopStack(stack).finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    out(
      `casework bench: ${opts.cases} cases, ${os.cpus().length} CPUs, node ${process.version}, ` +
        `up to ${opts.samples} runs or ${opts.budgetMs / 1000} s per measurement, ` +
        `no new measurement after ${opts.timeLimitMs / 1000} s`,
    );
    const [temporalPort, mongoPort] = [await freePort(), await freePort()];
    const [temporal, ferret] = await Promise.all([
      startTemporal({ dataDir: stack.dataDir, port: temporalPort, uiPort: null, namespace: 'default' }),
      startFerretDb({ dataDir: stack.dataDir, port: mongoPort }),
    ]);
    stack.servers.push(temporal.proc, ferret.proc);
    const uri = `mongodb://127.0.0.1:${mongoPort}/bench`;
    await connectDatabase(uri);
    await ensureIndexes();
    out(
      `servers up (Temporal dev server, FerretDB ${FERRETDB_VERSION} on SQLite) in ${secs(performance.now() - benchStart)}`,
    );

    out('seeding …');
    const seeded = await seedCases(opts);
    out(
      `seeded ${seeded.cases} cases + ${seeded.events} events in ${secs(seeded.ms)} ` +
        `(${Math.round(seeded.cases / (seeded.ms / 1000))} cases/s, ` +
        `${Math.round((seeded.cases + seeded.events) / (seeded.ms / 1000))} documents/s, batches of ${opts.batchSize})`,
    );
    out(`RSS after seeding: bench process ${rssMb()} MB, FerretDB ${rssMb(ferret.proc.child.pid)} MB`);

    const secret = randomBytes(24).toString('hex');
    const config = loadConfig({
      TEMPORAL_ADDRESS: temporal.address,
      MONGODB_URI: uri,
      AUTH_SECRET: secret,
      LOG_LEVEL: 'silent',
    });
    stack.client = await connectClient(temporal.address, config.TEMPORAL_NAMESPACE);
    stack.api = await startApi({
      config,
      client: stack.client,
      secret,
      log: createLogger('silent'),
      metrics: createMetrics(),
      port: 0,
    });
    const base = `http://127.0.0.1:${(stack.api.address() as AddressInfo).port}`;
    const token = await signStaffToken(secret, { sub: 'bench', role: 'supervisor' });
    const get = async (url: string): Promise<ListBody> => {
      const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as ListBody;
      if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };

    const results: Timing[] = [];
    const skipped: string[] = [];
    const report = (t: Timing) => {
      results.push(t);
      out(`  ${t.name.padEnd(52)} p50 ${fmt(t.p50)}  p95 ${fmt(t.p95)}  max ${fmt(t.max)}  (${t.runs} runs)`);
    };
    const due = (name: string) => {
      if (performance.now() <= deadline) return true;
      skipped.push(name);
      out(`  ${name.padEnd(52)} skipped: past the time limit`);
      return false;
    };

    const list = async (filter: string) => {
      const name = `GET /api/cases?${filter || '(no filter)'}`;
      if (!due(name)) return;
      report(
        summarize(name, await measure(opts, deadline, () => get(`/api/cases?limit=50${filter ? `&${filter}` : ''}`))),
      );
    };
    /** Five pages of 50 by cursor: each page is one timing; the walk must meet 250 distinct cases. */
    const walk = async (filter: string) => {
      const name = `cursor walk, 5 pages of 50, ${filter || 'no filter'}`;
      if (!due(name)) return;
      const pages: number[] = [];
      const walks = await measure(opts, deadline, async () => {
        const seen = new Set<string>();
        let cursor: string | null | undefined = null;
        for (let page = 0; page < 5; page += 1) {
          const t0 = performance.now();
          const body = await get(
            `/api/cases?limit=50${filter ? `&${filter}` : ''}${cursor ? `&cursor=${cursor}` : ''}`,
          );
          pages.push(performance.now() - t0);
          for (const c of body.items ?? []) seen.add(c.caseId);
          cursor = body.nextCursor;
        }
        if (seen.size !== 250) throw new Error(`the cursor walk met ${seen.size} distinct cases, not 250`);
      });
      report(summarize(`${name}: one page`, pages));
      report(summarize(`${name}: whole walk`, walks));
    };
    const last: { stats?: Stats } = {};
    const stats = async (name: string, run: () => Promise<unknown>) => {
      if (due(name)) report(summarize(name, await measure(opts, deadline, run)));
    };

    out('measuring (most important first) …');
    await list('');
    await stats('computeStats() (direct call)', async () => {
      last.stats = await computeStats();
    });
    for (const f of [
      'status=escalated',
      'priority=urgent',
      'reason=sla_breach',
      `assignee=${AGENTS[7]}`,
      'breached=true',
      `customerId=${seeded.sampleCustomer}`,
      'status=assigned&priority=high',
    ]) {
      await list(f);
    }
    await walk('');
    await stats('GET /api/stats (HTTP)', () => get('/api/stats'));
    await walk('status=closed');

    if (last.stats) {
      const s = last.stats;
      const missing = missingFigures(s);
      if (missing.length) out(`WARNING: the statistics show no ${missing.join(', ')} though the seed has them`);
      out(
        `stats: total=${s.cases.total} byStatus=${JSON.stringify(s.cases.byStatus)}\n` +
          `  aiResolutionRate=${s.aiResolutionRate} escalationRate=${s.escalationRate} ` +
          `repeatContactRate=${s.repeatContactRate} medianFirstResponseMs=${s.medianFirstResponseMs} ` +
          `csat=${JSON.stringify(s.csat)} sla=${JSON.stringify(s.sla)}`,
      );
    }
    out(
      `RSS at the end: bench process (API + seeding) ${rssMb()} MB, FerretDB ${rssMb(ferret.proc.child.pid)} MB, ` +
        `Temporal ${rssMb(temporal.proc.child.pid)} MB`,
    );
    const slow = results.filter((t) => t.p95 > 200).map((t) => t.name);
    out(`over 200 ms at p95: ${slow.length ? slow.join('; ') : 'none'}`);
    if (skipped.length) out(`skipped (time limit; raise BENCH_TIME_LIMIT_S): ${skipped.join('; ')}`);
    out(`total ${secs(performance.now() - benchStart)}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopStack(stack);
    out('servers stopped');
  }
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Every status and reason the seed produced must show in the statistics; a silent zero hides a broken query. */
function missingFigures(s: Stats): string[] {
  return [
    ...CASE_STATUSES.filter((x) => !s.cases.byStatus[x]),
    ...ESCALATION_REASONS.filter((x) => !s.escalationsByReason[x]),
    ...(s.csat.responses ? [] : ['csat']),
    ...(s.sla.atRisk ? [] : ['sla.atRisk']),
  ];
}
