/** Starts what runs beside the cases on a task queue: the statistics folder, the sweeps' schedules, dispatchers. */
import type { Duration } from '@temporalio/common';
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  WorkflowExecutionAlreadyStartedError,
  type Client,
} from '@temporalio/client';
import {
  caseSweepScheduleId,
  dispatcherId,
  slotSweepScheduleId,
  statsFolderId,
  wakeSignal,
} from '../../workflows/ops/contract';

export const opsTaskQueue = (taskQueue: string): string => `${taskQueue}-ops`;

export interface OpsSchedule {
  slotSweepEvery: Duration;
  caseSweepEvery: Duration;
}

/** Idempotent: safe at every start of every worker. */
export async function startOps(client: Client, taskQueue: string, schedule: OpsSchedule): Promise<void> {
  const input = { opsTaskQueue: opsTaskQueue(taskQueue) };
  try {
    await client.workflow.start('statsFolderWorkflow', {
      workflowId: statsFolderId(taskQueue),
      taskQueue,
      args: [input],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  const sweeps = [
    { id: slotSweepScheduleId(taskQueue), workflowType: 'slotSweepWorkflow', every: schedule.slotSweepEvery },
    { id: caseSweepScheduleId(taskQueue), workflowType: 'caseSweepWorkflow', every: schedule.caseSweepEvery },
  ];
  for (const s of sweeps) {
    try {
      await client.schedule.create({
        scheduleId: s.id,
        spec: { intervals: [{ every: s.every }] },
        action: { type: 'startWorkflow', workflowType: s.workflowType, taskQueue, args: [input] },
        policies: { overlap: 'SKIP', catchupWindow: '1m' },
      });
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    }
  }
}

/** Removes what startOps made (tests, or a task queue retired). */
export async function stopOps(client: Client, taskQueue: string): Promise<void> {
  for (const id of [slotSweepScheduleId(taskQueue), caseSweepScheduleId(taskQueue)]) {
    await client.schedule
      .getHandle(id)
      .delete()
      .catch((err) => {
        if (!(err instanceof ScheduleNotFoundError)) throw err;
      });
  }
  await client.workflow
    .getHandle(statsFolderId(taskQueue))
    .terminate('stopped')
    .catch(() => undefined);
}

const WAKE_DEADLINE_MS = 5_000;

/** Wakes the agent's dispatcher, starting it when none runs. */
export function dispatcherWaker(client: Client, taskQueue: string): (agentId: string) => Promise<void> {
  return async (agentId) => {
    // bounded: a request that wakes a dispatcher never waits on a Temporal that does not answer
    await client.withDeadline(Date.now() + WAKE_DEADLINE_MS, () =>
      client.workflow.signalWithStart('agentDispatcherWorkflow', {
        workflowId: dispatcherId(taskQueue, agentId),
        taskQueue,
        args: [{ opsTaskQueue: opsTaskQueue(taskQueue), agentId }],
        signal: wakeSignal,
        signalArgs: [],
      }),
    );
  };
}
