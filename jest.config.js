/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Source imports carry the .js extension NodeNext requires; jest must find the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // End-to-end tests spawn the bundle and run a build timeline against the emulator.
  testTimeout: 60000
}
