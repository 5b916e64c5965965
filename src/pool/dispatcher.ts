/** Offers queued tasks to an agent who has room: when they come online or a slot frees up. */
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { assignUpdate, caseWorkflowId } from '../../workflows/case/contract';
import { queuedTasksFor, releaseSlot, reserveSlot } from './agent-pool';

export type Dispatcher = (agentId: string) => Promise<number>;

export function createDispatcher(client: Client, log: Logger): Dispatcher {
  return async function dispatchToAgent(agentId: string): Promise<number> {
    let assigned = 0;
    for (;;) {
      const { agent, tasks } = await queuedTasksFor(agentId);
      if (!agent || !tasks.length) return assigned;
      let took = false;
      for (const task of tasks) {
        if (!(await reserveSlot(agentId, task._id as string))) return assigned;
        try {
          await client.workflow
            .getHandle(caseWorkflowId(task.caseId))
            .executeUpdate(assignUpdate, { args: [{ agentId, by: { type: 'system', id: 'dispatcher' } }] });
          took = true;
          assigned += 1;
          break;
        } catch (err) {
          log.debug({ err, agentId, taskId: task._id }, 'task not assignable any more');
          await releaseSlot(agentId, task._id as string);
        }
      }
      if (!took) return assigned;
    }
  };
}
