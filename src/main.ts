/**
 * Entry point. `all` (default): the embedded stack (Temporal dev server and FerretDB unless external
 * addresses are set), the worker and the API in one process. `api` and `worker`: one role against
 * external servers. `token`: prints a staff JWT.
 */
import { signStaffToken, type StaffRole } from './auth/tokens';
import { ConfigError, loadConfig, type Config } from './config';
import { connectDatabase, ensureIndexes } from './db/connect';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { reconcile } from './ops/recount';
import { startApi, startWorker } from './roles';
import { resolveSecret } from './secret';
import { startFerretDb, startTemporal } from './stack/embedded-servers';
import type { ServerProcess } from './stack/child-process';
import { connectClient, countStoreBehind, ensureSearchAttributes, setRetention } from './temporal/connect';
import mongoose from 'mongoose';

type Mode = 'all' | 'api' | 'worker' | 'token' | 'reconcile';

async function main(): Promise<void> {
  const mode = (process.argv[2] ?? 'all') as Mode;
  const loaded = loadConfig();
  // the embedded stack keeps a metrics token beside its other secrets; elsewhere it is configured or /metrics is off
  const config: Config =
    !loaded.METRICS_TOKEN && isEmbedded(loaded) && (mode === 'all' || mode === 'api')
      ? { ...loaded, METRICS_TOKEN: resolveSecret('METRICS_TOKEN', undefined, loaded.dataDir, true) }
      : loaded;
  const log = createLogger(config.LOG_LEVEL);

  if (mode === 'token') {
    const [, , , sub = 'sup_1', role = 'supervisor', name] = process.argv;
    const secret = resolveSecret('AUTH_SECRET', config.AUTH_SECRET, config.dataDir, isEmbedded(config));
    process.stdout.write(`${await signStaffToken(secret, { sub, role: role as StaffRole, name }, '12h')}\n`);
    return;
  }
  if (mode === 'reconcile') return reconcileStats(config, process.argv[3]);
  if (!['all', 'api', 'worker'].includes(mode))
    throw new ConfigError(`unknown mode "${mode}" (all, api, worker, token, reconcile)`);
  if (mode !== 'all' && (!config.TEMPORAL_ADDRESS || !config.MONGODB_URI)) {
    throw new ConfigError(`"${mode}" runs against external servers: set TEMPORAL_ADDRESS and MONGODB_URI`);
  }

  const servers: ServerProcess[] = [];
  const closers: (() => Promise<unknown>)[] = [];
  const shutdown = async (code: number) => {
    log.info('stopping');
    for (const close of closers.reverse()) await close().catch((err) => log.warn({ err }, 'while stopping'));
    for (const s of servers.reverse()) await s.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    const embedded = isEmbedded(config);
    // the embedded servers' files (cases, secrets) are readable by this user only
    if (embedded) process.umask(0o077);
    const secret = resolveSecret('AUTH_SECRET', config.AUTH_SECRET, config.dataDir, embedded);
    // its own key: a webhook receiver must not be able to mint staff tokens
    const webhookSecret = config.NOTIFY_WEBHOOK_URL
      ? resolveSecret('NOTIFY_WEBHOOK_SECRET', config.NOTIFY_WEBHOOK_SECRET, config.dataDir, embedded)
      : undefined;
    const { temporalAddress, uiUrl, mongoUri } = await startServers(config, servers, log);

    await connectDatabase(mongoUri);
    closers.push(() => mongoose.disconnect());
    await ensureIndexes();
    const client = await connectClient(temporalAddress, config.TEMPORAL_NAMESPACE);
    closers.push(() => client.connection.close());
    await ensureSearchAttributes(client);
    if (!config.TEMPORAL_ADDRESS) await setRetention(client, config.CLOSED_CASE_RETENTION);
    const metrics = createMetrics({ casesStoreBehind: () => countStoreBehind(client, config.TEMPORAL_TASK_QUEUE) });

    if (mode === 'all' || mode === 'worker') {
      const worker = await startWorker({ config, temporalAddress, client, webhookSecret, log, metrics });
      closers.push(worker.close);
      worker.running.catch((err) => {
        log.error({ err }, 'worker stopped');
        void shutdown(1);
      });
      log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker running');
      if (mode === 'worker')
        process.stdout.write(`Casework worker  running on task queue ${config.TEMPORAL_TASK_QUEUE}\n`);
    }
    if (mode === 'all' || mode === 'api') {
      const server = await startApi({ config, client, secret, log, metrics, port: config.PORT });
      closers.push(() => new Promise((resolve) => server.close(resolve)));
      // a token on the console only on a developer's embedded stack, and short-lived; never in production logs
      const token =
        mode === 'all' && embedded
          ? await signStaffToken(secret, { sub: 'sup_demo', role: 'supervisor', name: 'Demo Supervisor' }, '12h')
          : null;
      const lines = [
        '',
        `Casework API      http://127.0.0.1:${config.PORT}/api  (health: /healthz, /readyz, metrics: /metrics)`,
        `Web console       http://127.0.0.1:${config.PORT}/  (agents: /agent, supervisors: /supervisor, API: /api/docs)`,
        ...(embedded ? [`Metrics token     kept in ${config.dataDir}/metrics-token`] : []),
        uiUrl ? `Temporal UI       ${uiUrl}` : `Temporal          ${temporalAddress}`,
        `Data              ${embedded ? config.dataDir : 'external servers'}`,
        ...(token ? [`Supervisor token  ${token}  (12 h)`] : []),
        `Staff tokens      npm run token -- <staffId> agent|supervisor [name]`,
        'Ctrl-C stops everything; cases and their timers resume at the next start.',
        '',
      ];
      process.stdout.write(lines.join('\n') + '\n');
    }
  } catch (err) {
    log.error({ err }, 'failed to start');
    await shutdown(1);
  }
}

const isEmbedded = (config: Config) => !config.TEMPORAL_ADDRESS || !config.MONGODB_URI;

async function startServers(config: Config, servers: ServerProcess[], log: ReturnType<typeof createLogger>) {
  let temporalAddress = config.TEMPORAL_ADDRESS;
  let uiUrl: string | null = null;
  let mongoUri = config.MONGODB_URI;
  if (!temporalAddress) {
    log.info('starting the embedded Temporal dev server');
    const t = await startTemporal({
      dataDir: config.dataDir,
      port: config.TEMPORAL_PORT,
      uiPort: config.TEMPORAL_UI_PORT,
      namespace: config.TEMPORAL_NAMESPACE,
      sync: config.TEMPORAL_SQLITE_SYNC,
    });
    servers.push(t.proc);
    temporalAddress = t.address;
    uiUrl = t.uiUrl;
  }
  if (!mongoUri) {
    log.info('starting the embedded FerretDB');
    const f = await startFerretDb({ dataDir: config.dataDir, port: config.MONGO_PORT });
    servers.push(f.proc);
    mongoUri = f.uri;
  }
  return { temporalAddress, uiUrl, mongoUri };
}

/** Recounts the statistics from the event log and prints every difference with the rollups (exit 1 if any). */
async function reconcileStats(config: Config, day?: string): Promise<void> {
  if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new ConfigError('usage: reconcile [YYYY-MM-DD]');
  // against a running stack: its external database, or the embedded one `npm start` serves
  await connectDatabase(config.MONGODB_URI ?? `mongodb://127.0.0.1:${config.MONGO_PORT}/casework`);
  try {
    const { differences, recounted } = await reconcile(day);
    const scope = day ? `day ${day}` : `all time and ${Object.keys(recounted.days).length} days`;
    process.stdout.write(
      `recounted ${scope}: ${recounted.total.started ?? 0} cases, ${differences.length} differences\n`,
    );
    for (const d of differences) {
      process.stdout.write(`  ${d.rollup} ${d.key}: recounted ${d.counted}, stored ${d.stored}\n`);
    }
    process.exitCode = differences.length ? 1 : 0;
  } finally {
    await mongoose.disconnect();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
  process.exit(1);
});
