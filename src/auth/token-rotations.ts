/**
 * When each case's customer tokens were last rotated (seconds since the epoch; older tokens are
 * refused). Read from the store on every request, keyed; while the store does not answer, the last
 * value this process read or wrote stands in (a rotation needs the store, so none can have happened
 * unseen since then) and a case this process never saw answers 503.
 */
import { keyed, withDeadline } from '../db/keyed-store';
import { isDependencyDown } from '../temporal/case-client';

/** how long a request waits for the store before the last known value stands in */
const READ_BUDGET_MS = 2_000;
/** cases remembered per process (oldest forgotten first): about 100 bytes each */
const REMEMBERED = 50_000;

const tokens = keyed('case_tokens');
const known = new Map<string, number>();

/** Notes what the store holds for the case: set at intake (0) and rotation, refreshed by every read. */
export function rememberRotation(caseId: string, notBefore: number): void {
  known.delete(caseId);
  known.set(caseId, notBefore);
  if (known.size > REMEMBERED) known.delete(known.keys().next().value as string);
}

export async function tokensNotBefore(caseId: string): Promise<number> {
  try {
    const doc = await withDeadline(Date.now() + READ_BUDGET_MS, () => tokens.get<{ notBefore?: number }>(caseId));
    const notBefore = doc?.notBefore ?? 0;
    rememberRotation(caseId, notBefore);
    return notBefore;
  } catch (err) {
    const last = known.get(caseId);
    if (last !== undefined && isDependencyDown(err)) return last;
    throw err;
  }
}
