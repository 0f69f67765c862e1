// Where and as whom the action calls AWS; every client is made from one of these.
import {
  assumeRoleCredentials,
  type CredentialsProvider,
  type RoleSettings
} from './credentials.js'
import { serviceEndpoint } from './proxy.js'

export const USER_AGENT = 'imagebuilder-action/0.1.0'

export interface Connection {
  region: string
  /** From role-to-assume; otherwise the SDK's default chain (environment, profile, ...). */
  credentials?: CredentialsProvider
}

/** Where Image Builder calls go: the SDK's endpoint variable, or the region's public endpoint. */
export function imageBuilderEndpoint(
  region: string,
  env: Record<string, string | undefined>
): string {
  return serviceEndpoint('imagebuilder', region, env)
}

export function connectionFor(region: string, role: RoleSettings | undefined): Connection {
  return { region, credentials: role ? assumeRoleCredentials(role, region) : undefined }
}
