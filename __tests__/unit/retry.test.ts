// The repeats before the wait: throttling borne for its own ten minutes, 5xx answers for two from
// the first of them, and every attempt told a time to bound itself by that is never below zero.
import { afterEach, expect, jest, test } from '@jest/globals'
import { REPEAT_LIMITS, withRetries } from '../../src/aws/retry.js'
import { ManualClock } from '../support/manual-clock.js'

afterEach(() => {
  jest.restoreAllMocks()
})

const throttled = Object.assign(new Error('Rate exceeded'), {
  name: 'ThrottlingException',
  $metadata: { httpStatusCode: 400 }
})
const serverError = Object.assign(new Error('Internal'), {
  name: 'ServiceException',
  $fault: 'server',
  $metadata: { httpStatusCode: 500 }
})

/** Runs withRetries, attempt `n` (from 0) failing with `answer(n, at)`: what each was told, and when. */
async function attempts(
  answer: (n: number, at: number) => Error
): Promise<Array<{ at: number; remainingMs: number }>> {
  const clock = new ManualClock()
  const seen: Array<{ at: number; remainingMs: number }> = []
  await withRetries(
    async remainingMs => {
      seen.push({ at: clock.now(), remainingMs })
      throw answer(seen.length - 1, clock.now())
    },
    { ...REPEAT_LIMITS, clock, throttledBaseMs: 16_000 }
  ).catch(() => undefined)
  return seen
}

test('a 5xx answer, then throttling on and on: repeated to ten minutes, never told a time below zero', async () => {
  const seen = await attempts(n => (n === 0 ? serverError : throttled))
  expect(seen.at(-1)?.at).toBeGreaterThan(REPEAT_LIMITS.limitMs)
  expect(seen.at(-1)?.at).toBeLessThanOrEqual(REPEAT_LIMITS.throttledLimitMs)
  expect(seen.filter(s => s.remainingMs < 0)).toEqual([])
})

test('5xx answers after throttling are borne for two minutes from the first of them', async () => {
  const seen = await attempts(n => (n < 3 ? throttled : serverError))
  const first5xx = seen[3].at
  expect(first5xx).toBeGreaterThan(0)
  expect(seen.at(-1)!.at - first5xx).toBeLessThanOrEqual(REPEAT_LIMITS.limitMs)
  expect(seen.at(-1)!.at - first5xx).toBeGreaterThan(REPEAT_LIMITS.limitMs / 2)
})

test('5xx answers that come late in the throttled ten minutes still get their two minutes', async () => {
  // Pauses drawn at the middle: 45 s apart once the backoff reaches its minute.
  jest.spyOn(Math, 'random').mockReturnValue(0.5)
  const late = REPEAT_LIMITS.throttledLimitMs - 30_000
  const seen = (await attempts((_, at) => (at < late ? throttled : serverError))).map(s => s.at)
  const first5xx = seen.find(at => at >= late) ?? NaN
  // Before, the two minutes were cut at the end of the ten: the step gave up within 30 s.
  expect(seen.at(-1)! - first5xx).toBeGreaterThan(REPEAT_LIMITS.limitMs / 2)
  expect(seen.at(-1)! - first5xx).toBeLessThanOrEqual(REPEAT_LIMITS.limitMs)
})
