/** The embedded default: a Temporal dev server and FerretDB on SQLite, both keeping their data in dataDir. */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/case/contract';
import { ensureBinaries } from './binaries';
import { portOpen, startProcess, waitUntil, type ServerProcess } from './child-process';

const run = promisify(execFile);

async function requireFreePort(port: number, setting: string): Promise<void> {
  if (await portOpen(port)) {
    throw new Error(`port ${port} is already in use (is another Casework running?); set ${setting} to another port`);
  }
}

export async function startTemporal(opts: {
  dataDir: string;
  port: number;
  uiPort: number | null;
  namespace: string;
  /**
   * SQLite's `synchronous` for Temporal's store: `full` (the default) syncs every commit, so a case
   * answered 201 survives a power loss; `normal` syncs at checkpoints only, and survives a crash of
   * the process but not of the machine
   */
  sync?: 'full' | 'normal';
}): Promise<{ address: string; uiUrl: string | null; proc: ServerProcess }> {
  const { temporal } = ensureBinaries();
  await requireFreePort(opts.port, 'TEMPORAL_PORT');
  if (opts.uiPort) await requireFreePort(opts.uiPort, 'TEMPORAL_UI_PORT');
  mkdirSync(opts.dataDir, { recursive: true });
  const address = `127.0.0.1:${opts.port}`;
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    path.join(opts.dataDir, 'temporal.db'),
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    ...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']),
    '--namespace',
    opts.namespace,
    '--sqlite-pragma',
    'journal_mode=wal',
    '--sqlite-pragma',
    `synchronous=${opts.sync ?? 'full'}`,
    '--log-level',
    'warn',
    ...Object.entries(CASE_SEARCH_ATTRIBUTES).flatMap(([name, type]) => ['--search-attribute', `${name}=${type}`]),
  ];
  const proc = startProcess('temporal', temporal, args, path.join(opts.dataDir, 'logs'));
  await waitUntil(
    'Temporal server',
    async () => {
      await run(temporal, ['operator', 'cluster', 'health', '--address', address]);
      return true;
    },
    90_000,
    proc,
  );
  return { address, uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : null, proc };
}

export async function startFerretDb(opts: {
  dataDir: string;
  port: number;
}): Promise<{ uri: string; proc: ServerProcess }> {
  const { ferretdb } = ensureBinaries();
  await requireFreePort(opts.port, 'MONGO_PORT');
  const sqliteDir = path.join(opts.dataDir, 'ferretdb');
  mkdirSync(sqliteDir, { recursive: true });
  const args = ['-listen-addr', `127.0.0.1:${opts.port}`, '-sqlite-dir', sqliteDir, '-log-level', 'error'];
  const proc = startProcess('ferretdb', ferretdb, args, path.join(opts.dataDir, 'logs'));
  await waitUntil('FerretDB', () => portOpen(opts.port), 30_000, proc);
  return { uri: `mongodb://127.0.0.1:${opts.port}/casework`, proc };
}
