/**
 * The OpenAPI 3.1 document of the whole HTTP contract, generated from the request schemas the routes
 * parse with (schemas.ts) and the answer schemas (response-schemas.ts); served at /api/openapi.json.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z, type ZodTypeAny } from 'zod';
import * as res from './response-schemas';
import * as req from './schemas';
import { streamQuery } from './stream';

type Method = RouteConfig['method'];

const caseId = z.object({ caseId: z.string().openapi({ example: 'c_3q9V2mXbQe6' }) });
const taskId = z.object({ taskId: z.string().openapi({ example: 't_3q9V2mXbQe6-1' }) });
const idempotencyHeader = z.object({
  'Idempotency-Key': req.idempotencyKey.optional().openapi({
    description: 'a retried request with the same key gets the first answer and changes nothing again',
  }),
});

const json = (schema: ZodTypeAny, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const err = (description: string) => json(res.errorBody, description);

const ERRORS = {
  400: err('invalid JSON, or a request that breaks the schema (`details` lists the problems)'),
  401: err('no or bad credentials'),
  403: err('this role may not do this'),
  404: err('no such object, or the caller may not know it exists'),
  409: err('the action does not fit the case’s current state'),
  429: err('too many requests (`Retry-After` set)'),
  503: err('Temporal or the database is down; nothing was accepted'),
} as const;
type ErrorStatus = keyof typeof ERRORS;

interface Op {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth?: 'customer' | 'staff' | 'agent' | 'supervisor' | 'none';
  params?: z.AnyZodObject;
  query?: z.AnyZodObject;
  headers?: z.AnyZodObject;
  body?: ZodTypeAny;
  ok: { status?: number; schema?: ZodTypeAny; description: string; contentType?: string };
  errors?: ErrorStatus[];
}

const WHO = {
  customer: 'the customer token of this case, or staff',
  staff: 'staff (agent or supervisor)',
  agent: 'staff (agent or supervisor)',
  supervisor: 'supervisors',
  none: 'no authentication',
};

const OPERATIONS: Op[] = [
  {
    method: 'post',
    path: '/api/cases',
    tag: 'Customers',
    summary: 'Open a case',
    auth: 'none',
    headers: idempotencyHeader,
    body: req.intakeBody,
    ok: { status: 201, schema: res.intakeResult, description: 'the case’s workflow has durably started' },
    errors: [400, 409, 429, 503],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}',
    tag: 'Customers',
    summary: 'Read a case',
    auth: 'customer',
    params: caseId,
    ok: { schema: res.caseResource, description: 'the case (trimmed for customers)' },
    errors: [401, 404],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/confirm',
    tag: 'Customers',
    summary: 'Confirm or reject the AI answer',
    auth: 'customer',
    params: caseId,
    headers: idempotencyHeader,
    body: req.confirmBody,
    ok: { schema: res.caseResource, description: 'resolved (`true`) or escalated (`false`)' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/escalate',
    tag: 'Customers',
    summary: 'Ask for a person',
    auth: 'customer',
    params: caseId,
    headers: idempotencyHeader,
    body: req.escalateBody,
    ok: { schema: res.caseResource, description: 'escalated (a no-op in a human status)' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/messages',
    tag: 'Customers',
    summary: 'Write to the case',
    description: 'Answers an agent, or reopens a resolved case within the reopen window.',
    auth: 'customer',
    params: caseId,
    headers: idempotencyHeader,
    body: req.messageBody,
    ok: { status: 201, schema: res.caseResource, description: 'the message was appended' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/feedback',
    tag: 'Customers',
    summary: 'Rate the help (once, after resolution)',
    auth: 'customer',
    params: caseId,
    body: req.feedbackBody,
    ok: { status: 201, schema: res.caseResource, description: 'the rating was stored' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/token',
    tag: 'Customers',
    summary: 'Rotate the case token',
    auth: 'customer',
    params: caseId,
    body: req.emptyBody,
    ok: { schema: res.tokenRotation, description: 'a fresh token; older ones stop working' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: '/api/agents/me',
    tag: 'Agents',
    summary: 'Set my presence, skills and capacity',
    auth: 'agent',
    body: req.presenceBody,
    ok: { schema: res.agent, description: 'the agent as the pool sees them' },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/tasks',
    tag: 'Agents',
    summary: 'Human tasks, most urgent first',
    auth: 'agent',
    query: req.taskListQuery,
    ok: { schema: res.taskList, description: 'open tasks' },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/tasks/{taskId}/claim',
    tag: 'Agents',
    summary: 'Take a task',
    auth: 'agent',
    params: taskId,
    ok: { schema: res.claimResult, description: 'the task and its case' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/tasks/{taskId}/reply',
    tag: 'Agents',
    summary: 'Reply to the customer',
    auth: 'agent',
    params: taskId,
    headers: idempotencyHeader,
    body: req.replyBody,
    ok: { schema: res.caseResource, description: 'the case after the reply' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/tasks/{taskId}/resolve',
    tag: 'Agents',
    summary: 'Resolve the case',
    auth: 'agent',
    params: taskId,
    headers: idempotencyHeader,
    body: req.resolveBody,
    ok: { schema: res.caseResource, description: 'the resolved case' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/tasks/{taskId}/release',
    tag: 'Agents',
    summary: 'Give the task back to the queue',
    auth: 'agent',
    params: taskId,
    ok: { schema: res.caseResource, description: 'the case, escalated again' },
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/handoff',
    tag: 'Agents',
    summary: 'What the person taking the case must know',
    description: 'Triage flags and language, the AI drafts with sources and confidence, every escalation.',
    auth: 'agent',
    params: caseId,
    ok: { schema: res.handoff, description: 'the handoff' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases',
    tag: 'Supervisors',
    summary: 'Search cases, newest first',
    auth: 'supervisor',
    query: req.caseListQuery,
    ok: { schema: res.caseList, description: 'a page of cases; pass `nextCursor` as `cursor` for the next' },
    errors: [400, 401, 403, 503],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/state',
    tag: 'Supervisors',
    summary: 'The live state of a case',
    auth: 'supervisor',
    params: caseId,
    ok: { schema: res.caseState, description: 'what the case waits on, and its next deadline' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/history',
    tag: 'Supervisors',
    summary: 'The audit trail, oldest first',
    description: 'Paginated: when more follows, a `Link: <...>; rel="next"` header names the next page.',
    auth: 'supervisor',
    params: caseId,
    query: req.historyQuery,
    ok: { schema: z.array(res.historyEvent), description: 'a page of events' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/reassign',
    tag: 'Supervisors',
    summary: 'Hand the case to an agent',
    auth: 'supervisor',
    params: caseId,
    body: req.reassignBody,
    ok: { schema: res.caseResource, description: 'the case, assigned' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/priority',
    tag: 'Supervisors',
    summary: 'Change the priority',
    auth: 'supervisor',
    params: caseId,
    body: req.priorityBody,
    ok: { schema: res.caseResource, description: 'the case with its new priority and SLA' },
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/agents',
    tag: 'Supervisors',
    summary: 'The agent pool with presence and load',
    auth: 'supervisor',
    ok: { schema: res.agentList, description: 'every agent' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/stats',
    tag: 'Supervisors',
    summary: 'Statistics, all time',
    auth: 'supervisor',
    ok: { schema: res.stats, description: 'the figures' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/stats/daily',
    tag: 'Supervisors',
    summary: 'Statistics per UTC day (at most 92 days)',
    auth: 'supervisor',
    query: req.dailyStatsQuery,
    ok: { schema: res.dailyStats, description: 'one item per day, oldest first' },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/stream',
    tag: 'Live updates',
    summary: 'Server-sent events naming what changed',
    description:
      'Events `case` (data `{"type":"case","caseId":...}`), `tasks`, `agents`, `stats`, first a `ready`, and a ' +
      'heartbeat comment every 15 s. Refetch what an event names. A customer token follows its own case; agents ' +
      '`tasks` and the cases they name; supervisors also `agents` and `stats`.',
    auth: 'customer',
    query: streamQuery,
    ok: { schema: z.string(), description: 'an event stream', contentType: 'text/event-stream' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'Reference',
    summary: 'This document',
    auth: 'none',
    ok: { schema: z.record(z.unknown()), description: 'OpenAPI 3.1' },
  },
  {
    method: 'get',
    path: '/healthz',
    tag: 'Operations',
    summary: 'The process is alive',
    auth: 'none',
    ok: { schema: z.object({ status: z.literal('ok') }), description: 'alive' },
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'Operations',
    summary: 'Temporal and the database answer',
    auth: 'none',
    ok: { schema: z.object({ status: z.literal('ready') }).passthrough(), description: 'ready' },
    errors: [503],
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'Operations',
    summary: 'Prometheus metrics (Bearer METRICS_TOKEN)',
    auth: 'none',
    ok: { schema: z.string(), description: 'Prometheus text format', contentType: 'text/plain' },
    errors: [401, 404],
  },
];

export function openApiDocument(): object {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A staff JWT (`npm run token -- <staffId> agent|supervisor [name]`) or a case’s customerToken.',
  });
  for (const op of OPERATIONS) {
    const who = WHO[op.auth ?? 'staff'];
    registry.registerPath({
      method: op.method,
      path: op.path,
      tags: [op.tag],
      summary: op.summary,
      description: [op.description, `Who: ${who}.`].filter(Boolean).join(' '),
      security: op.auth === 'none' ? [] : [{ [bearer.name]: [] }],
      request: {
        ...(op.params ? { params: op.params } : {}),
        ...(op.query ? { query: op.query } : {}),
        ...(op.headers ? { headers: op.headers } : {}),
        ...(op.body ? { body: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
      },
      responses: {
        [op.ok.status ?? 200]: op.ok.schema
          ? {
              description: op.ok.description,
              content: { [op.ok.contentType ?? 'application/json']: { schema: op.ok.schema } },
            }
          : { description: op.ok.description },
        ...Object.fromEntries((op.errors ?? []).map((s) => [s, ERRORS[s]])),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Casework API',
      version: '1',
      description:
        'AI-first, human-always customer support. Every error answers `{ "error": { "code", "message", "details"? } }`. ' +
        'Times are ISO-8601 UTC; ids are opaque.',
    },
    servers: [{ url: '/' }],
    tags: ['Customers', 'Agents', 'Supervisors', 'Live updates', 'Reference', 'Operations'].map((name) => ({ name })),
  });
}

/** The operations documented, as `METHOD /path` with Express-style `:params` (for the drift test). */
export const documentedRoutes = (): string[] =>
  OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`);
