import type { TestSystem } from './system';
import { uid } from './system';
import { eventually } from './http';

export const ROUTINE = {
  subject: 'When is my next payment due?',
  message: 'Hi, where can I see the due date of my next instalment in the payment schedule?',
};
export const VAGUE = { subject: 'hello', message: 'purple elephants dance quietly' };
export const FRAUD = {
  subject: 'Charge I did not make',
  message: 'There is an unauthorised charge on my account, I think my card was stolen.',
};

export async function openCase(
  sys: TestSystem,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const customerId = uid('cus');
  const res = await sys.http.post(
    '/api/cases',
    { customer: { id: customerId }, channel: 'web', ...ROUTINE, ...overrides },
    { headers },
  );
  if (res.status !== 201) throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { caseId: res.body.caseId as string, token: res.body.customerToken as string, customerId, res };
}

/**
 * Waits until the case has `status` and returns it as staff see it (customers see less: see
 * test/flows/customer-view.test.ts); `token` must be allowed to read the case.
 */
export async function waitForStatus(
  sys: TestSystem,
  caseId: string,
  token: string,
  status: string,
  timeoutMs = 20_000,
) {
  let last: unknown;
  const staff = await sys.supervisorToken('sup_reader');
  try {
    return await eventually(
      async () => {
        if ((await sys.http.get(`/api/cases/${caseId}`, { token })).status !== 200) return undefined;
        const res = await sys.http.get(`/api/cases/${caseId}`, { token: staff });
        last = res.body;
        return res.body?.status === status ? res.body : undefined;
      },
      timeoutMs,
      `case ${caseId} to be ${status}`,
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}; last seen: ${JSON.stringify(last)}`);
  }
}

export interface HistoryItem {
  type: string;
  at: string;
  actor: { type: string; id?: string };
  data: Record<string, any>;
}

/** The audit trail of a case, read as a supervisor. */
export async function caseHistory(sys: TestSystem, supervisor: string, caseId: string): Promise<HistoryItem[]> {
  const res = await sys.http.get(`/api/cases/${caseId}/history`, { token: supervisor });
  if (res.status !== 200 || !Array.isArray(res.body))
    throw new Error(`history: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
