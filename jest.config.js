// ESM TypeScript through esbuild (scripts/jest-esbuild.mjs), in two projects:
// - unit: pure logic on fixtures; no go, no server, no dist/ bundle (`npm run test:unit`, seconds);
// - integration: real go, git and servers, the committed bundle in dist/ through the runner harness
//   (testkit/runner.ts), so `npm run test:integration` and `npm test` (both projects) bundle first.
// A suite is integration when its name says so (`*.integration.test.ts`) or it is listed here.
const INTEGRATION_SUITES = [
  '\\.integration\\.test\\.ts$',
  // The testkit itself: the module proxy with real go, the runner harness spawning node actions.
  '/goproxy\\.test\\.ts$',
  '/runner\\.test\\.ts$',
  // dist/diagnose.js, and the packed package run through npm and npx.
  '/diagnose-cli\\.test\\.ts$',
  '/diagnose-package\\.test\\.ts$',
  // A real runner (nektos/act); skipped unless ACT_BINARY is set (.ci/run act).
  '/e2e-act\\.test\\.ts$'
]

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.mjs'
  }
}

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION_SUITES]
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/__tests__'],
      testRegex: INTEGRATION_SUITES,
      // Builds the shared GOCACHE once per run, before any worker starts (testkit/go-env.ts).
      globalSetup: '<rootDir>/testkit/global-setup.ts'
    }
  ],
  testTimeout: 60000,
  testSequencer: '<rootDir>/scripts/jest-sequencer.mjs',
  // Three workers on the 2-core CI machine: the integration suites spend much of their time waiting on
  // processes and on the cache service's deadlines and retries, and a third worker uses the idle core then.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/scripts/jest-closing-line.cjs']
}
