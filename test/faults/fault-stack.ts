/**
 * The fault suite's stack and its careful client: every server in a process of its own (Temporal,
 * FerretDB, the worker, the API), so each can be killed with SIGKILL and started again on the same
 * data; cases opened with an Idempotency-Key and followed until they arrive where they should.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import mongoose from 'mongoose';
import { signStaffToken } from '../../src/auth/tokens';
import { connectDatabase } from '../../src/db/connect';
import { freePort, type ServerProcess } from '../../src/stack/child-process';
import { startFerretDb, startTemporal } from '../../src/stack/embedded-servers';
import { startNode, type NodeProcess } from '../bench/processes';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';

export const ROUTINE = {
  subject: 'Next payment',
  message: 'When is my next payment due? Where can I see my instalments?',
};
export const FRAUD = {
  subject: 'Stolen card',
  message: 'My card was stolen and someone bought things I never ordered.',
};
export const SETTLE_MS = Number(process.env.FAULTS_SETTLE_MS ?? 180_000);

export interface Row {
  fault: string;
  inFlight: number;
  right: number;
  lost: number;
  duplicates: number;
  note: string;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const log = (line: string) => process.stdout.write(`${line}\n`);

export class Stack {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'casework-faults-'));
  temporal!: ServerProcess;
  ferret!: ServerProcess;
  worker!: NodeProcess;
  api!: NodeProcess;
  ports!: { temporal: number; mongo: number; api: number };
  secret = randomBytes(32).toString('base64url');
  fake!: FakeOpenAi;
  client!: Client;
  connection!: Connection;

  get env(): Record<string, string> {
    return {
      TEMPORAL_ADDRESS: `127.0.0.1:${this.ports.temporal}`,
      MONGODB_URI: `mongodb://127.0.0.1:${this.ports.mongo}/faults`,
      PORT: String(this.ports.api),
      AUTH_SECRET: this.secret,
      OPENAI_API_KEY: 'fake-key',
      OPENAI_BASE_URL: this.fake.url,
      AI_TIMEOUT: '2s',
      AI_TRIAGE_TIMEOUT: '1s',
      AI_TOTAL_TIMEOUT: '10s',
      UPDATE_TIMEOUT: '3s',
      WRITE_RETRY_WINDOW: '30s',
      SLOT_SWEEP_EVERY: '5s',
      CASE_SWEEP_EVERY: '10s',
      CASE_MAX_MESSAGES: '20',
      INTAKE_RATE_LIMIT: '100000',
      WRITE_RATE_LIMIT: '100000',
      CONFIRMATION_TIMEOUT: '1h',
      WORKFLOW_HISTORY_LIMIT: '400',
      LOG_LEVEL: 'error',
    };
  }

  async start() {
    this.ports = { temporal: await freePort(), mongo: await freePort(), api: await freePort() };
    this.fake = await startFakeOpenAi();
    this.fake.setTriageMode({ kind: 'answer' });
    await this.startTemporal();
    await this.startFerret();
    this.connection = await Connection.connect({ address: `127.0.0.1:${this.ports.temporal}` });
    this.client = new Client({ connection: this.connection });
    await this.startWorker();
    await this.startApi();
    await connectDatabase(this.env.MONGODB_URI);
  }

  async startTemporal() {
    this.temporal = (
      await startTemporal({ dataDir: this.dataDir, port: this.ports.temporal, uiPort: null, namespace: 'default' })
    ).proc;
  }

  async startFerret() {
    this.ferret = (await startFerretDb({ dataDir: this.dataDir, port: this.ports.mongo })).proc;
  }

  private main() {
    return path.join(__dirname, '..', '..', 'src', 'main.js');
  }

  async startWorker() {
    this.worker = await startNode(this.main(), ['worker'], this.env, /Casework worker/);
  }

  async startApi() {
    this.api = await startNode(this.main(), ['api'], this.env, /Casework API/);
  }

  kill(p: { child: ChildProcess }) {
    p.child.kill('SIGKILL');
  }

  url(p: string) {
    return `http://127.0.0.1:${this.ports.api}${p}`;
  }

  async stop() {
    for (const p of [this.api, this.worker]) await p?.stop().catch(() => undefined);
    await mongoose.disconnect().catch(() => undefined);
    await this.connection?.close().catch(() => undefined);
    for (const s of [this.ferret, this.temporal]) await s?.stop().catch(() => undefined);
    await this.fake?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface Accepted {
  caseId: string;
  token: string;
  expect: string[];
}

/** Opens a case the way a careful client does: with an Idempotency-Key, retrying 503s and dropped connections. */
export async function openCase(
  stack: Stack,
  body: object,
  expect: string[],
  budgetMs = 60_000,
  key = randomBytes(8).toString('hex'),
): Promise<Accepted | null> {
  const until = Date.now() + budgetMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(stack.url('/api/cases'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ customer: { id: `cus_${key}` }, ...body }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status === 201 || res.status === 200) {
        const b = (await res.json()) as { caseId: string; customerToken: string };
        return { caseId: b.caseId, token: b.customerToken, expect };
      }
    } catch {
      /* the API itself is down: try again */
    }
    await sleep(500);
  }
  return null;
}

/** One intake request, no retry: its status, how long it took, and the case when it was taken. */
export async function intakeOnce(
  stack: Stack,
  body: object,
  expect: string[],
  key = randomBytes(8).toString('hex'),
): Promise<{ status: number; ms: number; accepted: Accepted | null }> {
  const started = Date.now();
  const res = await fetch(stack.url('/api/cases'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ customer: { id: `cus_${key}` }, ...body }),
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null);
  const ms = Date.now() - started;
  if (res?.status !== 201 && res?.status !== 200) return { status: res?.status ?? 0, ms, accepted: null };
  const b = (await res.json()) as { caseId: string; customerToken: string };
  return { status: res.status, ms, accepted: { caseId: b.caseId, token: b.customerToken, expect } };
}

export async function statusOf(stack: Stack, c: Accepted): Promise<string | null> {
  try {
    const res = await fetch(stack.url(`/api/cases/${c.caseId}`), {
      headers: { authorization: `Bearer ${c.token}` },
      signal: AbortSignal.timeout(5_000),
    });
    return res.status === 200 ? ((await res.json()) as { status: string }).status : null;
  } catch {
    return null;
  }
}

/** Follows every accepted case until it is where it should be (or the settle time runs out). */
export async function follow(stack: Stack, cases: Accepted[]): Promise<{ right: number; lost: string[] }> {
  const until = Date.now() + SETTLE_MS;
  const pending = new Set(cases);
  while (pending.size && Date.now() < until) {
    for (const c of [...pending]) {
      const status = await statusOf(stack, c);
      if (status && c.expect.includes(status)) pending.delete(c);
    }
    if (pending.size) await sleep(1_000);
  }
  const lost: string[] = [];
  for (const c of pending) {
    lost.push(`${c.caseId}:${await statusOf(stack, c)}`);
    if (process.env.FAULTS_DEBUG) {
      const token = await signStaffToken(stack.secret, { sub: 'sup_faults', role: 'supervisor' });
      const res = await fetch(stack.url(`/api/cases/${c.caseId}/state`), {
        headers: { authorization: `Bearer ${token}` },
      });
      console.log('DEBUG state', c.caseId, res.status, (await res.text()).slice(0, 300));
      const history = await stack.client.workflow.getHandle(c.caseId).fetchHistory();
      for (const e of history.events ?? []) {
        const f =
          e.activityTaskFailedEventAttributes?.failure ??
          e.activityTaskTimedOutEventAttributes?.failure ??
          e.workflowTaskFailedEventAttributes?.failure;
        const at = e.eventTime?.seconds ? new Date(Number(e.eventTime.seconds) * 1000).toISOString() : '';
        console.log(
          'DEBUG event',
          String(e.eventId),
          at,
          e.eventType,
          f ? `${f.message} / ${f.cause?.message ?? ''}` : '',
        );
      }
    }
  }
  return { right: cases.length - pending.size, lost };
}

/** Opens `n` cases over `spreadMs` while `fault` runs, then heals and follows them. */
export async function underFault(
  stack: Stack,
  name: string,
  n: number,
  body: object,
  expect: string[],
  fault: () => Promise<void>,
  spreadMs = 4_000,
): Promise<Row> {
  const opening = Array.from({ length: n }, async (_, i) => {
    await sleep((spreadMs * i) / n);
    return openCase(stack, body, expect);
  });
  await fault();
  const accepted = (await Promise.all(opening)).filter((c): c is Accepted => !!c);
  const { right, lost } = await follow(stack, accepted);
  return {
    fault: name,
    inFlight: accepted.length,
    right,
    lost: lost.length,
    duplicates: 0,
    note: lost.slice(0, 3).join(' '),
  };
}
