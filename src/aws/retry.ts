// Backoff shared by the calls that may be repeated safely: the submit (the client token makes a
// repeat return the same image) and the status checks.
import { isThrottling, isTransient } from './errors.js'
import { systemClock, type Clock } from '../common/index.js'

/** Between half and all of `ms`: many jobs throttled at once do not come back in lockstep. */
export function jitter(ms: number): number {
  return Math.round(ms * (0.5 + Math.random() / 2))
}

/** The exponential ceiling after `failures`, from `baseMs` up to `maxMs`. */
function ceilingMs(failures: number, baseMs: number, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures, 10))
}

/** Exponential backoff with jitter, from `baseMs` up to `maxMs`. */
export function backoffMs(failures: number, baseMs: number, maxMs?: number): number {
  return Math.max(baseMs, jitter(ceilingMs(failures, baseMs, maxMs)))
}

/**
 * Anywhere from `floorMs` to `ceilingMs`: a pause drawn from zero sent a throttled call again
 * within milliseconds, one time in fifty, to an account that had just refused it.
 */
function fullJitterMs(floorMs: number, ceiling: number): number {
  return Math.round(floorMs + Math.random() * Math.max(0, ceiling - floorMs))
}

/**
 * A throttled call that starts a build waits at random from a second up to twice this (32 s),
 * then up to the minute. A hundred starts at once are throttled about 0.7 times each either way,
 * but the wider their retries spread the builds, the less their stage changes meet. Against 16 s,
 * then 32: 7.7 % of calls throttled instead of 9.4, step starts 1.9 polls late at p95 instead of
 * 2.06, a third as many statuses unshown (npm run bench:sim, 16 runs each).
 */
export const START_THROTTLED_BASE_MS = 16_000
/**
 * The other calls repeated through throttling before the wait (the reads a start needs, publish's
 * calls) wait from a second up to twice this, then four times: they start no build, so spreading
 * them buys nothing later, and a job throttled twice there waited most of a minute more.
 */
export const THROTTLED_BASE_MS = 8_000

/**
 * How long the calls repeated before the wait (the submit, the reads a start needs, publish's
 * calls) bear failures: 5xx answers and dropped connections two minutes from the first of them;
 * throttling ten (from the step's start: StartContext.throttledUntil). A throttled call made
 * nothing, and a job failed for it would only be run again into the same busy account: a hundred
 * builds started at once had a start throttled past two minutes about once in 4,000 (npm run
 * bench:sim). Past ten, the account is refusing far more than its share.
 */
export const REPEAT_LIMITS = { limitMs: 120_000, throttledLimitMs: 10 * 60_000 }

export interface RetryOptions {
  /** Keep retrying transient failures for this long. */
  limitMs: number
  baseMs?: number
  /** The longest pause between two attempts (a minute unless said). */
  maxMs?: number
  /** At most this many attempts in all, however much time is left. */
  attempts?: number
  clock?: Clock
  signal?: AbortSignal
  onRetry?: (error: unknown, delayMs: number) => void
  /**
   * A throttled attempt waits a random time from `baseMs` up to this base doubled with each
   * failure (full jitter) instead of the usual backoff: the account's rate is shared, and calls
   * turned away together come back apart (START_THROTTLED_BASE_MS says how far apart).
   */
  throttledBaseMs?: number
  /**
   * Throttled attempts are repeated for up to this long, and the time they took does not count
   * against `limitMs`, which then bounds the other failures from the first of them.
   */
  throttledLimitMs?: number
  /** Which errors are worth another try; by default the transient ones. */
  retryable?: (error: unknown) => boolean
}

/**
 * `call` is told how long is left until no attempt would be sent again (never less than zero), to
 * bound its own attempt by it: with `throttledLimitMs`, an attempt after the other failures' time
 * is up may still be throttled, and so repeated, until the throttled limit.
 */
export async function withRetries<T>(
  call: (remainingMs: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const clock = options.clock ?? systemClock
  const start = clock.now()
  const { limitMs, throttledLimitMs } = options
  const throttledEnd = throttledLimitMs === undefined ? undefined : start + throttledLimitMs
  /** Where `limitMs` is counted from: with throttledLimitMs, the first failure not throttled. */
  let otherSince = throttledEnd === undefined ? start : undefined
  for (let failures = 1; ; failures++) {
    try {
      // A failure not throttled yet to come would be borne for limitMs from when it comes.
      const now = clock.now()
      return await call(Math.max(0, (otherSince ?? now) + limitMs - now, (throttledEnd ?? 0) - now))
    } catch (error) {
      const throttled = isThrottling(error)
      if (!throttled) otherSince ??= clock.now()
      const limitEnd =
        throttled && throttledEnd !== undefined ? throttledEnd : (otherSince ?? start) + limitMs
      const baseMs = options.baseMs ?? 1000
      const throttledBase = throttled ? options.throttledBaseMs : undefined
      const delayMs =
        throttledBase === undefined
          ? backoffMs(failures, baseMs, options.maxMs)
          : fullJitterMs(baseMs, ceilingMs(failures, throttledBase, options.maxMs))
      const retryable = options.retryable ?? isTransient
      const spent = failures >= (options.attempts ?? Infinity)
      if (!retryable(error) || spent || clock.now() + delayMs > limitEnd) throw error
      options.onRetry?.(error, delayMs)
      await clock.sleep(delayMs, options.signal)
    }
  }
}
