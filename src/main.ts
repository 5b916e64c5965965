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
import { startApi, startWorker } from './roles';
import { resolveSecret } from './secret';
import { startFerretDb, startTemporal } from './stack/embedded-servers';
import type { ServerProcess } from './stack/child-process';
import { connectClient, ensureSearchAttributes } from './temporal/connect';
import mongoose from 'mongoose';

type Mode = 'all' | 'api' | 'worker' | 'token';

async function main(): Promise<void> {
  const mode = (process.argv[2] ?? 'all') as Mode;
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);

  if (mode === 'token') {
    const [, , , sub = 'sup_1', role = 'supervisor', name] = process.argv;
    const secret = resolveSecret(config.AUTH_SECRET, config.dataDir, !config.TEMPORAL_ADDRESS || !config.MONGODB_URI);
    process.stdout.write(`${await signStaffToken(secret, { sub, role: role as StaffRole, name }, '30d')}\n`);
    return;
  }
  if (!['all', 'api', 'worker'].includes(mode))
    throw new ConfigError(`unknown mode "${mode}" (all, api, worker, token)`);
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
    const embedded = !config.TEMPORAL_ADDRESS || !config.MONGODB_URI;
    const secret = resolveSecret(config.AUTH_SECRET, config.dataDir, embedded);
    const { temporalAddress, uiUrl, mongoUri } = await startServers(config, servers, log);

    await connectDatabase(mongoUri);
    closers.push(() => mongoose.disconnect());
    await ensureIndexes();
    const client = await connectClient(temporalAddress, config.TEMPORAL_NAMESPACE);
    closers.push(() => client.connection.close());
    await ensureSearchAttributes(client);
    const metrics = createMetrics();

    if (mode === 'all' || mode === 'worker') {
      const worker = await startWorker({ config, temporalAddress, client, secret, log, metrics });
      closers.push(worker.close);
      worker.running.catch((err) => {
        log.error({ err }, 'worker stopped');
        void shutdown(1);
      });
      log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker running');
    }
    if (mode === 'all' || mode === 'api') {
      const server = await startApi({ config, client, secret, log, metrics, port: config.PORT });
      closers.push(() => new Promise((resolve) => server.close(resolve)));
      const token = await signStaffToken(
        secret,
        { sub: 'sup_demo', role: 'supervisor', name: 'Demo Supervisor' },
        '30d',
      );
      const lines = [
        '',
        `Casework API      http://127.0.0.1:${config.PORT}/api  (health: /healthz, /readyz, metrics: /metrics)`,
        uiUrl ? `Temporal UI       ${uiUrl}` : `Temporal          ${temporalAddress}`,
        `Data              ${embedded ? config.dataDir : 'external servers'}`,
        `Supervisor token  ${token}`,
        `More tokens       npm run token -- <staffId> agent|supervisor [name]`,
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

main().catch((err) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
  process.exit(1);
});
