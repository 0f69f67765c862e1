// Faults the emulator injects into matching requests, and the account-wide rate limit.
import { STATUS_BY_ERROR } from './protocol.js'

export interface FaultSpec {
  /** Operation name, or names; any operation when absent. */
  operation?: string | string[]
  /** Answer with this error instead (status from the error type unless given). */
  errorType?: string
  status?: number
  message?: string
  /** Drop the connection without answering. */
  reset?: boolean
  /** Answer this much later (alone: a slow but correct answer). */
  delayMs?: number
  /** Carry out the operation, then lose the answer (error or reset): the caller cannot know it worked. */
  afterHandling?: boolean
  /** Only every Nth matching request (1: each). */
  every?: number
  /** Only with this probability. */
  probability?: number
  /** At most this many times. */
  times?: number
  /** Let this many matching requests through first. */
  after?: number
  /** Never answer: the connection stays open until the client gives up. */
  hang?: boolean
  /** Answer correctly, but the body a byte at a time, this many ms apart. */
  trickleMs?: number
  /** Answer this instead, whatever it is (a proxy's HTML page, an empty 200, truncated JSON). */
  raw?: { status: number; contentType?: string; body: string }
  /** Carry out the operation, then answer with what this makes of the answer's JSON. */
  transform?: (body: Record<string, unknown>) => unknown
}

interface ActiveFault extends FaultSpec {
  seen: number
  injected: number
}

/** A token bucket over the whole account, as Image Builder's request rate limit. */
export interface RateLimit {
  perSecond: number
  burst?: number
  errorType?: string
}

export class Faults {
  /** The account's clock: the server's, which a test or a simulation may replace. */
  constructor(private readonly now: () => number = Date.now) {}

  private active: ActiveFault[] = []
  private rateLimit?: RateLimit & { tokens: number; refilledAt: number }
  /** Requests refused by the account-wide rate limit. */
  throttled = 0

  inject(fault: FaultSpec): void {
    this.active.push({ ...fault, seen: 0, injected: 0 })
  }

  clear(): void {
    this.active = []
    this.rateLimit = undefined
    this.throttled = 0
  }

  /** Limits the account's request rate; undefined lifts the limit. */
  limitRate(limit: RateLimit | undefined): void {
    this.rateLimit = limit && {
      ...limit,
      tokens: limit.burst ?? limit.perSecond,
      refilledAt: this.now()
    }
  }

  /** How many times faults were injected. */
  get injected(): number {
    return this.active.reduce((sum, f) => sum + f.injected, 0)
  }

  /** The error type and status to throttle with, or undefined when the request may pass. */
  throttle(): { type: string; status: number } | undefined {
    const limit = this.rateLimit
    if (!limit) return undefined
    const now = this.now()
    const burst = limit.burst ?? limit.perSecond
    limit.tokens = Math.min(
      burst,
      limit.tokens + ((now - limit.refilledAt) / 1000) * limit.perSecond
    )
    limit.refilledAt = now
    if (limit.tokens >= 1) {
      limit.tokens -= 1
      return undefined
    }
    this.throttled++
    const type = limit.errorType ?? 'CallRateLimitExceededException'
    return { type, status: STATUS_BY_ERROR[type] ?? 429 }
  }

  match(operation: string): FaultSpec | undefined {
    for (const fault of this.active) {
      if (fault.operation !== undefined && ![fault.operation].flat().includes(operation)) continue
      if (fault.times !== undefined && fault.injected >= fault.times) continue
      fault.seen++
      if (fault.after !== undefined && fault.seen <= fault.after) continue
      if (fault.every !== undefined && fault.seen % fault.every !== 0) continue
      if (fault.probability !== undefined && Math.random() >= fault.probability) continue
      fault.injected++
      return fault
    }
    return undefined
  }
}
