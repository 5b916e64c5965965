/**
 * The agent pool in the database. Each agent document carries the task ids it holds, its load and free
 * slots, changed together by single-document atomic updates: no agent goes above capacity and a slot
 * is taken or given back exactly once, however often a step is retried.
 */
import { AgentModel, TaskModel } from '../db/models';

export type Presence = 'online' | 'away' | 'offline';
export const GENERALIST_SKILL = '*';

export interface PresenceUpdate {
  agentId: string;
  name?: string;
  role: 'agent' | 'supervisor';
  status: Presence;
  skills?: string[];
  capacity?: number;
}

export async function setPresence(update: PresenceUpdate) {
  const current = await AgentModel.findById(update.agentId).lean();
  const capacity = update.capacity ?? current?.capacity ?? 1;
  const skills = update.skills ?? current?.skills ?? [];
  const set = {
    status: update.status,
    skills,
    role: update.role,
    updatedAt: new Date(),
    ...(update.name ? { name: update.name } : {}),
  };
  if (!current) {
    await AgentModel.updateOne(
      { _id: update.agentId },
      {
        $set: { ...set, capacity, freeSlots: capacity, holds: [] },
        $setOnInsert: { load: 0, lastAssignedAt: new Date(0) },
      },
      { upsert: true },
    );
  } else {
    // capacity and freeSlots move by the same delta, so concurrent reservations stay consistent
    const delta = capacity - (current.capacity ?? 1);
    await AgentModel.updateOne({ _id: update.agentId }, { $set: set, $inc: { capacity: delta, freeSlots: delta } });
  }
  return AgentModel.findById(update.agentId).lean();
}

/** Takes one slot of the agent for the task, if the agent is online with room and does not hold it yet. */
export async function reserveSlot(agentId: string, taskId: string, opts: { requireOnline?: boolean } = {}) {
  const filter: Record<string, unknown> = { _id: agentId, freeSlots: { $gt: 0 }, holds: { $ne: taskId } };
  if (opts.requireOnline !== false) filter.status = 'online';
  const res = await AgentModel.updateOne(filter, {
    $push: { holds: taskId },
    $inc: { freeSlots: -1, load: 1 },
    $set: { lastAssignedAt: new Date() },
  });
  return res.modifiedCount === 1;
}

export async function releaseSlot(agentId: string, taskId: string): Promise<boolean> {
  const res = await AgentModel.updateOne(
    { _id: agentId, holds: taskId },
    { $pull: { holds: taskId }, $inc: { freeSlots: 1, load: -1 } },
  );
  return res.modifiedCount === 1;
}

function skillsFit(agentSkills: string[], needed: string[]): boolean {
  return agentSkills.includes(GENERALIST_SKILL) || needed.every((s) => agentSkills.includes(s));
}

export interface RouteInput {
  taskId: string;
  skills: string[];
  exclude: string[];
  prefer: string | null;
  supervisorOnly: boolean;
}

/**
 * Reserves a slot of the best online agent: skills fit (an agent with skill '*' fits all), spare capacity,
 * least loaded, longest idle; after a reopen the agent who resolved the case comes first.
 */
export async function routeTask(input: RouteInput): Promise<string | null> {
  const filter: Record<string, unknown> = { status: 'online', freeSlots: { $gt: 0 } };
  if (input.supervisorOnly) filter.role = 'supervisor';
  const online = await AgentModel.find(filter).sort({ load: 1, lastAssignedAt: 1 }).lean();
  const candidates = online.filter((a) => !input.exclude.includes(a._id as string) && !a.holds.includes(input.taskId));
  const fitting = candidates.filter((a) => skillsFit(a.skills, input.skills));
  const ordered = [...fitting];
  const preferred = input.prefer ? ordered.findIndex((a) => a._id === input.prefer) : -1;
  if (preferred > 0) ordered.unshift(...ordered.splice(preferred, 1));
  for (const agent of ordered) {
    if (await reserveSlot(agent._id as string, input.taskId)) return agent._id as string;
  }
  return null;
}

/** Open tasks this agent may take now, most urgent first. */
export async function queuedTasksFor(agentId: string, limit = 50) {
  const agent = await AgentModel.findById(agentId).lean();
  if (!agent || agent.status !== 'online' || agent.freeSlots <= 0) return { agent, tasks: [] };
  const now = Date.now();
  const open = await TaskModel.find({ status: 'open' })
    .sort({ priorityRank: -1, resolutionDueAt: 1 })
    .limit(limit * 4)
    .lean();
  const tasks = open
    .filter((t) => skillsFit(agent.skills, t.skills))
    .filter((t) => !t.supervisorOnly || agent.role === 'supervisor')
    .filter((t) => !t.excluded.some((e) => e.agentId === agentId && e.until && e.until.getTime() > now))
    .slice(0, limit);
  return { agent, tasks };
}
