/** Agent-side use cases: the task queue, claim, reply, resolve, release. */
import type { z } from 'zod';
import {
  caseWorkflowId,
  claimUpdate,
  releaseUpdate,
  replyUpdate,
  resolveUpdate,
  type StaffRef,
} from '../../workflows/case/contract';
import type { Principal } from '../auth/tokens';
import { ApiError, notFound } from '../api/errors';
import type { replyBody, resolveBody, taskListQuery } from '../api/schemas';
import { AgentModel, TaskModel, type TaskDoc } from '../db/models';
import { releaseSlot, reserveSlot, setPresence } from '../pool/agent-pool';
import { caseView, newId } from './case-service';
import type { ServiceDeps } from './deps';

type Staff = Extract<Principal, { kind: 'staff' }>;

const DEFAULT_CAPACITY = 3;

export function toTaskView(t: TaskDoc & { _id: string }) {
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  return {
    taskId: t._id,
    caseId: t.caseId,
    status: t.status,
    priority: t.priority,
    skills: t.skills,
    reason: t.reason,
    level: t.level,
    assignee: t.assignee ?? null,
    supervisorOnly: t.supervisorOnly,
    createdAt: iso(t.createdAt),
    firstResponseDueAt: iso(t.firstResponseDueAt),
    resolutionDueAt: iso(t.resolutionDueAt),
  };
}

export function createTaskService(deps: ServiceDeps) {
  const { client } = deps;
  const staffRef = (p: Staff): StaffRef => ({ agentId: p.id, role: p.role });

  async function loadTask(taskId: string) {
    const task = await TaskModel.findById(taskId).lean<TaskDoc & { _id: string }>();
    if (!task) throw notFound('task');
    return task;
  }

  return {
    async list(query: z.infer<typeof taskListQuery>) {
      const filter: Record<string, unknown> = { status: query.status ?? { $in: ['open', 'assigned'] } };
      if (query.skill) filter.skills = query.skill;
      if (query.caseId) filter.caseId = query.caseId;
      const tasks = await TaskModel.find(filter)
        .sort({ priorityRank: -1, nextDueAt: 1, createdAt: 1 })
        .limit(query.limit)
        .lean<(TaskDoc & { _id: string })[]>();
      return { items: tasks.map(toTaskView) };
    },

    /** The claimer's slot is reserved first, so no agent ever goes above capacity; the workflow decides who wins. */
    async claim(p: Staff, taskId: string) {
      const task = await loadTask(taskId);
      if (task.status === 'closed') throw new ApiError('conflict', 'the task is closed');
      if (task.assignee === p.id) throw new ApiError('conflict', 'you already hold this task');
      if (task.assignee) throw new ApiError('conflict', 'another agent holds this task');
      if (!(await AgentModel.exists({ _id: p.id }))) {
        await setPresence({ agentId: p.id, role: p.role, status: 'online', capacity: DEFAULT_CAPACITY, name: p.name });
      }
      if (!(await reserveSlot(p.id, taskId, { requireOnline: false }))) {
        throw new ApiError('conflict', 'you are at capacity; resolve or release a task first');
      }
      try {
        await client.workflow
          .getHandle(caseWorkflowId(task.caseId))
          .executeUpdate(claimUpdate, { args: [staffRef(p)] });
      } catch (err) {
        await releaseSlot(p.id, taskId);
        throw err;
      }
      return { task: toTaskView(await loadTask(taskId)), case: await caseView(task.caseId) };
    },

    async reply(p: Staff, taskId: string, body: z.infer<typeof replyBody>) {
      const task = await loadTask(taskId);
      await client.workflow
        .getHandle(caseWorkflowId(task.caseId))
        .executeUpdate(replyUpdate, { args: [{ ...staffRef(p), messageId: newId('m'), ...body }] });
      return caseView(task.caseId);
    },

    async resolve(p: Staff, taskId: string, body: z.infer<typeof resolveBody>) {
      const task = await loadTask(taskId);
      await client.workflow
        .getHandle(caseWorkflowId(task.caseId))
        .executeUpdate(resolveUpdate, { args: [{ ...staffRef(p), messageId: newId('m'), ...body }] });
      return caseView(task.caseId);
    },

    async release(p: Staff, taskId: string) {
      const task = await loadTask(taskId);
      await client.workflow
        .getHandle(caseWorkflowId(task.caseId))
        .executeUpdate(releaseUpdate, { args: [staffRef(p)] });
      return caseView(task.caseId);
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
