// Two layers. in-process: the source in this process against the emulator, on a fake clock:
// seconds, and the coverage figure. e2e: the committed bundle run as the runner runs it
// (npm test bundles first, so it is never a stale one), plus the emulator's contract with the SDK.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Source imports carry the .js extension NodeNext requires; jest must find the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }]
  }
}

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...shared,
      displayName: 'in-process',
      testMatch: [
        '<rootDir>/__tests__/unit/**/*.test.ts',
        '<rootDir>/__tests__/in-process/**/*.test.ts'
      ]
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/__tests__/*.test.ts']
    }
  ],
  // End-to-end tests spawn the bundle and run a build timeline against the emulator. (A global
  // option: jest does not take it per project.)
  testTimeout: 60000,
  // The entry points only call run() and cleanUp(); the end-to-end tests run them as the bundle.
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/post.ts'],
  coverageReporters: ['text-summary', 'text', 'lcov']
}
