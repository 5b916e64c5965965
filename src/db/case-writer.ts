/**
 * Writes one step of a case: its events, its open task, its figures for the statistics and its read
 * model. Every write is keyed (or an insert) and idempotent, so a retried step writes nothing twice.
 *
 * Steps of one case never overtake each other: the case workflow is the only writer of its case and
 * hands the store one step at a time, the next only after the last one succeeded. What remains is a
 * late attempt of an earlier step (one that Temporal gave up on and retried) waking up after a newer
 * step landed; `fence` stops it: an attempt writes only inside its own start-to-close window, and
 * Temporal starts the next attempt only after that window has closed.
 */
import type { CaseState } from '../../workflows/case/contract';
import { priorityRank } from '../../workflows/case/domain';
import type { TransitionBatch } from '../../workflows/case/io';
import { isDuplicateKey } from './connect';
import { indexCustomerCase, noteResolution } from './customers';
import { appendEvents } from './journal';
import { CaseModel, OpenCaseModel, OutboxModel, TaskModel } from './models';

/** Throws when the calling attempt may no longer write. */
export type Fence = () => void;

async function insertOnce(create: () => Promise<unknown>): Promise<void> {
  try {
    await create();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

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

async function writeTask(caseId: string, state: CaseState): Promise<void> {
  const task = state.task;
  if (!task) return;
  const doc = taskDocument(caseId, state);
  if (doc) await TaskModel.replaceOne({ _id: task.taskId }, doc, { upsert: true });
  else await TaskModel.deleteOne({ _id: task.taskId });
}

export async function recordTransition(batch: TransitionBatch, fence: Fence = () => undefined): Promise<void> {
  const { caseId, version, state, events } = batch;
  fence();
  if (batch.create) {
    const createdAt = new Date(batch.create.createdAt);
    await insertOnce(() => OpenCaseModel.create({ _id: caseId, createdAt }));
    await indexCustomerCase(batch.create.intake.customer.id, caseId, createdAt);
  }
  if (events.length) await appendEvents(caseId, events);
  if (batch.contribution) {
    await insertOnce(() =>
      OutboxModel.create({
        _id: `${caseId}:${version}`,
        key: caseId,
        v: version,
        c: batch.contribution,
        at: new Date(state.updatedAt),
      }),
    );
  }
  const resolved = events.find((e) => e.type === 'status_changed' && e.data.to === 'resolved');
  if (resolved) {
    const customerId = batch.customerId ?? (await CaseModel.findById(caseId).lean())?.customer?.id;
    if (customerId) await noteResolution(customerId, caseId, resolved.at);
  }
  if (state.status === 'closed') await OpenCaseModel.deleteOne({ _id: caseId });

  fence();
  const eventSeq = events.length ? events[events.length - 1].seq : undefined;
  const set = readModel(state, version, eventSeq ?? 0);
  if (eventSeq === undefined) delete set.eventSeq;
  const create = batch.create;
  await CaseModel.updateOne(
    { _id: caseId },
    {
      $set: set,
      ...(create
        ? {
            $setOnInsert: {
              channel: create.intake.channel,
              subject: create.intake.subject,
              customer: create.intake.customer,
              locale: create.intake.locale ?? null,
              orderRef: create.intake.orderRef ?? null,
              repeatOf: create.repeatOf ?? null,
              intakeHash: create.intakeHash ?? null,
              createdAt: new Date(create.createdAt),
            },
          }
        : {}),
    },
    { upsert: true },
  );
  // after the case, so whoever finds the task in the queue finds the case in step with it;
  // release 0.1 steps say nothing of the task: write it whenever there is one
  if (batch.taskChanged ?? !!state.task) await writeTask(caseId, state);
}
