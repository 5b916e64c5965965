/** The deadlines of a case: every timer of its current status, the earliest of which it waits for. */
import type { Deadline } from './contract';
import type { CaseStatus } from './domain';
import type { CaseModel } from './model';
import { pendingSlaTimers, type SlaTimer } from './sla';
import { STATUS } from './status';

export type TimerKind =
  | { kind: 'confirmation' }
  | { kind: 'customer_reply' }
  | { kind: 'reopen_window' }
  | { kind: 'lease' }
  | { kind: 'reoffer' }
  | { kind: 'sla'; sla: SlaTimer }
  | { kind: 'reminder' }
  | { kind: 'store_retry' };

export type Timer = TimerKind & { at: number; action: string };

/** the write window of cases whose policy predates it (release 0.1) */
export const DEFAULT_WRITE_WINDOW_MS = 10 * 60_000;

/** The timer that only this status has: the deadline of what the case waits for. */
function statusTimer(m: CaseModel, status: CaseStatus): Timer | null {
  const { clocks, s } = m;
  const policy = s.policy;
  switch (status) {
    case 'awaiting_confirmation':
      return { kind: 'confirmation', at: clocks.confirmationDueAt, action: 'escalate (no_confirmation)' };
    case 'waiting_on_customer':
      return {
        kind: 'customer_reply',
        at: clocks.customerReplyDueAt,
        action: 'resolve: the customer did not answer',
      };
    case 'resolved':
      return { kind: 'reopen_window', at: Date.parse(s.resolvedAt as string) + policy.reopenWindowMs, action: 'close' };
    case 'assigned':
      return {
        kind: 'lease',
        at: clocks.lastAgentActivityAt + policy.assignmentTimeoutMs,
        action: 'return the task to the queue (assignment lease)',
      };
    case 'triaging':
    case 'ai_resolving':
    case 'escalated':
    case 'closed':
      return null;
  }
}

/** Every timer of the current status, in a fixed order; the earliest is the case's deadline. */
export function timersOf(m: CaseModel, now: number): Timer[] {
  const { s, clocks } = m;
  const policy = s.policy;
  const timers: Timer[] = [];
  const own = statusTimer(m, s.status);
  if (own) timers.push(own);
  if (clocks.storeBehindSince) {
    // as long again as the window the last write had
    const again = policy.writeWindowMs ?? DEFAULT_WRITE_WINDOW_MS;
    timers.push({
      kind: 'store_retry',
      at: clocks.storeBehindSince + again,
      action: 'write the case to the store again',
    });
  }
  const task = s.task;
  if (s.status === 'escalated' && task?.status === 'open') {
    const ends = task.excluded.map((e) => Date.parse(e.until)).filter((t) => t > now);
    if (ends.length) {
      timers.push({
        kind: 'reoffer',
        at: Math.min(...ends),
        action: 'offer the task again to agents who gave it back',
      });
    }
  }
  if (STATUS[s.status].slaRunning && s.sla) {
    const sla = pendingSlaTimers(s.sla, policy, s.priority, now);
    for (const t of sla) timers.push({ kind: 'sla', sla: t, at: t.at, action: `SLA ${t.event} (${t.kind})` });
    if (!sla.length && s.status === 'escalated') {
      const every = policy.sla[s.priority].firstResponseMs;
      timers.push({
        kind: 'reminder',
        at: clocks.lastReminderAt + every,
        action: 'remind supervisors and route again',
      });
    }
  }
  return timers;
}

export function nextTimer(m: CaseModel, now: number): Timer | null {
  return timersOf(m, now).reduce<Timer | null>((min, t) => (!min || t.at < min.at ? t : min), null);
}

export function deadlineOf(m: CaseModel, now: number): Deadline | null {
  const next = nextTimer(m, now);
  return next ? { at: new Date(next.at).toISOString(), action: next.action } : null;
}
