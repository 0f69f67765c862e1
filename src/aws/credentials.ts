// role-to-assume: the action exchanges the job's OIDC token for role credentials itself, so that
// it can do it again when they run out. The SDK calls the provider again shortly before the
// expiration it returns, which is what keeps a wait longer than the session alive.
import * as core from '@actions/core'
import type { STSClient } from '@aws-sdk/client-sts'
import { ActionError, awsErrorText } from './errors.js'

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

function sessionName(env: Record<string, string | undefined>): string {
  const id = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-') || 'local'
  return `imagebuilder-action-${id}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

export function assumeRoleCredentials(role: RoleSettings, region: string): CredentialsProvider {
  let sts: STSClient | undefined
  return async (): Promise<RoleCredentials> => {
    // Loaded only with role-to-assume, so that other runs do not pay for it at start-up.
    const { AssumeRoleWithWebIdentityCommand, STSClient } = await import('@aws-sdk/client-sts')
    sts ??= new STSClient({ region })
    let token: string
    try {
      token = await core.getIDToken(AUDIENCE)
    } catch (error) {
      throw new ActionError(
        `Could not get the job's OIDC token for role-to-assume: ${(error as Error).message}. Give the job 'permissions: id-token: write'.`
      )
    }
    try {
      const { Credentials: c } = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role.roleArn,
          RoleSessionName: sessionName(process.env),
          WebIdentityToken: token,
          DurationSeconds: role.durationSeconds
        })
      )
      if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
        throw new ActionError('STS returned no credentials')
      // Masked before anything else can print them.
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
      throw new ActionError(
        `${awsErrorText(error, 'AssumeRoleWithWebIdentity')} Check that ${role.roleArn} trusts this repository's OIDC tokens (token.actions.githubusercontent.com).`
      )
    }
  }
}
