// The SDK's own retries, for every call the action makes: a dropped connection or a 5xx is tried
// again at once, a little later; throttling never is. Each caller paces itself when throttled
// (the wait's call budget slows down, the submit and cancel back off with jitter), and retries the
// SDK made on top would spend the account's rate where no budget sees them: at a hundred builds
// at once, SDK retries turned 3,674 calls into 6,566 requests. (The SDK's adaptive mode also
// slows only this process, and holds it at half a request a second long after throttling ends.)

import { backoffMs } from './retry.js'

/** The SDK's retry token: which retry this is, and how long to wait before it. */
interface RetryToken {
  getRetryCount(): number
  getRetryDelay(): number
}

interface RetryErrorInfo {
  errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR'
}

const token = (count: number, delayMs: number): RetryToken => ({
  getRetryCount: () => count,
  getRetryDelay: () => delayMs
})

/** Retries transient and server errors up to `maxAttempts` in all, 100 to 400 ms apart. */
export function retriesWithoutThrottling(maxAttempts: number) {
  return {
    mode: 'standard',
    acquireInitialRetryToken: async (): Promise<RetryToken> => token(0, 0),
    refreshRetryTokenForRetry: async (
      previous: RetryToken,
      info: RetryErrorInfo
    ): Promise<RetryToken> => {
      const count = previous.getRetryCount() + 1
      const retryable = info.errorType === 'TRANSIENT' || info.errorType === 'SERVER_ERROR'
      // Throwing is how a strategy says no: the SDK then throws the call's own error.
      if (!retryable || count >= maxAttempts) throw new Error('no retry')
      return token(count, backoffMs(count, 100))
    },
    recordSuccess: (): void => {}
  }
}
