/**
 * Frees agent slots whose task the agent does not hold: a routing attempt that timed out after
 * reserving, an API process that died between reserving and updating the case. The case workflow
 * decides who holds its task; a slot only bounds the load.
 */
import { stateQuery } from '../../workflows/case/contract';
import type { SweepReport } from '../../workflows/ops/contract';
import { CaseModel, RollupModel, SlotModel } from '../db/models';
import type { CaseClient } from '../temporal/case-client';

/** a slot younger than this may belong to an assignment still on its way */
const GRACE_MS = 60_000;

export const caseIdOfTask = (taskId: string): string => `c_${taskId.replace(/^t_/, '').replace(/_\d+$/, '')}`;

export async function sweepSlots(
  cases: CaseClient,
  wake: (agentId: string) => Promise<void>,
  heartbeat: () => void,
): Promise<SweepReport> {
  const slots = await SlotModel.find({}).lean();
  const now = Date.now();
  let checked = 0;
  let repaired = 0;
  for (const slot of slots) {
    if (now - new Date(slot.at ?? 0).getTime() < GRACE_MS) continue;
    heartbeat();
    checked += 1;
    const caseId = caseIdOfTask(slot.taskId);
    const state = (await cases.query(caseId, stateQuery)) ?? (await CaseModel.findById(caseId).lean());
    const task = state?.task as { taskId: string; status: string; assignee: string | null } | null | undefined;
    const held = task?.taskId === slot.taskId && task.status === 'assigned' && task.assignee === slot.agentId;
    if (held) continue;
    await SlotModel.deleteOne({ _id: slot._id });
    repaired += 1;
    await wake(slot.agentId).catch(() => undefined);
  }
  await countRepairs('ops:slots', checked, repaired);
  return { checked, repaired };
}

/** Running totals of a sweep, in its own rollup document (one sweep at a time writes it). */
export async function countRepairs(id: string, checked: number, repaired: number): Promise<void> {
  const doc = await RollupModel.findById(id).lean();
  const counts = (doc?.counts ?? {}) as Record<string, number>;
  await RollupModel.replaceOne(
    { _id: id },
    {
      _id: id,
      counts: {
        runs: (counts.runs ?? 0) + 1,
        checked: (counts.checked ?? 0) + checked,
        repaired: (counts.repaired ?? 0) + repaired,
      },
    },
    { upsert: true },
  );
}
