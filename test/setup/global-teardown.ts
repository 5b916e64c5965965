import { rmSync } from 'node:fs';
import type { ServerProcess } from '../../src/stack/child-process';

export default async function globalTeardown(): Promise<void> {
  const servers = ((globalThis as Record<string, unknown>).__caseworkServers ?? []) as ServerProcess[];
  await Promise.all(servers.map((s) => s.stop()));
  if (process.env.TEST_DATA_DIR && !process.env.KEEP_TEST_DATA)
    rmSync(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
