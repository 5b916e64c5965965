/**
 * Holds every open case against its workflow and repairs what disagrees: a record that says open with
 * no running workflow (terminated by hand, lost with a Temporal store) is restarted from the record; a
 * running workflow whose record is missing or behind is asked to write itself again; a record left
 * open by a finished workflow is closed.
 */
import { WorkflowNotFoundError, type WorkflowExecutionDescription } from '@temporalio/client';
import {
  CASE_WORKFLOW_TYPE,
  rewriteSignal,
  stateQuery,
  type CaseIntake,
  type CaseState,
  type CaseWorkflowInput,
} from '../../workflows/case/contract';
import type { SweepReport } from '../../workflows/ops/contract';
import { recordTransition } from '../db/case-writer';
import type { StoredCase } from '../db/case-view';
import { readEvents, type JournalHead } from '../db/journal';
import { CaseModel, OpenCaseModel } from '../db/models';
import type { CaseClient } from '../temporal/case-client';
import { countRepairs } from './slot-sweep';

/** a case younger than this may still be writing its first step */
const GRACE_MS = 60_000;
/** a record this far behind its running workflow is rewritten */
const BEHIND_MS = 60_000;
const GONE = new Set(['TERMINATED', 'FAILED', 'TIMED_OUT', 'CANCELLED']);

async function describe(cases: CaseClient, caseId: string): Promise<WorkflowExecutionDescription | null> {
  try {
    return await cases.handle(caseId).describe();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return null;
    throw err;
  }
}

/** The workflow input that carries the case on from its stored record. */
async function resumeInput(doc: StoredCase): Promise<CaseWorkflowInput> {
  const state = doc as unknown as CaseState & { policy: CaseState['policy'] };
  const opening = await readEvents(doc._id, 1, 2, doc as JournalHead);
  const firstMessage = opening.find((e) => e.type === 'message')?.data as { text?: string } | undefined;
  const intake: CaseIntake = {
    customer: { id: doc.customer?.id as string },
    channel: (doc.channel ?? 'web') as CaseIntake['channel'],
    subject: doc.subject ?? '',
    message: firstMessage?.text ?? '',
  };
  const deadline = doc.deadline as { at: string } | null;
  const due = deadline ? Date.parse(deadline.at) : Date.now();
  const now = Date.now();
  const taskSeq = Number(/_(\d+)$/.exec((doc.task as { taskId?: string } | null)?.taskId ?? '')?.[1] ?? 0);
  const createdAt = new Date(doc.createdAt).toISOString();
  return {
    caseId: doc._id,
    createdAt,
    intake,
    policy: state.policy,
    repair: true,
    carried: {
      state: {
        caseId: doc._id,
        status: doc.status as CaseState['status'],
        priority: doc.priority as CaseState['priority'],
        waitingOn: 'nothing',
        deadline: null,
        aiAnswer: state.aiAnswer ?? null,
        escalation: state.escalation ?? null,
        task: state.task ?? null,
        sla: state.sla ?? null,
        resolution: state.resolution ?? null,
        topic: doc.topic ?? null,
        language: doc.language ?? null,
        skills: doc.skills ?? [],
        reopenCount: doc.reopenCount ?? 0,
        resolvedAt: doc.resolvedAt ? new Date(doc.resolvedAt).toISOString() : null,
        policy: state.policy,
        updatedAt: new Date(doc.updatedAt).toISOString(),
      },
      clocks: { confirmationDueAt: due, customerReplyDueAt: due, lastAgentActivityAt: now, lastReminderAt: now },
      eventSeq: doc.eventSeq ?? 0,
      taskSeq,
      version: doc.version ?? 0,
    },
  };
}

export async function sweepCases(cases: CaseClient, taskQueue: string, heartbeat: () => void): Promise<SweepReport> {
  const open = await OpenCaseModel.find({}).lean();
  const now = Date.now();
  let checked = 0;
  let repaired = 0;
  for (const o of open) {
    if (now - new Date(o.createdAt ?? 0).getTime() < GRACE_MS) continue;
    heartbeat();
    checked += 1;
    const caseId = o._id as string;
    const [doc, desc] = await Promise.all([CaseModel.findById(caseId).lean<StoredCase>(), describe(cases, caseId)]);
    const status = desc?.status.name;
    if (doc?.status === 'closed' && status !== 'RUNNING') {
      await OpenCaseModel.deleteOne({ _id: caseId });
      continue;
    }
    if (!desc || (status && GONE.has(status))) {
      if (!doc) {
        await OpenCaseModel.deleteOne({ _id: caseId });
        continue;
      }
      await cases.client.workflow.start(CASE_WORKFLOW_TYPE, {
        workflowId: caseId,
        taskQueue,
        args: [await resumeInput(doc)],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
      repaired += 1;
      continue;
    }
    if (status === 'COMPLETED') {
      const state = await cases.query(caseId, stateQuery);
      if (state && doc) {
        await recordTransition({ caseId, version: (doc.version ?? 0) + 1, state, events: [] });
        repaired += 1;
      }
      continue;
    }
    if (status === 'RUNNING') {
      const state = await cases.query(caseId, stateQuery);
      const behind = !doc || (state && Date.parse(state.updatedAt) - new Date(doc.updatedAt).getTime() > BEHIND_MS);
      if (behind) {
        await cases.signal(caseId, rewriteSignal);
        repaired += 1;
      }
    }
  }
  await countRepairs('ops:cases', checked, repaired);
  return { checked, repaired };
}
