/** The agent pool over HTTP: presence, and the pool as supervisors see it. */
import { agentUnavailableSignal } from '../../workflows/case/contract';
import { AgentModel, type AgentDoc } from '../db/models';
import { caseIdOfTask } from '../ops/slot-sweep';
import { loads, setPresence, type Presence } from '../pool/agent-pool';
import type { ServiceDeps, Staff } from './deps';

export interface PresenceInput {
  status: Presence;
  skills?: string[];
  capacity?: number;
  name?: string;
}

type StoredAgent = AgentDoc & { _id: string };

function toAgentView(a: StoredAgent, tasks: string[]) {
  return {
    agentId: a._id,
    name: a.name ?? null,
    role: a.role,
    status: a.status,
    skills: a.skills,
    capacity: a.capacity,
    load: tasks.length,
    tasks,
    lastAssignedAt: a.lastAssignedAt && a.lastAssignedAt.getTime() > 0 ? a.lastAssignedAt.toISOString() : null,
    updatedAt: a.updatedAt ? a.updatedAt.toISOString() : null,
  };
}

export function createAgentService(deps: ServiceDeps) {
  return {
    /**
     * Going away or offline hands each held task back through its case workflow (which frees the slot);
     * coming online wakes the agent's dispatcher, which offers queued tasks without holding this request.
     */
    async setPresence(p: Staff, body: PresenceInput) {
      await setPresence({ agentId: p.id, role: p.role, ...body, name: body.name ?? p.name });
      const holds = (await loads([p.id])).get(p.id) ?? [];
      if (body.status !== 'online' && holds.length) {
        await Promise.all(
          holds.map((taskId) =>
            deps.cases
              .signal(caseIdOfTask(taskId), agentUnavailableSignal, {
                agentId: p.id,
                status: body.status,
                role: p.role,
              })
              .catch((err) => deps.log.warn({ err, taskId }, 'could not hand a task back')),
          ),
        );
      }
      if (body.status === 'online') {
        await deps.wakeDispatcher(p.id).catch((err) => deps.log.warn({ err, agentId: p.id }, 'dispatcher not woken'));
      }
      const fresh = await AgentModel.findById(p.id).lean<StoredAgent>();
      return toAgentView(fresh as StoredAgent, (await loads([p.id])).get(p.id) ?? []);
    },

    async list() {
      const agents = await AgentModel.find({}).lean<StoredAgent[]>();
      agents.sort((a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : a._id < b._id ? -1 : 1));
      const held = await loads();
      return { items: agents.map((a) => toAgentView(a, held.get(a._id) ?? [])) };
    },
  };
}
