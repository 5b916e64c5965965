/**
 * Temporal unreachable: intake answers 503 fast and leaves nothing half-made (its retry with the same
 * key makes one case), a stored case is still read from the store, and the supervisor's list and a
 * customer's action answer 503 within their deadline instead of hanging.
 */
import { randomBytes } from 'node:crypto';
import { signStaffToken } from '../../src/auth/tokens';
import { ROUTINE, follow, intakeOnce, openCase, type Row, type Stack } from './fault-stack';

const answered = ['awaiting_confirmation'];
/**
 * a 503 this fast is "fast": intake waits START_TIMEOUT (3 s), an action UPDATE_TIMEOUT (3 s here);
 * on this 2-core machine, busy with the cases of earlier scenarios, they answered in 3.0-5.4 s
 */
const FAST_MS = 8_000;

async function timed(stack: Stack, path: string, init: RequestInit): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(stack.url(path), { ...init, signal: AbortSignal.timeout(30_000) }).catch(() => null);
  return { status: res?.status ?? 0, ms: Date.now() - started };
}

export async function temporalDown(stack: Stack): Promise<Row> {
  const stored = await openCase(stack, ROUTINE, answered);
  await new Promise((r) => setTimeout(r, 3_000));
  const supervisor = await signStaffToken(stack.secret, { sub: 'sup_faults', role: 'supervisor' });
  const key = randomBytes(8).toString('hex');

  stack.kill(stack.temporal);
  const intake = await intakeOnce(stack, ROUTINE, answered, key);
  const read = stored
    ? await timed(stack, `/api/cases/${stored.caseId}`, { headers: { authorization: `Bearer ${stored.token}` } })
    : { status: 0, ms: 0 };
  const list = await timed(stack, '/api/cases?limit=5', { headers: { authorization: `Bearer ${supervisor}` } });
  const act = stored
    ? await timed(stack, `/api/cases/${stored.caseId}/messages`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${stored.token}`,
          'content-type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify({ text: 'Is anyone there?' }),
      })
    : { status: 0, ms: 0 };
  await stack.startTemporal();

  // the same key once Temporal is back: one case, and asked again, the same one
  const retried = await openCase(stack, ROUTINE, answered, 60_000, key);
  const again = await intakeOnce(stack, ROUTINE, answered, key);
  const ok =
    intake.status === 503 &&
    intake.ms < FAST_MS &&
    read.status === 200 &&
    list.status === 503 &&
    list.ms < FAST_MS &&
    act.status === 503 &&
    act.ms < FAST_MS &&
    !!retried &&
    again.accepted?.caseId === retried.caseId;
  const cases = [retried, stored].filter((c): c is NonNullable<typeof c> => !!c);
  const { right, lost } = await follow(stack, cases);
  return {
    fault: 'Temporal unreachable at intake',
    inFlight: 2,
    right: ok ? right : 0,
    lost: 2 - cases.length + lost.length,
    duplicates: again.accepted && retried && again.accepted.caseId !== retried.caseId ? 1 : 0,
    note:
      `intake ${intake.status} in ${intake.ms} ms, read ${read.status} in ${read.ms} ms, ` +
      `list ${list.status} in ${list.ms} ms, message ${act.status} in ${act.ms} ms`,
  };
}
