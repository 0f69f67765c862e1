// One emulator per test file: started before its tests, reset to its defaults before each,
// stopped after. Each test fails when a request it caused or an answer it got broke the model.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import { Emulator } from '../../emulator/index.js'

export function useEmulator(): Emulator {
  const emulator = new Emulator()
  beforeAll(() => emulator.start())
  beforeEach(() => emulator.reset())
  afterAll(() => emulator.stop())
  failOnModelViolations(emulator)
  return emulator
}

/** For a suite that makes its own emulator: the model check useEmulator adds. */
export function failOnModelViolations(emulator: Emulator): void {
  afterEach(() => {
    expect(emulator.takeModelViolations()).toEqual([])
  })
}
