/** Suites: `unit` (no engines), `e2e` and `outages` (the local runtime's real engines, see README), `dev` (Docker), `secure` (the runtime's secured profile). */
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest', '/node_modules/@platformatic/.+\\.js$': '<rootDir>/tools/jest/es-module-package.js' },
  // the Kafka client (@platformatic/kafka) ships ES modules only, which jest 29 cannot run untransformed
  transformIgnorePatterns: ['/node_modules/(?!@platformatic/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // the sandboxes of a mutation run (npm run test:mutation) are copies of the repository
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
};
module.exports = {
  // e2e tests wait for replication; unit tests finish far sooner
  testTimeout: 180_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/e2e/support/global-setup.ts',
    },
    // `cdktf deploy dev` on a real Docker Engine with look-alike images (npm run test:dev; no local runtime needed)
    { ...base, displayName: 'dev', testMatch: ['<rootDir>/__tests__/dev/**/*.test.ts'] },
    // the secured runtime profile is secured for real (scripts/local-runtime.sh up --secure; npm test starts it for this suite)
    { ...base, displayName: 'secure', testMatch: ['<rootDir>/__tests__/secure/**/*.test.ts'] },
    // outages of up to 10 minutes each: not in `npm test` (npm run test:outages)
    {
      ...base,
      displayName: 'outages',
      testMatch: ['<rootDir>/__tests__/outages/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/e2e/support/global-setup.ts',
    },
  ],
};
