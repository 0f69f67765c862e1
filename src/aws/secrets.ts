// Secrets the action's own environment holds, masked before anything can print them: with
// DEBUG=* the proxy agents print the proxy's URL, and the HTTP request with its
// Proxy-Authorization header; the SDK's errors may name the access key ID.
import * as core from '@actions/core'

/** The variables proxy-from-env reads, in either case. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy']
/** Masked as configure-aws-credentials masks them, the access key ID included. */
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The user and password a proxy URL carries, in every form a log line may show them: as written,
 * URL-decoded, as the URL parser normalizes them, and as the Basic credentials sent to the proxy.
 */
export function proxySecrets(value: string): string[] {
  // The authority as the URL parser finds it: after the scheme (one is assumed if absent), up to
  // the path; its user information is what comes before the last '@'.
  const rest = value.includes('://') ? value.slice(value.indexOf('://') + 3) : value
  const authority = rest.split(/[/?#]/, 1)[0]
  const at = authority.lastIndexOf('@')
  if (at < 0) return []
  const userInfo = authority.slice(0, at)
  const colon = userInfo.indexOf(':')
  const user = colon < 0 ? userInfo : userInfo.slice(0, colon)
  const password = colon < 0 ? '' : userInfo.slice(colon + 1)
  const basic = (u: string, p: string): string =>
    Buffer.from(`${decoded(u)}:${decoded(p)}`).toString('base64')
  const forms = [user, password, decoded(user), decoded(password), basic(user, password)]
  try {
    // What the agents print and send comes from the parsed URL.
    const url = new URL(value.includes('://') ? value : `http://${value}`)
    forms.push(url.username, url.password, basic(url.username, url.password))
  } catch {
    // Not a URL the agents could use either: the forms above are all it can show.
  }
  return [...new Set(forms.filter(Boolean))]
}

/** Masks the proxy credentials and the AWS credentials the environment holds. */
export function maskSecrets(env: Record<string, string | undefined>): void {
  const proxies = PROXY_VARIABLES.flatMap(name => [env[name], env[name.toUpperCase()]])
  for (const value of proxies)
    for (const secret of proxySecrets(value ?? '')) core.setSecret(secret)
  for (const name of CREDENTIAL_VARIABLES) if (env[name]) core.setSecret(env[name])
}
