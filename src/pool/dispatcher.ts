/**
 * Offers queued tasks to an agent who has room: run by the agent's dispatcher workflow (on the ops task
 * queue, whose activity slots no case waits on) when the agent comes online or frees a slot.
 */
import { assignUpdate } from '../../workflows/case/contract';
import { DomainError } from '../errors';
import type { CaseClient } from '../temporal/case-client';
import { queuedTasksFor } from './agent-pool';

export async function dispatchToAgent(cases: CaseClient, agentId: string): Promise<number> {
  let assigned = 0;
  for (;;) {
    const { agent, tasks } = await queuedTasksFor(agentId);
    if (!agent || !tasks.length) return assigned;
    let took = false;
    for (const task of tasks) {
      try {
        await cases.withSlot(agentId, task._id as string, true, () =>
          cases.update(task.caseId, assignUpdate, [{ agentId, by: { type: 'system', id: 'dispatcher' } }]),
        );
        took = true;
        assigned += 1;
        break;
      } catch (err) {
        // at capacity or gone offline: stop; the task was taken or closed meanwhile: try the next one
        if (err instanceof DomainError && err.kind === 'conflict' && /capacity|not online/.test(err.message)) {
          return assigned;
        }
        if (!(err instanceof DomainError)) throw err;
      }
    }
    if (!took) return assigned;
  }
}
