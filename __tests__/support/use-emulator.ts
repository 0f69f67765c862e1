// One emulator per test file: started before its tests, reset to its defaults before each,
// stopped after.
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { Emulator } from '../../emulator/index.js'

export function useEmulator(): Emulator {
  const emulator = new Emulator()
  beforeAll(() => emulator.start())
  beforeEach(() => emulator.reset())
  afterAll(() => emulator.stop())
  return emulator
}
