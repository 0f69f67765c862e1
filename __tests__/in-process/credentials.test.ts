// role-to-assume from source: the job's OIDC token for the role's credentials, and clear words
// when either step fails.
import { expect, test } from '@jest/globals'
import { ACCOUNT } from '../../emulator/fixtures.js'
import { errors, inProcessSetup } from './support.js'
import { oidcEnv } from '../support/oidc.js'

const t = inProcessSetup()
const ROLE = `arn:aws:iam::${ACCOUNT}:role/github-imagebuilder`

test('assumes the role with the OIDC token and signs every call with its credentials', async () => {
  const result = await t.main({
    inputs: { 'role-to-assume': ROLE, wait: 'false' },
    env: oidcEnv(t.emulator)
  })
  expect(errors(result)).toEqual([])
  const [assumed] = t.emulator.calls('AssumeRoleWithWebIdentity')
  expect(assumed.body).toMatchObject({ RoleArn: ROLE, DurationSeconds: '3600' })
  expect(t.emulator.issuedCredentials.has(t.emulator.calls('CreateImage')[0].accessKeyId)).toBe(
    true
  )
})

test('without id-token: write, the error says to grant it', async () => {
  const result = await t.main({
    inputs: { 'role-to-assume': ROLE },
    env: {
      ...oidcEnv(t.emulator),
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
    }
  })
  expect(errors(result)[0]).toMatch(
    /^Could not get the job's OIDC token for role-to-assume: .*permissions: id-token: write/
  )
})

test('a role that does not trust the repository', async () => {
  t.emulator.untrustedRoles.add(ROLE)
  const result = await t.main({ inputs: { 'role-to-assume': ROLE }, env: oidcEnv(t.emulator) })
  expect(errors(result)[0]).toMatch(
    /^AssumeRoleWithWebIdentity failed: AccessDenied: .* Check that .* trusts this repository's OIDC tokens/
  )
})

test('no credentials at all', async () => {
  const result = await t.main({
    env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }
  })
  expect(errors(result)[0]).toMatch(
    /No AWS credentials were found: run aws-actions\/configure-aws-credentials/
  )
})
