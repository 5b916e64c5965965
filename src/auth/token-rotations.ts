/**
 * When each case's customer tokens were last rotated (seconds since the epoch; older tokens are
 * refused). Read from the store on every request, keyed; while the store cannot be reached, the last
 * value this process read or wrote stands in (a rotation needs the store, so none can have happened
 * unseen since then) and a case this process never saw answers 503.
 */
import { keyed } from '../db/keyed-store';
import { readUnlessStoreDown } from '../db/store-down';

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
  const notBefore = await readUnlessStoreDown(
    async () => (await tokens.get<{ notBefore?: number }>(caseId))?.notBefore ?? 0,
    (err) => {
      const last = known.get(caseId);
      if (last === undefined) throw err;
      return last;
    },
  );
  rememberRotation(caseId, notBefore);
  return notBefore;
}
