/**
 * What the API answers, as zod schemas: the OpenAPI document is generated from them (and the request
 * schemas in schemas.ts), and test/flows/openapi.test.ts parses real answers with them, so neither the
 * document nor the answers can drift unnoticed. Objects are open (`passthrough`): fields may be added.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  CASE_STATUSES,
  CHANNELS,
  ESCALATION_REASONS,
  PRIORITIES,
  RESOLVERS,
  WAITING_ON,
} from '../../workflows/case/domain';

extendZodWithOpenApi(z);

const iso = z.string().openapi({ format: 'date-time', example: '2026-11-26T10:00:00.000Z' });
const open = <T extends z.ZodRawShape>(shape: T) => z.object(shape).passthrough();

export const errorBody = open({
  error: open({
    code: z.string().openapi({ example: 'conflict' }),
    message: z.string(),
    details: z.unknown().optional(),
  }),
}).openapi('Error');

export const intakeResult = open({
  caseId: z.string().openapi({ example: 'c_3q9V2mXbQe6' }),
  status: z.enum(CASE_STATUSES),
  customerToken: z.string().openapi({ description: 'Bearer token for this case only' }),
}).openapi('IntakeResult');

export const deadline = open({
  at: iso,
  action: z.string().openapi({ description: 'what happens when it passes', example: 'escalate (no_confirmation)' }),
}).openapi('Deadline');

const message = open({
  id: z.string(),
  from: z.enum(['customer', 'ai', 'agent', 'system']),
  text: z.string(),
  at: iso,
  authorId: z.string().optional().openapi({ description: 'staff only: the agent who wrote it' }),
});

const aiAnswer = open({
  text: z.string(),
  confidence: z.number().optional().openapi({ description: 'staff only' }),
  sources: z.array(z.string()).openapi({ example: ['kb/refunds'] }),
});

const sla = open({
  firstResponseDueAt: iso,
  resolutionDueAt: iso,
  paused: z.boolean(),
  breaches: z.array(open({ kind: z.string(), at: iso, level: z.number() })).optional(),
  warnings: z.array(open({ kind: z.string(), at: iso })).optional(),
});

export const caseResource = open({
  caseId: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(CHANNELS),
  subject: z.string(),
  customer: open({ id: z.string(), email: z.string().optional(), name: z.string().optional() }),
  language: z.string().nullable(),
  topic: z.string().nullable().optional().openapi({ description: 'staff only' }),
  aiAnswer: aiAnswer.nullable(),
  escalation: open({ reason: z.enum(ESCALATION_REASONS).nullable(), level: z.number().optional(), at: iso }).nullable(),
  task: open({
    taskId: z.string().optional().openapi({ description: 'staff only' }),
    status: z.enum(['open', 'assigned', 'closed']),
    assignee: z.string().nullable().optional().openapi({ description: 'staff only' }),
  }).nullable(),
  sla: sla.nullable(),
  resolution: open({
    by: z.enum(RESOLVERS),
    confirmed: z.boolean().nullable(),
    summary: z.string(),
    at: iso,
  }).nullable(),
  feedback: open({ rating: z.number().int(), comment: z.string().nullable(), at: iso.nullable() }).nullable(),
  reopenCount: z.number().int(),
  waitingOn: z.enum(WAITING_ON).nullable(),
  deadline: deadline.nullable(),
  messages: z.array(message),
  createdAt: iso,
  updatedAt: iso,
}).openapi('Case', { description: 'Customers get a trimmed view: no agent ids, no AI confidence, no topic.' });

export const caseListItem = open({
  caseId: z.string(),
  status: z.enum(CASE_STATUSES).nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  channel: z.string().nullable(),
  subject: z.string().nullable(),
  customer: open({ id: z.string().nullable() }),
  topic: z.string().nullable(),
  language: z.string().nullable(),
  escalation: open({ reason: z.string().nullable() }).nullable(),
  assignee: z.string().nullable(),
  sla: open({ breached: z.boolean(), atRisk: z.boolean() }).nullable(),
  deadline: open({ at: iso }).nullable(),
  createdAt: iso,
  closedAt: iso.nullable(),
}).openapi('CaseListItem', { description: 'From Temporal visibility (or, with customerId, the stored cases).' });

export const caseList = open({ items: z.array(caseListItem), nextCursor: z.string().nullable() }).openapi('CaseList');

export const caseState = open({
  source: z.enum(['workflow', 'database']),
  caseId: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  waitingOn: z.enum(WAITING_ON),
  deadline: deadline.nullable(),
}).openapi('CaseState', { description: 'The live state from the case workflow (a closed case: the stored one).' });

export const historyEvent = open({
  seq: z.number().int(),
  type: z.string().openapi({ example: 'triaged' }),
  at: iso,
  actor: open({ type: z.string(), id: z.string().optional() }),
  data: z.record(z.unknown()),
}).openapi('HistoryEvent');

export const handoff = open({
  caseId: z.string(),
  triage: open({
    at: iso,
    topic: z.string().nullable(),
    language: z.string().nullable(),
    priority: z.string().nullable(),
    skills: z.array(z.string()),
    flags: z.array(z.string()).openapi({ example: ['fraud'] }),
    sentiment: z.number().nullable(),
    escalate: z.boolean(),
    reason: z.string().nullable(),
  }).nullable(),
  aiDrafts: z.array(
    open({ at: iso, confidence: z.number().nullable(), sources: z.array(z.string()), needsHuman: z.boolean() }),
  ),
  aiAnswer: aiAnswer.nullable(),
  escalations: z.array(
    open({ at: iso, reason: z.string().nullable(), level: z.number().nullable(), details: z.record(z.unknown()) }),
  ),
}).openapi('Handoff');

export const task = open({
  taskId: z.string(),
  caseId: z.string(),
  status: z.enum(['open', 'assigned']),
  priority: z.enum(PRIORITIES),
  skills: z.array(z.string()),
  reason: z.enum(ESCALATION_REASONS),
  level: z.number().int().nullable().optional(),
  assignee: z.string().nullable(),
  supervisorOnly: z.boolean().optional(),
  createdAt: iso.nullable(),
  firstResponseDueAt: iso.nullable(),
  resolutionDueAt: iso.nullable(),
}).openapi('Task');

export const taskList = open({ items: z.array(task) }).openapi('TaskList');
export const claimResult = open({ task, case: caseResource }).openapi('ClaimResult');

export const agent = open({
  agentId: z.string(),
  name: z.string().nullable(),
  role: z.enum(['agent', 'supervisor']),
  status: z.enum(['online', 'away', 'offline']),
  skills: z.array(z.string()),
  capacity: z.number().int(),
  load: z.number().int(),
  tasks: z.array(z.string()),
  lastAssignedAt: iso.nullable(),
  updatedAt: iso.nullable(),
}).openapi('Agent');

export const agentList = open({ items: z.array(agent) }).openapi('AgentList');

const csat = open({ average: z.number().nullable(), responses: z.number().int() });
const byReason = z.record(z.number().int()).openapi({ example: { customer_requested_human: 3 } });

export const stats = open({
  cases: open({ total: z.number().int(), byStatus: z.record(z.number().int()) }),
  aiResolutionRate: z.number().nullable(),
  escalationRate: z.number().nullable(),
  escalationsByReason: byReason,
  sla: open({ breaches: z.number().int(), warnings: z.number().int(), atRisk: z.number().int() }),
  medianFirstResponseMs: z.number().nullable(),
  repeatContactRate: z.number().nullable(),
  csat,
  generatedAt: iso,
}).openapi('Stats');

export const dailyStats = open({
  items: z.array(
    open({
      day: z.string().openapi({ example: '2026-11-26' }),
      started: z.number().int(),
      resolved: z.record(z.number().int()).openapi({ example: { ai: 4, agent: 2 } }),
      escalationsByReason: byReason,
      sla: open({ warnings: z.number().int(), breaches: z.number().int() }),
      reopened: z.number().int(),
      medianFirstResponseMs: z.number().nullable(),
      csat: csat.nullable(),
    }),
  ),
}).openapi('DailyStats');

export const tokenRotation = open({ caseId: z.string(), customerToken: z.string(), expiresAt: iso }).openapi(
  'CustomerTokenRotation',
);
