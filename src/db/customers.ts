/**
 * What the store knows of a customer, by keyed access only: their last resolution (for repeat contacts)
 * and their cases in order, one document per case taken by a unique insert (`<customerId>#<n>`).
 */
import { keyed } from './keyed-store';

const customers = keyed('customers');
const entries = keyed('customer_cases');

interface LastResolved {
  caseId: string;
  at: string;
}

const entryId = (customerId: string, n: number) => `${customerId}#${n}`;
const hintId = (customerId: string) => `${customerId}#next`;

/** The customer's case resolved within `windowMs` before `at`, if any: a new case now is a repeat contact. */
export async function recentResolution(customerId: string, at: number, windowMs: number): Promise<string | null> {
  const doc = await customers.get<{ lastResolved?: LastResolved | null }>(customerId);
  const last = doc?.lastResolved;
  if (!last) return null;
  const t = Date.parse(last.at);
  return t <= at && t >= at - windowMs ? last.caseId : null;
}

export async function noteResolution(customerId: string, caseId: string, at: string): Promise<void> {
  await customers.set(customerId, { lastResolved: { caseId, at } });
}

/**
 * Adds the case to the customer's list: the first free number from the hint on. The hint may lag
 * (two cases at once); the unique insert keeps each number to one case.
 */
export async function indexCustomerCase(customerId: string, caseId: string, createdAt: Date): Promise<void> {
  const hint = await entries.get<{ n?: number }>(hintId(customerId));
  let n = hint?.n ?? 0;
  while (!(await entries.insertOnce(entryId(customerId, n), { caseId, createdAt }))) {
    const taken = await entries.get<{ caseId?: string }>(entryId(customerId, n));
    if (taken?.caseId === caseId) break;
    n += 1;
  }
  await entries.set(hintId(customerId), { n: n + 1 });
}

/** The customer's case ids, newest first, `limit` of them before position `before` (exclusive). */
export async function customerCaseIds(
  customerId: string,
  limit: number,
  before?: number,
): Promise<{ ids: { caseId: string; n: number }[]; next: number | null }> {
  let top = before;
  if (top === undefined) {
    const hint = await entries.get<{ n?: number }>(hintId(customerId));
    top = hint?.n ?? 0;
    while (await entries.get(entryId(customerId, top))) top += 1;
  }
  const wanted: number[] = [];
  for (let n = top - 1; n >= 0 && wanted.length < limit; n -= 1) wanted.push(n);
  const docs = await Promise.all(wanted.map((n) => entries.get<{ caseId?: string }>(entryId(customerId, n))));
  const seen = new Set<string>();
  const ids: { caseId: string; n: number }[] = [];
  docs.forEach((d, i) => {
    if (d?.caseId && !seen.has(d.caseId)) {
      seen.add(d.caseId);
      ids.push({ caseId: d.caseId, n: wanted[i] });
    }
  });
  const last = wanted[wanted.length - 1];
  return { ids, next: last !== undefined && last > 0 ? last : null };
}
