/**
 * The agent pool in the database: presence in `agents`, held tasks in `slots`. A slot is taken by a
 * unique insert and given back by a delete, so taking and returning happen exactly once however often a
 * step is retried or raced (conditional updates are not enough: FerretDB does not serialise them).
 */
import { isDuplicateKey } from '../db/connect';
import { AgentModel, SlotModel, TaskModel, type AgentDoc } from '../db/models';

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

type Agent = AgentDoc & { _id: string };

export async function setPresence(update: PresenceUpdate): Promise<Agent> {
  const current = await AgentModel.findById(update.agentId).lean<Agent>();
  // every field is written explicitly: FerretDB drops empty arrays from inserted defaults
  const set = {
    status: update.status,
    role: update.role,
    skills: update.skills ?? current?.skills ?? [],
    capacity: update.capacity ?? current?.capacity ?? 1,
    lastAssignedAt: current?.lastAssignedAt ?? new Date(0),
    updatedAt: new Date(),
    ...(update.name ? { name: update.name } : {}),
  };
  await AgentModel.updateOne({ _id: update.agentId }, { $set: set }, { upsert: true });
  return (await AgentModel.findById(update.agentId).lean<Agent>()) as Agent;
}

/** Tasks held, per agent. */
export async function loads(agentIds?: string[]): Promise<Map<string, string[]>> {
  const slots = await SlotModel.find(agentIds ? { agentId: { $in: agentIds } } : {})
    .select({ agentId: 1, taskId: 1 })
    .lean();
  const held = new Map<string, string[]>();
  for (const s of slots) held.set(s.agentId, [...(held.get(s.agentId) ?? []), s.taskId]);
  return held;
}

export async function heldTasks(agentId: string): Promise<string[]> {
  return (await loads([agentId])).get(agentId) ?? [];
}

/**
 * Takes a slot of the agent for the task, if the agent (online, unless told otherwise) has room. Holding
 * one already for this task counts as taken, so a retried reservation neither fails nor takes a second.
 */
export async function reserveSlot(agentId: string, taskId: string, opts: { requireOnline?: boolean } = {}) {
  const agent = await AgentModel.findById(agentId).lean<Agent>();
  if (!agent || (opts.requireOnline !== false && agent.status !== 'online')) return false;
  const held = await heldTasks(agentId);
  if (held.includes(taskId)) return true;
  if (held.length >= agent.capacity) return false;
  for (let n = 0; n < agent.capacity; n += 1) {
    try {
      await SlotModel.create({ _id: `${agentId}#${n}`, agentId, taskId });
      await AgentModel.updateOne({ _id: agentId }, { $set: { lastAssignedAt: new Date() } });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // another request took this slot, or this very task took another one just now
      if ((await heldTasks(agentId)).includes(taskId)) return true;
    }
  }
  return false;
}

export async function releaseSlot(agentId: string, taskId: string): Promise<boolean> {
  const slot = (await SlotModel.find({ agentId }).lean()).find((s) => s.taskId === taskId);
  if (!slot) return false;
  const res = await SlotModel.deleteOne({ _id: slot._id });
  return res.deletedCount === 1;
}

function skillsFit(agentSkills: string[] | undefined, needed: string[] | undefined): boolean {
  const have = agentSkills ?? [];
  return have.includes(GENERALIST_SKILL) || (needed ?? []).every((s) => have.includes(s));
}

const idleSince = (a: Agent) => a.lastAssignedAt?.getTime() ?? 0;

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
  const filter: Record<string, unknown> = { status: 'online' };
  if (input.supervisorOnly) filter.role = 'supervisor';
  const online = await AgentModel.find(filter).lean<Agent[]>();
  const held = await loads(online.map((a) => a._id));
  // a retried routing finds the slot its first attempt took
  const already = online.find((a) => held.get(a._id)?.includes(input.taskId) && !input.exclude.includes(a._id));
  if (already) return already._id;
  const load = (a: Agent) => held.get(a._id)?.length ?? 0;
  const ordered = online
    .filter((a) => !input.exclude.includes(a._id) && skillsFit(a.skills, input.skills))
    .filter((a) => load(a) < a.capacity && !held.get(a._id)?.includes(input.taskId))
    .sort((a, b) => load(a) - load(b) || idleSince(a) - idleSince(b));
  const preferred = input.prefer ? ordered.findIndex((a) => a._id === input.prefer) : -1;
  if (preferred > 0) ordered.unshift(...ordered.splice(preferred, 1));
  for (const agent of ordered) {
    if (await reserveSlot(agent._id, input.taskId)) return agent._id;
  }
  return null;
}

/** Open tasks this agent may take now, most urgent first. */
export async function queuedTasksFor(agentId: string, limit = 50) {
  const agent = await AgentModel.findById(agentId).lean<Agent>();
  if (!agent || agent.status !== 'online') return { agent, tasks: [] };
  if ((await heldTasks(agentId)).length >= agent.capacity) return { agent, tasks: [] };
  const now = Date.now();
  const open = await TaskModel.find({ status: 'open' })
    .sort({ priorityRank: -1, nextDueAt: 1 })
    .limit(limit * 4)
    .lean();
  const tasks = open
    .filter((t) => skillsFit(agent.skills, t.skills))
    .filter((t) => !t.supervisorOnly || agent.role === 'supervisor')
    .filter((t) => !t.excluded.some((e) => e.agentId === agentId && e.until && e.until.getTime() > now))
    .slice(0, limit);
  return { agent, tasks };
}
