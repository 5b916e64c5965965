/** Request schemas: unknown fields are rejected everywhere, and each schema yields the service's own input type. */
import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, ESCALATION_REASONS, PRIORITIES } from '../../workflows/case/domain';
import type { PresenceInput } from '../services/agent-service';
import type { ConfirmInput, FeedbackInput, IntakeInput } from '../services/case-service';
import type { CaseListQuery, HistoryQuery } from '../services/supervisor-service';
import type { ReplyInput, ResolveInput, TaskQuery } from '../services/task-service';

/** The schema parses into T (checked by the compiler), so routes hand services exactly what they declare. */
const schemaFor =
  <T>() =>
  <S extends z.ZodType<T, z.ZodTypeDef, unknown>>(schema: S) =>
    schema;

const text = (max: number) => z.string().trim().min(1).max(max);
/** ids that reach stores and visibility queries: letters, digits and -_.@:+ only */
const id = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[\w.@:+-]+$/, 'only letters, digits and -_.@:+');

export const intakeBody = schemaFor<IntakeInput>()(
  z
    .object({
      customer: z
        .object({ id, email: z.string().email().max(320).optional(), name: z.string().trim().max(200).optional() })
        .strict(),
      channel: z.enum(CHANNELS).default('web'),
      subject: text(300),
      message: text(20_000),
      locale: z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/, 'a BCP 47 tag such as "en" or "de-AT"')
        .optional(),
      orderRef: z.string().trim().min(1).max(128).optional(),
    })
    .strict(),
);

export const idempotencyKey = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

export const confirmBody = schemaFor<ConfirmInput>()(
  z.object({ resolved: z.boolean(), comment: z.string().max(5_000).optional() }).strict(),
);

export const escalateBody = z.object({ reason: z.string().max(2_000).optional() }).strict();
export const messageBody = z.object({ text: text(20_000) }).strict();
export const feedbackBody = schemaFor<FeedbackInput>()(
  z.object({ rating: z.number().int().min(1).max(5), comment: z.string().max(5_000).optional() }).strict(),
);

export const presenceBody = schemaFor<PresenceInput>()(
  z
    .object({
      status: z.enum(['online', 'away', 'offline']),
      skills: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
      capacity: z.number().int().min(0).max(100).optional(),
      name: z.string().trim().max(200).optional(),
    })
    .strict(),
);

export const taskListQuery = schemaFor<TaskQuery>()(
  z
    .object({
      status: z.enum(['open', 'assigned']).optional(),
      skill: z.string().max(64).optional(),
      caseId: id.optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    })
    .strict(),
);

export const replyBody = schemaFor<ReplyInput>()(
  z.object({ text: text(20_000), waitForCustomer: z.boolean().default(false) }).strict(),
);
export const resolveBody = schemaFor<ResolveInput>()(
  z.object({ summary: text(5_000), text: z.string().trim().min(1).max(20_000).optional() }).strict(),
);

export const caseListQuery = schemaFor<CaseListQuery>()(
  z
    .object({
      status: z.enum(CASE_STATUSES).optional(),
      priority: z.enum(PRIORITIES).optional(),
      reason: z.enum(ESCALATION_REASONS).optional(),
      assignee: id.optional(),
      customerId: id.optional(),
      breached: z.enum(['true', 'false']).optional(),
      atRisk: z.enum(['true', 'false']).optional(),
      storeBehind: z.enum(['true', 'false']).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(2_000).optional(),
    })
    .strict(),
);

export const historyQuery = schemaFor<HistoryQuery>()(
  z
    .object({
      limit: z.coerce.number().int().min(1).max(1_000).default(500),
      after: z.coerce.number().int().min(0).optional(),
    })
    .strict(),
);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day such as 2026-11-26');
export const dailyStatsQuery = z.object({ from: day, to: day }).strict();

export const reassignBody = z.object({ agentId: id }).strict();
export const priorityBody = z.object({ priority: z.enum(PRIORITIES) }).strict();

/** An empty body is allowed where a body is optional. */
export const emptyBody = z.object({}).strict();
