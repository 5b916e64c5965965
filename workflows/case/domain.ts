/** Vocabulary of a case, shared by the workflow, the activities and the API (plain types and constants only). */

export const CASE_STATUSES = [
  'triaging',
  'ai_resolving',
  'awaiting_confirmation',
  'escalated',
  'assigned',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ESCALATION_REASONS = [
  'customer_rejected',
  'no_confirmation',
  'customer_requested_human',
  'sensitive_topic',
  'negative_sentiment',
  'low_confidence',
  'ai_unavailable',
  'reopened',
  'sla_breach',
  'supervisor',
  'language',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const CHANNELS = ['web', 'email', 'chat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export type MessageFrom = 'customer' | 'ai' | 'agent' | 'system';

export const WAITING_ON = [
  'triage',
  'ai',
  'customer_confirmation',
  'agent',
  'customer_reply',
  'reopen_window',
  'nothing',
] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export function raisePriority(p: Priority): Priority {
  const i = PRIORITIES.indexOf(p);
  return PRIORITIES[Math.min(i + 1, PRIORITIES.length - 1)];
}

export function priorityRank(p: Priority): number {
  return PRIORITIES.indexOf(p);
}
