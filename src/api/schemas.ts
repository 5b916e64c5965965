/** Request schemas: unknown fields are rejected everywhere. */
import { z } from 'zod';
import { CASE_STATUSES, CHANNELS, ESCALATION_REASONS, PRIORITIES } from '../../workflows/case/domain';

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().trim().min(1).max(128);

export const intakeBody = z
  .object({
    customer: z
      .object({ id, email: z.string().email().max(320).optional(), name: z.string().trim().max(200).optional() })
      .strict(),
    channel: z.enum(CHANNELS).default('web'),
    subject: text(300),
    message: text(20_000),
    locale: z.string().trim().min(2).max(35).optional(),
    orderRef: z.string().trim().min(1).max(128).optional(),
  })
  .strict();

export const idempotencyKey = z.string().trim().min(1).max(255);

export const confirmBody = z.union([
  z.object({ resolved: z.literal(true), comment: z.string().max(5_000).optional() }).strict(),
  z.object({ resolved: z.literal(false), comment: z.string().max(5_000).optional() }).strict(),
]);

export const escalateBody = z.object({ reason: z.string().max(2_000).optional() }).strict();
export const messageBody = z.object({ text: text(20_000) }).strict();
export const feedbackBody = z
  .object({ rating: z.number().int().min(1).max(5), comment: z.string().max(5_000).optional() })
  .strict();

export const presenceBody = z
  .object({
    status: z.enum(['online', 'away', 'offline']),
    skills: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
    capacity: z.number().int().min(0).max(100).optional(),
    name: z.string().trim().max(200).optional(),
  })
  .strict();

export const taskListQuery = z
  .object({
    status: z.enum(['open', 'assigned', 'closed']).optional(),
    skill: z.string().optional(),
    caseId: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const replyBody = z.object({ text: text(20_000), waitForCustomer: z.boolean().default(false) }).strict();
export const resolveBody = z
  .object({ summary: text(5_000), text: z.string().trim().min(1).max(20_000).optional() })
  .strict();

export const caseListQuery = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    reason: z.enum(ESCALATION_REASONS).optional(),
    assignee: z.string().optional(),
    customerId: z.string().optional(),
    breached: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().optional(),
  })
  .strict();

export const reassignBody = z.object({ agentId: id }).strict();
export const priorityBody = z.object({ priority: z.enum(PRIORITIES) }).strict();

/** An empty body is allowed where a body is optional. */
export const emptyBody = z.object({}).strict();
