// No credential, session token or OIDC token may reach the log, outputs, state or summary, on any
// path: success, failure, bad input, expired credentials, debug logging on.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { Emulator } from '../../emulator/index.js'
import { failOnModelViolations } from '../support/use-emulator.js'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'

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

function expectNoSecrets(result: RunResult): void {
  const written = [
    result.stdout,
    result.stderr,
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
