// The default client token makes a start call idempotent for one execution of a step: its own
// repeats, the re-send that learns which image an interrupted call made, and its post step get the
// build it started (they send the call saved with its token). Nothing else does, not even another
// execution with the same request: see EXECUTION.
import { createHash, randomUUID } from 'node:crypto'

type Env = Record<string, string | undefined>

/**
 * This execution of the step. Nothing GitHub tells an action sets two legs of a matrix job apart:
 * they share the run, attempt, job (GITHUB_JOB) and step (GITHUB_ACTION); the matrix,
 * strategy.job-index and job.check_run_id exist only in expressions. Legs whose requests are equal
 * would share one build, and one leg's timeout or cancel would cancel it under the other. So each
 * execution has a token of its own, and a step only ever cancels a build it started itself. A step
 * executed again in the same run attempt starts a build of its own too.
 */
const EXECUTION: string = randomUUID()

/**
 * Returns undefined outside GitHub Actions (no run ID), letting the SDK pick a random token.
 * 36 characters: the current model allows 64, but older docs and the CLI reference say 36.
 */
export function defaultClientToken(
  request: object,
  region: string,
  env: Env,
  execution = EXECUTION
): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined
  const identity = [
    execution,
    env.GITHUB_REPOSITORY ?? '',
    env.GITHUB_RUN_ID,
    env.GITHUB_RUN_ATTEMPT ?? '1',
    env.GITHUB_JOB ?? '',
    env.GITHUB_ACTION ?? '',
    region,
    canonicalJson(request)
  ]
  return hashedToken('gha', identity)
}

/** `prefix-` and 32 hex digits of the value's hash: equal values, equal tokens. */
export function hashedToken(prefix: string, value: unknown): string {
  return `${prefix}-${createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32)}`
}

/** JSON with sorted keys and undefined members dropped, so equal requests hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
