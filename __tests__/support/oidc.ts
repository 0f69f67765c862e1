// A runner with 'permissions: id-token: write' and no AWS credentials: role-to-assume is the way
// in, through the emulator's OIDC endpoint and STS.
import type { Emulator } from '../../emulator/index.js'

export function oidcEnv(emulator: Emulator): Record<string, string | undefined> {
  return {
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_ENDPOINT_URL_STS: emulator.url,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${emulator.url}/oidc/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulator.oidcRequestToken
  }
}
