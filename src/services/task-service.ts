/** Agent-side use cases: the task queue, claim, reply, resolve, release. */
import { claimUpdate, releaseUpdate, replyUpdate, resolveUpdate, type StaffRef } from '../../workflows/case/contract';
import { AgentModel, TaskModel, type TaskDoc } from '../db/models';
import { caseIdOfTask } from '../ops/slot-sweep';
import { redactSecrets } from '../text/redact';
import { conflict, notFound } from '../errors';
import { setPresence } from '../pool/agent-pool';
import { createCaseReader, storedCase } from './case-reader';
import { keyedId, newId, type Idempotent } from './case-service';
import type { ServiceDeps, Staff } from './deps';

export interface TaskQuery {
  status?: 'open' | 'assigned';
  skill?: string;
  caseId?: string;
  limit: number;
}

export interface ReplyInput {
  text: string;
  waitForCustomer: boolean;
}

export interface ResolveInput {
  summary: string;
  text?: string;
}

const DEFAULT_CAPACITY = 3;

type StoredTask = TaskDoc & { _id: string };

export function toTaskView(t: StoredTask) {
  const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
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

/** Most urgent first: priority, then the nearest SLA due date, then the oldest. */
function byUrgency(a: StoredTask, b: StoredTask): number {
  const due = (t: StoredTask) => (t.nextDueAt ? new Date(t.nextDueAt).getTime() : Infinity);
  return (
    (b.priorityRank ?? 0) - (a.priorityRank ?? 0) ||
    due(a) - due(b) ||
    new Date(a.createdAt ?? 0).getTime() - new Date(b.createdAt ?? 0).getTime()
  );
}

export function createTaskService(deps: ServiceDeps) {
  const { cases, secret } = deps;
  const reader = createCaseReader(cases);
  const staffRef = (p: Staff): StaffRef => ({ agentId: p.id, role: p.role });

  /** The task's case; a task no longer in the queue is closed (its id names its case). */
  async function caseOf(taskId: string): Promise<{ caseId: string; task: StoredTask | null }> {
    const task = await TaskModel.findById(taskId).lean<StoredTask>();
    if (task) return { caseId: task.caseId, task };
    const caseId = caseIdOfTask(taskId);
    const doc = await storedCase(caseId);
    if (!doc || (doc.task as { taskId?: string } | null)?.taskId !== taskId) throw notFound('task');
    return { caseId, task: null };
  }

  /** One case's task in the queue, by keyed reads: the case names its task. */
  async function tasksOfCase(caseId: string): Promise<StoredTask[]> {
    const taskId = ((await storedCase(caseId))?.task as { taskId?: string } | null | undefined)?.taskId;
    const task = taskId ? await TaskModel.findById(taskId).lean<StoredTask>() : null;
    return task ? [task] : [];
  }

  const ids = (kind: string, p: Staff, taskId: string, req: Idempotent) =>
    req.key
      ? {
          updateId: keyedId(secret, 'u', kind, p.id, taskId, req.key),
          messageId: keyedId(secret, 'm', p.id, taskId, req.key),
        }
      : { updateId: undefined, messageId: newId('m') };

  return {
    /** The queue holds open tasks only, bounded by the work in hand, not by the cases ever seen. */
    async list(q: TaskQuery) {
      const tasks = q.caseId ? await tasksOfCase(q.caseId) : await TaskModel.find({}).lean<StoredTask[]>();
      const items = tasks
        .filter((t) => (q.status ? t.status === q.status : true))
        .filter((t) => !q.skill || (t.skills ?? []).includes(q.skill))
        .filter((t) => !q.caseId || t.caseId === q.caseId)
        .sort(byUrgency)
        .slice(0, q.limit);
      return { items: items.map(toTaskView) };
    },

    /** The claimer's slot is reserved first, so no agent ever goes above capacity; the workflow decides who wins. */
    async claim(p: Staff, taskId: string) {
      const { caseId, task } = await caseOf(taskId);
      if (!task) throw conflict('the task is closed');
      if (task.assignee === p.id) throw conflict('you already hold this task');
      if (task.assignee) throw conflict('another agent holds this task');
      if (!(await AgentModel.exists({ _id: p.id }))) {
        await setPresence({ agentId: p.id, role: p.role, status: 'online', capacity: DEFAULT_CAPACITY, name: p.name });
      }
      await cases.withSlot(p.id, taskId, false, () => cases.update(caseId, claimUpdate, [staffRef(p)]));
      const fresh = await TaskModel.findById(taskId).lean<StoredTask>();
      return {
        task: fresh ? toTaskView(fresh) : { ...toTaskView(task), status: 'assigned', assignee: p.id },
        case: await reader.view(caseId, 'staff'),
      };
    },

    async reply(p: Staff, taskId: string, body: ReplyInput & Idempotent) {
      const { caseId } = await caseOf(taskId);
      const { key, ...req } = body;
      const { updateId, messageId } = ids('reply', p, taskId, { key });
      const reply = { ...req, text: redactSecrets(req.text) };
      await cases.update(caseId, replyUpdate, [{ ...staffRef(p), messageId, ...reply }], updateId);
      return reader.view(caseId, 'staff');
    },

    async resolve(p: Staff, taskId: string, body: ResolveInput & Idempotent) {
      const { caseId } = await caseOf(taskId);
      const { key, ...req } = body;
      const { updateId, messageId } = ids('resolve', p, taskId, { key });
      const resolution = {
        summary: redactSecrets(req.summary),
        ...(req.text ? { text: redactSecrets(req.text) } : {}),
      };
      await cases.update(caseId, resolveUpdate, [{ ...staffRef(p), messageId, ...resolution }], updateId);
      return reader.view(caseId, 'staff');
    },

    async release(p: Staff, taskId: string) {
      const { caseId } = await caseOf(taskId);
      await cases.update(caseId, releaseUpdate, [staffRef(p)]);
      return reader.view(caseId, 'staff');
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
