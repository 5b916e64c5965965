import path from 'node:path';
import ms from 'ms';
import { z } from 'zod';
import { PRIORITIES, type Priority } from '../workflows/case/domain';
import type { CasePolicy, SlaTargets } from '../workflows/case/contract';

const duration = z
  .string()
  .trim()
  .refine((s) => typeof ms(s as ms.StringValue) === 'number' && ms(s as ms.StringValue) > 0, {
    message: 'expected a duration such as "30s", "15m", "4h", "2d"',
  })
  .transform((s) => ms(s as ms.StringValue));

const slaEntry = z.object({ firstResponse: duration, resolution: duration }).strict();

const slaPolicy = z
  .object({
    urgent: slaEntry.optional(),
    high: slaEntry.optional(),
    normal: slaEntry.optional(),
    low: slaEntry.optional(),
    warnAt: z.number().gt(0).lt(1).optional(),
  })
  .strict();

const DEFAULT_SLA: Record<Priority, { firstResponse: string; resolution: string }> = {
  urgent: { firstResponse: '15m', resolution: '4h' },
  high: { firstResponse: '1h', resolution: '8h' },
  normal: { firstResponse: '4h', resolution: '24h' },
  low: { firstResponse: '8h', resolution: '72h' },
};

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const port = z.coerce.number().int().min(0).max(65535);

/** Every setting of the service: one line each, validated at start. */
const schema = z.object({
  /** HTTP port of the API */
  PORT: port.default(3000),
  /** where the embedded servers keep their data */
  DATA_DIR: z.string().default('./.data'),
  /** an external Temporal frontend; unset = start the embedded dev server */
  TEMPORAL_ADDRESS: optionalString,
  /** port of the embedded Temporal server */
  TEMPORAL_PORT: port.default(7233),
  /** port of the embedded Temporal UI */
  TEMPORAL_UI_PORT: port.default(8233),
  /**
   * the embedded Temporal's SQLite `synchronous`: `full` syncs every commit (a case answered 201
   * survives a power loss); `normal` is faster and survives a crash of the process, not of the machine
   */
  TEMPORAL_SQLITE_SYNC: z.enum(['full', 'normal']).default('full'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('casework'),
  /** an external MongoDB; unset = start the embedded FerretDB */
  MONGODB_URI: optionalString,
  /** port of the embedded MongoDB-compatible server */
  MONGO_PORT: port.default(27017),
  /** the AI; without a key the built-in offline resolver answers */
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** how long one AI call may take */
  AI_TIMEOUT: duration.default('20s'),
  /** how long the model's second opinion on triage may take; past it the rules' verdict stands */
  AI_TRIAGE_TIMEOUT: duration.default('8s'),
  /** comma-separated BCP 47 tags the configured model may answer in (default: every language of the knowledge base) */
  AI_LANGUAGES: z
    .string()
    .trim()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((l) => l.trim().toLowerCase())
            .filter(Boolean)
        : undefined,
    ),
  /** the total time the AI may take, retries included, before the case goes to a human */
  AI_TOTAL_TIMEOUT: duration.default('2m'),
  /**
   * below this confidence an AI answer is not sent; the case escalates with low_confidence. On
   * test/fixtures/eval-set.json the most confident off-topic message scores 0.37, the least confident
   * routine one 0.53.
   */
  AI_CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.45),
  /** staff token signing secret; unset in embedded mode = generated and kept in DATA_DIR */
  AUTH_SECRET: optionalString,
  /** how long an AI answer waits for the customer */
  CONFIRMATION_TIMEOUT: duration.default('1h'),
  /** how long an agent may hold a task without replying before it returns to the queue */
  ASSIGNMENT_TIMEOUT: duration.default('15m'),
  /** how long waiting_on_customer lasts */
  CUSTOMER_REPLY_TIMEOUT: duration.default('3d'),
  /** how long a resolved case can be reopened */
  REOPEN_WINDOW: duration.default('7d'),
  /** how long a customer's case token is valid (rotate it with POST /api/cases/:id/token) */
  CUSTOMER_TOKEN_TTL: duration.default('30d'),
  /** JSON: per priority { firstResponse, resolution }, plus warnAt */
  SLA_POLICY: optionalString,
  /** most messages one case keeps; more answer 413 */
  CASE_MAX_MESSAGES: z.coerce.number().int().positive().default(500),
  /** most bytes of message text (UTF-8) one case keeps; more answer 413 */
  CASE_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /** how long a case's write may retry before the case shows as behind (StoreBehind) and writes again later */
  WRITE_RETRY_WINDOW: duration.default('10m'),
  /** how long the API waits for a case's workflow to take an action before answering 503 */
  UPDATE_TIMEOUT: duration.default('10s'),
  /** how long intake waits for Temporal to start a case's workflow before answering 503 */
  START_TIMEOUT: duration.default('3s'),
  /**
   * most case workflows a worker keeps in memory between their steps (the SDK's default, about 2,300 at
   * Node's default heap, when unset); a case woken outside the cache is replayed from its history
   */
  WORKER_CACHED_WORKFLOWS: z.coerce.number().int().positive().optional(),
  /** how often the sweep frees agent slots whose task the agent does not hold */
  SLOT_SWEEP_EVERY: duration.default('1m'),
  /** how often the sweep holds open cases against their workflows */
  CASE_SWEEP_EVERY: duration.default('5m'),
  /** how long Temporal lists closed cases (namespace retention, set on the embedded server) */
  CLOSED_CASE_RETENTION: duration.default('7d'),
  /** a case workflow continues as new after this many history events; 0 = when Temporal suggests it */
  WORKFLOW_HISTORY_LIMIT: z.coerce.number().int().min(0).default(0),
  /** signed webhook for notifications; unset = notifications are logged */
  NOTIFY_WEBHOOK_URL: optionalString,
  /** HMAC secret of the webhook signature, never AUTH_SECRET (required with a webhook; embedded mode makes one) */
  NOTIFY_WEBHOOK_SECRET: optionalString,
  /** maximum request body */
  BODY_LIMIT: z.string().default('64kb'),
  /** case intake requests per minute per client address */
  INTAKE_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /** other writes per minute per customer case or staff member */
  WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  /** reads per minute per customer case or staff member */
  READ_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  /** where rate-limit counters live: `memory` (one API process) or `database` (shared by several) */
  RATE_LIMIT_STORE: z.enum(['memory', 'database']).default('memory'),
  /** bearer token Prometheus sends to scrape GET /metrics; unset = /metrics is not served (embedded mode makes one) */
  METRICS_TOKEN: optionalString,
  /** log level: fatal, error, warn, info, debug, trace, silent */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

export interface Config extends Omit<Env, 'SLA_POLICY'> {
  dataDir: string;
  policy: CasePolicy;
  customerTokenTtlMs: number;
}

export class ConfigError extends Error {}

function parseSla(raw: string | undefined): { sla: Record<Priority, SlaTargets>; warnAt: number } {
  let given: z.infer<typeof slaPolicy> = {};
  if (raw) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new ConfigError('SLA_POLICY is not valid JSON');
    }
    const parsed = slaPolicy.safeParse(json);
    if (!parsed.success) throw new ConfigError(`SLA_POLICY: ${formatIssues(parsed.error)}`);
    given = parsed.data;
  }
  const sla = {} as Record<Priority, SlaTargets>;
  for (const p of PRIORITIES) {
    const entry = given[p];
    sla[p] = entry
      ? { firstResponseMs: entry.firstResponse, resolutionMs: entry.resolution }
      : {
          firstResponseMs: ms(DEFAULT_SLA[p].firstResponse as ms.StringValue),
          resolutionMs: ms(DEFAULT_SLA[p].resolution as ms.StringValue),
        };
  }
  return { sla, warnAt: given.warnAt ?? 0.75 };
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid configuration: ${formatIssues(parsed.error)}`);
  const { SLA_POLICY, ...rest } = parsed.data;
  const { sla, warnAt } = parseSla(SLA_POLICY);
  return {
    ...rest,
    dataDir: path.resolve(rest.DATA_DIR),
    customerTokenTtlMs: rest.CUSTOMER_TOKEN_TTL,
    policy: {
      confirmationTimeoutMs: rest.CONFIRMATION_TIMEOUT,
      assignmentTimeoutMs: rest.ASSIGNMENT_TIMEOUT,
      customerReplyTimeoutMs: rest.CUSTOMER_REPLY_TIMEOUT,
      reopenWindowMs: rest.REOPEN_WINDOW,
      aiConfidenceThreshold: rest.AI_CONFIDENCE_THRESHOLD,
      aiTimeoutMs: rest.AI_TIMEOUT,
      aiTotalTimeoutMs: rest.AI_TOTAL_TIMEOUT,
      sla,
      warnAt,
      historyLimit: rest.WORKFLOW_HISTORY_LIMIT,
      maxMessages: rest.CASE_MAX_MESSAGES,
      maxMessageBytes: rest.CASE_MAX_MESSAGE_BYTES,
      writeWindowMs: rest.WRITE_RETRY_WINDOW,
    },
  };
}
