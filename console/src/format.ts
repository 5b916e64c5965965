/** Times, durations and words for what the system does, in plain language. */
const pad = (n: number) => String(n).padStart(2, '0');

export function duration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d) return `${d}d ${h}h`;
  if (h) return `${h}h ${pad(m)}m`;
  if (m) return `${m}m ${pad(sec)}s`;
  return `${sec}s`;
}

/** "in 12m 05s" or "4m 10s ago". */
export const relative = (iso: string, now: number) => {
  const ms = Date.parse(iso) - now;
  return ms >= 0 ? `in ${duration(ms)}` : `${duration(ms)} ago`;
};

export function clock(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? time : `${d.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}

export const STATUS_LABEL: Record<string, string> = {
  triaging: 'Reading',
  ai_resolving: 'AI drafting',
  awaiting_confirmation: 'Awaiting confirmation',
  escalated: 'Waiting for an agent',
  assigned: 'With an agent',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const REASON_LABEL: Record<string, string> = {
  customer_rejected: 'Customer rejected the AI answer',
  no_confirmation: 'No confirmation',
  customer_requested_human: 'Customer asked for a person',
  sensitive_topic: 'Sensitive topic',
  negative_sentiment: 'Upset customer',
  low_confidence: 'AI not confident',
  ai_unavailable: 'AI unavailable',
  reopened: 'Reopened',
  sla_breach: 'SLA breach',
  supervisor: 'Supervisor',
  language: 'Language',
};

export const WAITING_LABEL: Record<string, string> = {
  triage: 'triage',
  ai: 'the AI',
  customer_confirmation: 'the customer to confirm',
  agent: 'an agent',
  customer_reply: 'the customer’s reply',
  reopen_window: 'the reopen window to end',
  nothing: 'nothing',
};

export const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);
export const label = (map: Record<string, string>, key: string | null | undefined) =>
  key ? (map[key] ?? key.replace(/_/g, ' ')) : '—';

export type Urgency = 'ok' | 'risk' | 'breach' | 'met';

/** How close a due date is: breached when past, at risk in the last quarter of its window (the SLA's warnAt). */
export function urgency(dueIso: string | null | undefined, startIso: string | null | undefined, now: number): Urgency {
  if (!dueIso) return 'ok';
  const due = Date.parse(dueIso);
  if (now >= due) return 'breach';
  const start = startIso ? Date.parse(startIso) : NaN;
  const window = Number.isFinite(start) && due > start ? due - start : 4 * 3_600_000;
  return due - now <= window * 0.25 ? 'risk' : 'ok';
}
