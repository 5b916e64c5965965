/** The agent pool over HTTP: presence, and the pool as supervisors see it. */
import type { z } from 'zod';
import { agentUnavailableSignal, caseWorkflowId } from '../../workflows/case/contract';
import type { Principal } from '../auth/tokens';
import type { presenceBody } from '../api/schemas';
import { AgentModel, TaskModel, type AgentDoc } from '../db/models';
import { setPresence } from '../pool/agent-pool';
import type { ServiceDeps } from './deps';

type Staff = Extract<Principal, { kind: 'staff' }>;

function toAgentView(a: AgentDoc & { _id: string }) {
  return {
    agentId: a._id,
    name: a.name ?? null,
    role: a.role,
    status: a.status,
    skills: a.skills,
    capacity: a.capacity,
    load: a.load,
    tasks: a.holds,
    lastAssignedAt: a.lastAssignedAt && a.lastAssignedAt.getTime() > 0 ? a.lastAssignedAt.toISOString() : null,
    updatedAt: a.updatedAt ? a.updatedAt.toISOString() : null,
  };
}

export function createAgentService(deps: ServiceDeps) {
  return {
    async setPresence(p: Staff, body: z.infer<typeof presenceBody>) {
      const agent = await setPresence({ agentId: p.id, role: p.role, name: body.name ?? p.name, ...body });
      if (!agent) throw new Error('agent not stored');
      if (body.status !== 'online' && agent.holds.length) {
        // each case workflow takes the task back and records it in its history
        const tasks = await TaskModel.find({ _id: { $in: agent.holds } })
          .select({ caseId: 1 })
          .lean();
        await Promise.all(
          tasks.map((t) =>
            deps.client.workflow
              .getHandle(caseWorkflowId(t.caseId))
              .signal(agentUnavailableSignal, { agentId: p.id, status: body.status })
              .catch((err) => deps.log.warn({ err, caseId: t.caseId }, 'could not hand a task back')),
          ),
        );
      }
      if (body.status === 'online') await deps.dispatch(p.id);
      const fresh = await AgentModel.findById(p.id).lean<AgentDoc & { _id: string }>();
      return toAgentView(fresh as AgentDoc & { _id: string });
    },

    async list() {
      const agents = await AgentModel.find({}).sort({ status: 1, _id: 1 }).lean<(AgentDoc & { _id: string })[]>();
      return { items: agents.map(toAgentView) };
    },
  };
}
