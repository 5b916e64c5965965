/** Supervisor use cases: search, live state, history, reassign, priority. */
import type { z } from 'zod';
import { assignUpdate, caseWorkflowId, setPriorityUpdate, stateQuery } from '../../workflows/case/contract';
import type { Principal } from '../auth/tokens';
import { ApiError } from '../api/errors';
import type { caseListQuery, priorityBody, reassignBody } from '../api/schemas';
import { toCaseView, type StoredCase } from '../db/case-view';
import { CaseModel, EventModel } from '../db/models';
import { releaseSlot, reserveSlot } from '../pool/agent-pool';
import { caseView, requireCase } from './case-service';
import type { ServiceDeps } from './deps';

type Staff = Extract<Principal, { kind: 'staff' }>;

interface Cursor {
  t: number;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.t === 'number' && typeof c.id === 'string') return c;
  } catch {
    /* falls through */
  }
  throw new ApiError('validation_failed', 'invalid cursor', [
    { path: 'cursor', message: 'not a cursor from this API' },
  ]);
}

function storedState(doc: StoredCase) {
  const view = toCaseView(doc);
  return {
    source: 'database',
    note: 'the case workflow has finished; this is the stored case',
    caseId: doc._id,
    status: view.status,
    priority: view.priority,
    waitingOn: 'nothing',
    deadline: null,
    escalation: view.escalation,
    task: view.task,
    sla: view.sla,
    resolution: view.resolution,
    updatedAt: view.updatedAt,
  };
}

export function createSupervisorService(deps: ServiceDeps) {
  const handle = (caseId: string) => deps.client.workflow.getHandle(caseWorkflowId(caseId));

  return {
    /** Newest first; the cursor is the (createdAt, id) of the last item, so pages stay stable under inserts. */
    async list(q: z.infer<typeof caseListQuery>) {
      const filter: Record<string, unknown> = {};
      if (q.status) filter.status = q.status;
      if (q.priority) filter.priority = q.priority;
      if (q.reason) filter.escalationReason = q.reason;
      if (q.assignee) filter.assignee = q.assignee;
      if (q.customerId) filter['customer.id'] = q.customerId;
      if (q.breached) filter.breached = q.breached === 'true';
      if (q.cursor) {
        const c = decodeCursor(q.cursor);
        const t = new Date(c.t);
        filter.$or = [{ createdAt: { $lt: t } }, { createdAt: t, _id: { $lt: c.id } }];
      }
      const docs = await CaseModel.find(filter)
        .select({ messages: 0, messageIds: 0 })
        .sort({ createdAt: -1, _id: -1 })
        .limit(q.limit + 1)
        .lean<StoredCase[]>();
      const page = docs.slice(0, q.limit);
      const last = page[page.length - 1];
      const nextCursor =
        docs.length > q.limit && last ? encodeCursor({ t: new Date(last.createdAt).getTime(), id: last._id }) : null;
      return {
        items: page.map((d) => {
          const { messages: _m, ...rest } = toCaseView(d);
          return rest;
        }),
        nextCursor,
      };
    },

    /** A closed case's workflow has finished: querying it would only replay its whole history on a worker. */
    async state(caseId: string) {
      const doc = await requireCase(caseId);
      if (doc.status === 'closed') return storedState(doc);
      try {
        const state = await handle(caseId).query(stateQuery);
        return { source: 'workflow', ...state };
      } catch (err) {
        const name = (err as Error).name;
        if (name !== 'WorkflowNotFoundError' && name !== 'QueryNotRegisteredError') throw err;
        return storedState(doc);
      }
    },

    async history(caseId: string) {
      await requireCase(caseId);
      const events = await EventModel.find({ caseId }).sort({ seq: 1 }).lean();
      return events.map((e) => ({ type: e.type, at: e.at.toISOString(), actor: e.actor, data: e.data ?? {} }));
    },

    async reassign(p: Staff, caseId: string, body: z.infer<typeof reassignBody>) {
      const doc = await requireCase(caseId);
      const taskId = (doc.task as { taskId?: string } | null)?.taskId;
      if (!taskId) throw new ApiError('conflict', `the case has no human task (it is ${doc.status})`);
      if (!(await reserveSlot(body.agentId, taskId))) {
        throw new ApiError('conflict', 'that agent is not online, is at capacity or already holds the task');
      }
      try {
        await handle(caseId).executeUpdate(assignUpdate, {
          args: [{ agentId: body.agentId, by: { type: 'supervisor', id: p.id } }],
        });
      } catch (err) {
        await releaseSlot(body.agentId, taskId);
        throw err;
      }
      return caseView(caseId);
    },

    async setPriority(p: Staff, caseId: string, body: z.infer<typeof priorityBody>) {
      const doc = await requireCase(caseId);
      if (doc.status === 'closed') throw new ApiError('conflict', 'the case is closed');
      await handle(caseId).executeUpdate(setPriorityUpdate, {
        args: [{ priority: body.priority, by: { type: 'supervisor', id: p.id } }],
      });
      return caseView(caseId);
    },
  };
}
