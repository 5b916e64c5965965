/**
 * Supervisor use cases. Lists of open and recently closed cases come from Temporal visibility (the
 * search attributes each case keeps); a customer's older cases from the store by keyed access.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { executionInfoFromRaw } from '@temporalio/client/lib/helpers';
import { loadDataConverter } from '@temporalio/common/lib/internal-non-workflow';
import {
  AssigneeKey,
  CASE_WORKFLOW_TYPE,
  CaseCreatedAtKey,
  CaseLanguageKey,
  CasePriorityKey,
  CaseStatusKey,
  CaseTopicKey,
  CustomerIdKey,
  EscalationReasonKey,
  NextDeadlineKey,
  SlaAtRiskKey,
  SlaBreachedKey,
  assignUpdate,
  setPriorityUpdate,
  stateQuery,
} from '../../workflows/case/contract';
import type { CaseStatus, EscalationReason, Priority } from '../../workflows/case/domain';
import { toCaseView, type StoredCase } from '../db/case-view';
import { customerCaseIds } from '../db/customers';
import { readEvents, type JournalHead } from '../db/journal';
import { FeedbackModel } from '../db/models';
import { DomainError, conflict, notFound } from '../errors';
import { createCaseReader, requireCase, storedCase } from './case-reader';
import type { ServiceDeps, Staff } from './deps';

export interface CaseListQuery {
  status?: CaseStatus;
  priority?: Priority;
  reason?: EscalationReason;
  assignee?: string;
  customerId?: string;
  breached?: 'true' | 'false';
  atRisk?: 'true' | 'false';
  /** cases whose writes the store refused (dead letters) */
  storeBehind?: 'true' | 'false';
  limit: number;
  cursor?: string;
}

export interface HistoryQuery {
  limit: number;
  after?: number;
}

type Typed = { get(key: unknown): unknown };

const dataConverter = loadDataConverter();

const invalidCursor = () =>
  new DomainError('invalid', 'invalid cursor', [{ path: 'cursor', message: 'not a cursor from this API' }]);

/** Cursors are signed: a cursor that did not come from this API is refused before it reaches a store. */
function cursorCodec(secret: string) {
  const sign = (payload: string) => createHmac('sha256', secret).update(`cursor:${payload}`).digest('base64url');
  return {
    encode(value: unknown): string {
      const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode<T>(cursor: string): T {
      const [payload, mac] = cursor.split('.');
      const expected = payload ? sign(payload) : '';
      if (
        !payload ||
        !mac ||
        mac.length !== expected.length ||
        !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
      ) {
        throw invalidCursor();
      }
      try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
      } catch {
        throw invalidCursor();
      }
    },
  };
}

/** Values reach the visibility query only after the schema allowed them (ids of letters, digits and -_.@:+). */
const quote = (v: string) => `'${v.replace(/[^\w.@:+-]/g, '')}'`;

function visibilityQuery(taskQueue: string, q: CaseListQuery): string {
  const parts = [
    `WorkflowType = '${CASE_WORKFLOW_TYPE}'`,
    `TaskQueue = ${quote(taskQueue)}`,
    // a case that continued as new shows once, by its latest run; a terminated run was replaced by a repair
    `ExecutionStatus IN ('Running', 'Completed')`,
  ];
  if (q.status) parts.push(`CaseStatus = ${quote(q.status)}`);
  if (q.priority) parts.push(`CasePriority = ${quote(q.priority)}`);
  if (q.reason) parts.push(`EscalationReason = ${quote(q.reason)}`);
  if (q.assignee) parts.push(`Assignee = ${quote(q.assignee)}`);
  if (q.breached) parts.push(`SlaBreached = ${q.breached}`);
  if (q.atRisk) parts.push(`SlaAtRisk = ${q.atRisk}`);
  if (q.storeBehind) parts.push(`StoreBehind = ${q.storeBehind}`);
  return parts.join(' AND ');
}

function listItem(info: {
  workflowId: string;
  startTime: Date;
  closeTime?: Date;
  memo?: Record<string, unknown>;
  typedSearchAttributes: Typed;
}) {
  const sa = info.typedSearchAttributes;
  const memo = info.memo ?? {};
  const get = <T>(key: unknown) => (sa.get(key) ?? null) as T | null;
  const created = get<Date>(CaseCreatedAtKey);
  const deadline = get<Date>(NextDeadlineKey);
  const reason = get<string>(EscalationReasonKey);
  return {
    caseId: info.workflowId,
    status: get<string>(CaseStatusKey),
    priority: get<string>(CasePriorityKey),
    channel: memo.channel ?? null,
    subject: memo.subject ?? null,
    customer: { id: get<string>(CustomerIdKey) ?? memo.customerId ?? null },
    topic: get<string>(CaseTopicKey),
    language: get<string>(CaseLanguageKey),
    escalation: reason ? { reason } : null,
    assignee: get<string>(AssigneeKey),
    sla: { breached: get<boolean>(SlaBreachedKey) ?? false, atRisk: get<boolean>(SlaAtRiskKey) ?? false },
    deadline: deadline ? { at: deadline.toISOString() } : null,
    createdAt: (created ?? (memo.createdAt ? new Date(String(memo.createdAt)) : info.startTime)).toISOString(),
    closedAt: info.closeTime ? info.closeTime.toISOString() : null,
  };
}

/** The stored case: of a finished workflow, or (live = false) of one that cannot be reached now. */
function storedState(doc: StoredCase, finished = true) {
  const view = toCaseView(doc, [], null, 'staff');
  const stored = doc as unknown as { waitingOn?: string; deadline?: unknown };
  return {
    source: 'database',
    note: finished
      ? 'the case workflow has finished; this is the stored case'
      : 'the case workflow cannot be reached now (worker or Temporal down); this is the case as last stored',
    caseId: doc._id,
    status: view.status,
    priority: view.priority,
    waitingOn: finished ? 'nothing' : (stored.waitingOn ?? 'nothing'),
    deadline: finished ? null : (stored.deadline ?? null),
    escalation: view.escalation,
    task: view.task,
    sla: view.sla,
    resolution: view.resolution,
    updatedAt: view.updatedAt,
  };
}

export function createSupervisorService(deps: ServiceDeps) {
  const { cases, config } = deps;
  const cursors = cursorCodec(deps.secret);
  const namespace = config.TEMPORAL_NAMESPACE;
  const reader = createCaseReader(cases);

  async function fromVisibility(q: CaseListQuery) {
    const token = q.cursor ? cursors.decode<{ t: string }>(q.cursor).t : undefined;
    if (q.cursor && typeof token !== 'string') throw invalidCursor();
    // bounded like every call to Temporal: with Temporal down the list answers 503, not never
    const res = await cases.bounded(() =>
      cases.client.workflowService.listWorkflowExecutions({
        namespace,
        query: visibilityQuery(config.TEMPORAL_TASK_QUEUE, q),
        pageSize: q.limit,
        nextPageToken: token ? Buffer.from(token, 'base64') : undefined,
      }),
    );
    const items = await Promise.all(
      (res.executions ?? []).map(async (raw) =>
        listItem(await executionInfoFromRaw(raw, dataConverter, raw, namespace)),
      ),
    );
    const next = res.nextPageToken?.length ? Buffer.from(res.nextPageToken).toString('base64') : null;
    return { items, nextCursor: next && items.length === q.limit ? cursors.encode({ t: next }) : null };
  }

  /** A customer's cases, newest first, however old: their index in the store, by keyed access. */
  async function ofCustomer(customerId: string, q: CaseListQuery) {
    const before = q.cursor ? cursors.decode<{ n: number }>(q.cursor).n : undefined;
    if (q.cursor && (typeof before !== 'number' || before < 0)) throw invalidCursor();
    const { ids, next } = await customerCaseIds(customerId, q.limit, before);
    const docs = await Promise.all(ids.map(({ caseId }) => storedCase(caseId)));
    const items = docs
      .filter((d): d is StoredCase => !!d)
      .map((d) => {
        const { messages: _messages, ...rest } = toCaseView(d, [], null, 'staff');
        return rest;
      })
      .filter(
        (c) =>
          (!q.status || c.status === q.status) &&
          (!q.priority || c.priority === q.priority) &&
          (!q.reason || (c.escalation as { reason?: string } | null)?.reason === q.reason),
      );
    return { items, nextCursor: next !== null && ids.length === q.limit ? cursors.encode({ n: next }) : null };
  }

  return {
    list: (q: CaseListQuery) => (q.customerId ? ofCustomer(q.customerId, q) : fromVisibility(q)),

    /** The live state from the workflow; a finished case from the store. */
    async state(caseId: string) {
      const doc = await storedCase(caseId);
      if (doc?.status === 'closed') return storedState(doc);
      let state;
      try {
        state = await cases.query(caseId, stateQuery);
      } catch (err) {
        // with the worker or Temporal down a supervisor still sees the case, as last stored
        if (doc && err instanceof DomainError && err.kind === 'unavailable') return storedState(doc, false);
        throw err;
      }
      if (state) return { source: 'workflow', ...state };
      if (!doc) throw notFound();
      return storedState(doc);
    },

    /** The audit trail, oldest first, a page at a time (`after` = the last sequence number seen). */
    async history(caseId: string, q: HistoryQuery) {
      const doc = await storedCase(caseId);
      if (!doc) {
        // a case a few milliseconds old has no stored events yet (its first write follows triage)
        if (await cases.query(caseId, stateQuery)) return { items: [], next: null };
        throw notFound();
      }
      const last = doc.eventSeq ?? 0;
      const from = (q.after ?? 0) + 1;
      const to = Math.min(last, from + q.limit - 1);
      const events = await readEvents(caseId, from, to, doc as JournalHead);
      const items = events.map((e) => ({ seq: e.seq, type: e.type, at: e.at, actor: e.actor, data: e.data ?? {} }));
      if (to >= last) {
        const feedback = await FeedbackModel.findById(caseId).lean();
        if (feedback) {
          items.push({
            seq: last + 1,
            type: 'feedback',
            at: new Date(feedback.at as Date).toISOString(),
            actor: feedback.actor as never,
            data: { rating: feedback.rating, comment: feedback.comment ?? null },
          });
        }
      }
      return { items, next: to < last ? to : null };
    },

    async reassign(p: Staff, caseId: string, body: { agentId: string }) {
      const doc = await requireCase(caseId);
      const taskId = (doc.task as { taskId?: string } | null)?.taskId;
      if (!taskId) throw conflict(`the case has no human task (it is ${doc.status})`);
      await cases.withSlot(body.agentId, taskId, true, () =>
        cases.update(caseId, assignUpdate, [{ agentId: body.agentId, by: { type: 'supervisor', id: p.id } }]),
      );
      return reader.view(caseId, 'staff');
    },

    async setPriority(p: Staff, caseId: string, body: { priority: Priority }) {
      const doc = await requireCase(caseId);
      if (doc.status === 'closed') throw conflict('the case is closed');
      await cases.update(caseId, setPriorityUpdate, [
        { priority: body.priority, by: { type: 'supervisor', id: p.id } },
      ]);
      return reader.view(caseId, 'staff');
    },
  };
}
