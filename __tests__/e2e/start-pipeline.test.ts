// mode: start-pipeline, run as the runner runs the bundle: the pipeline by ARN or by exact name,
// a DISABLED one started with a warning, the request's tags (the pipeline's image tags under
// provenance and the user's) and client token, then the same wait and report.
import { beforeAll, describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../../emulator/fixtures.js'
import { runAction, type RunOptions, type RunResult } from '../support/harness.js'
import { PROVENANCE } from '../support/provenance.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()
const pipeline = { imageRecipeArn: IMAGE_RECIPE, infrastructureConfigurationArn: INFRA }
let golden = ''
let disabled = ''
let container = ''

beforeAll(() => {
  emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
  // Decoys whose names hold the wanted one, listed first and across pages.
  emulator.addImagePipeline({ name: 'canary-golden-al2023', ...pipeline })
  emulator.addImagePipeline({ name: 'golden-al2023-old', ...pipeline })
  golden = emulator.addImagePipeline({
    name: 'golden-al2023',
    ...pipeline,
    distributionConfigurationArn: DIST_THREE_REGIONS
  })
  disabled = emulator.addImagePipeline({ name: 'Nightly Golden', status: 'DISABLED', ...pipeline })
  container = emulator.addImagePipeline({
    name: 'web-base',
    containerRecipeArn: CONTAINER_RECIPE,
    infrastructureConfigurationArn: INFRA
  })
})

const run = (inputs: Record<string, string>, options: RunOptions = {}): Promise<RunResult> =>
  runAction({
    endpoint: emulator.url,
    ...options,
    inputs: { mode: 'start-pipeline', 'poll-interval': '0.05', ...inputs }
  })
const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const warningsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'warning').map(a => a.message)

describe('mode: start-pipeline', () => {
  test('by ARN: the execution is followed to the end, with tags and outputs', async () => {
    emulator.scenario = { stepMs: 100 }
    const result = await run({ 'image-pipeline': golden, tags: 'trigger: schedule' })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const [started] = emulator.calls('StartImagePipelineExecution')
    expect(started.method).toBe('PUT')
    expect(started.body).toEqual({
      imagePipelineArn: golden,
      tags: { ...PROVENANCE, trigger: 'schedule' },
      clientToken: expect.stringMatching(/^gha-[0-9a-f]{32}$/)
    })
    expect(emulator.calls('ListImagePipelines')).toEqual([])
    expect(result.outputs['image-arn']).toMatch(/:image\/golden-al2023\/1\.2\.0\/\d+$/)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(Object.keys(JSON.parse(result.outputs['ami-ids']))).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1'
    ])
    expect(result.summary).toContain('Image build AVAILABLE')
  })

  test("provenance: a user tag of the same key wins; 'provenance-tags: false' sends none", async () => {
    await run({ 'image-pipeline': golden, wait: 'false', tags: 'github:ref: release-7' })
    await run({ 'image-pipeline': golden, wait: 'false', 'provenance-tags': 'false' })
    const [mine, none] = emulator.calls('StartImagePipelineExecution')
    expect(mine.body.tags).toEqual({ ...PROVENANCE, 'github:ref': 'release-7' })
    expect(none.body.tags).toBeUndefined()
  })

  test('by name: the exact match, not a decoy whose name holds it, across pages', async () => {
    emulator.pageSize = 1
    emulator.scenario = { stepMs: 50 }
    const result = await run({ 'image-pipeline': 'golden-al2023', wait: 'false' })
    expect(errorsOf(result)).toEqual([])
    expect(emulator.calls('ListImagePipelines').length).toBeGreaterThan(1)
    expect(emulator.calls('StartImagePipelineExecution')[0].body.imagePipelineArn).toBe(golden)
  })

  test('an unknown name fails before anything starts, naming the input and the pipelines there', async () => {
    const result = await run({ 'image-pipeline': 'golden' })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)[0]).toMatch(
      /^Input 'image-pipeline': no image pipeline is named 'golden' in us-east-1 \(names must match exactly\); the pipelines there are: .*'golden-al2023'/
    )
    expect(emulator.calls('StartImagePipelineExecution')).toEqual([])
    expect(result.outputs.status).toBe('NOT_FOUND')
  })

  test('a DISABLED pipeline is started, with a warning that its schedule is off', async () => {
    emulator.scenario = { stepMs: 50 }
    const result = await run({ 'image-pipeline': 'Nightly Golden' })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(warningsOf(result)).toEqual([
      expect.stringContaining(
        `Image pipeline Nightly Golden (${disabled}) is DISABLED: its schedule is off, but builds started by hand still run, so this step starts one.`
      )
    ])
    const [started] = emulator.calls('StartImagePipelineExecution')
    expect(started.body.imagePipelineArn).toBe(disabled)
    expect(result.outputs.status).toBe('AVAILABLE')
  })

  test('each execution of the step starts an execution of its own; the same client-token attaches', async () => {
    emulator.scenario = { stepMs: 50 }
    const env = { GITHUB_RUN_ID: '777000', GITHUB_RUN_ATTEMPT: '1' }
    const first = await run({ 'image-pipeline': golden, wait: 'false' }, { env })
    // As a second leg of a matrix job would: nothing in the environment tells it apart.
    const again = await run({ 'image-pipeline': golden, wait: 'false' }, { env })
    const build = (r: RunResult) => Number(r.outputs['image-arn'].split('/').pop())
    expect(build(again)).toBe(build(first) + 1)
    const token = { 'client-token': 'nightly-777000' }
    const shared = await run({ 'image-pipeline': golden, wait: 'false', ...token }, { env })
    const sharedAgain = await run({ 'image-pipeline': golden, wait: 'false', ...token }, { env })
    expect(sharedAgain.outputs['image-arn']).toBe(shared.outputs['image-arn'])
  })

  test('a failed build is diagnosed as any other', async () => {
    emulator.scenario = {
      stepMs: 50,
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'CIS checks failed' }
    }
    const result = await run({ 'image-pipeline': golden, 'show-build-log': 'never' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('FAILED')
    expect(errorsOf(result)[0]).toContain('CIS checks failed')
  })

  test('a container pipeline outputs its image URIs', async () => {
    emulator.scenario = { stepMs: 50 }
    const result = await run({ 'image-pipeline': container })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['image-uris'])).toEqual([
      expect.stringMatching(
        new RegExp(`^${ACCOUNT}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/web-base:`)
      )
    ])
  })

  test('SIGINT cancels the build the execution made', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    const result = await run(
      { 'image-pipeline': golden },
      { cancelWhen: () => emulator.calls('ListWorkflowStepExecutions').length > 0 }
    )
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
      result.outputs['image-arn']
    ])
    expect(result.outputs.status).toBe('CANCELLED')
  })

  test('an image-pipeline that is neither an ARN of one nor a name is refused before any call', async () => {
    const result = await run({ 'image-pipeline': IMAGE_RECIPE })
    expect(errorsOf(result)[0]).toMatch(/^Input 'image-pipeline' must be an image pipeline ARN/)
    expect(emulator.requests).toEqual([])
  })
})

describe("the pipeline's image tags, which the service gives only scheduled builds", () => {
  const tagsOfImage = (arn: string) => emulator.images.get(arn)?.request.tags
  const many = (count: number, prefix: string) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 'v']))

  test('are sent under the provenance tags and the tags input, which wins on a clash', async () => {
    const arn = emulator.addImagePipeline({
      name: 'tagged',
      ...pipeline,
      imageTags: { team: 'platform', trigger: 'schedule', 'github:ref': 'pipeline', cost: 'ci' }
    })
    const result = await run({ 'image-pipeline': arn, wait: 'false', tags: 'trigger: manual' })
    expect(errorsOf(result)).toEqual([])
    expect(warningsOf(result)).toEqual([])
    const expected = { team: 'platform', cost: 'ci', ...PROVENANCE, trigger: 'manual' }
    const [started] = emulator.calls('StartImagePipelineExecution')
    expect(started.body.tags).toEqual(expected)
    expect(tagsOfImage(result.outputs['image-arn'])).toEqual(expected)
  })

  test('a pipeline tag the request could not carry is left out, with a warning', async () => {
    const arn = emulator.addImagePipeline({
      name: 'tagged-odd',
      ...pipeline,
      imageTags: { team: 'platform', équipe: 'plateforme' }
    })
    const result = await run({ 'image-pipeline': arn, wait: 'false', 'provenance-tags': 'false' })
    expect(result.exitCode).toBe(0)
    expect(warningsOf(result)).toEqual([
      expect.stringMatching(
        /^Image pipeline tagged-odd: an image tag is left out of the request: key 'équipe' may hold only letters \(A-Z, a-z\)/
      )
    ])
    expect(emulator.calls('StartImagePipelineExecution')[0].body.tags).toEqual({ team: 'platform' })
  })

  test('past 50 in all, provenance tags give way first, with a warning', async () => {
    const arn = emulator.addImagePipeline({
      name: 'tagged-full',
      ...pipeline,
      imageTags: many(48, 'p')
    })
    const result = await run({ 'image-pipeline': arn, wait: 'false', tags: 'mine: yes' })
    expect(result.exitCode).toBe(0)
    expect(warningsOf(result)).toEqual([
      "'tags' and the image tags of pipeline tagged-full leave room for 1 of the 4 provenance tags (at most 50 tags in all); the others are left out."
    ])
    const { tags } = emulator.calls('StartImagePipelineExecution')[0].body
    expect(Object.keys(tags as object)).toHaveLength(50)
    expect(tags).toMatchObject({ ...many(48, 'p'), mine: 'yes' })
  })

  test('when the pipeline tags and the tags input alone are over 50, nothing starts', async () => {
    const arn = emulator.addImagePipeline({
      name: 'tagged-over',
      ...pipeline,
      imageTags: many(45, 'p')
    })
    const tags = Object.keys(many(6, 'u'))
      .map(key => `${key}: v`)
      .join('\n')
    const result = await run({ 'image-pipeline': arn, tags })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)).toEqual([
      "Input 'tags' and the image tags of pipeline tagged-over come to 51 tags (a key in both counted once), but a request may carry at most 50: remove some from 'tags' or from the pipeline's image tags."
    ])
    expect(emulator.calls('StartImagePipelineExecution')).toEqual([])
  })
})

test('the image facts a release pipeline wants are outputs too', async () => {
  emulator.scenario = { stepMs: 50 }
  const result = await run({ 'image-pipeline': golden })
  const arn = result.outputs['image-arn']
  expect(result.outputs['image-version']).toBe(arn.split('/').slice(-2).join('/'))
  expect(result.outputs['os-version']).toBe('Amazon Linux 2023')
  expect(result.outputs.platform).toBe('Linux')
  expect(JSON.parse(result.outputs['latest-version-references'])).toMatchObject({
    latestVersionArn: arn.replace(/\/\d+$/, ''),
    latestMajorVersionArn: expect.stringMatching(/\/1\.x\.x$/)
  })
})

describe('a summary that answers the next question', () => {
  test('links to the image and its build log; after a failure, to the failed build log stream', async () => {
    emulator.scenario = {
      stepMs: 50,
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'boom' }
    }
    const result = await run({ 'image-pipeline': golden, 'show-build-log': 'never' })
    const [, version, build] = /\/([\d.]+)\/(\d+)$/.exec(result.outputs['image-arn']) ?? []
    expect(result.summary).toContain('Image in the Image Builder console</a>')
    expect(result.summary).toContain(
      'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Fimagebuilder$252Fgolden-al2023'
    )
    expect(result.summary).toContain(`Build log stream ${version}/${build}</a>`)
  })

  test('after a partial distribution, the regions and accounts that got no AMI', async () => {
    emulator.scenario = {
      stepMs: 50,
      targetMs: 50,
      fail: { status: 'DISTRIBUTING', targetsDone: 2, message: 'copy failed' }
    }
    const result = await run({ 'image-pipeline': golden, 'show-build-log': 'never' })
    expect(result.outputs.status).toBe('FAILED')
    expect(result.summary).toContain('Asked for, but no AMI')
    expect(result.summary).toContain('eu-west-1 (account 210987654321)')
  })

  test('on a timeout, a running step is shown as running when the wait stopped', async () => {
    emulator.scenario = { stepMs: 60_000, phaseMs: 100 }
    const result = await run({
      'image-pipeline': golden,
      'timeout-minutes': '0.03',
      'cancel-on-timeout': 'false'
    })
    expect(result.outputs.status).toBe('BUILDING')
    expect(result.summary).toContain('<td>RUNNING when the wait stopped</td>')
  })
})
