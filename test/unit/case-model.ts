/** Builds case models in every status by running real transitions, for the pure unit tests. */
import type { CasePolicy, CaseWorkflowInput, StaffRef } from '../../workflows/case/contract';
import type { CaseStatus } from '../../workflows/case/domain';
import type { TriageResult } from '../../workflows/case/io';
import { initialModel, type CaseModel } from '../../workflows/case/model';
import { nextTimer } from '../../workflows/case/timers';
import { decide, type CaseCommand, type Decision } from '../../workflows/case/transitions';

export const T0 = Date.parse('2026-11-26T10:00:00Z');
const MIN = 60_000;

export const POLICY: CasePolicy = {
  confirmationTimeoutMs: 60 * MIN,
  assignmentTimeoutMs: 15 * MIN,
  customerReplyTimeoutMs: 3 * 24 * 60 * MIN,
  reopenWindowMs: 7 * 24 * 60 * MIN,
  aiConfidenceThreshold: 0.45,
  aiTimeoutMs: 20_000,
  aiTotalTimeoutMs: 120_000,
  warnAt: 0.75,
  sla: {
    urgent: { firstResponseMs: 15 * MIN, resolutionMs: 240 * MIN },
    high: { firstResponseMs: 60 * MIN, resolutionMs: 480 * MIN },
    normal: { firstResponseMs: 240 * MIN, resolutionMs: 1440 * MIN },
    low: { firstResponseMs: 480 * MIN, resolutionMs: 4320 * MIN },
  },
  maxMessages: 10,
  maxMessageBytes: 1_000,
};

export const AGENT: StaffRef = { agentId: 'agent_ann', role: 'agent' };
export const OTHER: StaffRef = { agentId: 'agent_bob', role: 'agent' };
export const SUPERVISOR: StaffRef = { agentId: 'sup_sue', role: 'supervisor' };

export const ROUTINE_TRIAGE: TriageResult = {
  escalate: false,
  reason: null,
  priority: 'normal',
  topic: 'payments',
  skills: ['payments'],
  sentiment: 0,
  flags: [],
  language: 'en',
};

export function input(): CaseWorkflowInput {
  return {
    caseId: 'c_unit',
    createdAt: new Date(T0).toISOString(),
    intake: { customer: { id: 'cus_1' }, channel: 'web', subject: 'Due date', message: 'When is my payment due?' },
    policy: POLICY,
  };
}

/** Runs commands one after another, a second apart, and returns the model and the last decision. */
export function drive(commands: CaseCommand[], from: CaseModel = initialModel(input()), at = T0) {
  let model = from;
  let last: Decision | null = null;
  let now = at;
  for (const c of commands) {
    now += 1_000;
    last = decide(model, c, now);
    model = last.model;
  }
  return { model, last: last as Decision, now };
}

/** Fires the case's next timer at its due time. */
export function fireNext(model: CaseModel, now: number): Decision & { at: number } {
  const timer = nextTimer(model, now);
  if (!timer) throw new Error(`no timer in ${model.s.status}`);
  return { ...decide(model, { type: 'timer', timer }, timer.at), at: timer.at };
}

const answered: CaseCommand = {
  type: 'ai_answered',
  answer: {
    text: 'Your payment is due on the 1st.',
    confidence: 0.9,
    sources: ['kb/payment-schedule'],
    topic: 'payments',
    needsHuman: false,
  },
};

const start: CaseCommand = { type: 'start', intake: input().intake, createdAt: input().createdAt };

/** The commands that bring a new case to each status. */
export const PATHS: Record<CaseStatus, CaseCommand[]> = {
  triaging: [start],
  ai_resolving: [start, { type: 'triaged', result: ROUTINE_TRIAGE }],
  awaiting_confirmation: [start, { type: 'triaged', result: ROUTINE_TRIAGE }, answered],
  escalated: [start, { type: 'triaged', result: ROUTINE_TRIAGE }, answered, { type: 'confirm', resolved: false }],
  assigned: [
    start,
    { type: 'triaged', result: ROUTINE_TRIAGE },
    answered,
    { type: 'confirm', resolved: false },
    { type: 'claim', staff: AGENT },
  ],
  waiting_on_customer: [
    start,
    { type: 'triaged', result: ROUTINE_TRIAGE },
    answered,
    { type: 'confirm', resolved: false },
    { type: 'claim', staff: AGENT },
    { type: 'reply', staff: AGENT, messageId: 'm_q', text: 'Which order?', waitForCustomer: true },
  ],
  resolved: [start, { type: 'triaged', result: ROUTINE_TRIAGE }, answered, { type: 'confirm', resolved: true }],
  closed: [start, { type: 'triaged', result: ROUTINE_TRIAGE }, answered, { type: 'confirm', resolved: true }],
};

export function caseIn(status: CaseStatus) {
  const driven = drive(PATHS[status]);
  if (status !== 'closed') return driven;
  const fired = fireNext(driven.model, driven.now);
  return { model: fired.model, last: fired, now: fired.at };
}
