/** The process roles: the API and the worker, each runnable alone so both scale out. */
import http from 'node:http';
import type { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities } from '../activities';
import { loadKnowledgeBase } from '../activities/ai/knowledge-base';
import { createOpenAiResolver } from '../activities/ai/openai-resolver';
import { createNotifier } from '../activities/notifier';
import { createApp } from './api/app';
import type { Config } from './config';
import type { Metrics } from './metrics';
import { createDispatcher } from './pool/dispatcher';
import { projectRoot } from './project-root';
import { createWorker } from './temporal/worker';
import path from 'node:path';

export async function startApi(opts: {
  config: Config;
  client: Client;
  secret: string;
  log: Logger;
  metrics: Metrics;
  port: number;
}): Promise<http.Server> {
  const dispatch = createDispatcher(opts.client, opts.log);
  const app = createApp({ ...opts, dispatch });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '0.0.0.0', () => resolve());
  });
  return server;
}

export async function startWorker(opts: {
  config: Config;
  temporalAddress: string;
  client: Client;
  secret: string;
  log: Logger;
  metrics?: Metrics;
  workflowBundle?: { code: string } | { codePath: string };
}): Promise<{ worker: Worker; running: Promise<void>; close: () => Promise<void> }> {
  const { config, log } = opts;
  const kb = loadKnowledgeBase(path.join(projectRoot(), 'kb'));
  const openAi = config.OPENAI_API_KEY
    ? createOpenAiResolver({
        apiKey: config.OPENAI_API_KEY,
        baseURL: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        timeoutMs: config.AI_TIMEOUT,
      })
    : undefined;
  const activities = createActivities({
    kb,
    openAi,
    dispatch: createDispatcher(opts.client, log),
    notify: createNotifier({
      url: config.NOTIFY_WEBHOOK_URL,
      secret: config.NOTIFY_WEBHOOK_SECRET ?? opts.secret,
      log: log.child({ component: 'notifier' }),
    }),
    log,
  });
  const { worker, connection } = await createWorker({
    address: opts.temporalAddress,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities,
    workflowBundle: opts.workflowBundle,
    activityFailures: opts.metrics?.activityFailures,
  });
  const running = worker.run();
  return {
    worker,
    running,
    async close() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
