/** The one typed config: defaults, durations, and a clear refusal of values that make no sense. */
import { ConfigError, loadConfig } from '../../src/config';

test('defaults: intake and Update deadlines, the write window, and the SDK’s own workflow cache', () => {
  const config = loadConfig({});
  expect(config.START_TIMEOUT).toBe(3_000);
  expect(config.UPDATE_TIMEOUT).toBe(10_000);
  expect(config.policy.writeWindowMs).toBe(10 * 60_000);
  expect(config.WORKER_CACHED_WORKFLOWS).toBeUndefined();
});

test('durations and counts are read from the environment', () => {
  const config = loadConfig({ START_TIMEOUT: '2s', WORKER_CACHED_WORKFLOWS: '12000', WRITE_RETRY_WINDOW: '90s' });
  expect(config.START_TIMEOUT).toBe(2_000);
  expect(config.WORKER_CACHED_WORKFLOWS).toBe(12_000);
  expect(config.policy.writeWindowMs).toBe(90_000);
});

test.each([
  ['START_TIMEOUT', 'soon'],
  ['START_TIMEOUT', '0s'],
  ['WORKER_CACHED_WORKFLOWS', '0'],
  ['WORKER_CACHED_WORKFLOWS', '1.5'],
  ['UPDATE_TIMEOUT', '-1s'],
])('%s=%s is refused, naming the setting', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(name);
});
