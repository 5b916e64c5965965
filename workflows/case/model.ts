/** The whole state of a running case, as plain data: what the workflow keeps and carries over a new run. */
import type { CarriedState, CaseClocks, CaseState, CaseWorkflowInput, MessageTally } from './contract';
import type { CaseCounters } from './stats';

export interface CaseModel {
  /** the read model (the `state` query) */
  s: CaseState;
  clocks: CaseClocks;
  eventSeq: number;
  taskSeq: number;
  /** the last step handed to the store */
  version: number;
  customerId: string;
  /** this case is a repeat contact of that earlier case */
  repeatOf: string | null;
  /** after a reopen, the agent who resolved the case is asked first */
  preferredAgent: string | null;
  counters: CaseCounters;
  messages: MessageTally;
}

/** Limits for cases whose policy predates them (release 0.1). */
export const DEFAULT_MAX_MESSAGES = 500;
export const DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** how many client message ids a case remembers for deduplication */
export const RECENT_MESSAGE_IDS = 50;

export function initialModel(input: CaseWorkflowInput): CaseModel {
  const c = input.carried;
  return {
    s: c?.state ?? {
      caseId: input.caseId,
      status: 'triaging',
      priority: 'normal',
      waitingOn: 'triage',
      deadline: null,
      aiAnswer: null,
      escalation: null,
      task: null,
      sla: null,
      resolution: null,
      topic: null,
      language: null,
      skills: [],
      reopenCount: 0,
      resolvedAt: null,
      policy: input.policy,
      updatedAt: input.createdAt,
    },
    clocks: c?.clocks ?? { confirmationDueAt: 0, customerReplyDueAt: 0, lastAgentActivityAt: 0, lastReminderAt: 0 },
    eventSeq: c?.eventSeq ?? 0,
    taskSeq: c?.taskSeq ?? 0,
    version: c?.version ?? 0,
    customerId: input.intake.customer.id,
    repeatOf: input.repeatOf ?? null,
    preferredAgent: c?.preferredAgent ?? null,
    counters: c?.counters ?? {},
    messages: c?.messages ?? { count: 0, bytes: 0, recentIds: [] },
  };
}

export function carriedOf(m: CaseModel): CarriedState {
  return {
    state: m.s,
    clocks: m.clocks,
    eventSeq: m.eventSeq,
    taskSeq: m.taskSeq,
    version: m.version,
    counters: m.counters,
    messages: m.messages,
    preferredAgent: m.preferredAgent,
  };
}
