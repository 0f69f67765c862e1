// How many calls the wait may make: a token bucket, so that the rate holds over any stretch.
import type { Clock } from '../common/index.js'

/**
 * The wait spends at most this many calls per poll interval on average: a full poll (image,
 * workflows, the running workflow's steps) once per interval while steps stream; twice as many
 * lighter polls when nothing streams, alternating a workflow listing with a status-only check.
 * The end, which usually follows distribution and integration, is then noticed sooner for the
 * same calls per minute.
 */
export const CALLS_PER_INTERVAL = 3
/**
 * The rate the budget refills at, a little under the full-poll cost, so that a whole wait,
 * with the submit before it and a last poll it never pays back, stays within 12 calls a minute at
 * the default interval.
 */
const BUDGET_PER_INTERVAL = 2.75

/** Throttled again and again, the wait still reads the status about every other interval. */
const MIN_SHARE = 1 / 4
/** Each poll answered in full wins back this much of the rate. */
const RECOVERY = 1 / 32

/**
 * A token bucket over the calls the wait makes: polls that cost more than planned (a stage
 * change lists two workflows' steps) are paid back by waiting longer, so the rate holds over any
 * stretch of the build. The account's rate is shared by all its builds: when a call is
 * throttled the refill rate halves, and it comes back a thirty-second at a time with each poll
 * answered in full (additive increase, multiplicative decrease), so that a fleet of waiting
 * builds settles on what the account allows instead of spending calls it does not have.
 */
export class CallBudget {
  private tokens = 0
  private readonly perMs: number
  /** The share of the full rate this wait takes now. */
  private share = 1

  constructor(
    private readonly clock: Clock,
    intervalMs: number,
    private at = clock.now()
  ) {
    this.perMs = BUDGET_PER_INTERVAL / intervalMs
  }

  spend(calls: number): void {
    this.refill()
    this.tokens -= calls
  }

  /** How long until `calls` more fit, from now. */
  waitFor(calls: number): number {
    this.refill()
    return Math.max(0, (calls - this.tokens) / (this.perMs * this.share))
  }

  /** Throttled lately: the wait has less than its full rate. */
  get constrained(): boolean {
    return this.share < 1
  }

  throttled(): void {
    this.refill()
    this.share = Math.max(MIN_SHARE, this.share / 2)
  }

  answered(): void {
    this.refill()
    this.share = Math.min(1, this.share + RECOVERY)
  }

  private refill(): void {
    const now = this.clock.now()
    const earned = (now - this.at) * this.perMs * this.share
    this.tokens = Math.min(CALLS_PER_INTERVAL, this.tokens + earned)
    this.at = now
  }
}
