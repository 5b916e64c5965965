/**
 * Writes one step of a case: its events, its open task, its figures for the statistics and its read
 * model. Every write is keyed (or an insert) and idempotent, so a retried step writes nothing twice.
 *
 * Steps of one case never overtake each other: the case workflow is the only writer of its case and
 * hands the store one step at a time, the next only after the last one succeeded. What remains is a
 * late attempt of an earlier step (one that Temporal gave up on and retried) waking up after a newer
 * step landed; `fence` stops it: an attempt writes only inside its own start-to-close window, and
 * Temporal starts the next attempt only after that window has closed. The fence is checked before each
 * write; the write itself carries the same deadline to the driver (keyed-store.ts `withDeadline`), so a
 * write the driver holds while the store is down, and its own retry of it, end before the window does.
 */
import type { CaseState } from '../../workflows/case/contract';
import { priorityRank } from '../../workflows/case/domain';
import type { TransitionBatch } from '../../workflows/case/io';
import { indexCustomerCase, noteResolution } from './customers';
import { journalFields } from './journal';
import { keyed } from './keyed-store';

/** Throws when the calling attempt may no longer write. */
export type Fence = () => void;

/** The fields of the case document a step sets. */
export function readModel(state: CaseState, version: number, eventSeq: number): Record<string, unknown> {
  return {
    version,
    eventSeq,
    status: state.status,
    priority: state.priority,
    language: state.language ?? null,
    topic: state.topic,
    skills: state.skills,
    aiAnswer: state.aiAnswer,
    escalation: state.escalation,
    task: state.task,
    sla: state.sla,
    resolution: state.resolution,
    waitingOn: state.waitingOn,
    deadline: state.deadline,
    reopenCount: state.reopenCount,
    policy: state.policy,
    resolvedAt: state.resolvedAt ? new Date(state.resolvedAt) : null,
    updatedAt: new Date(state.updatedAt),
  };
}

/** The queue's document of an open task (a closed task has none). */
export function taskDocument(caseId: string, state: CaseState): Record<string, unknown> | null {
  const task = state.task;
  if (!task || task.status === 'closed') return null;
  const firstResponseDue = state.sla && !state.sla.firstResponseAt ? new Date(state.sla.firstResponseDueAt) : null;
  const resolutionDue = state.sla ? new Date(state.sla.resolutionDueAt) : null;
  return {
    _id: task.taskId,
    caseId,
    status: task.status,
    priority: state.priority,
    priorityRank: priorityRank(state.priority),
    skills: task.skills,
    reason: task.reason,
    level: state.escalation?.level ?? 1,
    assignee: task.assignee,
    supervisorOnly: task.supervisorOnly,
    excluded: task.excluded.map((e) => ({ agentId: e.agentId, until: new Date(e.until) })),
    createdAt: new Date(task.createdAt),
    firstResponseDueAt: firstResponseDue,
    resolutionDueAt: resolutionDue,
    nextDueAt: firstResponseDue ?? resolutionDue,
  };
}

async function writeTask(state: CaseState): Promise<void> {
  const task = state.task;
  if (!task) return;
  const doc = taskDocument(state.caseId, state);
  if (doc) await tasks.replace(task.taskId, doc);
  else await tasks.delete(task.taskId);
}

const cases = keyed('cases');
const tasks = keyed('tasks');
const openCases = keyed('open_cases');
const outbox = keyed('stats_outbox');

export async function recordTransition(batch: TransitionBatch, fence: Fence = () => undefined): Promise<void> {
  const { caseId, version, state, events } = batch;
  fence();
  const create = batch.create;
  if (create) {
    const createdAt = new Date(create.createdAt);
    await openCases.insertOnce(caseId, { createdAt });
    await indexCustomerCase(create.intake.customer.id, caseId, createdAt);
  }
  if (batch.contribution) {
    await outbox.insertOnce(`${caseId}:${version}`, {
      key: caseId,
      v: version,
      c: batch.contribution,
      at: new Date(state.updatedAt),
    });
  }
  const resolved = events.find((e) => e.type === 'status_changed' && e.data.to === 'resolved');
  if (resolved) {
    const customerId = batch.customerId ?? (await cases.get<{ customer?: { id?: string } }>(caseId))?.customer?.id;
    if (customerId) await noteResolution(customerId, caseId, resolved.at);
  }
  if (state.status === 'closed') await openCases.delete(caseId);

  const journal = await journalFields(caseId, events);
  const set = readModel(state, version, events.length ? events[events.length - 1].seq : 0);
  if (!events.length) delete set.eventSeq;
  fence();
  await cases.set(
    caseId,
    { ...set, ...journal },
    create
      ? {
          channel: create.intake.channel,
          subject: create.intake.subject,
          customer: create.intake.customer,
          locale: create.intake.locale ?? null,
          orderRef: create.intake.orderRef ?? null,
          repeatOf: create.repeatOf ?? null,
          intakeHash: create.intakeHash ?? null,
          createdAt: new Date(create.createdAt),
        }
      : undefined,
  );
  // after the case, so whoever finds the task in the queue finds the case in step with it;
  // release 0.1 steps say nothing of the task: write it whenever there is one
  if (batch.taskChanged ?? !!state.task) await writeTask(state);
}
