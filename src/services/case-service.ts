/** Customer-side use cases: intake, reading a case, confirming, asking for a human, writing, feedback. */
import { randomBytes } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { z } from 'zod';
import {
  CASE_WORKFLOW_TYPE,
  caseWorkflowId,
  confirmUpdate,
  customerMessageUpdate,
  requestHumanUpdate,
  type CaseIntake,
  type CaseWorkflowInput,
} from '../../workflows/case/contract';
import { signCustomerToken, type Principal } from '../auth/tokens';
import { ApiError, notFound } from '../api/errors';
import type { confirmBody, escalateBody, feedbackBody, intakeBody } from '../api/schemas';
import { isDuplicateKey } from '../db/connect';
import { createCaseDocument } from '../db/case-store';
import { toCaseView, type StoredCase } from '../db/case-view';
import { CaseModel, EventModel, IntakeModel } from '../db/models';
import type { ServiceDeps } from './deps';

const START_DEADLINE_MS = 5_000;

export const newId = (prefix: string): string => `${prefix}_${randomBytes(16).toString('base64url')}`;

export async function requireCase(caseId: string): Promise<StoredCase> {
  const doc = await CaseModel.findById(caseId).lean<StoredCase>();
  if (!doc) throw notFound();
  return doc;
}

/** A customer token opens its own case only; any other answers 404, as if it did not exist. */
export async function loadCase(principal: Principal, caseId: string): Promise<StoredCase> {
  if (principal.kind === 'customer' && principal.caseId !== caseId) throw notFound();
  return requireCase(caseId);
}

export async function caseView(caseId: string) {
  return toCaseView(await requireCase(caseId));
}

export function createCaseService(deps: ServiceDeps) {
  const { client, config } = deps;

  async function startWorkflow(input: CaseWorkflowInput): Promise<void> {
    try {
      // bounded, so a Temporal outage answers 503 in seconds instead of holding the customer
      await client.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        client.workflow.start(CASE_WORKFLOW_TYPE, {
          workflowId: caseWorkflowId(input.caseId),
          taskQueue: config.TEMPORAL_TASK_QUEUE,
          args: [input],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        }),
      );
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  /**
   * The intake row is written first (it holds the whole request, keyed per customer and Idempotency-Key),
   * then the workflow starts. A replay of the same key restarts a start that failed half-way.
   */
  async function intake(body: z.infer<typeof intakeBody>, key: string | undefined) {
    let intakeData: CaseIntake = body;
    let caseId = newId('c');
    let createdAt = new Date().toISOString();
    let replay = false;
    try {
      await IntakeModel.create({
        customerId: body.customer.id,
        key: key ?? caseId,
        caseId,
        payload: intakeData,
        createdAt,
      });
    } catch (err) {
      if (!key || !isDuplicateKey(err)) throw err;
      const existing = await IntakeModel.findOne({ customerId: body.customer.id, key }).lean();
      if (!existing) throw err;
      caseId = existing.caseId;
      createdAt = existing.createdAt.toISOString();
      intakeData = existing.payload as CaseIntake;
      replay = true;
    }
    const stored = replay ? await CaseModel.findById(caseId).lean<StoredCase>() : null;
    if (!stored) {
      await startWorkflow({ caseId, createdAt, intake: intakeData, policy: config.policy });
      // the workflow has started: from here on nothing may turn the answer into an error
      await createCaseDocument(caseId, intakeData, createdAt)
        .then(() => markRepeatContact(caseId, intakeData.customer.id, createdAt))
        .catch((err) =>
          deps.log.warn({ err, caseId }, 'case document not completed by the API; the workflow writes it'),
        );
    }
    return {
      created: !replay,
      body: {
        caseId,
        status: stored?.status ?? 'triaging',
        customerToken: await signCustomerToken(deps.secret, caseId, body.customer.id),
      },
    };
  }

  /** A new case from a customer whose earlier case was resolved within the reopen window is a repeat contact. */
  async function markRepeatContact(caseId: string, customerId: string, createdAt: string) {
    const since = new Date(Date.parse(createdAt) - config.policy.reopenWindowMs);
    const earlier = await CaseModel.findOne({
      'customer.id': customerId,
      _id: { $ne: caseId },
      resolvedAt: { $gte: since },
    })
      .select({ _id: 1 })
      .lean();
    if (earlier) await CaseModel.updateOne({ _id: caseId }, { $set: { repeatOf: earlier._id } });
  }

  const handle = (caseId: string) => client.workflow.getHandle(caseWorkflowId(caseId));

  async function afterUpdate<T>(caseId: string, run: () => Promise<T>) {
    await run();
    return caseView(caseId);
  }

  function guardOpen(doc: StoredCase) {
    if (doc.status === 'closed') throw new ApiError('conflict', 'the case is closed');
  }

  return {
    intake,

    async get(principal: Principal, caseId: string) {
      return toCaseView(await loadCase(principal, caseId));
    },

    async confirm(principal: Principal, caseId: string, body: z.infer<typeof confirmBody>) {
      const doc = await loadCase(principal, caseId);
      guardOpen(doc);
      return afterUpdate(caseId, () => handle(caseId).executeUpdate(confirmUpdate, { args: [body] }));
    },

    async requestHuman(principal: Principal, caseId: string, body: z.infer<typeof escalateBody>) {
      if (principal.kind === 'staff' && principal.role !== 'supervisor') {
        throw new ApiError('forbidden', 'agents take cases from the queue; supervisors may escalate');
      }
      const doc = await loadCase(principal, caseId);
      guardOpen(doc);
      const by = principal.kind === 'staff' ? { type: 'supervisor' as const, id: principal.id } : undefined;
      return afterUpdate(caseId, () =>
        handle(caseId).executeUpdate(requestHumanUpdate, { args: [{ ...body, ...(by ? { by } : {}) }] }),
      );
    },

    async write(principal: Principal, caseId: string, text: string) {
      const doc = await loadCase(principal, caseId);
      guardOpen(doc);
      const messageId = newId('m');
      return afterUpdate(caseId, () =>
        handle(caseId).executeUpdate(customerMessageUpdate, { args: [{ messageId, text }] }),
      );
    },

    async feedback(principal: Principal, caseId: string, body: z.infer<typeof feedbackBody>) {
      const doc = await loadCase(principal, caseId);
      if (doc.status !== 'resolved' && doc.status !== 'closed') {
        throw new ApiError('conflict', `feedback is taken after the case is resolved (it is ${doc.status})`);
      }
      const at = new Date();
      const feedback = { rating: body.rating, comment: body.comment ?? null, at: at.toISOString() };
      const actor =
        principal.kind === 'customer'
          ? { type: 'customer', id: principal.customerId }
          : { type: principal.role, id: principal.id };
      // the event's fixed id makes "once" a unique insert, which holds under concurrent requests
      try {
        await EventModel.create({
          _id: `${caseId}:feedback`,
          caseId,
          seq: Number.MAX_SAFE_INTEGER,
          type: 'feedback',
          at,
          actor,
          data: { rating: body.rating, comment: body.comment ?? null },
        });
      } catch (err) {
        if (isDuplicateKey(err)) throw new ApiError('conflict', 'feedback was already given for this case');
        throw err;
      }
      await CaseModel.updateOne({ _id: caseId }, { $set: { feedback } });
      return caseView(caseId);
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
