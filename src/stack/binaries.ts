/** Where the Go-built local servers live, and building them on first use. */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../project-root';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
export const FERRETDB_VERSION = 'v1.24.2';

const cacheRoot = (): string =>
  process.env.CASEWORK_CACHE_DIR ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'casework');

export const temporalBinary = (): string => path.join(cacheRoot(), `temporal-${TEMPORAL_CLI_VERSION}`, 'temporal');

/** Named for a hash of servers/ferretdb, as scripts/build-servers.sh names it: a changed program is rebuilt. */
export function ferretdbBinary(): string {
  const dir = path.join(projectRoot(), 'servers', 'ferretdb');
  const hash = createHash('sha256');
  for (const f of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(path.join(dir, f)));
  const tag = hash.digest('hex').slice(0, 12);
  return path.join(cacheRoot(), `ferretdb-${FERRETDB_VERSION}-${tag}`, 'casework-ferretdb');
}

/** Builds whichever server is missing; the script says what it builds while it does. */
export function ensureBinaries(): { temporal: string; ferretdb: string } {
  const temporal = temporalBinary();
  const ferretdb = ferretdbBinary();
  if (!existsSync(temporal) || !existsSync(ferretdb)) {
    execFileSync('bash', [path.join(projectRoot(), 'scripts', 'build-servers.sh')], {
      stdio: 'inherit',
      env: { ...process.env, CASEWORK_CACHE_DIR: cacheRoot() },
    });
  }
  return { temporal, ferretdb };
}
