// How many calls the wait may make: a token bucket, so that the rate holds over any stretch.
import type { Clock } from '../common/index.js'

/**
 * The wait spends at most this many calls per poll interval on average: a full look (image,
 * workflows, the running workflow's steps) costs three, and while steps stream most looks list
 * the steps alone. When nothing streams, lighter looks come twice as often, mostly a status-only
 * check, so the end, which usually follows distribution and integration, is noticed sooner for
 * the same calls per minute.
 */
export const CALLS_PER_INTERVAL = 3
/**
 * The rate the budget refills at, a little under the full-poll cost, so that a whole wait,
 * with the submit before it and a last poll it never pays back, stays within 12 calls a minute at
 * the default interval.
 */
const BUDGET_PER_INTERVAL = 2.75

/**
 * Throttled again and again, the wait still looks at a running build more often than every other
 * interval: 100 builds at this share ask for about 7 of the account's 10 calls a second, which
 * the quiet stretches between their stage changes leave room for.
 */
const MIN_SHARE = 0.4
/**
 * A poll that cost more than planned (a throttled call, a stage change's two step listings) is
 * paid back from at most this many calls of debt: at a low share more debt would be several
 * intervals without a look.
 */
const MAX_DEBT = 1
/** A throttled call halves the share (0.7 threw 15 % of calls at 100 builds, against 11 %). */
const DECREASE = 1 / 2
/**
 * How long the share takes to grow back from nothing to the full rate, whatever the interval and
 * however often the wait looks: growth by the clock, not by the poll, so that every build on the
 * account climbs at the same pace and only the cuts (which fall on whoever calls most) differ.
 * Slow enough that a hundred builds cut at one stage change have not all grown back by the next
 * (eight minutes let them, and the next change threw 18 % of calls).
 */
export const RECOVERY_MS = 16 * 60_000

/**
 * A token bucket over the calls the wait makes: polls that cost more than planned (a stage
 * change lists two workflows' steps) are paid back by waiting longer, so the rate holds over any
 * stretch of the build. The account's rate is shared by all its builds, which cannot talk to each
 * other: each adapts to the one signal they all get, throttling, with the same steps (additive
 * increase, multiplicative decrease). A throttled call cuts the refill rate; the rate then
 * grows back linearly with time. Since the throttling falls more often on the builds that call
 * more, and every build grows at the same pace, the builds converge on an even share of what the
 * account allows.
 */
export class CallBudget {
  private tokens = 0
  private readonly perMs: number
  /** The share of the full rate this wait takes now. */
  private share: number

  constructor(
    private readonly clock: Clock,
    intervalMs: number,
    private at = clock.now(),
    share = 1
  ) {
    this.perMs = BUDGET_PER_INTERVAL / intervalMs
    this.share = Math.min(1, Math.max(MIN_SHARE, share))
  }

  spend(calls: number): void {
    this.refill()
    this.tokens = Math.max(-MAX_DEBT, this.tokens - calls)
  }

  /** How long until `calls` more fit, from now. */
  waitFor(calls: number): number {
    this.refill()
    return Math.max(0, (calls - this.tokens) / (this.perMs * this.share))
  }

  /** Throttled lately: the wait has less than its full rate. */
  get constrained(): boolean {
    return this.currentShare < 1
  }

  /** The share of the full rate the wait takes now, between MIN_SHARE and 1. */
  get currentShare(): number {
    this.refill()
    return this.share
  }

  throttled(): void {
    this.refill()
    this.share = Math.max(MIN_SHARE, this.share * DECREASE)
  }

  private refill(): void {
    const now = this.clock.now()
    const span = Math.max(0, now - this.at)
    const grown = Math.min(1, this.share + span / RECOVERY_MS)
    // Earned over the span at the mean of the share at its ends: growth is linear.
    const earned = span * this.perMs * ((this.share + grown) / 2)
    this.tokens = Math.min(CALLS_PER_INTERVAL, this.tokens + earned)
    this.share = grown
    this.at = now
  }
}
