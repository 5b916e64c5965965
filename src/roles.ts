/** The process roles: the API and the worker, each runnable alone so both scale out. */
import http from 'node:http';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { createCaseActivities, createOpsActivities, type ActivityDeps } from '../activities';
import { loadKnowledgeBase } from '../activities/ai/knowledge-base';
import { createModelTriage } from '../activities/ai/model-triage';
import { createOpenAiResolver } from '../activities/ai/openai-resolver';
import { createNotifier } from '../activities/notifier';
import { createApp } from './api/app';
import { endStreamsOnClose } from './api/stream';
import type { Config } from './config';
import type { Metrics } from './metrics';
import { projectRoot } from './project-root';
import { CaseClient } from './temporal/case-client';
import { dispatcherWaker, startOps } from './temporal/ops';
import { createWorkers } from './temporal/worker';

export function caseClient(client: Client, config: Config): CaseClient {
  return new CaseClient(client, { updateTimeoutMs: config.UPDATE_TIMEOUT });
}

export async function startApi(opts: {
  config: Config;
  client: Client;
  secret: string;
  log: Logger;
  metrics: Metrics;
  port: number;
  host?: string;
}): Promise<http.Server> {
  const { config, client } = opts;
  const app = createApp({
    ...opts,
    cases: caseClient(client, config),
    wakeDispatcher: dispatcherWaker(client, config.TEMPORAL_TASK_QUEUE),
  });
  const server = http.createServer(app);
  endStreamsOnClose(server, app);
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  return server;
}

export async function startWorker(opts: {
  config: Config;
  temporalAddress: string;
  client: Client;
  /** signs webhook notifications (never the staff-token secret) */
  webhookSecret?: string;
  log: Logger;
  metrics?: Metrics;
  workflowBundle?: { code: string } | { codePath: string };
}): Promise<{ running: Promise<void>; close: () => Promise<void> }> {
  const { config, log, client } = opts;
  const kb = loadKnowledgeBase(path.join(projectRoot(), 'kb'));
  const model = config.OPENAI_API_KEY
    ? {
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        timeoutMs: config.AI_TIMEOUT,
      }
    : null;
  const openAi = model ? createOpenAiResolver(model) : undefined;
  // the AI answers only where the knowledge base has articles, and (with a model) where the model may answer
  const aiLanguages = kb.languages().filter((l) => !model || !config.AI_LANGUAGES || config.AI_LANGUAGES.includes(l));
  const deps: ActivityDeps = {
    kb,
    openAi,
    modelTriage: model ? createModelTriage({ ...model, timeoutMs: config.AI_TRIAGE_TIMEOUT }) : undefined,
    aiLanguages,
    notify: createNotifier({
      url: config.NOTIFY_WEBHOOK_URL,
      secret: opts.webhookSecret ?? '',
      log: log.child({ component: 'notifier' }),
    }),
    wakeDispatcher: dispatcherWaker(client, config.TEMPORAL_TASK_QUEUE),
    cases: caseClient(client, config),
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    log,
  };
  const { workers, connection } = await createWorkers({
    address: opts.temporalAddress,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    caseActivities: createCaseActivities(deps),
    opsActivities: createOpsActivities(deps),
    workflowBundle: opts.workflowBundle,
    activityFailures: opts.metrics?.activityFailures,
    maxCachedWorkflows: config.WORKER_CACHED_WORKFLOWS,
  });
  const running = Promise.all(workers.map((w) => w.run())).then(() => undefined);
  await startOps(client, config.TEMPORAL_TASK_QUEUE, {
    slotSweepEvery: config.SLOT_SWEEP_EVERY,
    caseSweepEvery: config.CASE_SWEEP_EVERY,
  });
  return {
    running,
    async close() {
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
