/** Secrets: configured (and long enough), or in embedded mode generated once and kept in DATA_DIR, readable by the owner only. */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config';

/** HMAC-SHA256 keys shorter than this are guessable; 32 characters of base64url are 192 bits. */
export const MIN_SECRET_LENGTH = 32;

export function resolveSecret(
  name: string,
  configured: string | undefined,
  dataDir: string,
  embedded: boolean,
): string {
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(`${name} must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 48)`);
    }
    return configured;
  }
  if (!embedded) throw new ConfigError(`${name} is required when Temporal and the database are external`);
  const file = path.join(dataDir, name.toLowerCase().replace(/_/g, '-'));
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `${file} holds no usable secret (under ${MIN_SECRET_LENGTH} characters); delete it to make a new one`,
      );
    }
    return stored;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
