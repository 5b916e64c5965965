/** A case as staff see it: the conversation, SLA clocks and the whole handoff, so nobody asks twice. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText, get } from '../api';
import { REASON_LABEL, clock, label, pct } from '../format';
import { Conversation, type Message } from './conversation';
import { Countdown, Note, PriorityBadge, StatusBadge } from './ui';

export interface StaffCase {
  caseId: string;
  status: string;
  priority: string;
  channel: string;
  subject: string;
  customer: { id: string; name?: string; email?: string };
  language: string | null;
  topic: string | null;
  orderRef: string | null;
  aiAnswer: { text: string; confidence: number; sources: string[] } | null;
  escalation: { reason: string; level: number; at: string } | null;
  task: { taskId: string; status: string; assignee: string | null } | null;
  sla: {
    startedAt?: string;
    firstResponseDueAt: string;
    resolutionDueAt: string;
    paused: boolean;
    firstResponseAt?: string | null;
    breaches: { kind: string; at: string }[];
  } | null;
  resolution: { by: string; summary: string; at: string; confirmed: boolean | null } | null;
  feedback: { rating: number; comment: string | null } | null;
  reopenCount: number;
  waitingOn: string | null;
  deadline: { at: string; action: string } | null;
  messages: Message[];
  createdAt: string;
  updatedAt: string;
}

export interface Handoff {
  triage: {
    topic: string | null;
    language: string | null;
    priority: string | null;
    skills: string[];
    flags: string[];
    sentiment: number | null;
    reason: string | null;
  } | null;
  aiDrafts: { at: string; confidence: number | null; sources: string[]; needsHuman: boolean }[];
  escalations: { at: string; reason: string | null; level: number | null; details: Record<string, unknown> }[];
}

export function CaseDetail(props: {
  caseId: string;
  token: string;
  /** bumped by the page when the live stream says the case changed */
  refresh: number;
  actions?: (c: StaffCase) => ComponentChildren;
  aside?: (c: StaffCase) => ComponentChildren;
}) {
  const [c, setCase] = useState<StaffCase | null>(null);
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [fresh, h] = await Promise.all([
        get<StaffCase>(`/api/cases/${props.caseId}`, props.token),
        get<Handoff>(`/api/cases/${props.caseId}/handoff`, props.token).catch(() => null),
      ]);
      setCase(fresh);
      setHandoff(h);
      setError(null);
    } catch (err) {
      setError(errorText(err));
    }
  }, [props.caseId, props.token]);

  useEffect(() => {
    void load();
  }, [load, props.refresh]);

  if (error && !c) return <Note kind="error">{error}</Note>;
  if (!c) return <p class="loading">Loading the case…</p>;
  const sla = c.sla;
  const human = ['escalated', 'assigned', 'waiting_on_customer'].includes(c.status);
  return (
    <article class="case-detail" aria-labelledby="case-subject">
      <header class="case-head">
        <div>
          <p class="eyebrow">
            {c.caseId} · {c.channel} · opened {clock(c.createdAt)}
          </p>
          <h1 id="case-subject">{c.subject}</h1>
          <p class="case-badges">
            <StatusBadge status={c.status} />
            <PriorityBadge priority={c.priority} />
            {c.language && <span class="badge neutral">language: {c.language}</span>}
            {c.topic && <span class="badge neutral">topic: {c.topic}</span>}
            {c.reopenCount > 0 && <span class="badge neutral">reopened ×{c.reopenCount}</span>}
          </p>
        </div>
        {sla && human && (
          <div class="case-sla">
            <Countdown
              label="First reply"
              due={sla.firstResponseDueAt}
              start={sla.startedAt}
              met={sla.firstResponseAt}
              paused={sla.paused}
            />
            <Countdown label="Resolution" due={sla.resolutionDueAt} start={sla.startedAt} paused={sla.paused} />
          </div>
        )}
      </header>
      <div class="case-body">
        <section class="case-main">
          <Conversation messages={c.messages} sources={c.aiAnswer?.sources} viewer="staff" />
          {props.actions?.(c)}
        </section>
        <aside class="case-side" aria-label="Handoff">
          {props.aside?.(c)}
          <HandoffPanel c={c} handoff={handoff} />
        </aside>
      </div>
    </article>
  );
}

function HandoffPanel({ c, handoff }: { c: StaffCase; handoff: Handoff | null }) {
  const t = handoff?.triage;
  const lastDraft = handoff?.aiDrafts.at(-1);
  return (
    <>
      <section class="panel">
        <h2>Why it came to a person</h2>
        {handoff?.escalations.length ? (
          <ul class="plain">
            {handoff.escalations.map((e) => (
              <li key={e.at}>
                <strong>{label(REASON_LABEL, e.reason)}</strong>
                {e.level && e.level > 1 ? ` (level ${e.level})` : ''} <span class="muted">{clock(e.at)}</span>
                {typeof e.details.comment === 'string' && <q class="quote">{e.details.comment}</q>}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Not escalated.</p>
        )}
      </section>
      <section class="panel">
        <h2>Triage</h2>
        {t ? (
          <dl class="facts">
            <dt>Language</dt>
            <dd>{t.language ?? '—'}</dd>
            <dt>Topic</dt>
            <dd>{t.topic ?? '—'}</dd>
            <dt>Flags</dt>
            <dd>
              {t.flags.length ? (
                t.flags.map((f) => (
                  <span class="chip warn" key={f}>
                    {f}
                  </span>
                ))
              ) : (
                <span class="muted">none</span>
              )}
            </dd>
            <dt>Sentiment</dt>
            <dd>{t.sentiment === null ? '—' : t.sentiment.toFixed(2)}</dd>
            <dt>Skills</dt>
            <dd>{t.skills.join(', ') || '—'}</dd>
          </dl>
        ) : (
          <p class="muted">Not triaged yet.</p>
        )}
      </section>
      <section class="panel">
        <h2>AI draft</h2>
        {c.aiAnswer ? (
          <>
            <p class="muted">
              Sent to the customer · confidence {pct(c.aiAnswer.confidence)}
              {c.resolution?.by === 'ai' ? ' · confirmed' : ''}
            </p>
            <div class="sources">
              {c.aiAnswer.sources.map((s) => (
                <span class="chip" key={s}>
                  {s}
                </span>
              ))}
            </div>
          </>
        ) : lastDraft ? (
          <>
            <p class="muted">
              Not sent: confidence {pct(lastDraft.confidence)}
              {lastDraft.needsHuman ? ', the AI asked for a person' : ''}
            </p>
            <div class="sources">
              {lastDraft.sources.map((s) => (
                <span class="chip" key={s}>
                  {s}
                </span>
              ))}
            </div>
          </>
        ) : (
          <p class="muted">No AI answer (sent straight to a person).</p>
        )}
      </section>
      <section class="panel">
        <h2>Customer</h2>
        <dl class="facts">
          <dt>Id</dt>
          <dd>{c.customer.id}</dd>
          {c.customer.name && (
            <>
              <dt>Name</dt>
              <dd>{c.customer.name}</dd>
            </>
          )}
          {c.customer.email && (
            <>
              <dt>Email</dt>
              <dd>{c.customer.email}</dd>
            </>
          )}
          {c.orderRef && (
            <>
              <dt>Order</dt>
              <dd>{c.orderRef}</dd>
            </>
          )}
        </dl>
      </section>
    </>
  );
}
