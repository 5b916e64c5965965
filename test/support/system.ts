/**
 * A whole Casework system for one test file: the real API and worker in this process, against the
 * Temporal server and FerretDB started in globalSetup, with its own database and task queue.
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import mongoose from 'mongoose';
import { signStaffToken } from '../../src/auth/tokens';
import { loadConfig, type Config } from '../../src/config';
import { connectDatabase, ensureIndexes } from '../../src/db/connect';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { startApi, startWorker } from '../../src/roles';
import { connectClient, countStoreBehind, ensureSearchAttributes } from '../../src/temporal/connect';
import { stopOps } from '../../src/temporal/ops';
import { enforceKeyedAccess } from '../../src/db/keyed-access';
import { createHttp, type Http } from './http';

export interface TestSystem {
  config: Config;
  client: Client;
  secret: string;
  baseUrl: string;
  http: Http;
  dbName: string;
  agentToken(id: string, name?: string): Promise<string>;
  supervisorToken(id: string): Promise<string>;
  stopWorker(): Promise<void>;
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

/** the scrape token of every test system's /metrics */
export const METRICS_TOKEN = 'test-metrics-token';

export const uid = (prefix = 'x') => `${prefix}_${randomBytes(6).toString('hex')}`;

function quietSdk(): void {
  try {
    Runtime.install({ logger: new DefaultLogger((process.env.TEST_SDK_LOG_LEVEL ?? 'ERROR') as 'WARN') });
  } catch {
    // already installed by an earlier test file in this process
  }
}

export async function startSystem(env: Record<string, string> = {}): Promise<TestSystem> {
  quietSdk();
  // every store access a test drives through the API and the worker must be keyed where the rule says so
  enforceKeyedAccess();
  const address = process.env.TEST_TEMPORAL_ADDRESS;
  const mongoPort = process.env.TEST_MONGO_PORT;
  if (!address || !mongoPort) throw new Error('the jest globalSetup did not start the servers');
  const dbName = uid('casework');
  const secret = randomBytes(24).toString('hex');
  const config = loadConfig({
    TEMPORAL_ADDRESS: address,
    MONGODB_URI: `mongodb://127.0.0.1:${mongoPort}/${dbName}`,
    TEMPORAL_TASK_QUEUE: uid('q'),
    AUTH_SECRET: secret,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    INTAKE_RATE_LIMIT: '1000',
    WRITE_RATE_LIMIT: '100000',
    READ_RATE_LIMIT: '100000',
    METRICS_TOKEN: METRICS_TOKEN,
    ...env,
  });
  const log = createLogger(config.LOG_LEVEL);
  await connectDatabase(config.MONGODB_URI as string);
  await ensureIndexes();
  const client = await connectClient(address, config.TEMPORAL_NAMESPACE);
  await ensureSearchAttributes(client);
  const metrics = createMetrics({ casesStoreBehind: () => countStoreBehind(client, config.TEMPORAL_TASK_QUEUE) });
  const bundlePath = process.env.TEST_WORKFLOW_BUNDLE as string;

  let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
  const launchWorker = async () => {
    worker = await startWorker({
      config,
      temporalAddress: address,
      client,
      webhookSecret: config.NOTIFY_WEBHOOK_SECRET,
      log,
      metrics,
      workflowBundle: { codePath: bundlePath },
    });
  };
  await launchWorker();
  const server: http.Server = await startApi({ config, client, secret, log, metrics, port: 0 });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    config,
    client,
    secret,
    baseUrl,
    dbName,
    http: createHttp(baseUrl),
    agentToken: (id, name) => signStaffToken(secret, { sub: id, role: 'agent', name }),
    supervisorToken: (id) => signStaffToken(secret, { sub: id, role: 'supervisor' }),
    async stopWorker() {
      await worker?.close();
      worker = null;
    },
    startWorker: launchWorker,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      await worker?.close();
      await stopOps(client, config.TEMPORAL_TASK_QUEUE);
      await client.connection.close();
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}
