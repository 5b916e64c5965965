/** The contract's case resource, built from the stored read model and journal: in full for staff, trimmed for the customer. */
import type { CaseEvent } from '../../workflows/case/io';
import type { CaseDoc } from './models';

const iso = (d: unknown): string | null => (d instanceof Date ? d.toISOString() : typeof d === 'string' ? d : null);

export type StoredCase = CaseDoc & { _id: string };

export interface StoredFeedback {
  rating: number;
  comment: string | null;
  at: Date | string;
}

export type Audience = 'staff' | 'customer';

interface MessageView {
  id: string;
  from: string;
  text: string;
  at: string;
  authorId?: string;
}

export function messagesOf(events: CaseEvent[], audience: Audience): MessageView[] {
  return events
    .filter((e) => e.type === 'message')
    .map((e) => {
      const data = e.data as { messageId: string; from: string; text: string };
      const author = data.from === 'agent' && audience === 'staff' && e.actor.id ? { authorId: e.actor.id } : {};
      return { id: data.messageId, from: data.from, text: data.text, at: e.at, ...author };
    });
}

/** Reasons a customer may be told: those that come from what the customer did, or their language. */
const CUSTOMER_REASONS = new Set([
  'customer_rejected',
  'customer_requested_human',
  'no_confirmation',
  'reopened',
  'language',
]);

function customerView(doc: StoredCase) {
  const escalation = doc.escalation as { reason: string; at: string } | null;
  const task = doc.task as { status: string } | null;
  const sla = doc.sla as { firstResponseDueAt: string; resolutionDueAt: string; paused: boolean } | null;
  const ai = doc.aiAnswer as { text: string; sources: string[] } | null;
  const resolution = doc.resolution as { by: string; confirmed: boolean | null; summary: string; at: string } | null;
  return {
    aiAnswer: ai ? { text: ai.text, sources: ai.sources } : null,
    escalation: escalation
      ? { reason: CUSTOMER_REASONS.has(escalation.reason) ? escalation.reason : null, at: escalation.at }
      : null,
    task: task ? { status: task.status } : null,
    sla: sla
      ? { firstResponseDueAt: sla.firstResponseDueAt, resolutionDueAt: sla.resolutionDueAt, paused: sla.paused }
      : null,
    resolution: resolution
      ? { by: resolution.by, confirmed: resolution.confirmed, summary: resolution.summary, at: resolution.at }
      : null,
  };
}

export function toCaseView(
  doc: StoredCase,
  events: CaseEvent[],
  feedback: StoredFeedback | null,
  audience: Audience,
): Record<string, unknown> {
  const staff = audience === 'staff';
  return {
    caseId: doc._id,
    status: doc.status,
    priority: doc.priority,
    channel: doc.channel,
    subject: doc.subject,
    customer: { id: doc.customer?.id, email: doc.customer?.email ?? undefined, name: doc.customer?.name ?? undefined },
    locale: doc.locale ?? null,
    language: doc.language ?? null,
    orderRef: doc.orderRef ?? null,
    ...(staff
      ? {
          topic: doc.topic ?? null,
          skills: doc.skills ?? [],
          aiAnswer: doc.aiAnswer ?? null,
          escalation: doc.escalation ?? null,
          task: doc.task ?? null,
          sla: doc.sla ?? null,
          resolution: doc.resolution ?? null,
          repeatOf: doc.repeatOf ?? null,
        }
      : customerView(doc)),
    feedback: feedback ? { rating: feedback.rating, comment: feedback.comment, at: iso(feedback.at) } : null,
    reopenCount: doc.reopenCount ?? 0,
    waitingOn: doc.waitingOn ?? null,
    deadline: doc.deadline ?? null,
    messages: messagesOf(events, audience),
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}
