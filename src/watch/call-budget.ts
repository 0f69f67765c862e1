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

/**
 * A token bucket over the calls the wait makes: polls that cost more than planned (a stage
 * change lists two workflows' steps) are paid back by waiting longer, so the rate holds over any
 * stretch of the build.
 */
export class CallBudget {
  private tokens = 0
  private readonly perMs: number

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
    return Math.max(0, (calls - this.tokens) / this.perMs)
  }

  private refill(): void {
    const now = this.clock.now()
    this.tokens = Math.min(CALLS_PER_INTERVAL, this.tokens + (now - this.at) * this.perMs)
    this.at = now
  }
}
