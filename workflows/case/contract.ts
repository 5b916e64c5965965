/**
 * What the outside world needs of the case workflow: its id, inputs, messages and read model.
 * The API imports this file (and domain.ts) only; never the workflow itself.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Channel, EscalationReason, MessageFrom, Priority, CaseStatus, WaitingOn } from './domain';

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
}

/** Workflow-internal clocks (epoch ms) that the read model does not show. */
export interface CaseClocks {
  confirmationDueAt: number;
  customerReplyDueAt: number;
  lastAgentActivityAt: number;
  lastReminderAt: number;
}

export interface CarriedState {
  state: CaseState;
  clocks: CaseClocks;
  eventSeq: number;
  taskSeq: number;
  version: number;
}

/** Failure types thrown by update validators; the API maps them to HTTP statuses. */
export const CONFLICT = 'Conflict';
export const FORBIDDEN = 'Forbidden';

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

/** presence: the agent went offline or away; their task goes back to the queue */
export const agentUnavailableSignal =
  defineSignal<[{ agentId: string; status: string; role?: 'agent' | 'supervisor' }]>('agentUnavailable');

export * from './search-attributes';
