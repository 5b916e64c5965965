/** The agent pool over HTTP: presence, and the pool as supervisors see it. */
import type { z } from 'zod';
import { agentUnavailableSignal, caseWorkflowId } from '../../workflows/case/contract';
import type { Principal } from '../auth/tokens';
import type { presenceBody } from '../api/schemas';
import { AgentModel, TaskModel, type AgentDoc } from '../db/models';
import { loads, setPresence } from '../pool/agent-pool';
import type { ServiceDeps } from './deps';

type Staff = Extract<Principal, { kind: 'staff' }>;

function toAgentView(a: AgentDoc & { _id: string }, tasks: string[]) {
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
    async setPresence(p: Staff, body: z.infer<typeof presenceBody>) {
      await setPresence({ agentId: p.id, role: p.role, name: body.name ?? p.name, ...body });
      const holds = (await loads([p.id])).get(p.id) ?? [];
      if (body.status !== 'online' && holds.length) {
        // each case workflow takes the task back, frees the slot and records it in its history
        const tasks = await TaskModel.find({ _id: { $in: holds } })
          .select({ caseId: 1 })
          .lean();
        await Promise.all(
          tasks.map((t) =>
            deps.client.workflow
              .getHandle(caseWorkflowId(t.caseId))
              .signal(agentUnavailableSignal, { agentId: p.id, status: body.status, role: p.role })
              .catch((err) => deps.log.warn({ err, caseId: t.caseId }, 'could not hand a task back')),
          ),
        );
      }
      if (body.status === 'online') await deps.dispatch(p.id);
      const fresh = await AgentModel.findById(p.id).lean<AgentDoc & { _id: string }>();
      return toAgentView(fresh as AgentDoc & { _id: string }, (await loads([p.id])).get(p.id) ?? []);
    },

    async list() {
      const agents = await AgentModel.find({}).sort({ status: 1, _id: 1 }).lean<(AgentDoc & { _id: string })[]>();
      const held = await loads();
      return { items: agents.map((a) => toAgentView(a, held.get(a._id) ?? [])) };
    },
  };
}
