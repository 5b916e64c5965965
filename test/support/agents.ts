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

/** Resolves a case through a supervisor, so no open task of one test is offered to the next one. */
export async function closeOutCase(sys: TestSystem, supervisor: string, caseId: string) {
  await eventually(
    async () => {
      const c = (await sys.http.get(`/api/cases/${caseId}`, { token: supervisor })).body;
      if (c.status === 'resolved' || c.status === 'closed') return true;
      const taskUrl = `/api/tasks/${c.task?.taskId}`;
      if (c.status === 'escalated') await sys.http.post(`${taskUrl}/claim`, undefined, { token: supervisor });
      if (['escalated', 'assigned', 'waiting_on_customer'].includes(c.status)) {
        await sys.http.post(`${taskUrl}/resolve`, { summary: 'test clean-up' }, { token: supervisor });
      }
      return false;
    },
    15_000,
    `${caseId} to be closed out`,
  );
}
