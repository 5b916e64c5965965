/**
 * The store unreachable for 30 s while cases are opened. Meanwhile a new case must still be taken
 * (Temporal keeps it) and read by its customer within seconds, and a customer token replaced before
 * the outage must stay refused while the new one works.
 */
import {
  ROUTINE,
  follow,
  intakeOnce,
  openCase,
  sleep,
  statusOf,
  underFault,
  type Row,
  type Stack,
} from './fault-stack';

const NAME = 'database unreachable for 30 s';
const OUTAGE_MS = 30_000;
const answered = ['awaiting_confirmation'];

/** A case whose customer replaced their token: the old one and the new one. */
async function rotatedCase(stack: Stack): Promise<{ caseId: string; old: string; fresh: string } | null> {
  const c = await openCase(stack, ROUTINE, answered);
  if (!c) return null;
  const res = await fetch(stack.url(`/api/cases/${c.caseId}/token`), {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 200) return null;
  const { customerToken } = (await res.json()) as { customerToken: string };
  return { caseId: c.caseId, old: c.token, fresh: customerToken };
}

async function readStatus(stack: Stack, caseId: string, token: string): Promise<number> {
  const res = await fetch(stack.url(`/api/cases/${caseId}`), {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  return res?.status ?? 0;
}

export async function databaseDown(stack: Stack): Promise<Row> {
  const rotated = await rotatedCase(stack);
  const seen: string[] = [];
  let ok = !!rotated;
  let probe: Awaited<ReturnType<typeof intakeOnce>> | null = null;
  const row = await underFault(stack, NAME, 10, ROUTINE, answered, async () => {
    await sleep(1_000);
    stack.kill(stack.ferret);
    const down = Date.now();
    await sleep(3_000);
    probe = await intakeOnce(stack, ROUTINE, answered);
    seen.push(`intake ${probe.status} in ${probe.ms} ms`);
    ok &&= probe.status === 201 && probe.ms < 5_000;
    if (probe.accepted) {
      const started = Date.now();
      const status = await statusOf(stack, probe.accepted);
      seen.push(`its read ${status ?? 'failed'} in ${Date.now() - started} ms`);
      ok &&= !!status;
    }
    if (rotated) {
      const [old, fresh] = [
        await readStatus(stack, rotated.caseId, rotated.old),
        await readStatus(stack, rotated.caseId, rotated.fresh),
      ];
      seen.push(`replaced token ${old}, new ${fresh}`);
      ok &&= old === 401 && fresh === 200;
    }
    await sleep(Math.max(0, down + OUTAGE_MS - Date.now()));
    await stack.startFerret();
  });
  const accepted = (probe as Awaited<ReturnType<typeof intakeOnce>> | null)?.accepted ?? null;
  const followed = accepted ? await follow(stack, [accepted]) : { right: 0, lost: ['the case taken while down'] };
  return {
    ...row,
    inFlight: row.inFlight + 1,
    right: row.right + (ok ? followed.right : 0),
    lost: row.lost + followed.lost.length,
    note: `${row.note} while down: ${seen.join(', ')}`.trim(),
  };
}
