/**
 * The one gateway to a case's workflow: Updates with a deadline (and an id, so a retried request gets
 * the first answer), signals, queries, and "reserve an agent's slot, update, give the slot back if the
 * update did not take". Temporal's answers come back as domain errors.
 */
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  isGrpcServiceError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import {
  ApplicationFailure,
  type QueryDefinition,
  type SignalDefinition,
  type UpdateDefinition,
} from '@temporalio/common';
import { CONFLICT, FORBIDDEN, LIMIT_REACHED, caseWorkflowId, type CaseState } from '../../workflows/case/contract';
import { DomainError } from '../errors';
import { releaseSlot, reserveSlot } from '../pool/agent-pool';

const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

export class CaseClient {
  constructor(
    readonly client: Client,
    private readonly opts: { updateTimeoutMs: number },
  ) {}

  /** Runs a call to Temporal within `updateTimeoutMs`: with Temporal down it fails, it never hangs. */
  bounded<T>(call: () => Promise<T>): Promise<T> {
    return this.client.withDeadline(Date.now() + this.opts.updateTimeoutMs, call);
  }

  handle(caseId: string): WorkflowHandle {
    return this.client.workflow.getHandle(caseWorkflowId(caseId));
  }

  /** Sends an Update and waits for its result, at most `updateTimeoutMs`; `updateId` makes retries safe. */
  async update<Args extends [unknown, ...unknown[]]>(
    caseId: string,
    def: UpdateDefinition<CaseState, Args>,
    args: Args,
    updateId?: string,
  ): Promise<CaseState> {
    try {
      return await this.bounded(() =>
        this.handle(caseId).executeUpdate(def, { args, ...(updateId ? { updateId } : {}) }),
      );
    } catch (err) {
      throw toDomainError(err);
    }
  }

  async signal<Args extends unknown[]>(caseId: string, def: SignalDefinition<Args>, ...args: Args): Promise<void> {
    try {
      await this.bounded(() => this.handle(caseId).signal(def, ...args));
    } catch (err) {
      throw toDomainError(err);
    }
  }

  /** What Temporal knows of the case's workflow (memo, search attributes), within the same deadline. */
  async describe(caseId: string) {
    try {
      return await this.bounded(() => this.handle(caseId).describe());
    } catch (err) {
      throw toDomainError(err);
    }
  }

  /** A query of the running case; null when its workflow is gone. */
  async query<T>(caseId: string, def: QueryDefinition<T>): Promise<T | null> {
    try {
      return await this.bounded(() => this.handle(caseId).query(def));
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      const name = (err as Error).name;
      if (name === 'QueryNotRegisteredError') return null;
      throw toDomainError(err);
    }
  }

  /**
   * Takes a slot of the agent for the task, runs the Update, and gives the slot back when the Update
   * did not take it; the reconciliation sweep frees a slot left behind by a process that died here.
   */
  async withSlot(
    agentId: string,
    taskId: string,
    requireOnline: boolean,
    run: () => Promise<CaseState>,
  ): Promise<CaseState> {
    if (!(await reserveSlot(agentId, taskId, { requireOnline }))) {
      throw new DomainError(
        'conflict',
        requireOnline
          ? 'that agent is not online, is at capacity or already holds the task'
          : 'you are at capacity; resolve or release a task first',
      );
    }
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof DomainError && err.kind === 'unavailable')) await releaseSlot(agentId, taskId);
      throw err;
    }
  }
}

export function isDependencyDown(err: unknown): boolean {
  if (isGrpcServiceError(err)) return err.code === GRPC_UNAVAILABLE || err.code === GRPC_DEADLINE_EXCEEDED;
  const e = err as { name?: string; cause?: unknown; message?: string; code?: number };
  if (e?.code === GRPC_UNAVAILABLE || e?.code === GRPC_DEADLINE_EXCEEDED) return true;
  if (e?.name && /^Mongo(ServerSelection|Network|NotConnected|Topology|OperationTimeout)/.test(e.name)) return true;
  if ((e?.name === 'ServiceError' || e?.name === 'WorkflowUpdateRPCTimeoutOrCancelledError') && e.cause) {
    return isDependencyDown(e.cause);
  }
  return /buffering timed out|Client must be connected|connection .* closed|deadline exceeded/i.test(e?.message ?? '');
}

/** What the workflow and Temporal said, as a domain error. */
export function toDomainError(err: unknown): unknown {
  if (err instanceof DomainError) return err;
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    if (err.cause.type === CONFLICT) return new DomainError('conflict', err.cause.message);
    if (err.cause.type === FORBIDDEN) return new DomainError('forbidden', err.cause.message);
    if (err.cause.type === LIMIT_REACHED) return new DomainError('limit_reached', err.cause.message);
  }
  if (err instanceof WorkflowNotFoundError) return new DomainError('conflict', 'the case is closed');
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || isDependencyDown(err)) {
    return new DomainError('unavailable', 'the case could not take the request in time; try again');
  }
  return err;
}

export { WorkflowExecutionAlreadyStartedError };
