// No credential, session token or OIDC token may reach the log, outputs, state or summary, on any
// path: success, failure, bad input, expired credentials, debug logging on. A value the step masks
// (`::add-mask::`) is hidden by the runner, as everywhere else in the log.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Emulator } from '../../emulator/index.js'
import { failOnModelViolations } from '../support/use-emulator.js'
import { ACCOUNT, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { masked, runAction, type RunResult } from '../support/harness.js'
import { oidcEnv } from '../support/oidc.js'
import { LoopbackProxy } from '../support/proxy.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
beforeAll(() => emulator.start())
afterAll(() => emulator.stop())

const SECRETS = {
  AWS_ACCESS_KEY_ID: 'AKIASECRETCANARY0001',
  AWS_SECRET_ACCESS_KEY: 'secret-canary-Zq8w3VhQy1Lr9sKd0pTx',
  AWS_SESSION_TOKEN: 'session-canary-IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-canary-6f1c2b9e',
  ACTIONS_RUNTIME_TOKEN: 'runtime-canary-0b7d4e1a'
}
const BASE = CREATE_IMAGE_INPUTS

/** stdout and stderr as the runner's log shows them. */
const shown = (result: RunResult): string =>
  masked(
    [...result.stdout.split('\n').filter(l => !l.startsWith('::add-mask::')), result.stderr].join(
      '\n'
    ),
    result.masks
  )

function expectNoSecrets(result: RunResult): void {
  const written = [
    shown(result),
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(result.state)
  ].join('\n')
  for (const [name, value] of Object.entries(SECRETS)) {
    expect({ name, leaked: written.includes(value) }).toEqual({ name, leaked: false })
    // A fragment is as bad as the whole: look for the distinctive part too.
    expect({ name, leaked: written.includes(value.slice(-12)) }).toEqual({ name, leaked: false })
  }
}

test.each<[string, Record<string, string>, () => void]>([
  ['a successful build', {}, () => (emulator.scenario = {})],
  [
    'a failed build',
    {},
    () =>
      (emulator.scenario = {
        fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'boom' }
      })
  ],
  ['bad input', { wait: 'perhaps' }, () => (emulator.scenario = {})],
  [
    'credentials rejected while waiting',
    {},
    () => {
      emulator.scenario = { stepMs: 2000 }
      emulator.inject({
        operation: 'GetImage',
        errorType: 'ExpiredTokenException',
        after: 1,
        times: 1
      })
    }
  ],
  [
    'an API error on submit',
    { 'client-token': 'x'.repeat(64) },
    () =>
      emulator.inject({ operation: 'CreateImage', errorType: 'AccessDeniedException', times: 1 })
  ]
])('%s writes no secret anywhere, debug logging on', async (_name, inputs, arrange) => {
  emulator.clearFaults()
  arrange()
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, ...inputs },
    env: { ...SECRETS, RUNNER_DEBUG: '1' }
  })
  expect(result.exitCode).not.toBeNull()
  expectNoSecrets(result)
  // The requests were signed with the canary credentials: the test would see them if they leaked.
  if (emulator.requests.length > 0)
    expect(emulator.requests.at(-1)?.accessKeyId).toBe(SECRETS.AWS_ACCESS_KEY_ID)
})

test('the access key ID is masked like the secret key, as configure-aws-credentials does', async () => {
  emulator.clearFaults()
  emulator.scenario = {}
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, wait: 'false' },
    env: SECRETS
  })
  expect(result.exitCode).toBe(0)
  expect(result.masks).toEqual(
    expect.arrayContaining([
      SECRETS.AWS_ACCESS_KEY_ID,
      SECRETS.AWS_SECRET_ACCESS_KEY,
      SECRETS.AWS_SESSION_TOKEN
    ])
  )
})

test('the access key ID of the role-to-assume credentials is masked too', async () => {
  emulator.clearFaults()
  emulator.scenario = {}
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, wait: 'false', 'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/ci` },
    env: oidcEnv(emulator)
  })
  expect(result.exitCode).toBe(0)
  const signedWith = emulator.requests.at(-1)?.accessKeyId ?? ''
  expect(signedWith).toMatch(/^ASIA/)
  expect(result.masks).toContain(signedWith)
})

describe('proxy credentials', () => {
  const host = 'imagebuilder.emulator.test'
  const proxy = new LoopbackProxy(host, () => Number(new URL(emulator.url).port))
  let proxyAddress = ''
  beforeAll(async () => {
    proxyAddress = (await proxy.start()).replace(/^http:\/\//, '')
  })
  afterAll(() => proxy.stop())

  // Percent-encoded in the URL: the agents print it as written, and send it decoded.
  const USER = { raw: 'ci%2Dproxy%2Duser', decoded: 'ci-proxy-user' }
  const PASSWORD = { raw: 'Pr0xy%40canary%3A7x', decoded: 'Pr0xy@canary:7x' }
  const OTHER = { user: 'https-canary-user', password: 'https-canary-Kq2v' }

  test.each([
    ['main', 'HTTP_PROXY', 'HTTPS_PROXY'],
    ['post', 'http_proxy', 'https_proxy']
  ])(
    'the %s step masks user and password of %s and %s before anything prints them, DEBUG=* on',
    async (entry, httpVariable, httpsVariable) => {
      emulator.clearFaults()
      emulator.scenario = { stepMs: 60_000 }
      proxy.seen.length = 0
      const endpoint = `http://${host}:${new URL(emulator.url).port}`
      const env = {
        [httpVariable]: `http://${USER.raw}:${PASSWORD.raw}@${proxyAddress}`,
        [httpsVariable]: `http://${OTHER.user}:${OTHER.password}@proxy.invalid:3128`,
        DEBUG: '*',
        RUNNER_DEBUG: '1'
      }
      const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden-al2023/1.2.0/1`
      const result = await runAction({
        endpoint,
        entry: entry as 'main' | 'post',
        // The post step leaves alone what was started with wait: false.
        inputs: { ...BASE, wait: entry === 'main' ? 'false' : 'true', 'poll-interval': '5' },
        state: entry === 'post' ? { 'image-arn': arn, started: 'true' } : undefined,
        env
      })
      expect(result.exitCode).toBe(0)
      // The calls went through the proxy, and the agents printed what they print.
      expect(proxy.seen.length).toBeGreaterThan(0)
      expect(result.stderr).toMatch(/proxy-agent/)
      const secrets = [
        USER.raw,
        USER.decoded,
        PASSWORD.raw,
        PASSWORD.decoded,
        OTHER.user,
        OTHER.password,
        Buffer.from(`${USER.decoded}:${PASSWORD.decoded}`).toString('base64')
      ]
      expect(result.masks).toEqual(expect.arrayContaining(secrets))
      for (const secret of secrets)
        expect({ secret, shown: shown(result).includes(secret) }).toEqual({ secret, shown: false })
      // The masks come before any other line the step writes.
      const lines = result.stdout.split('\n').filter(Boolean)
      const firstOther = lines.findIndex(l => !l.startsWith('::add-mask::'))
      expect(lines.slice(firstOther).filter(l => l.startsWith('::add-mask::'))).toEqual([])
    }
  )
})
