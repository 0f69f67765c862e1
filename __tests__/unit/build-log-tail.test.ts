// Reading the tail of a build log: the bound in time (the end-to-end tests cover pages, tokens
// and the bound in calls against the emulator), and startTime from the image's dateCreated.
import { describe, expect, test } from '@jest/globals'
import type { Clock } from '../../src/common/index.js'
import {
  TAIL_BUDGET_MS,
  creationTime,
  readTail,
  type PageReader
} from '../../src/report/build-log.js'

describe('readTail', () => {
  test('slow empty pages: the reading stops when its time is spent, with what it has', async () => {
    let now = 1_000_000
    const clock: Clock = { now: () => now, sleep: () => Promise.resolve() }
    const timeouts: number[] = []
    let calls = 0
    // A service that answers each page in 8 s, the first with two lines, the rest empty.
    const readPage: PageReader = (_page, timeoutMs) => {
      timeouts.push(timeoutMs)
      now += 8_000
      calls++
      return Promise.resolve({
        events: calls === 1 ? [{ message: 'b\n' }, { message: 'c' }] : [],
        nextBackwardToken: `b/${calls}`
      })
    }
    const tail = await readTail(readPage, 100, clock)
    expect(tail).toEqual({ messages: ['b', 'c'], stopped: `after ${TAIL_BUDGET_MS / 1000} s` })
    // Each call may take what is left of the time, 15 s at most.
    expect(timeouts).toEqual([15_000, 15_000, 14_000, 6_000])
  })

  test('pages read backwards come out oldest first, cut to the lines wanted', async () => {
    const pages = [['d', 'e'], [], ['a', 'b', 'c']]
    const asked: Array<{ nextToken?: string; limit: number }> = []
    const readPage: PageReader = page => {
      asked.push(page)
      const events = (pages[asked.length - 1] ?? []).map(message => ({ message }))
      return Promise.resolve({ events, nextBackwardToken: `b/${asked.length}` })
    }
    expect(await readTail(readPage, 4)).toEqual({ messages: ['b', 'c', 'd', 'e'] })
    expect(asked).toEqual([
      { nextToken: undefined, limit: 4 },
      { nextToken: 'b/1', limit: 2 },
      { nextToken: 'b/2', limit: 2 }
    ])
  })
})

describe('creationTime: GetLogEvents startTime from the image dateCreated', () => {
  test.each([
    ['2026-09-09T19:12:23.418Z', Date.UTC(2026, 8, 9, 19, 12, 23, 418)],
    ['2026-09-09T21:12:23.418+02:00', Date.UTC(2026, 8, 9, 19, 12, 23, 418)],
    // No zone: UTC, not the runner's local time.
    ['2026-09-09T19:12:23', Date.UTC(2026, 8, 9, 19, 12, 23)],
    ['2026-09-09 19:12:23.5', Date.UTC(2026, 8, 9, 19, 12, 23, 500)],
    // Epoch seconds, as the SDK's other timestamps; milliseconds are kept whole.
    ['1788981143.418', 1788981143418],
    [1788981143, 1788981143000],
    ['1788981143418', 1788981143418],
    [new Date(Date.UTC(2026, 8, 9)), Date.UTC(2026, 8, 9)]
  ])('%p is %p ms', (dateCreated, ms) => {
    expect(creationTime(dateCreated)).toBe(ms)
  })

  test.each([undefined, '', 'yesterday', '-5', {}])('%p gives no startTime', dateCreated => {
    expect(creationTime(dateCreated)).toBeUndefined()
  })
})
