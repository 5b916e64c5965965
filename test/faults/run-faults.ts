/**
 * `npm run faults`: the stack is killed, starved and flooded while cases are in flight, then every case
 * accepted with a 2xx is followed to a status that makes sense. Prints a table: fault, cases in flight,
 * cases that reached the right status, cases lost (must be 0), duplicates (must be 0).
 *
 * Every server runs in a process of its own (Temporal, FerretDB, the worker, the API), so each can be
 * killed with SIGKILL and started again on the same data. FAULTS_ONLY=<substring> runs some scenarios;
 * FAULTS_DEBUG=1 prints the live state and the activity failures of any case that did not arrive.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { signStaffToken } from '../../src/auth/tokens';
import { SlotModel } from '../../src/db/models';
import { workflowsPath } from '../../src/temporal/worker';
import { databaseDown } from './database-down';
import { temporalDown } from './temporal-down';
import {
  FRAUD,
  ROUTINE,
  Stack,
  follow,
  log,
  openCase,
  sleep,
  underFault,
  type Accepted,
  type Row,
} from './fault-stack';

async function scenarios(stack: Stack): Promise<Row[]> {
  const rows: Row[] = [];
  const run = async (name: string, body: () => Promise<Row>) => {
    if (process.env.FAULTS_ONLY && !name.includes(process.env.FAULTS_ONLY)) return;
    process.stderr.write(`  ${name} …\n`);
    const row = await body().catch((err: unknown): Row => ({
      fault: name,
      inFlight: 0,
      right: 0,
      lost: -1,
      duplicates: 0,
      note: `error: ${(err as Error).message}`,
    }));
    rows.push(row);
    process.stderr.write(`    ${JSON.stringify(row)}\n`);
  };
  const answered = ['awaiting_confirmation'];
  const toPerson = ['escalated'];

  await run('kill -9 worker mid-AI', () => {
    stack.fake.setMode({ kind: 'sequence', steps: [{ kind: 'hang' }, { kind: 'answer' }] });
    return underFault(stack, 'kill -9 worker mid-AI', 12, ROUTINE, [...answered, ...toPerson], async () => {
      await sleep(2_000);
      stack.kill(stack.worker);
      await sleep(2_000);
      stack.fake.setMode({ kind: 'answer' });
      await stack.startWorker();
    });
  });

  await run('kill -9 worker mid-flush, under load', () =>
    underFault(stack, 'kill -9 worker mid-flush, under load', 30, ROUTINE, answered, async () => {
      await sleep(1_500);
      stack.kill(stack.worker);
      await sleep(1_000);
      await stack.startWorker();
    }),
  );

  await run('kill -9 worker mid-Update', async () => {
    const cases = (await Promise.all(Array.from({ length: 10 }, () => openCase(stack, ROUTINE, answered)))).filter(
      (c): c is Accepted => !!c,
    );
    await follow(stack, cases);
    const send = async (c: Accepted, key: string) => {
      for (let i = 0; i < 60; i += 1) {
        try {
          const res = await fetch(stack.url(`/api/cases/${c.caseId}/messages`), {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}`, 'Idempotency-Key': key },
            body: JSON.stringify({ text: `update ${key}` }),
            signal: AbortSignal.timeout(10_000),
          });
          if (res.status === 201) return;
        } catch {
          /* retry */
        }
        await sleep(500);
      }
    };
    const keys = cases.map(() => randomBytes(6).toString('hex'));
    const sending = cases.map((c, i) => send(c, keys[i]));
    await sleep(150);
    stack.kill(stack.worker);
    await sleep(1_500);
    await stack.startWorker();
    await Promise.all(sending);
    let duplicates = 0;
    let right = 0;
    for (const [i, c] of cases.entries()) {
      const res = await fetch(stack.url(`/api/cases/${c.caseId}`), { headers: { authorization: `Bearer ${c.token}` } });
      const body = (await res.json()) as { messages: { text: string }[] };
      const n = body.messages.filter((m) => m.text === `update ${keys[i]}`).length;
      if (n === 1) right += 1;
      if (n > 1) duplicates += n - 1;
    }
    return {
      fault: 'kill -9 worker mid-Update',
      inFlight: cases.length,
      right,
      lost: cases.length - right - duplicates,
      duplicates,
      note: '',
    };
  });

  await run('kill -9 Temporal mid-load, restart', () =>
    underFault(stack, 'kill -9 Temporal mid-load, restart', 20, ROUTINE, answered, async () => {
      await sleep(1_500);
      stack.kill(stack.temporal);
      await sleep(2_000);
      await stack.startTemporal();
    }),
  );

  await run('kill -9 FerretDB mid-load, restart', () =>
    underFault(stack, 'kill -9 FerretDB mid-load, restart', 20, ROUTINE, answered, async () => {
      await sleep(1_500);
      stack.kill(stack.ferret);
      await sleep(2_000);
      await stack.startFerret();
    }),
  );

  await run('database unreachable for 30 s', () => databaseDown(stack));

  await run('Temporal unreachable at intake', () => temporalDown(stack));

  for (const [name, mode, expect] of [
    ['AI hanging', { kind: 'hang' }, toPerson],
    ['AI failing (500)', { kind: 'error', status: 500 }, toPerson],
    [
      'AI rate-limiting, then answering',
      { kind: 'sequence', steps: [{ kind: 'rate_limit', retryAfterSeconds: 1 }, { kind: 'answer' }] },
      [...answered, ...toPerson],
    ],
    ['AI returning garbage', { kind: 'invalid_json' }, toPerson],
  ] as const) {
    await run(name, () => {
      stack.fake.setMode(mode as never);
      return underFault(stack, name, 6, ROUTINE, [...expect], async () => undefined, 500).finally(() =>
        stack.fake.setMode({ kind: 'answer' }),
      );
    });
  }

  await run('message flood', async () => {
    const c = await openCase(stack, ROUTINE, answered);
    if (!c) throw new Error('no case');
    await follow(stack, [c]);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const res = await fetch(stack.url(`/api/cases/${c.caseId}/messages`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
        body: JSON.stringify({ text: 'ø'.repeat(20_000) }),
      });
      statuses.push(res.status);
    }
    const refused = statuses.filter((s) => s === 413).length;
    const escalate = await fetch(stack.url(`/api/cases/${c.caseId}/escalate`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
      body: '{}',
    });
    return {
      fault: 'message flood',
      inFlight: 1,
      right: refused > 0 && escalate.status === 200 ? 1 : 0,
      lost: 0,
      duplicates: 0,
      note: `${refused}/30 refused with 413`,
    };
  });

  await run('concurrent claims and releases at capacity', async () => {
    const cases = (await Promise.all(Array.from({ length: 8 }, () => openCase(stack, FRAUD, toPerson)))).filter(
      (c): c is Accepted => !!c,
    );
    await follow(stack, cases);
    const agents = await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const id = `agent_f${i}_${randomBytes(3).toString('hex')}`;
        const token = await signStaffToken(stack.secret, { sub: id, role: 'agent' });
        await fetch(stack.url('/api/agents/me'), {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ status: 'online', skills: ['none'], capacity: 1 }),
        });
        return { id, token };
      }),
    );
    const tasks = async () =>
      (
        (await (
          await fetch(stack.url('/api/tasks?limit=500'), { headers: { authorization: `Bearer ${agents[0].token}` } })
        ).json()) as {
          items: { taskId: string; caseId: string }[];
        }
      ).items.filter((t) => cases.some((c) => c.caseId === t.caseId));
    const post = (url: string, token: string) =>
      fetch(stack.url(url), { method: 'POST', headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    for (let round = 0; round < 5; round += 1) {
      const open = await tasks();
      await Promise.all(agents.flatMap((a) => open.map((t) => post(`/api/tasks/${t.taskId}/claim`, a.token))));
      await Promise.all(agents.flatMap((a) => open.map((t) => post(`/api/tasks/${t.taskId}/release`, a.token))));
    }
    await sleep(12_000);
    const over: string[] = [];
    for (const a of agents) {
      const slots = await SlotModel.find({ agentId: a.id }).lean();
      if (slots.length > 1) over.push(a.id);
    }
    const { right, lost } = await follow(
      stack,
      cases.map((c) => ({ ...c, expect: ['escalated', 'assigned'] })),
    );
    return {
      fault: 'concurrent claims and releases at capacity',
      inFlight: cases.length,
      right,
      lost: lost.length,
      duplicates: over.length,
      note: `${over.length} agents over capacity`,
    };
  });

  await run('duplicate intake and duplicate Updates', async () => {
    const key = randomBytes(6).toString('hex');
    const body = JSON.stringify({ customer: { id: `cus_dup_${key}` }, ...ROUTINE });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        fetch(stack.url('/api/cases'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
          body,
        }).then(async (r) => ((await r.json()) as { caseId: string }).caseId),
      ),
    );
    const ids = new Set(results);
    return {
      fault: 'duplicate intake and duplicate Updates',
      inFlight: 10,
      right: ids.size === 1 ? 10 : 0,
      lost: 0,
      duplicates: ids.size - 1,
      note: '',
    };
  });

  await run('a signal and Update storm forcing continue-as-new', async () => {
    const c = await openCase(stack, FRAUD, toPerson);
    if (!c) throw new Error('no case');
    await follow(stack, [c]);
    const agentId = `agent_storm_${randomBytes(3).toString('hex')}`;
    const token = await signStaffToken(stack.secret, { sub: agentId, role: 'agent' });
    const [task] = (
      (await (
        await fetch(stack.url(`/api/tasks?caseId=${c.caseId}`), { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { items: { taskId: string }[] }
    ).items;
    await fetch(stack.url(`/api/tasks/${task.taskId}/claim`), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const firstRun = (await stack.client.workflow.getHandle(c.caseId).describe()).runId;
    for (let i = 0; i < 9; i += 1) {
      await fetch(stack.url(`/api/tasks/${task.taskId}/reply`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text: `question ${i}`, waitForCustomer: true }),
      });
      await fetch(stack.url(`/api/cases/${c.caseId}/messages`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
        body: JSON.stringify({ text: `answer ${i}` }),
      });
      for (let s = 0; s < 5; s += 1) {
        await stack.client.workflow
          .getHandle(c.caseId)
          .signal('rewrite')
          .catch(() => undefined);
      }
    }
    const laterRun = (await stack.client.workflow.getHandle(c.caseId).describe()).runId;
    const res = await fetch(stack.url(`/api/cases/${c.caseId}`), { headers: { authorization: `Bearer ${c.token}` } });
    const body = (await res.json()) as { status: string; messages: unknown[] };
    const ok = laterRun !== firstRun && body.status === 'assigned' && body.messages.length >= 19;
    return {
      fault: 'a signal and Update storm forcing continue-as-new',
      inFlight: 1,
      right: ok ? 1 : 0,
      lost: ok ? 0 : 1,
      duplicates: 0,
      note: `runs differ: ${laterRun !== firstRun}, ${body.messages.length} messages`,
    };
  });

  await run('a workflow change replayed against old histories', async () => {
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'histories');
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(dir, d.name)).map((f) => path.join(dir, d.name, f)))
      .filter((f) => f.endsWith('.json'));
    let right = 0;
    for (const f of files) {
      const history = historyFromJSON(JSON.parse(readFileSync(f, 'utf8')));
      await Worker.runReplayHistory({ workflowsPath: workflowsPath() }, history, path.basename(f)).then(
        () => (right += 1),
        () => undefined,
      );
    }
    return {
      fault: 'a workflow change replayed against old histories',
      inFlight: files.length,
      right,
      lost: files.length - right,
      duplicates: 0,
      note: 'recorded from earlier releases',
    };
  });

  return rows;
}

async function main() {
  const stack = new Stack();
  const started = Date.now();
  try {
    log('casework faults: Temporal, FerretDB, worker and API each in a process of their own');
    await stack.start();
    const rows = await scenarios(stack);
    log('');
    log(
      `${'fault'.padEnd(52)} ${'in flight'.padStart(9)} ${'right'.padStart(6)} ${'lost'.padStart(5)} ${'dupl.'.padStart(6)}  note`,
    );
    for (const r of rows) {
      log(
        `${r.fault.padEnd(52)} ${String(r.inFlight).padStart(9)} ${String(r.right).padStart(6)} ${String(r.lost).padStart(5)} ${String(r.duplicates).padStart(6)}  ${r.note}`,
      );
    }
    const bad = rows.filter((r) => r.lost !== 0 || r.duplicates !== 0 || r.right !== r.inFlight);
    log(
      `\n${rows.length} faults, ${bad.length} with a case lost, doubled or astray; ${Math.round((Date.now() - started) / 1000)} s`,
    );
    process.exitCode = bad.length ? 1 : 0;
  } finally {
    await stack.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
