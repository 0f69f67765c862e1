// Number inputs are finite and bounded, so that no timer made from them overflows: Node fires a
// delay over 2^31 - 1 ms after 1 ms, and a wait built on one polls as fast as it can. A number out
// of range is refused before any call, naming the input and its range.
import { describe, expect, test } from '@jest/globals'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string>, options: { killAfterMs?: number } = {}) =>
  runAction({
    endpoint: emulator.url,
    inputs: { ...CREATE_IMAGE_INPUTS, ...inputs },
    killAfterMs: 20_000,
    ...options
  })

/** The step failed before any call; the error annotations' messages. */
function refused(result: RunResult): string[] {
  expect(result.signal).toBeNull()
  expect(result.exitCode).toBe(1)
  expect(emulator.requests).toEqual([])
  expect(result.outputs.status).toBe('INVALID_INPUT')
  expect(result.summary).toContain('Invalid input')
  return result.annotations.filter(a => a.level === 'error').map(a => a.message)
}

const TIMEOUT_RANGE = /Input 'timeout-minutes' must be a positive number of minutes, at most 7200/
const POLL_RANGE = /Input 'poll-interval' must be a positive number of seconds, at most 3600/

describe('numbers past any sense are refused before any call', () => {
  test('poll-interval 3000000 with timeout-minutes 100000: both named, with their ranges, no call', async () => {
    const result = await run({ 'poll-interval': '3000000', 'timeout-minutes': '100000' })
    const [error] = refused(result)
    expect(error).toMatch(TIMEOUT_RANGE)
    expect(error).toMatch(POLL_RANGE)
    expect(result.summary).toContain('at most 7200')
  })

  test('a timeout-minutes of 1 followed by 400 zeros (Infinity as a number) is refused', async () => {
    const [error] = refused(await run({ 'timeout-minutes': `1${'0'.repeat(400)}` }))
    expect(error).toMatch(TIMEOUT_RANGE)
  })

  const huge = `1${'0'.repeat(400)}`
  test.each<[string, string, string, RegExp]>([
    ['timeout-minutes', 'Infinity', 'Infinity', TIMEOUT_RANGE],
    ['timeout-minutes', '1e400', '1e400', TIMEOUT_RANGE],
    ['timeout-minutes', 'NaN', 'NaN', TIMEOUT_RANGE],
    ['timeout-minutes', '7200.5', '7200.5', TIMEOUT_RANGE],
    ['poll-interval', '1 and 400 zeros', huge, POLL_RANGE],
    ['poll-interval', '3600.01', '3600.01', POLL_RANGE],
    [
      'role-duration-seconds',
      '1 and 400 zeros',
      huge,
      /Input 'role-duration-seconds' must be a whole number of seconds from 900 to 43200/
    ],
    [
      'build-log-lines',
      '1 and 400 zeros',
      huge,
      /Input 'build-log-lines' must be a whole number of lines from 1 to 10000/
    ]
  ])('%s: %s', async (input, _shown, value, message) => {
    const errors = refused(await run({ [input]: value }))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  })
})

describe('the largest numbers allowed make timers that hold', () => {
  test('timeout-minutes 7200 and poll-interval 3600: one status check, then a long wait', async () => {
    emulator.scenario = { stepMs: 60_000 }
    const started = Date.now()
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...CREATE_IMAGE_INPUTS, 'timeout-minutes': '7200', 'poll-interval': '3600' },
      cancelWhen: () => Date.now() - started > 3000,
      killAfterMs: 20_000
    })
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(result.outputs.status).toBe('CANCELLED')
    expect(emulator.calls('CreateImage')).toHaveLength(1)
    // An overflowing timer would fire after 1 ms: hundreds of checks in 3 s.
    expect(emulator.calls('GetImage').length).toBeLessThanOrEqual(3)
  })
})
