// role-to-assume: the action gets the job's OIDC token, assumes the role through STS, and assumes
// it again before the credentials run out, so a wait longer than the session still works.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { Emulator } from '../../emulator/index.js'
import { failOnModelViolations } from '../support/use-emulator.js'
import { ACCOUNT, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { oidcEnv } from '../support/oidc.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
const ROLE = `arn:aws:iam::${ACCOUNT}:role/github-imagebuilder`
beforeAll(() => emulator.start())
beforeEach(() => {
  emulator.requests.length = 0
  emulator.scenario = {}
})
afterAll(() => emulator.stop())

const BASE = CREATE_IMAGE_INPUTS

const imagebuilderCalls = () =>
  emulator.requests.filter(r => !['OidcToken', 'AssumeRoleWithWebIdentity'].includes(r.operation))

test('assumes the role with the OIDC token and again before each set of credentials expires', async () => {
  emulator.credentialLifetimeMs = 600
  emulator.scenario = { stepMs: 150 }
  const result: RunResult = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'role-to-assume': ROLE, 'role-duration-seconds': '7200' },
    env: oidcEnv(emulator)
  })
  expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
  expect(result.exitCode).toBe(0)
  expect(result.outputs.status).toBe('AVAILABLE')

  const assumed = emulator.calls('AssumeRoleWithWebIdentity')
  expect(assumed.length).toBeGreaterThan(2)
  expect(emulator.calls('OidcToken')).toHaveLength(assumed.length)
  expect(emulator.calls('OidcToken')[0].query.audience).toBe('sts.amazonaws.com')
  expect(assumed[0].body).toMatchObject({
    RoleArn: ROLE,
    DurationSeconds: '7200',
    RoleSessionName: expect.stringMatching(/^imagebuilder-action-\d+-1$/)
  })

  // Every Image Builder call was signed with credentials STS issued, and none with expired ones.
  const keys = imagebuilderCalls().map(r => r.accessKeyId)
  expect(keys.every(k => emulator.issuedCredentials.has(k))).toBe(true)
  expect(new Set(keys).size).toBeGreaterThan(1)
  expect(emulator.requests.filter(r => r.fault === 'expired credentials')).toEqual([])

  // The issued secrets are masked before use and appear nowhere else.
  const lines = result.stdout.split('\n')
  for (const { secretAccessKey, sessionToken } of emulator.issuedCredentials.values()) {
    for (const secret of [secretAccessKey, sessionToken]) {
      expect(lines.filter(l => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([])
      expect(
        result.summary + JSON.stringify(result.outputs) + JSON.stringify(result.state)
      ).not.toContain(secret)
    }
  }
  emulator.credentialLifetimeMs = 3_600_000
})

test.each<[string, Record<string, undefined | string>, RegExp]>([
  [
    'without id-token permission it says what to grant',
    { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
    /^Could not get the job's OIDC token for role-to-assume: .*Give the job 'permissions: id-token: write'\.$/
  ],
  [
    'an OIDC token request the runner refuses is reported as such',
    { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-runner-token' },
    /^Could not get the job's OIDC token for role-to-assume: /
  ]
])('%s, before any Image Builder call', async (_name, change, message) => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'role-to-assume': ROLE },
    env: { ...oidcEnv(emulator), ...change }
  })
  expect(result.exitCode).toBe(1)
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toMatch(message)
  expect(imagebuilderCalls()).toEqual([])
})

test('a role that does not trust the token is reported with what to check', async () => {
  const untrusted = `arn:aws:iam::${ACCOUNT}:role/someone-elses`
  emulator.untrustedRoles.add(untrusted)
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'role-to-assume': untrusted },
    env: oidcEnv(emulator)
  })
  expect(result.exitCode).toBe(1)
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toBe(
    `AssumeRoleWithWebIdentity failed: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity. Check that ${untrusted} trusts this repository's OIDC tokens (token.actions.githubusercontent.com).`
  )
  expect(imagebuilderCalls()).toEqual([])
})

test.each([
  [
    'not a role ARN',
    { 'role-to-assume': 'github-imagebuilder' },
    'role-to-assume',
    /must be an IAM role ARN/
  ],
  [
    'a session too short',
    { 'role-to-assume': ROLE, 'role-duration-seconds': '600' },
    'role-duration-seconds',
    /from 900 to 43200; got '600'/
  ]
])('refuses %s before any call', async (_name, inputs, input, message) => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, ...inputs },
    env: oidcEnv(emulator)
  })
  expect(result.exitCode).toBe(1)
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toContain(`Input '${input}'`)
  expect(error.message).toMatch(message)
  expect(emulator.requests).toEqual([])
})
