// The default client token makes CreateImage idempotent per workflow step: re-executing the same
// step of the same run attempt gets the build it already started; a new attempt starts a new one.
import { createHash } from 'node:crypto'

type Env = Record<string, string | undefined>

/**
 * Returns undefined outside GitHub Actions (no run ID), letting the SDK pick a random token.
 * 36 characters: the current model allows 64, but older docs and the CLI reference say 36.
 */
export function defaultClientToken(request: object, region: string, env: Env): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined
  const identity = [
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
