// The job's cancellation stops the reading of the build log like every other call: no further
// request, no warning in its place, the cancellation itself goes up.
import { expect, test } from '@jest/globals'
import { showBuildLog } from '../../src/report/build-log.js'
import { inProcess } from '../support/in-process.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()
const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-al2023/1.2.0/1'

test('a cancelled job reads no build log and does not turn the cancellation into a warning', async () => {
  const controller = new AbortController()
  const cancelled = new Error('The job was cancelled (SIGINT).')
  controller.abort(cancelled)
  let thrown: unknown
  const result = await inProcess(emulator, async () => {
    try {
      await showBuildLog(
        { region: 'us-east-1' },
        ARN,
        { image: { dateCreated: '2026-09-09T19:12:23.418Z' } },
        { lines: 20, signal: controller.signal }
      )
    } catch (error) {
      thrown = error
    }
  })
  expect(thrown).toBe(cancelled)
  expect(emulator.calls('GetLogEvents')).toEqual([])
  expect(result.annotations).toEqual([])
})
