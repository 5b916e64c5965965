/**
 * What the store knows of a customer, by keyed access only: their last resolution (for repeat contacts)
 * and their cases in order, one document per case taken by a unique insert (`<customerId>#<n>`).
 */
import { isDuplicateKey } from './connect';
import { CustomerCaseModel, CustomerModel } from './models';

interface LastResolved {
  caseId: string;
  at: string;
}

const entryId = (customerId: string, n: number) => `${customerId}#${n}`;
const hintId = (customerId: string) => `${customerId}#next`;

/** The customer's case resolved within `windowMs` before `at`, if any: a new case now is a repeat contact. */
export async function recentResolution(customerId: string, at: number, windowMs: number): Promise<string | null> {
  const doc = await CustomerModel.findById(customerId).lean();
  const last = doc?.lastResolved as LastResolved | null | undefined;
  if (!last) return null;
  const t = Date.parse(last.at);
  return t <= at && t >= at - windowMs ? last.caseId : null;
}

export async function noteResolution(customerId: string, caseId: string, at: string): Promise<void> {
  await CustomerModel.updateOne({ _id: customerId }, { $set: { lastResolved: { caseId, at } } }, { upsert: true });
}

/**
 * Adds the case to the customer's list: the first free number from the hint on. The hint may lag
 * (two cases at once); the unique insert keeps each number to one case.
 */
export async function indexCustomerCase(customerId: string, caseId: string, createdAt: Date): Promise<void> {
  const hint = await CustomerCaseModel.findById(hintId(customerId)).lean();
  let n = hint?.n ?? 0;
  for (;;) {
    try {
      await CustomerCaseModel.create({ _id: entryId(customerId, n), caseId, createdAt });
      break;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const taken = await CustomerCaseModel.findById(entryId(customerId, n)).lean();
      if (taken?.caseId === caseId) break;
      n += 1;
    }
  }
  await CustomerCaseModel.updateOne({ _id: hintId(customerId) }, { $set: { n: n + 1 } }, { upsert: true });
}

/** The customer's case ids, newest first, `limit` of them before position `before` (exclusive). */
export async function customerCaseIds(
  customerId: string,
  limit: number,
  before?: number,
): Promise<{ ids: { caseId: string; n: number }[]; next: number | null }> {
  let top = before;
  if (top === undefined) {
    const hint = await CustomerCaseModel.findById(hintId(customerId)).lean();
    top = hint?.n ?? 0;
    while (await CustomerCaseModel.findById(entryId(customerId, top)).lean()) top += 1;
  }
  const wanted: number[] = [];
  for (let n = top - 1; n >= 0 && wanted.length < limit; n -= 1) wanted.push(n);
  const docs = await Promise.all(wanted.map((n) => CustomerCaseModel.findById(entryId(customerId, n)).lean()));
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
