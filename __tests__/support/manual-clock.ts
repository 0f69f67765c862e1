// A clock moved only by the code under test's own sleeps: a unit test decides what time it is.
import type { Clock } from '../../src/common/index.js'

export class ManualClock implements Clock {
  t = 0
  now(): number {
    return this.t
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms
  }
}
