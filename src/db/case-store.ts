/** Writes of the case read model, tasks and the event log. Every write is idempotent: a retried activity writes nothing twice. */
import type { TransitionBatch } from '../../activities/contract';
import type { CaseIntake, CaseState } from '../../workflows/case/contract';
import { priorityRank } from '../../workflows/case/domain';
import { CaseModel, EventModel, TaskModel } from './models';
import { isDuplicateKey } from './connect';

/** Creates the case document if it is not there yet (the API and the workflow both call this). */
export async function createCaseDocument(caseId: string, intake: CaseIntake, createdAt: string): Promise<void> {
  const at = new Date(createdAt);
  await CaseModel.updateOne(
    { _id: caseId },
    {
      $setOnInsert: {
        _id: caseId,
        status: 'triaging',
        priority: 'normal',
        channel: intake.channel,
        subject: intake.subject,
        customer: intake.customer,
        locale: intake.locale ?? null,
        orderRef: intake.orderRef ?? null,
        messages: [{ id: `${caseId}-m0`, from: 'customer', text: intake.message, at }],
        messageIds: [`${caseId}-m0`],
        createdAt: at,
        updatedAt: at,
        version: 0,
      },
    },
    { upsert: true, strict: false },
  );
}

function readModelFields(state: CaseState): Record<string, unknown> {
  const { task, sla, escalation, resolution } = state;
  return {
    status: state.status,
    priority: state.priority,
    topic: state.topic,
    skills: state.skills,
    aiAnswer: state.aiAnswer,
    escalation,
    task,
    sla,
    resolution,
    waitingOn: state.waitingOn,
    deadline: state.deadline,
    escalationReason: escalation?.reason ?? null,
    assignee: task && task.status === 'assigned' ? task.assignee : null,
    breached: (sla?.breaches.length ?? 0) > 0,
    resolvedBy: resolution?.by ?? null,
    reopenCount: state.reopenCount,
    resolvedAt: state.resolvedAt ? new Date(state.resolvedAt) : null,
    updatedAt: new Date(state.updatedAt),
  };
}

export async function recordTransition(batch: TransitionBatch): Promise<void> {
  const { caseId, version, state } = batch;
  if (batch.create) await createCaseDocument(caseId, batch.create.intake, batch.create.createdAt);

  if (batch.events.length) {
    const docs = batch.events.map((e) => ({ _id: `${caseId}:${e.seq}`, caseId, ...e, at: new Date(e.at) }));
    try {
      await EventModel.insertMany(docs, { ordered: false });
    } catch (err) {
      const writeErrors = (err as { writeErrors?: { err?: { code?: number }; code?: number }[] }).writeErrors;
      const onlyDuplicates =
        isDuplicateKey(err) || (writeErrors?.length && writeErrors.every((w) => (w.err?.code ?? w.code) === 11000));
      if (!onlyDuplicates) throw err;
    }
  }

  for (const m of batch.messages) {
    await CaseModel.updateOne(
      { _id: caseId, messageIds: { $ne: m.id } },
      { $push: { messages: { ...m, at: new Date(m.at) }, messageIds: m.id } },
    );
  }

  await CaseModel.updateOne(
    { _id: caseId, version: { $lt: version } },
    { $set: { ...readModelFields(state), version } },
  );

  const task = state.task;
  if (task) {
    const firstResponseDue = state.sla && !state.sla.firstResponseAt ? new Date(state.sla.firstResponseDueAt) : null;
    const resolutionDue = state.sla ? new Date(state.sla.resolutionDueAt) : null;
    const fields = {
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
      version,
    };
    try {
      await TaskModel.updateOne({ _id: task.taskId, version: { $lt: version } }, { $set: fields }, { upsert: true });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
}
