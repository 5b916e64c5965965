/** What the outside world needs of the operations workflows: their ids, inputs, messages and activities. */
import { defineSignal } from '@temporalio/workflow';

export interface OpsInput {
  /** the task queue of the ops activities, apart from the case activities so that no case waits on them */
  opsTaskQueue: string;
}

/** One folder of the statistics per task queue. */
export const statsFolderId = (taskQueue: string): string => `casework-stats-folder:${taskQueue}`;
export const slotSweepScheduleId = (taskQueue: string): string => `casework-slot-sweep:${taskQueue}`;
export const caseSweepScheduleId = (taskQueue: string): string => `casework-case-sweep:${taskQueue}`;
/** One dispatcher per agent at a time, so an agent is never offered two tasks for one free slot. */
export const dispatcherId = (taskQueue: string, agentId: string): string => `casework-dispatch:${taskQueue}:${agentId}`;

/** the agent came online or freed a slot */
export const wakeSignal = defineSignal<[]>('wake');

export interface SweepReport {
  checked: number;
  repaired: number;
}

export interface OpsActivities {
  /** folds what waits in the stats outbox, waiting up to `waitMs` for something to fold */
  foldStats(input: { waitMs: number }): Promise<number>;
  /** offers queued tasks to the agent until they are full or nothing fits */
  dispatchToAgent(agentId: string): Promise<number>;
  /** frees slots whose task the agent does not hold */
  sweepSlots(): Promise<SweepReport>;
  /** holds every open case against its workflow and repairs what disagrees */
  sweepCases(): Promise<SweepReport>;
}
