/** Starts one real Temporal dev server and one FerretDB for the whole run, and bundles the workflows once. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { freePort } from '../../src/stack/child-process';
import { startFerretDb, startTemporal } from '../../src/stack/embedded-servers';
import { workflowsPath } from '../../src/temporal/worker';
import { buildConsoleIfStale } from '../support/console-build';

export default async function globalSetup(): Promise<void> {
  // the API serves the built console; the browser tests (test/e2e) drive it
  buildConsoleIfStale();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'casework-test-'));
  const [temporalPort, mongoPort] = [await freePort(), await freePort()];
  const [temporal, ferret] = await Promise.all([
    startTemporal({ dataDir, port: temporalPort, uiPort: null, namespace: 'default' }),
    startFerretDb({ dataDir, port: mongoPort }),
  ]);
  const { code } = await bundleWorkflowCode({ workflowsPath: workflowsPath(), logger: quietLogger });
  const bundlePath = path.join(dataDir, 'workflow-bundle.js');
  writeFileSync(bundlePath, code);

  process.env.TEST_TEMPORAL_ADDRESS = temporal.address;
  process.env.TEST_MONGO_PORT = String(mongoPort);
  process.env.TEST_WORKFLOW_BUNDLE = bundlePath;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__caseworkServers = [temporal.proc, ferret.proc];
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: noop, log: noop };
