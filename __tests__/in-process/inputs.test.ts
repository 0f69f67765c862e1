// readInputs from source: every input reaches the typed object in the shape the API takes, and
// every bad one is refused with its name, before any call.
import { describe, expect, test } from '@jest/globals'
import { ACCOUNT, DIST_THREE_REGIONS, IMAGE_RECIPE, INFRA } from '../../emulator/fixtures.js'
import { defaultOf, readInputs, type CreateImageInputs } from '../../src/inputs/index.js'

const BASE = { 'image-recipe-arn': IMAGE_RECIPE, 'infrastructure-configuration-arn': INFRA }
const ENV = { AWS_REGION: 'us-east-1' }
const WORKFLOW = 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x'

/** What the runner gives the step: every input, at its default unless set. */
function read(inputs: Record<string, string>, env: Record<string, string | undefined> = ENV) {
  return readInputs(name => inputs[name] ?? defaultOf(name), env)
}
async function problems(inputs: Record<string, string>, env?: Record<string, string | undefined>) {
  try {
    await read(inputs, env)
  } catch (error) {
    return (error as { problems: string[] }).problems
  }
  throw new Error('the inputs were accepted')
}

describe('create-image', () => {
  test('every input, parsed', async () => {
    const inputs = (await read({
      ...BASE,
      'distribution-configuration-arn': DIST_THREE_REGIONS,
      'image-tests-enabled': 'false',
      'ecr-container-tags': '[scan, "nightly"]',
      workflows: [
        `- workflowArn: ${WORKFLOW}`,
        '  parameters:',
        '    instanceTypes: [m7i.large, c7i.large]',
        '    version: 1.10',
        '- workflowArn: arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke/1.0.0/2',
        '  parallelGroup: smoke',
        '  onFailure: continue',
        '  parameters: [{name: n, value: [v]}]'
      ].join('\n'),
      'execution-role': 'ImageBuilderExecution',
      tags: '{"team": "platform", "empty": ""}',
      'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/ci`,
      'role-duration-seconds': '7200',
      'build-log-lines': '20',
      'show-build-log': 'always',
      'poll-interval': '7.5'
    })) as CreateImageInputs
    expect(inputs).toMatchObject({
      mode: 'create-image',
      region: 'us-east-1',
      recipe: { kind: 'image', arn: IMAGE_RECIPE },
      imageTestsEnabled: false,
      ecrContainerTags: ['scan', 'nightly'],
      tags: { team: 'platform', empty: '' },
      role: { roleArn: `arn:aws:iam::${ACCOUNT}:role/ci`, durationSeconds: 7200 },
      waitSettings: { buildLog: { show: 'always', lines: 20 }, pollIntervalMs: 7500 }
    })
    expect(inputs.workflows).toEqual([
      {
        workflowArn: WORKFLOW,
        parameters: [
          { name: 'instanceTypes', value: ['m7i.large', 'c7i.large'] },
          { name: 'version', value: ['1.10'] }
        ]
      },
      {
        workflowArn: 'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke/1.0.0/2',
        parallelGroup: 'smoke',
        onFailure: 'CONTINUE',
        parameters: [{ name: 'n', value: ['v'] }]
      }
    ])
  })

  test('the region comes from the ARNs when nothing else gives one', async () => {
    const eu = (resource: string) => `arn:aws:imagebuilder:eu-central-1:${ACCOUNT}:${resource}`
    const inputs = await read(
      {
        'image-recipe-arn': eu('image-recipe/golden/1.0.0'),
        'infrastructure-configuration-arn': eu('infrastructure-configuration/builders')
      },
      {}
    )
    expect(inputs.region).toBe('eu-central-1')
  })

  test.each<[string, Record<string, string>, RegExp]>([
    [
      'no region anywhere',
      { 'image-recipe-arn': 'x', 'infrastructure-configuration-arn': '' },
      /Input 'region' is required/
    ],
    [
      'a parameter without a value',
      {
        workflows: `- workflowArn: ${WORKFLOW}\n  parameters: {a: [1, [2]]}`,
        'execution-role': 'R'
      },
      /parameter 'a' must have a name and a value/
    ],
    [
      'parameters that are not a map',
      { workflows: `- workflowArn: ${WORKFLOW}\n  parameters: x`, 'execution-role': 'R' },
      /parameters must be a map/
    ],
    [
      'a workflow that is not a map',
      { workflows: '- just-a-string', 'execution-role': 'R' },
      /entry workflows\[0\] must be a map/
    ],
    [
      'a workflow ARN of another kind',
      { workflows: `- workflowArn: ${IMAGE_RECIPE}`, 'execution-role': 'R' },
      /workflowArn must be a workflow ARN/
    ],
    [
      'a bad parallel group',
      { workflows: `- workflowArn: ${WORKFLOW}\n  parallelGroup: "-x"`, 'execution-role': 'R' },
      /parallelGroup must be letters/
    ],
    [
      'a bad onFailure',
      { workflows: `- workflowArn: ${WORKFLOW}\n  onFailure: retry`, 'execution-role': 'R' },
      /onFailure must be CONTINUE or ABORT/
    ],
    [
      'eleven workflows',
      {
        workflows: Array.from(
          { length: 11 },
          (_, i) =>
            `- workflowArn: ${WORKFLOW.replace('build-image', `b${i}`).replace('/build/', '/test/')}`
        ).join('\n'),
        'execution-role': 'R'
      },
      /at most 10 workflows/
    ],
    [
      'two build workflows',
      {
        workflows: `- workflowArn: ${WORKFLOW}\n- workflowArn: ${WORKFLOW}`,
        'execution-role': 'R'
      },
      /at most one build workflow/
    ],
    ['a tag value that is a list', { tags: 'a: [1]' }, /value of 'a' must be a string/],
    ['a tag key too long', { tags: `${'k'.repeat(129)}: v` }, /must be 1 to 128 characters/],
    ['a tag value too long', { tags: `k: ${'v'.repeat(257)}` }, /must be at most 256 characters/],
    [
      'a tag key with a letter outside ASCII',
      { tags: 'équipe: platform' },
      /Input 'tags' key 'équipe' may hold only letters \(A-Z, a-z\).*, all ASCII/
    ],
    [
      'a tag key with a space outside ASCII',
      { tags: '{"cost\u00a0centre": "x"}' },
      /Input 'tags' key 'cost\u00a0centre' may hold only letters \(A-Z, a-z\).*, all ASCII/
    ],
    [
      'a log group outside /aws/imagebuilder/ without an execution role',
      { 'log-group-name': '/ci/golden' },
      /Input 'execution-role' is required when 'log-group-name' is outside \/aws\/imagebuilder\//
    ],
    [
      '51 tags',
      { tags: Array.from({ length: 51 }, (_, i) => `t${i}: v`).join('\n') },
      /at most 50 tags/
    ],
    [
      'a role that is not an ARN',
      { 'role-to-assume': 'ci' },
      /Input 'role-to-assume' must be an IAM role ARN/
    ],
    ['a session too short', { 'role-duration-seconds': '600' }, /from 900 to 43200; got '600'/],
    ['too many log lines', { 'build-log-lines': '20000' }, /from 1 to 10000/],
    [
      'a show-build-log that is not a choice',
      { 'show-build-log': 'sometimes' },
      /must be one of on-failure, always, never/
    ],
    [
      'a severity gate on a step that does not wait',
      { 'fail-on-severity': 'high', 'image-scanning-enabled': 'true', wait: 'false' },
      /Input 'fail-on-severity' is 'high', but wait is false: .* Set wait: true, or fail-on-severity: none/
    ],
    [
      'a log group with a space',
      { 'log-group-name': 'my group' },
      /Input 'log-group-name' must be a CloudWatch Logs group name/
    ]
  ])('refuses %s', async (_what, inputs, message) => {
    const found = await problems({ ...BASE, ...inputs }, _what === 'no region anywhere' ? {} : ENV)
    expect(found.join('\n')).toMatch(message)
  })
})
