/** The deployment files read as a deployer would: no default secret, nothing published but the API. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const compose = readFileSync(path.join(__dirname, '../../docker-compose.yml'), 'utf8');

test('compose refuses to start without real secrets and has no default one', () => {
  expect(compose).toMatch(/AUTH_SECRET: \$\{AUTH_SECRET:\?/);
  expect(compose).toMatch(/METRICS_TOKEN: \$\{METRICS_TOKEN:\?/);
  expect(compose).not.toMatch(/change-me|AUTH_SECRET:-/);
});

test('compose publishes the API alone, on loopback', () => {
  const published = [...compose.matchAll(/ports:\s*\[([^\]]*)\]/g)].map((m) => m[1].trim());
  expect(published).toEqual(["'127.0.0.1:3000:3000'"]);
});
