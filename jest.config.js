// ESM TypeScript through ts-jest. Integration tests drive the committed bundle in dist/ through the
// runner harness (testkit/runner.ts), so `npm test` bundles first.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Every integration test starts go processes; two workers fit the 2-core CI machine.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-closing-line.cjs']
}
