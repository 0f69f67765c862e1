// What the action sends for each input, and what it refuses before sending anything.
import { describe, expect, test } from '@jest/globals'
import { useEmulator } from '../support/use-emulator.js'
import {
  ACCOUNT,
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  CREATE_IMAGE_INPUTS
} from '../../emulator/fixtures.js'
import { runAction } from '../support/harness.js'
import { PROVENANCE } from '../support/provenance.js'

const emulator = useEmulator()

const BASE = { ...CREATE_IMAGE_INPUTS, wait: 'false' }

test('every create-image input reaches the CreateImage request in the shape the API takes', async () => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: {
      ...BASE,
      region: 'us-east-1',
      'distribution-configuration-arn': DIST_THREE_REGIONS,
      'image-tests-enabled': 'false',
      'enhanced-image-metadata-enabled': 'False',
      'image-scanning-enabled': 'TRUE',
      'ecr-repository-name': 'scan-repo',
      'ecr-container-tags': 'scan, nightly',
      workflows: [
        '- workflowArn: arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x',
        '  parameters:',
        '    instanceTypes: [m7i.large, c7i.large]',
        '    version: 1.10',
        '    enabled: true',
        '- workflowArn: arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke-tests/1.0.0/2',
        '  parallelGroup: smoke',
        '  onFailure: continue'
      ].join('\n'),
      'execution-role': `arn:aws:iam::${ACCOUNT}:role/ImageBuilderExecution`,
      'log-group-name': '/ci/imagebuilder/golden',
      tags: '{"team": "platform", "ticket": "OPS:42", "empty": ""}',
      'client-token': 'request-shape-1'
    }
  })
  expect(result.exitCode).toBe(0)
  const [request] = emulator.calls('CreateImage')
  expect(request.method).toBe('PUT')
  expect(request.region).toBe('us-east-1')
  expect(request.body).toEqual({
    imageRecipeArn: IMAGE_RECIPE,
    infrastructureConfigurationArn: INFRA,
    distributionConfigurationArn: DIST_THREE_REGIONS,
    imageTestsConfiguration: { imageTestsEnabled: false },
    enhancedImageMetadataEnabled: false,
    imageScanningConfiguration: {
      imageScanningEnabled: true,
      ecrConfiguration: { repositoryName: 'scan-repo', containerTags: ['scan', 'nightly'] }
    },
    workflows: [
      {
        workflowArn: 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x',
        parameters: [
          { name: 'instanceTypes', value: ['m7i.large', 'c7i.large'] },
          { name: 'version', value: ['1.10'] },
          { name: 'enabled', value: ['true'] }
        ]
      },
      {
        workflowArn:
          'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke-tests/1.0.0/2',
        parallelGroup: 'smoke',
        onFailure: 'CONTINUE'
      }
    ],
    executionRole: `arn:aws:iam::${ACCOUNT}:role/ImageBuilderExecution`,
    loggingConfiguration: { logGroupName: '/ci/imagebuilder/golden' },
    tags: { ...PROVENANCE, team: 'platform', ticket: 'OPS:42', empty: '' },
    clientToken: 'request-shape-1'
  })
})

test('the defaults send tests and metadata on, scanning off, and no optional members', async () => {
  const result = await runAction({ endpoint: emulator.url, inputs: BASE })
  expect(result.exitCode).toBe(0)
  const { clientToken, ...body } = emulator.calls('CreateImage')[0].body
  expect(body).toEqual({
    imageRecipeArn: IMAGE_RECIPE,
    infrastructureConfigurationArn: INFRA,
    imageTestsConfiguration: { imageTestsEnabled: true },
    enhancedImageMetadataEnabled: true,
    imageScanningConfiguration: { imageScanningEnabled: false },
    tags: PROVENANCE
  })
  expect(clientToken).toMatch(/^gha-[0-9a-f]{32}$/)
})

describe('valid but unusual input is accepted', () => {
  test.each([
    ['a GovCloud recipe with version wildcards', 'us-gov-west-1', 'aws-us-gov'],
    ['a China-region recipe', 'cn-north-1', 'aws-cn']
  ])('%s', async (_name, region, partition) => {
    const arn = (resource: string): string =>
      `arn:${partition}:imagebuilder:${region}:${ACCOUNT}:${resource}`
    const result = await runAction({
      endpoint: emulator.url,
      env: { AWS_REGION: region },
      inputs: {
        'image-recipe-arn': arn('image-recipe/golden/x.x.x'),
        'infrastructure-configuration-arn': arn('infrastructure-configuration/builders'),
        wait: 'false'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['image-arn']).toBe(arn('image/golden/1.0.0/1'))
    expect(emulator.calls('CreateImage')[0].region).toBe(region)
  })

  test('without any configured region, the region of the ARNs is used', async () => {
    const arn = (resource: string): string =>
      `arn:aws:imagebuilder:eu-central-1:${ACCOUNT}:${resource}`
    const result = await runAction({
      endpoint: emulator.url,
      env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
      inputs: {
        'container-recipe-arn': arn('container-recipe/web/1.x.x'),
        'infrastructure-configuration-arn': arn('infrastructure-configuration/builders'),
        wait: 'false'
      }
    })
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateImage')[0].region).toBe('eu-central-1')
  })

  test.each([
    [
      'outside /aws/imagebuilder/, with an execution role',
      '/ci/golden',
      { 'execution-role': 'Logs' }
    ],
    ['inside /aws/imagebuilder/, without one', '/aws/imagebuilder/golden-ci', {}]
  ])('a log group %s', async (_what, logGroupName, role: Record<string, string>) => {
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, 'log-group-name': logGroupName, ...role }
    })
    expect(result.exitCode).toBe(0)
    const { body } = emulator.calls('CreateImage')[0]
    expect(body.loggingConfiguration).toEqual({ logGroupName })
    expect(body.executionRole).toBe(role['execution-role'])
  })

  test('tag values with colons or empty, in YAML', async () => {
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, tags: 'url: https://example.com:8443/x\nowner:\nversion: 1.10' }
    })
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateImage')[0].body.tags).toEqual({
      ...PROVENANCE,
      url: 'https://example.com:8443/x',
      owner: '',
      version: '1.10'
    })
  })
})

describe('bad input fails before any API call, naming the input', () => {
  const otherRegionDist = `arn:aws:imagebuilder:eu-west-1:${ACCOUNT}:distribution-configuration/eu`
  test.each<[string, Record<string, string>, string, RegExp]>([
    ['no recipe', { 'image-recipe-arn': '' }, 'image-recipe-arn', /exactly one recipe/],
    ['both recipes', { 'container-recipe-arn': CONTAINER_RECIPE }, 'image-recipe-arn', /both set/],
    [
      'a recipe ARN of the wrong type',
      { 'image-recipe-arn': CONTAINER_RECIPE },
      'image-recipe-arn',
      /must be an image recipe ARN, but this is a container-recipe ARN/
    ],
    [
      'not an ARN',
      { 'infrastructure-configuration-arn': 'ci-builders' },
      'infrastructure-configuration-arn',
      /must be an infrastructure configuration ARN/
    ],
    [
      'no infrastructure configuration',
      { 'infrastructure-configuration-arn': '' },
      'infrastructure-configuration-arn',
      /is required/
    ],
    [
      'an ARN from another region',
      { 'distribution-configuration-arn': otherRegionDist },
      'distribution-configuration-arn',
      /is in region eu-west-1, but the action calls Image Builder in us-east-1 \(from AWS_REGION\)/
    ],
    [
      'an unknown mode',
      { mode: 'bake' },
      'mode',
      /must be one of create-image, distribute, retry, watch, start-pipeline, publish; got 'bake'/
    ],
    ['a boolean that is not one', { wait: 'yes' }, 'wait', /must be true or false; got 'yes'/],
    [
      'a negative timeout',
      { 'timeout-minutes': '-5' },
      'timeout-minutes',
      /must be a positive number of minutes/
    ],
    [
      'a poll interval that is not a number',
      { 'poll-interval': 'fast' },
      'poll-interval',
      /must be a positive number of seconds/
    ],
    [
      'malformed tags',
      { tags: 'team: platform\nbad: [unclosed' },
      'tags',
      /is not valid YAML or JSON \(line 2, column \d+\)/
    ],
    [
      'malformed workflows YAML',
      {
        workflows:
          '- workflowArn: arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x\n  parameters: {a: [1, 2}',
        'execution-role': 'Role'
      },
      'workflows',
      /is not valid YAML or JSON \(line 2, column \d+\)/
    ],
    [
      'workflows that are not a list',
      { workflows: 'workflowArn: x', 'execution-role': 'Role' },
      'workflows',
      /must be a list of entries/
    ],
    [
      'a cancel-on-job-cancel that is not a boolean',
      { 'cancel-on-job-cancel': 'no' },
      'cancel-on-job-cancel',
      /must be true or false; got 'no'/
    ],
    [
      'a cancel-on-timeout that is not a boolean',
      { 'cancel-on-timeout': '1' },
      'cancel-on-timeout',
      /must be true or false; got '1'/
    ],
    [
      'a timeout that is not a number',
      { 'timeout-minutes': 'an hour' },
      'timeout-minutes',
      /must be a positive number of minutes/
    ],
    ['tags that are a list', { tags: '- a\n- b' }, 'tags', /must be a map/],
    ['a reserved tag key', { tags: 'aws:owner: me' }, 'tags', /must not start with 'aws:'/],
    [
      'a tag key with a letter outside ASCII',
      { tags: 'équipe: platform' },
      'tags',
      /^Input 'tags' key 'équipe' may hold only letters \(A-Z, a-z\), digits, spaces and _ \. : \/ = \+ - @, all ASCII$/
    ],
    [
      '51 tags',
      { tags: Array.from({ length: 51 }, (_, i) => `t${i}: v`).join('\n') },
      'tags',
      /may hold at most 50 tags; got 51/
    ],
    [
      'a tag value of 257 characters',
      { tags: `k: ${'v'.repeat(257)}` },
      'tags',
      /value of 'k' must be at most 256 characters/
    ],
    [
      'a log group outside /aws/imagebuilder/ without an execution role',
      { 'log-group-name': '/ci/imagebuilder/golden' },
      'execution-role',
      /is required when 'log-group-name' is outside \/aws\/imagebuilder\/ \(got '\/ci\/imagebuilder\/golden'\)/
    ],
    [
      'a workflow without workflowArn',
      { workflows: '- parameters:\n    a: b', 'execution-role': 'Role' },
      'workflows',
      /entry workflows\[0\] needs workflowArn/
    ],
    [
      'a workflow with an unknown key',
      {
        workflows:
          '- workflowArn: arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x\n  onfailure: ABORT',
        'execution-role': 'Role'
      },
      'workflows',
      /unknown key 'onfailure'/
    ],
    [
      'workflows without an execution role',
      {
        workflows:
          '- workflowArn: arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x'
      },
      'execution-role',
      /is required when 'workflows' is set/
    ],
    [
      'a client token over 64 characters',
      { 'client-token': 'x'.repeat(65) },
      'client-token',
      /at most 64 characters; got 65/
    ],
    ['a region that is not one', { region: 'us-east' }, 'region', /must be an AWS region name/]
  ])('%s', async (_name, inputs, input, message) => {
    const result = await runAction({ endpoint: emulator.url, inputs: { ...BASE, ...inputs } })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(`Input '${input}'`)
    expect(errors[0].message).toMatch(message)
    expect(emulator.requests).toEqual([])
  })

  test('several bad inputs are reported together', async () => {
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, wait: 'maybe', 'poll-interval': '0' }
    })
    expect(result.exitCode).toBe(1)
    const [error] = result.annotations.filter(a => a.level === 'error')
    expect(error.message).toMatch(
      /^2 inputs are invalid:\n- Input 'wait' .*\n- Input 'poll-interval' /
    )
    expect(emulator.requests).toEqual([])
  })
})
