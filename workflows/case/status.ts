/**
 * What each status means. Every other decision about statuses (who may act, what a message does, what
 * the case waits for, what the statistics count) derives from this table: adding a status is one entry
 * here, and the compiler points at every decision still missing for it.
 */
import { CASE_STATUSES, type CaseStatus, type WaitingOn } from './domain';

export interface StatusMeaning {
  /** what the case waits for in this status */
  waitingOn: WaitingOn;
  /** a human task is live: routing, claims and agent actions apply */
  human: boolean;
  /** the SLA clocks run (they pause while the agent waits on the customer) */
  slaRunning: boolean;
  /** a resolution stands */
  resolved: boolean;
  /** the case is over and its workflow ends */
  final: boolean;
  /** what a request for a human (customer or supervisor) does */
  onHumanRequest: 'escalate' | 'nothing' | 'refuse';
  /** what a message from the customer does besides being kept */
  onCustomerMessage: 'keep' | 'reopen' | 'hand_back' | 'refuse';
}

export const STATUS: Record<CaseStatus, StatusMeaning> = {
  triaging: {
    waitingOn: 'triage',
    human: false,
    slaRunning: false,
    resolved: false,
    final: false,
    onHumanRequest: 'escalate',
    onCustomerMessage: 'keep',
  },
  ai_resolving: {
    waitingOn: 'ai',
    human: false,
    slaRunning: false,
    resolved: false,
    final: false,
    onHumanRequest: 'escalate',
    onCustomerMessage: 'keep',
  },
  awaiting_confirmation: {
    waitingOn: 'customer_confirmation',
    human: false,
    slaRunning: false,
    resolved: false,
    final: false,
    onHumanRequest: 'escalate',
    onCustomerMessage: 'keep',
  },
  escalated: {
    waitingOn: 'agent',
    human: true,
    slaRunning: true,
    resolved: false,
    final: false,
    onHumanRequest: 'nothing',
    onCustomerMessage: 'keep',
  },
  assigned: {
    waitingOn: 'agent',
    human: true,
    slaRunning: true,
    resolved: false,
    final: false,
    onHumanRequest: 'nothing',
    onCustomerMessage: 'keep',
  },
  waiting_on_customer: {
    waitingOn: 'customer_reply',
    human: true,
    slaRunning: false,
    resolved: false,
    final: false,
    onHumanRequest: 'nothing',
    onCustomerMessage: 'hand_back',
  },
  resolved: {
    waitingOn: 'reopen_window',
    human: false,
    slaRunning: false,
    resolved: true,
    final: false,
    onHumanRequest: 'refuse',
    onCustomerMessage: 'reopen',
  },
  closed: {
    waitingOn: 'nothing',
    human: false,
    slaRunning: false,
    resolved: true,
    final: true,
    onHumanRequest: 'refuse',
    onCustomerMessage: 'refuse',
  },
};

export const statusesWhere = (test: (m: StatusMeaning) => boolean): CaseStatus[] =>
  CASE_STATUSES.filter((s) => test(STATUS[s]));

export const HUMAN_STATUSES = statusesWhere((m) => m.human);
