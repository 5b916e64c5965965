import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** AUTH_SECRET, or in embedded mode one generated once and kept in DATA_DIR. */
export function resolveSecret(configured: string | undefined, dataDir: string, embedded: boolean): string {
  if (configured) return configured;
  if (!embedded) throw new Error('AUTH_SECRET is required when Temporal and the database are external');
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
