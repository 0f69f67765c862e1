// Issue 21, points 1 and 2: what the service says is checked at the border and made inert at every
// sink. An ARN an answer carries is used only once it is one as the model defines it; service text
// and the build log never reach the runner as a command, in its `::name::` form or its older
// `##[name]` form, which the runner finds anywhere in a line.
import { describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  COMPONENT_FAILURE,
  CREATE_IMAGE_INPUTS,
  IMAGE_RECIPE,
  INFRA
} from '../../emulator/fixtures.js'
import {
  HARNESS_CREDENTIALS as OWN_SECRETS,
  runAction,
  type RunResult
} from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT, componentItem, workspace } from '../support/workspace.js'

const emulator = useEmulator()

/**
 * A command the service's text made: any of the older form, or a mask of anything but the step's
 * own credentials (which it masks first, as configure-aws-credentials does).
 */
const forged = (command: RunResult['commands'][number]): boolean =>
  command.legacy || (command.name === 'add-mask' && !OWN_SECRETS.includes(command.data))

const run = (inputs: Record<string, string>, env?: Record<string, string>): Promise<RunResult> =>
  runAction({
    endpoint: emulator.url,
    env,
    inputs: inputs.mode === 'publish' ? inputs : { 'poll-interval': '0.05', ...inputs }
  })
const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
/** Everything the step wrote where a person, a later step or the post step reads it. */
const written = (result: RunResult): string =>
  [
    result.stdout,
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(result.state)
  ].join('\n')

type Body = Record<string, unknown>
/** The answer with `member` swapped for what `forge` makes of it. */
const forging =
  (member: string, forge: (value: string) => string) =>
  (body: Body): Body => ({ ...body, [member]: forge(String(body[member])) })

/** Each a value a forged answer could carry: a command on a line of its own, or in the ARN. */
const FORGERIES: Array<[string, (arn: string) => string]> = [
  ['a line break and ::warning', arn => `${arn}\n::warning title=forged::forged annotation`],
  // The model's own pattern takes any text but ':' as the partition and the region.
  [
    'a ##[add-mask] within the partition',
    arn => arn.replace('arn:aws:', 'arn:aws\n##[add-mask]forged:')
  ],
  ['a host as the region', arn => arn.replace(':us-east-1:', ':forged.example.com/#:')]
]

/** The forged value went nowhere: not to the log, the outputs, the state or the summary. */
function expectRefused(result: RunResult, error: RegExp): void {
  expect(result.exitCode).toBe(1)
  expect(errorsOf(result)).toEqual([expect.stringMatching(error)])
  expect(result.annotations.filter(a => a.level !== 'error')).toEqual([])
  expect(result.commands.filter(forged)).toEqual([])
  expect(written(result)).not.toContain('forged')
  for (const value of Object.values(result.outputs)) expect(value).not.toMatch(/[\r\n]/)
}

describe('every ARN an answer carries is checked before it is used', () => {
  const START =
    /^(CreateImage|DistributeImage|StartImagePipelineExecution|RetryImage)'s answer: imageBuildVersionArn is not an image build version ARN as the service's model defines it \(ImageBuildVersionArn\); this action neither uses nor shows it\./

  test.each(FORGERIES)('CreateImage answering with %s', async (_name, forge) => {
    emulator.inject({
      operation: 'CreateImage',
      transform: forging('imageBuildVersionArn', forge)
    })
    const result = await run(CREATE_IMAGE_INPUTS)
    expectRefused(result, START)
    expect(errorsOf(result)[0]).toMatch(
      /^CreateImage's answer: .* It may have started a build: look for it in the Image Builder console\.$/
    )
    expect(result.outputs['image-arn']).toBeUndefined()
    expect(result.state['image-arn']).toBeUndefined()
    expect(result.outputs.status).toBe('REQUEST_FAILED')
    // Not sent on either: no status check, no cancel of what it names.
    expect(emulator.calls('GetImage')).toEqual([])
    expect(emulator.calls('CancelImageCreation')).toEqual([])
  })

  test('DistributeImage and StartImagePipelineExecution are held to it too', async () => {
    const role = `arn:aws:iam::${ACCOUNT}:role/ImageBuilderDistribution`
    const dist = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:distribution-configuration/copy-test`
    emulator.addDistributionConfiguration(dist, [{ region: 'us-west-2' }])
    const pipeline = emulator.addImagePipeline({
      name: 'golden-al2023',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA
    })
    const [, forge] = FORGERIES[0]
    for (const operation of ['DistributeImage', 'StartImagePipelineExecution']) {
      emulator.inject({ operation, transform: forging('imageBuildVersionArn', forge) })
    }
    const distributed = await run({
      mode: 'distribute',
      'source-image': 'ami-0123456789abcdef0',
      'distribution-configuration-arn': dist,
      'execution-role': role
    })
    expectRefused(distributed, /^DistributeImage's answer: imageBuildVersionArn is not/)
    const started = await run({ mode: 'start-pipeline', 'image-pipeline': pipeline })
    expectRefused(started, /^StartImagePipelineExecution's answer: imageBuildVersionArn is not/)
    expect(emulator.calls('GetImage')).toEqual([])
  })

  test('RetryImage: the image is the input, and the answer must name an image all the same', async () => {
    emulator.scenario = {
      stepMs: 50,
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky test' }
    }
    const failed = await run(CREATE_IMAGE_INPUTS)
    expect(failed.outputs.status).toBe('FAILED')
    emulator.requests.length = 0
    emulator.retryStaleMs = 200
    emulator.inject({
      operation: 'RetryImage',
      transform: forging('imageBuildVersionArn', FORGERIES[1][1])
    })
    const result = await run({ mode: 'retry', 'image-arn': failed.outputs['image-arn'] })
    expectRefused(result, /^RetryImage's answer: imageBuildVersionArn is not .*shows it\.$/)
    expect(result.outputs['image-arn']).toBeUndefined()
  })

  test('publish: a CreateComponent answer is checked before it is reported', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    emulator.inject({
      operation: 'CreateComponent',
      transform: forging('componentBuildVersionArn', FORGERIES[0][1])
    })
    const result = await run(
      { mode: 'publish', documents: componentItem('1.2.x') },
      { GITHUB_WORKSPACE: dir }
    )
    expectRefused(
      result,
      /^CreateComponent's answer: componentBuildVersionArn is not a component build version ARN as the service's model defines it \(ComponentBuildVersionArn\)/
    )
    expect(JSON.parse(result.outputs.arns)).toEqual({})
    expect(result.outputs.status).toBe('REQUEST_FAILED')
  })

  test("listings: a pipeline found by name, or a component's listed version", async () => {
    emulator.addImagePipeline({
      name: 'golden-al2023',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA
    })
    emulator.inject({
      operation: 'ListImagePipelines',
      transform: body => ({
        ...body,
        imagePipelineList: (body.imagePipelineList as Body[]).map(forging('arn', FORGERIES[2][1]))
      })
    })
    const started = await run({ mode: 'start-pipeline', 'image-pipeline': 'golden-al2023' })
    expectRefused(
      started,
      /^ListImagePipelines's answer: arn is not an image pipeline ARN as the service's model defines it \(ImagePipelineArn\)/
    )
    expect(emulator.calls('GetImagePipeline')).toEqual([])

    emulator.clearFaults()
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const documents = componentItem('1.2.x')
    expect((await run({ mode: 'publish', documents }, { GITHUB_WORKSPACE: dir })).exitCode).toBe(0)
    emulator.inject({
      operation: 'ListComponents',
      transform: body => ({
        ...body,
        componentVersionList: (body.componentVersionList as Body[]).map(
          forging('arn', FORGERIES[0][1])
        )
      })
    })
    emulator.requests.length = 0
    const listed = await run({ mode: 'publish', documents }, { GITHUB_WORKSPACE: dir })
    expectRefused(listed, /^ListComponents's answer: arn is not a component version ARN/)
    expect(emulator.calls('ListComponentBuildVersions')).toEqual([])
  })
})

describe('service text never reads as a command', () => {
  /** Commands as the runner finds them, in both forms, with invisible characters between. */
  const FORGED = {
    mask: '##[add-mask]e',
    warning: '#\u200b#[warning title=forged]forged warning',
    output: 'x ##[set-output name=image-arn]forged',
    group: '##[group]forged group'
  }

  test('step names and messages, the failure reason and the build log stay text', async () => {
    emulator.scenario = {
      stepMs: 50,
      fail: {
        workflow: 'TEST',
        step: 'ApplyTestComponents',
        message: `boom ${FORGED.mask} ${FORGED.warning}`,
        component: { ...COMPONENT_FAILURE, errorMessage: `${FORGED.output} ${FORGED.group}` }
      }
    }
    // Step names come from the service too; the model's pattern for them is no guarantee.
    emulator.inject({
      operation: 'ListWorkflowStepExecutions',
      transform: body => ({
        ...body,
        steps: (body.steps as Body[]).map(s => ({
          ...s,
          name: `${String(s.name)} ${FORGED.group}`
        }))
      })
    })
    const result = await run({ ...CREATE_IMAGE_INPUTS, 'build-log-lines': '20' })
    expect(result.exitCode).toBe(1)
    expect(result.commands.filter(forged)).toEqual([])
    expect(result.annotations.map(a => a.level)).toEqual(['error'])
    expect(result.groups.filter(g => g.includes('forged'))).toEqual([])
    expect(result.outputs['image-arn']).toMatch(/image\/golden-al2023\/1\.2\.0\/\d+$/)
    // Still there for a reader: the runner no longer sees '##['.
    const log = result.lines.join('\n')
    expect(log).toContain('ApplyTestComponents ## [group]forged group failed')
    expect(log).toContain('boom ## [add-mask]e ## [warning title=forged]forged warning')
    expect(log).toContain(
      `ErrorMessage: x ## [set-output name=image-arn]forged ## [group]forged group`
    )
    expect(errorsOf(result)[0]).toContain('boom ## [add-mask]e ## [warning title=forged]forged')
    expect(result.stdout).not.toContain('##[')
  })

  test('no output holds a line break from the service, whatever the step stopped on', async () => {
    emulator.scenario = { stepMs: 5000 }
    emulator.inject({
      operation: 'GetImage',
      after: 1,
      times: 2,
      transform: body => ({
        ...body,
        image: {
          ...(body.image as Body),
          state: { status: 'BUILDING\n##[add-mask]forged\n::warning::forged' }
        }
      })
    })
    emulator.inject({ operation: 'GetImage', errorType: 'AccessDeniedException', after: 1 })
    const result = await run(CREATE_IMAGE_INPUTS)
    expect(result.exitCode).toBe(1)
    for (const value of Object.values(result.outputs)) expect(value).not.toMatch(/[\r\n]/)
    expect(result.commands.filter(c => c.legacy || c.name === 'warning')).toEqual([])
  })
})
