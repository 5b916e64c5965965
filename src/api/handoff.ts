/**
 * `GET /api/cases/:caseId/handoff` (staff): what the person taking a case must know so the customer never
 * repeats themselves: the triage verdict (flags, language, sentiment), every AI draft with its sources and
 * confidence, and each escalation with its reason. Read from the case's journal by keyed access; agents get
 * this slice of the audit trail, supervisors the whole of it (`/history`).
 */
import { Router } from 'express';
import type { CaseEvent } from '../../workflows/case/io';
import { readEvents, type JournalHead } from '../db/journal';
import { requireCase } from '../services/case-reader';
import { requireStaff } from './middleware';

export function toHandoff(caseId: string, aiAnswer: unknown, events: CaseEvent[]) {
  const of = (type: string) => events.filter((e) => e.type === type);
  const triaged = of('triaged').at(-1);
  const t = (triaged?.data ?? {}) as Record<string, unknown>;
  return {
    caseId,
    triage: triaged
      ? {
          at: triaged.at,
          topic: (t.topic as string | undefined) ?? null,
          language: (t.language as string | undefined) ?? null,
          priority: (t.priority as string | undefined) ?? null,
          skills: (t.skills as string[] | undefined) ?? [],
          flags: (t.flags as string[] | undefined) ?? [],
          sentiment: typeof t.sentiment === 'number' ? t.sentiment : null,
          escalate: t.escalate === true,
          reason: (t.reason as string | undefined) ?? null,
        }
      : null,
    aiDrafts: of('ai_answer_drafted').map((e) => ({
      at: e.at,
      confidence: typeof e.data.confidence === 'number' ? e.data.confidence : null,
      sources: (e.data.sources as string[] | undefined) ?? [],
      needsHuman: e.data.needsHuman === true,
    })),
    aiAnswer: (aiAnswer as { text: string; confidence: number; sources: string[] } | null) ?? null,
    escalations: of('escalated').map((e) => ({
      at: e.at,
      reason: (e.data.reason as string | undefined) ?? null,
      level: typeof e.data.level === 'number' ? e.data.level : null,
      actor: e.actor,
      details: Object.fromEntries(Object.entries(e.data).filter(([k]) => k !== 'reason' && k !== 'level')),
    })),
  };
}

export function handoffRoutes(): Router {
  const r = Router();
  r.get('/cases/:caseId/handoff', async (req, res) => {
    requireStaff(req);
    const caseId = String(req.params.caseId);
    const doc = await requireCase(caseId);
    const events = await readEvents(caseId, 1, doc.eventSeq ?? 0, doc as JournalHead);
    res.json(toHandoff(caseId, doc.aiAnswer ?? null, events));
  });
  return r;
}
