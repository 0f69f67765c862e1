// The wait's call budget shares an account's rate with builds it cannot talk to: pinned here on a
// simulated account, with the budget's own clock replaced.
import { describe, expect, test } from '@jest/globals'
import { CallBudget } from '../../src/watch/call-budget.js'
// Moved by hand: the simulation decides when each wait looks.
import { ManualClock } from '../support/manual-clock.js'

const INTERVAL_MS = 15_000

/** The account's token bucket: `perSecond` calls a second, `burst` at once. */
function account(perSecond: number, burst: number) {
  let tokens = burst
  let at = 0
  return (now: number): boolean => {
    tokens = Math.min(burst, tokens + ((now - at) / 1000) * perSecond)
    at = now
    if (tokens < 1) return false
    tokens--
    return true
  }
}

/**
 * Two waits that follow a running build (a look is GetImage and the running workflow's steps) on
 * an account that allows less than both want, as the wait loop paces them: no sooner than half an
 * interval, and no sooner than the budget allows. Returns each one's looks after `settleMs`.
 */
function share(budgets: CallBudget[], clock: ManualClock, minutes: number, settleMs: number) {
  const call = account(0.25, 6)
  const next = budgets.map(() => 0)
  const looks = budgets.map(() => 0)
  while (clock.t < minutes * 60_000) {
    const i = next.indexOf(Math.min(...next))
    clock.t = next[i]
    const budget = budgets[i]
    const getImage = call(clock.t)
    const steps = getImage && call(clock.t)
    budget.spend(getImage ? 2 : 1)
    if (!steps) budget.throttled()
    else if (clock.t >= settleMs) looks[i]++
    next[i] = clock.t + Math.max(INTERVAL_MS / 2, budget.waitFor(2))
  }
  return looks
}

describe('the call budget', () => {
  test('two waits that start unequal converge on an even share of the account', () => {
    const clock = new ManualClock()
    const starved = new CallBudget(clock, INTERVAL_MS)
    const greedy = new CallBudget(clock, INTERVAL_MS)
    // One was throttled at the start, twice: a quarter of the rate the other still takes.
    starved.throttled()
    starved.throttled()
    const looks = share([starved, greedy], clock, 60, 20 * 60_000)
    // Together they use what the account allows (0.25 calls a second, 2 a look)...
    const perLook = (40 * 60) / 2
    expect(looks[0] + looks[1]).toBeGreaterThan(0.7 * perLook * 0.25)
    // ...evenly, after a while.
    expect(looks[0] / looks[1]).toBeGreaterThan(0.8)
    expect(looks[0] / looks[1]).toBeLessThan(1.25)
  })

  test('the rate grows back with time, not with how often the wait looks', () => {
    const clock = new ManualClock()
    const often = new CallBudget(clock, INTERVAL_MS)
    const seldom = new CallBudget(clock, INTERVAL_MS)
    for (const budget of [often, seldom]) {
      budget.throttled()
      budget.throttled()
    }
    for (let t = 0; t < 4 * 60_000; t += INTERVAL_MS / 2) {
      clock.t = t
      often.spend(1)
      if (t % (4 * INTERVAL_MS) === 0) seldom.spend(1)
    }
    clock.t = 4 * 60_000
    // Two minutes after the cuts, the same rate, whatever each spent meanwhile.
    expect(often.currentShare).toBeCloseTo(seldom.currentShare, 5)
    expect(often.constrained).toBe(true)
    clock.t = 20 * 60_000
    expect(often.constrained).toBe(false)
  })
})
