/** Integration tests share one Temporal dev server and one FerretDB, started in globalSetup. */
const withServers = !process.env.JEST_NO_SERVERS;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: withServers ? '<rootDir>/test/setup/global-setup.ts' : undefined,
  globalTeardown: withServers ? '<rootDir>/test/setup/global-teardown.ts' : undefined,
  testTimeout: 60_000,
  verbose: true,
};
