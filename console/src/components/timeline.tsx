/** A case's audit trail as a timeline, oldest first, a page at a time (the API's Link header). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { call, errorText, nextLink } from '../api';
import { REASON_LABEL, STATUS_LABEL, clock, label } from '../format';
import { Note } from './ui';

export interface HistoryEvent {
  seq: number;
  type: string;
  at: string;
  actor: { type: string; id?: string };
  data: Record<string, unknown>;
}

const PAGE = 100;

function describe(e: HistoryEvent): string {
  const d = e.data;
  switch (e.type) {
    case 'created':
      return `Case opened (${(d.channel as string) ?? 'web'})`;
    case 'status_changed':
      return `${label(STATUS_LABEL, d.from as string)} → ${label(STATUS_LABEL, d.to as string)}${
        d.summary ? `: ${d.summary as string}` : ''
      }`;
    case 'confirmation':
      return d.resolved ? 'Customer confirmed the AI answer' : 'Customer rejected the AI answer';
    case 'first_response':
      return 'First response sent';
    case 'task_opened':
      return 'Task opened in the queue';
    case 'task_closed':
      return 'Task closed';
    case 'reopened':
      return 'Reopened by the customer';
    case 'ai_failed':
      return 'The AI failed';
    case 'escalated':
      return `Escalated: ${label(REASON_LABEL, d.reason as string)}${Number(d.level) > 1 ? ` (level ${d.level})` : ''}`;
    case 'message':
      return `Message from ${d.from as string}`;
    case 'triaged':
      return `Triaged: ${(d.topic as string) ?? 'general'}, ${(d.language as string) ?? '?'}${
        Array.isArray(d.flags) && d.flags.length ? `, flags ${d.flags.join(', ')}` : ''
      }`;
    case 'ai_answer_drafted':
      return `AI drafted an answer (confidence ${Math.round(Number(d.confidence) * 100)}%)`;
    case 'assigned':
      return `Assigned to ${(d.agentId as string) ?? e.actor.id ?? 'an agent'}`;
    case 'unassigned':
      return `Unassigned from ${(d.agentId as string) ?? 'the agent'} (${String(d.why ?? 'released').replace(/_/g, ' ')})`;
    case 'priority_changed':
      return `Priority ${d.from as string} → ${d.to as string}${d.why ? ` (${String(d.why).replace(/_/g, ' ')})` : ''}`;
    case 'sla_warning':
      return `SLA warning: ${String(d.kind ?? '').replace('_', ' ')}`;
    case 'sla_breach':
      return `SLA breached: ${String(d.kind ?? '').replace('_', ' ')} (level ${d.level as number})`;
    case 'feedback':
      return `Rated ${d.rating as number}/5`;
    default:
      return e.type.replace(/_/g, ' ');
  }
}

const kindOf = (e: HistoryEvent) =>
  e.type === 'sla_breach'
    ? 'bad'
    : e.type === 'sla_warning' || e.type === 'escalated'
      ? 'warn'
      : e.type === 'status_changed' && e.data.to === 'resolved'
        ? 'good'
        : '';

export function Timeline(props: { caseId: string; token: string; refresh: number }) {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const { body, headers } = await call<HistoryEvent[]>(`/api/cases/${props.caseId}/history?limit=${PAGE}`, {
        token: props.token,
      });
      setEvents(body);
      setNext(nextLink(headers));
    } catch (err) {
      setError(errorText(err));
    }
  }, [props.caseId, props.token]);

  useEffect(() => {
    void load();
  }, [load, props.refresh]);

  const more = async () => {
    if (!next) return;
    const { body, headers } = await call<HistoryEvent[]>(next, { token: props.token });
    setEvents((e) => [...e, ...body]);
    setNext(nextLink(headers));
  };

  return (
    <section class="panel">
      <h2>History</h2>
      {error && <Note kind="error">{error}</Note>}
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.seq} class={kindOf(e)}>
            <time dateTime={e.at}>{clock(e.at)}</time>
            <span>{describe(e)}</span>
            <span class="muted actor">{e.actor.id ?? e.actor.type}</span>
          </li>
        ))}
      </ol>
      {next && (
        <button class="btn small" onClick={more}>
          Load more
        </button>
      )}
    </section>
  );
}
