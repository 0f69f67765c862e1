import { expect, test } from '@jest/globals'
import { defaultClientToken } from '../../src/aws/index.js'

const env = {
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_RUN_ID: '9',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'bake',
  GITHUB_ACTION: 'ib'
}
const request = { imageRecipeArn: 'a', tags: { x: '1', y: '2' } }

test('is stable for the same step and request, whatever the key order', () => {
  const token = defaultClientToken(request, 'us-east-1', env)
  expect(token).toMatch(/^gha-[0-9a-f]{32}$/)
  expect(
    defaultClientToken({ tags: { y: '2', x: '1' }, imageRecipeArn: 'a' }, 'us-east-1', env)
  ).toBe(token)
})

test.each([
  ['run attempt', { GITHUB_RUN_ATTEMPT: '2' }],
  ['job', { GITHUB_JOB: 'bake-arm' }],
  ['step', { GITHUB_ACTION: 'ib2' }],
  ['repository', { GITHUB_REPOSITORY: 'o/other' }]
])('changes with the %s', (_name, change) => {
  expect(defaultClientToken(request, 'us-east-1', { ...env, ...change })).not.toBe(
    defaultClientToken(request, 'us-east-1', env)
  )
})

test('changes with the execution: matrix legs and a step executed again get builds of their own', () => {
  expect(defaultClientToken(request, 'us-east-1', env, 'leg-1')).toBe(
    defaultClientToken(request, 'us-east-1', env, 'leg-1')
  )
  expect(defaultClientToken(request, 'us-east-1', env, 'leg-1')).not.toBe(
    defaultClientToken(request, 'us-east-1', env, 'leg-2')
  )
})

test('changes with the region and the request', () => {
  const token = defaultClientToken(request, 'us-east-1', env)
  expect(defaultClientToken(request, 'us-west-2', env)).not.toBe(token)
  expect(defaultClientToken({ ...request, tags: { x: '1' } }, 'us-east-1', env)).not.toBe(token)
})

test('is left to the SDK outside GitHub Actions', () => {
  expect(defaultClientToken(request, 'us-east-1', {})).toBeUndefined()
})
