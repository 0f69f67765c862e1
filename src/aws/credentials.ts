// role-to-assume: the action exchanges the job's OIDC token for role credentials itself, so that
// it can do it again when they run out. The SDK calls the provider again shortly before the
// expiration it returns, which is what keeps a wait longer than the session alive.
import * as core from '@actions/core'
import type { STSClient } from '@aws-sdk/client-sts'
import { ActionError, CredentialsError, awsErrorText } from './errors.js'
import { proxyAgentsFor, serviceEndpoint } from './proxy.js'

export interface RoleCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration?: Date
}

/** What the SDK clients accept as `credentials`: called again as the expiration nears. */
export type CredentialsProvider = () => Promise<RoleCredentials>

export interface RoleSettings {
  roleArn: string
  durationSeconds: number
}

const AUDIENCE = 'sts.amazonaws.com'
const OIDC_TIMEOUT_MS = 10_000

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Why the token could not be had, and the advice that fits: the permission is missing only when
 * the runner gave no request variables or refused the request (401, 403); a 5xx or no answer is
 * GitHub's side.
 */
function oidcFailure(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim()
  const lead = `Could not get the job's OIDC token for role-to-assume: ${text}.`
  const status = Number(/Error Code : (\d+)/.exec(message)?.[1] ?? 0)
  if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message) || status === 401 || status === 403)
    return `${lead} Give the job 'permissions: id-token: write'.`
  if (status >= 500 || /no answer/.test(message))
    return `${lead} GitHub's token service did not answer as it should; re-run the job, and see githubstatus.com if it persists.`
  return lead
}

function sessionName(env: Record<string, string | undefined>): string {
  const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-') || 'local'
  return `imagebuilder-action-${id}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

export function assumeRoleCredentials(role: RoleSettings, region: string): CredentialsProvider {
  let sts: STSClient | undefined
  return async (): Promise<RoleCredentials> => {
    // Loaded only with role-to-assume, so that other runs do not pay for it at start-up.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await import('@aws-sdk/client-sts')
    sts ??= new STSClient({
      region,
      requestHandler: { ...(await proxyAgentsFor(serviceEndpoint('sts', region, process.env))) }
    })
    let token: string
    try {
      token = await withTimeout(core.getIDToken(AUDIENCE), OIDC_TIMEOUT_MS, 'no answer in 10 s')
    } catch (error) {
      throw new CredentialsError(oidcFailure((error as Error).message))
    }
    try {
      const { Credentials: c } = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role.roleArn,
          RoleSessionName: sessionName(process.env),
          WebIdentityToken: token,
          DurationSeconds: role.durationSeconds
        }),
        { abortSignal: AbortSignal.timeout(OIDC_TIMEOUT_MS) }
      )
      if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
        throw new CredentialsError('STS returned no credentials')
      // Masked before anything else can print them; the key ID too, as configure-aws-credentials does.
      core.setSecret(c.AccessKeyId)
      core.setSecret(c.SecretAccessKey)
      core.setSecret(c.SessionToken)
      core.debug(
        `Assumed ${role.roleArn} until ${c.Expiration?.toISOString() ?? 'an unknown time'}`
      )
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration
      }
    } catch (error) {
      if (error instanceof ActionError) throw error
      throw new CredentialsError(
        `${awsErrorText(error, 'AssumeRoleWithWebIdentity')} Check that ${role.roleArn} trusts this repository's OIDC tokens (token.actions.githubusercontent.com).`
      )
    }
  }
}
