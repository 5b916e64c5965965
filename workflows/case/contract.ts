/**
 * What the outside world needs of the case workflow: its id, inputs, messages and read model.
 * The API imports this file (with domain.ts and status.ts) only; never the workflow itself.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Channel, EscalationReason, MessageFrom, Priority, CaseStatus, WaitingOn } from './domain';
import type { CaseCounters } from './stats';

export type { CaseCounters };

export const CASE_WORKFLOW_TYPE = 'caseWorkflow';

/** Case ids double as workflow ids, so a case id finds its workflow without a lookup. */
export const caseWorkflowId = (caseId: string): string => caseId;

export interface SlaTargets {
  firstResponseMs: number;
  resolutionMs: number;
}

/** Timeouts and SLA targets, fixed into the workflow when the case starts. */
export interface CasePolicy {
  confirmationTimeoutMs: number;
  assignmentTimeoutMs: number;
  customerReplyTimeoutMs: number;
  reopenWindowMs: number;
  aiConfidenceThreshold: number;
  aiTimeoutMs: number;
  aiTotalTimeoutMs: number;
  sla: Record<Priority, SlaTargets>;
  warnAt: number;
  /** continue as new after this many history events; 0 = when the server suggests it */
  historyLimit?: number;
  /** most messages a case keeps (release 0.1 cases: unlimited) */
  maxMessages?: number;
  /** most bytes of message text (UTF-8) a case keeps */
  maxMessageBytes?: number;
  /** how long one write to the store may retry before the case marks itself behind and tries again later */
  writeWindowMs?: number;
}

export interface CaseIntake {
  customer: { id: string; email?: string; name?: string };
  channel: Channel;
  subject: string;
  message: string;
  locale?: string;
  orderRef?: string;
}

export interface Actor {
  type: 'customer' | 'agent' | 'supervisor' | 'system' | 'ai';
  id?: string;
}

export interface CaseMessage {
  id: string;
  from: MessageFrom;
  text: string;
  at: string;
  authorId?: string;
}

export interface AiAnswerView {
  text: string;
  confidence: number;
  sources: string[];
}

export interface EscalationView {
  reason: EscalationReason;
  level: number;
  at: string;
}

export interface TaskView {
  taskId: string;
  status: 'open' | 'assigned' | 'closed';
  assignee: string | null;
  skills: string[];
  reason: EscalationReason;
  createdAt: string;
  assignedAt: string | null;
  /** an agent who just lost or gave back the task is not offered it again before this time */
  excluded: { agentId: string; until: string }[];
  /** level 3: in front of supervisors */
  supervisorOnly: boolean;
}

export interface SlaBreach {
  kind: 'first_response' | 'resolution';
  at: string;
  level: number;
}

export interface SlaView {
  startedAt: string;
  firstResponseDueAt: string;
  resolutionDueAt: string;
  paused: boolean;
  pausedSince: string | null;
  pausedMs: number;
  firstResponseAt: string | null;
  warnings: { kind: 'first_response' | 'resolution'; at: string }[];
  breaches: SlaBreach[];
}

export interface ResolutionView {
  by: 'ai' | 'agent' | 'system';
  confirmed: boolean | null;
  summary: string;
  at: string;
  agentId?: string;
}

export interface Deadline {
  at: string;
  /** what happens when it passes */
  action: string;
}

/** The live read model of a case, answered by the `state` query. */
export interface CaseState {
  caseId: string;
  status: CaseStatus;
  priority: Priority;
  waitingOn: WaitingOn;
  deadline: Deadline | null;
  aiAnswer: AiAnswerView | null;
  escalation: EscalationView | null;
  task: TaskView | null;
  sla: SlaView | null;
  resolution: ResolutionView | null;
  topic: string | null;
  /** the detected language (BCP 47), once triaged */
  language?: string | null;
  /** skills an agent needs for this case (from triage) */
  skills: string[];
  reopenCount: number;
  resolvedAt: string | null;
  policy: CasePolicy;
  updatedAt: string;
}

export interface CaseWorkflowInput {
  caseId: string;
  createdAt: string;
  intake: CaseIntake;
  policy: CasePolicy;
  /** state carried over by continue-as-new */
  carried?: CarriedState;
  /** hash of the intake request, so a replayed Idempotency-Key with another body is refused */
  intakeHash?: string;
  /** an earlier case of the customer resolved within the reopen window: this one is a repeat contact */
  repeatOf?: string | null;
  /** restarted by the reconciliation sweep from its stored record, its workflow having been lost */
  repair?: boolean;
}

/** Workflow-internal clocks (epoch ms) that the read model does not show. */
export interface CaseClocks {
  confirmationDueAt: number;
  customerReplyDueAt: number;
  lastAgentActivityAt: number;
  lastReminderAt: number;
  /** the store refused a write for its whole retry window at this time; the write is tried again later */
  storeBehindSince?: number | null;
}

export interface CarriedState {
  state: CaseState;
  clocks: CaseClocks;
  eventSeq: number;
  taskSeq: number;
  version: number;
  /** what the case counted for the statistics (absent from release 0.1 runs) */
  counters?: CaseCounters;
  /** the messages kept so far, for the per-case limits */
  messages?: MessageTally;
  preferredAgent?: string | null;
}

export interface MessageTally {
  count: number;
  bytes: number;
  /** recent client message ids, so a retried request appends nothing twice */
  recentIds: string[];
}

/** Failure types thrown by update validators; the API maps them to HTTP statuses. */
export const CONFLICT = 'Conflict';
export const FORBIDDEN = 'Forbidden';
/** the case has reached its limit of messages or of stored text */
export const LIMIT_REACHED = 'LimitReached';

/** ApplicationFailure types of the AI activity. */
export const AI_ERRORS = {
  badRequest: 'AiBadRequest',
  authFailed: 'AiAuthFailed',
  invalidOutput: 'AiInvalidOutput',
  rateLimited: 'AiRateLimited',
  unavailable: 'AiUnavailable',
} as const;

/** AI failures that retrying cannot fix: the case goes to a human at once. */
export const AI_NON_RETRYABLE = [AI_ERRORS.badRequest, AI_ERRORS.authFailed, AI_ERRORS.invalidOutput];

export interface StaffRef {
  agentId: string;
  role: 'agent' | 'supervisor';
}

export const stateQuery = defineQuery<CaseState>('state');

export const confirmUpdate = defineUpdate<CaseState, [{ resolved: boolean; comment?: string }]>('confirm');
/** the customer (or a supervisor, reason `supervisor`) asks for a human */
export const requestHumanUpdate = defineUpdate<CaseState, [{ reason?: string; by?: Actor }]>('requestHuman');
export const customerMessageUpdate = defineUpdate<CaseState, [{ messageId: string; text: string }]>('customerMessage');

export const claimUpdate = defineUpdate<CaseState, [StaffRef]>('claim');
/** a router or supervisor hands the task to an agent who already has a reserved slot */
export const assignUpdate = defineUpdate<CaseState, [{ agentId: string; by: Actor }]>('assign');
export const replyUpdate = defineUpdate<
  CaseState,
  [StaffRef & { messageId: string; text: string; waitForCustomer: boolean }]
>('reply');
export const resolveUpdate = defineUpdate<
  CaseState,
  [StaffRef & { summary: string; messageId: string; text?: string }]
>('resolve');
export const releaseUpdate = defineUpdate<CaseState, [StaffRef]>('release');
export const setPriorityUpdate = defineUpdate<CaseState, [{ priority: Priority; by: Actor }]>('setPriority');

/** the reconciliation sweep found the stored case behind the workflow: write it again */
export const rewriteSignal = defineSignal<[]>('rewrite');

/** presence: the agent went offline or away; their task goes back to the queue */
export const agentUnavailableSignal =
  defineSignal<[{ agentId: string; status: string; role?: 'agent' | 'supervisor' }]>('agentUnavailable');

export * from './search-attributes';
export * from './status';
