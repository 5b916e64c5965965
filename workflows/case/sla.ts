/** Pure SLA arithmetic: due dates from the pinned policy, the current priority and the paused time. */
import type { CasePolicy, SlaView } from './contract';
import type { Priority } from './domain';

export type SlaKind = 'first_response' | 'resolution';

const iso = (ms: number): string => new Date(ms).toISOString();

function pausedSoFar(sla: SlaView, now: number): number {
  return sla.pausedMs + (sla.pausedSince ? now - Date.parse(sla.pausedSince) : 0);
}

function targetMs(policy: CasePolicy, priority: Priority, kind: SlaKind): number {
  const t = policy.sla[priority];
  return kind === 'first_response' ? t.firstResponseMs : t.resolutionMs;
}

/** When the clock of `kind` reaches `fraction` of its target (1 = the due date). */
export function clockAt(
  sla: SlaView,
  policy: CasePolicy,
  priority: Priority,
  kind: SlaKind,
  fraction: number,
  now: number,
): number {
  return Date.parse(sla.startedAt) + fraction * targetMs(policy, priority, kind) + pausedSoFar(sla, now);
}

export function startSla(policy: CasePolicy, priority: Priority, now: number): SlaView {
  const sla: SlaView = {
    startedAt: iso(now),
    firstResponseDueAt: '',
    resolutionDueAt: '',
    paused: false,
    pausedSince: null,
    pausedMs: 0,
    firstResponseAt: null,
    warnings: [],
    breaches: [],
  };
  return withDueDates(sla, policy, priority, now);
}

/** Recomputes the due dates; called after any change of priority or pause. */
export function withDueDates(sla: SlaView, policy: CasePolicy, priority: Priority, now: number): SlaView {
  return {
    ...sla,
    firstResponseDueAt: iso(clockAt(sla, policy, priority, 'first_response', 1, now)),
    resolutionDueAt: iso(clockAt(sla, policy, priority, 'resolution', 1, now)),
  };
}

export function pause(sla: SlaView, now: number): SlaView {
  return sla.pausedSince ? sla : { ...sla, paused: true, pausedSince: iso(now) };
}

export function resume(sla: SlaView, policy: CasePolicy, priority: Priority, now: number): SlaView {
  if (!sla.pausedSince) return sla;
  const resumed = { ...sla, paused: false, pausedSince: null, pausedMs: pausedSoFar(sla, now) };
  return withDueDates(resumed, policy, priority, now);
}

export interface SlaTimer {
  at: number;
  kind: SlaKind;
  event: 'warning' | 'breach';
}

/** The SLA timers still to fire, none while the clocks are paused. */
export function pendingSlaTimers(sla: SlaView, policy: CasePolicy, priority: Priority, now: number): SlaTimer[] {
  if (sla.pausedSince) return [];
  const timers: SlaTimer[] = [];
  const kinds: SlaKind[] = sla.firstResponseAt ? ['resolution'] : ['first_response', 'resolution'];
  for (const kind of kinds) {
    if (sla.breaches.some((b) => b.kind === kind && Date.parse(b.at) >= Date.parse(sla.startedAt))) continue;
    if (!sla.warnings.some((w) => w.kind === kind && Date.parse(w.at) >= Date.parse(sla.startedAt))) {
      timers.push({ at: clockAt(sla, policy, priority, kind, policy.warnAt, now), kind, event: 'warning' });
    }
    timers.push({ at: clockAt(sla, policy, priority, kind, 1, now), kind, event: 'breach' });
  }
  return timers;
}
