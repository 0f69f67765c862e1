// The real clock: sleeps for as long as asked, and an abort ends the sleep at once.
import { expect, test } from '@jest/globals'
import { systemClock } from '../../src/common/index.js'

test('sleeps, and wakes at once when aborted', async () => {
  const start = systemClock.now()
  await systemClock.sleep(20)
  expect(systemClock.now() - start).toBeGreaterThanOrEqual(15)
  const controller = new AbortController()
  const sleeping = systemClock.sleep(60_000, controller.signal)
  controller.abort(new Error('cancelled'))
  await expect(sleeping).rejects.toThrow('cancelled')
  await expect(systemClock.sleep(10, controller.signal)).rejects.toThrow('cancelled')
})
