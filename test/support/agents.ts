import type { TestSystem } from './system';
import { eventually } from './http';

/** Waits for the case's open task to show in the queue and returns it. */
export async function openTaskOf(sys: TestSystem, caseId: string, token: string) {
  return eventually(
    async () => {
      const res = await sys.http.get(`/api/tasks?caseId=${caseId}`, { token });
      return res.body?.items?.find((t: { status: string }) => t.status === 'open');
    },
    20_000,
    `an open task for ${caseId}`,
  );
}
