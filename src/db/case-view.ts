/** The contract's case resource, built from the stored read model. */
import type { CaseDoc } from './models';

const iso = (d: unknown): string | null => (d instanceof Date ? d.toISOString() : typeof d === 'string' ? d : null);

export type StoredCase = CaseDoc & { _id: string };

export function toCaseView(doc: StoredCase): Record<string, unknown> {
  return {
    caseId: doc._id,
    status: doc.status,
    priority: doc.priority,
    channel: doc.channel,
    subject: doc.subject,
    customer: { id: doc.customer?.id, email: doc.customer?.email ?? undefined, name: doc.customer?.name ?? undefined },
    locale: doc.locale ?? null,
    orderRef: doc.orderRef ?? null,
    topic: doc.topic ?? null,
    aiAnswer: doc.aiAnswer ?? null,
    escalation: doc.escalation ?? null,
    task: doc.task ?? null,
    sla: doc.sla ?? null,
    resolution: doc.resolution ?? null,
    feedback: doc.feedback ?? null,
    reopenCount: doc.reopenCount ?? 0,
    waitingOn: doc.waitingOn ?? null,
    deadline: doc.deadline ?? null,
    messages: (doc.messages ?? []).map((m) => ({
      id: m.id,
      from: m.from,
      text: m.text,
      at: iso(m.at),
      ...(m.authorId ? { authorId: m.authorId } : {}),
    })),
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
  };
}
