/** Customer-side use cases: intake, reading a case, confirming, asking for a human, writing, feedback. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  CASE_WORKFLOW_TYPE,
  CaseChannelKey,
  CaseCreatedAtKey,
  CasePriorityKey,
  CaseStatusKey,
  CustomerIdKey,
  caseWorkflowId,
  confirmUpdate,
  customerMessageUpdate,
  requestHumanUpdate,
  stateQuery,
  type CaseIntake,
  type CaseWorkflowInput,
} from '../../workflows/case/contract';
import { rememberRotation } from '../auth/token-rotations';
import { signCustomerToken } from '../auth/tokens';
import { isDuplicateKey } from '../db/connect';
import { recentResolution } from '../db/customers';
import { readUnlessStoreDown } from '../db/store-down';
import { CaseTokenModel, FeedbackModel, OutboxModel } from '../db/models';
import { DomainError, conflict, forbidden, notFound } from '../errors';
import { WorkflowExecutionAlreadyStartedError, toDomainError } from '../temporal/case-client';
import { redactSecrets } from '../text/redact';
import { audienceOf, createCaseReader, mayOpen, storedCase } from './case-reader';
import type { Principal, ServiceDeps } from './deps';

/** A new case as the customer sends it: what the case workflow takes as its intake. */
export type IntakeInput = CaseIntake;

export interface ConfirmInput {
  resolved: boolean;
  comment?: string;
}

export interface FeedbackInput {
  rating: number;
  comment?: string;
}

/** A retried request carries the same key: it gets the same message id and the first answer. */
export interface Idempotent {
  key?: string;
}

export const newId = (prefix: string): string => `${prefix}_${randomBytes(16).toString('base64url')}`;

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

/** Ids derived from a client's key: the same key gives the same id, nobody can guess one without the secret. */
export function keyedId(secret: string, prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHmac('sha256', secret).update(parts.join('\n')).digest('base64url').slice(0, 22)}`;
}

/** The request as a stable string, whatever the order of its fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function createCaseService(deps: ServiceDeps) {
  const { cases, config, secret } = deps;
  const reader = createCaseReader(cases);

  const token = (caseId: string, customerId: string, createdAt: string) =>
    signCustomerToken(secret, caseId, customerId, createdAt, config.customerTokenTtlMs);

  /**
   * A store read intake can do without (a retried key's case, the customer's last resolution): with the
   * store down intake goes on, since Temporal keeps the case and finds a retried key as already started.
   */
  const unlessStoreDown = <T>(what: string, read: () => Promise<T>, fallback: T) =>
    readUnlessStoreDown(read, (err) => {
      deps.log.warn({ err, what }, 'intake goes on without the store');
      return fallback;
    });

  async function startWorkflow(input: CaseWorkflowInput): Promise<void> {
    const { intake } = input;
    // bounded, so a Temporal outage answers 503 in seconds instead of holding the customer
    await cases.client.withDeadline(Date.now() + config.START_TIMEOUT, () =>
      cases.client.workflow.start(CASE_WORKFLOW_TYPE, {
        workflowId: caseWorkflowId(input.caseId),
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: CaseStatusKey, value: 'triaging' },
          { key: CasePriorityKey, value: 'normal' },
          { key: CustomerIdKey, value: intake.customer.id },
          { key: CaseChannelKey, value: intake.channel },
          { key: CaseCreatedAtKey, value: new Date(input.createdAt) },
        ],
        memo: {
          subject: intake.subject,
          channel: intake.channel,
          customerId: intake.customer.id,
          createdAt: input.createdAt,
          intakeHash: input.intakeHash,
        },
      }),
    );
  }

  /** A key seen before: the same request gets the first answer, another request with it a 409. */
  function replay(caseId: string, customerId: string, createdAt: string, storedHash: unknown, hash: string) {
    if (storedHash && storedHash !== hash) {
      throw new DomainError('idempotency_key_reused', 'this Idempotency-Key was used with another request');
    }
    return token(caseId, customerId, createdAt);
  }

  /**
   * With an Idempotency-Key the case id is derived from the customer and the key, so a replay finds its
   * case by id: in the store, or (before its first write) as the workflow already started. A 2xx means
   * the workflow has started; nothing is written before that, so a 503 leaves nothing half-made.
   */
  async function intake(body: IntakeInput, key: string | undefined) {
    const hash = sha256(canonical(body));
    const caseId = key ? keyedId(secret, 'c', 'intake', body.customer.id, key) : newId('c');
    const createdAt = new Date().toISOString();
    // both reads at once, so a store that does not answer costs intake one budget, not two
    const [doc, repeatOf] = await Promise.all([
      key ? unlessStoreDown('the case of a retried key', () => storedCase(caseId), null) : null,
      unlessStoreDown(
        'the customer’s last resolution',
        () => recentResolution(body.customer.id, Date.parse(createdAt), config.policy.reopenWindowMs),
        null,
      ),
    ]);
    if (doc) {
      const first = new Date(doc.createdAt).toISOString();
      const customerToken = await replay(caseId, body.customer.id, first, doc.intakeHash, hash);
      return { created: false, body: { caseId, status: doc.status, customerToken } };
    }
    const intakeData: CaseIntake = {
      ...body,
      subject: redactSecrets(body.subject),
      message: redactSecrets(body.message),
    };
    try {
      await startWorkflow({ caseId, createdAt, intake: intakeData, policy: config.policy, intakeHash: hash, repeatOf });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError) || !key) throw toDomainError(err);
      const memo = ((await cases.describe(caseId)).memo ?? {}) as Record<string, unknown>;
      const first = String(memo.createdAt ?? createdAt);
      const customerToken = await replay(caseId, body.customer.id, first, memo.intakeHash, hash);
      return { created: false, body: { caseId, status: 'triaging', customerToken } };
    }
    // a new case has had no rotation: its customer can read it even while the store is down
    rememberRotation(caseId, 0);
    return {
      created: true,
      body: { caseId, status: 'triaging', customerToken: await token(caseId, body.customer.id, createdAt) },
    };
  }

  /** Update ids and message ids from the client's key, scoped to who sent it and to the case. */
  const ids = (kind: string, p: Principal, caseId: string, req: Idempotent) => {
    const who = p.kind === 'customer' ? `customer:${p.customerId}` : `staff:${p.id}`;
    if (!req.key) return { updateId: undefined, messageId: newId('m') };
    return {
      updateId: keyedId(secret, 'u', kind, who, caseId, req.key),
      messageId: keyedId(secret, 'm', who, caseId, req.key),
    };
  };

  async function afterUpdate(p: Principal, caseId: string, run: () => Promise<unknown>) {
    await run();
    return reader.view(caseId, audienceOf(p));
  }

  return {
    intake,

    async get(p: Principal, caseId: string) {
      mayOpen(p, caseId);
      return reader.view(caseId, audienceOf(p));
    },

    async confirm(p: Principal, caseId: string, body: ConfirmInput & Idempotent) {
      if (p.kind !== 'customer') throw forbidden('only the customer confirms an AI answer');
      mayOpen(p, caseId);
      const { key, ...req } = body;
      const { updateId } = ids('confirm', p, caseId, { key });
      const confirmation = { ...req, ...(req.comment ? { comment: redactSecrets(req.comment) } : {}) };
      return afterUpdate(p, caseId, () => cases.update(caseId, confirmUpdate, [confirmation], updateId));
    },

    async requestHuman(p: Principal, caseId: string, body: { reason?: string } & Idempotent) {
      if (p.kind === 'staff' && p.role !== 'supervisor') {
        throw forbidden('agents take cases from the queue; supervisors may escalate');
      }
      mayOpen(p, caseId);
      const by = p.kind === 'staff' ? { type: 'supervisor' as const, id: p.id } : undefined;
      const { updateId } = ids('escalate', p, caseId, body);
      const req = { ...(body.reason ? { reason: redactSecrets(body.reason) } : {}), ...(by ? { by } : {}) };
      return afterUpdate(p, caseId, () => cases.update(caseId, requestHumanUpdate, [req], updateId));
    },

    async write(p: Principal, caseId: string, body: { text: string } & Idempotent) {
      if (p.kind !== 'customer') throw forbidden('staff write through their task (POST /api/tasks/:taskId/reply)');
      mayOpen(p, caseId);
      const { updateId, messageId } = ids('message', p, caseId, body);
      const text = redactSecrets(body.text);
      return afterUpdate(p, caseId, () => cases.update(caseId, customerMessageUpdate, [{ messageId, text }], updateId));
    },

    /**
     * A fresh token for the case (expiring TTL from now); every token issued before it stops working,
     * so a customer who leaked theirs, or whose token nears its end inside the reopen window, rotates.
     */
    async rotateToken(p: Principal, caseId: string) {
      if (p.kind !== 'customer') throw forbidden('customers rotate their own case token');
      mayOpen(p, caseId);
      // tokens carry whole seconds: the new one is issued at the next second, every older one before it
      const notBefore = Math.floor(Date.now() / 1000) + 1;
      const now = new Date(notBefore * 1000);
      await CaseTokenModel.replaceOne({ _id: caseId }, { _id: caseId, notBefore }, { upsert: true });
      rememberRotation(caseId, notBefore);
      const customerToken = await token(caseId, p.customerId, now.toISOString());
      return { caseId, customerToken, expiresAt: new Date(now.getTime() + config.customerTokenTtlMs).toISOString() };
    },

    /** Once per case, after it is resolved: a unique insert decides "once", even under concurrent requests. */
    async feedback(p: Principal, caseId: string, body: FeedbackInput) {
      if (p.kind !== 'customer') throw forbidden('feedback comes from the customer');
      mayOpen(p, caseId);
      const status = (await storedCase(caseId))?.status ?? (await cases.query(caseId, stateQuery))?.status;
      if (!status) throw notFound();
      if (status !== 'resolved' && status !== 'closed') {
        throw conflict(`feedback is taken after the case is resolved (it is ${status})`);
      }
      const at = new Date();
      const feedback = { rating: body.rating, comment: body.comment ? redactSecrets(body.comment) : null };
      let repeated = false;
      try {
        await FeedbackModel.create({ _id: caseId, ...feedback, at, actor: { type: 'customer', id: p.customerId } });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        repeated = true;
      }
      const stored = await FeedbackModel.findById(caseId).lean();
      // the figures are counted whether this request or an earlier one (cut short) stored the feedback
      const day = new Date(stored?.at ?? at).toISOString().slice(0, 10);
      try {
        await OutboxModel.create({
          _id: `${caseId}#feedback:1`,
          key: `${caseId}#feedback`,
          v: 1,
          c: { feedback: { rating: stored?.rating ?? body.rating, day } },
          at,
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      if (repeated) throw conflict('feedback was already given for this case');
      return reader.view(caseId, 'customer');
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
