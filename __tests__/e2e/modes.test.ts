// distribute, retry and watch: the same wait-and-report path, after a different start.
import { beforeAll, describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  DIST_OWN_THREE_REGIONS,
  EU_DIST,
  EU_INFRA,
  EU_RECIPE,
  EU_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  OWN_THREE_REGIONS
} from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { PROVENANCE } from '../support/provenance.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()
emulator.addDistributionConfiguration(DIST_OWN_THREE_REGIONS, OWN_THREE_REGIONS)
emulator.addDistributionConfiguration(EU_DIST, EU_THREE_REGIONS)
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ImageBuilderDistribution`
const POLL = { 'poll-interval': '0.05' }

const run = (
  inputs: Record<string, string>,
  env?: Record<string, string | undefined>
): Promise<RunResult> => runAction({ endpoint: emulator.url, inputs: { ...POLL, ...inputs }, env })

/** A create-image run from the us-east-1 recipe. */
const build = (inputs: Record<string, string> = {}): Promise<RunResult> =>
  run({ 'image-recipe-arn': IMAGE_RECIPE, 'infrastructure-configuration-arn': INFRA, ...inputs })

const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const regionsOf = (result: RunResult): string[] =>
  (JSON.parse(result.outputs.amis) as Array<{ region: string }>).map(a => a.region)

describe('mode: distribute', () => {
  test('copies an AMI to three regions and follows the new image to the end', async () => {
    const result = await run({
      mode: 'distribute',
      'source-image': 'ami-0123456789abcdef0',
      'distribution-configuration-arn': DIST_OWN_THREE_REGIONS,
      'execution-role': ROLE,
      tags: 'release: "2026.11"',
      'log-group-name': '/ci/distribute',
      'client-token': 'distribute-1'
    })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const [request] = emulator.calls('DistributeImage')
    expect(request.method).toBe('PUT')
    expect(request.body).toEqual({
      sourceImage: 'ami-0123456789abcdef0',
      distributionConfigurationArn: DIST_OWN_THREE_REGIONS,
      executionRole: ROLE,
      tags: { ...PROVENANCE, release: '2026.11' },
      loggingConfiguration: { logGroupName: '/ci/distribute' },
      clientToken: 'distribute-1'
    })
    expect(emulator.calls('CreateImage')).toEqual([])
    const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/ami-0123456789abcdef0/1.0.0/1`
    expect(result.outputs['image-arn']).toBe(arn)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(regionsOf(result)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1'])
    expect(Object.keys(JSON.parse(result.outputs['ami-ids']))).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1'
    ])
    expect(result.outputs['ami-id']).toBe(JSON.parse(result.outputs['ami-ids'])['us-east-1'])
    const statuses = result.lines.map(l => /\] Status (\w+)$/.exec(l)?.[1]).filter(Boolean)
    expect(statuses).not.toContain('BUILDING')
    expect(statuses.at(-1)).toBe('AVAILABLE')
    expect(result.summary).toContain('✅ Image build AVAILABLE')
  })

  test('without execution-role is refused before any call', async () => {
    const result = await run({
      mode: 'distribute',
      'source-image': 'ami-0123456789abcdef0',
      'distribution-configuration-arn': DIST_OWN_THREE_REGIONS
    })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(
        /^Input 'execution-role' is required: DistributeImage runs the distribution with this IAM role/
      )
    ])
    expect(emulator.requests).toEqual([])
  })

  test('refuses a source that is neither an AMI, a parameter nor an image', async () => {
    const result = await run({
      mode: 'distribute',
      'source-image': 'golden-al2023',
      'distribution-configuration-arn': DIST_OWN_THREE_REGIONS,
      'execution-role': ROLE
    })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)[0]).toMatch(
      /^Input 'source-image' must be an AMI ID \(ami-0abc...\), an SSM parameter as ssm:\/my\/parameter, or an Image Builder image ARN; got 'golden-al2023'/
    )
    expect(emulator.requests).toEqual([])
  })
})

describe('a build that fails while distributing, then mode: retry', () => {
  let failed: RunResult
  let retried: RunResult
  let requests: typeof emulator.requests
  const calls = (operation: string): typeof emulator.requests =>
    requests.filter(r => r.operation === operation)
  beforeAll(async () => {
    emulator.scenario = {
      fail: {
        status: 'DISTRIBUTING',
        targetsDone: 0,
        message: 'AMI copy to eu-west-1 failed: snapshot quota exceeded'
      }
    }
    failed = await run(
      {
        'image-recipe-arn': EU_RECIPE,
        'infrastructure-configuration-arn': EU_INFRA,
        'distribution-configuration-arn': EU_DIST
      },
      { AWS_REGION: 'eu-central-1' }
    )
    emulator.requests.length = 0
    emulator.retryStaleMs = 400
    retried = await run(
      { mode: 'retry', 'image-arn': failed.outputs['image-arn'] },
      { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }
    )
    requests = [...emulator.requests]
  })

  test('the failed build has only its build region AMI', () => {
    expect(failed.exitCode).toBe(1)
    expect(failed.outputs.status).toBe('FAILED')
    expect(regionsOf(failed)).toEqual(['eu-central-1'])
    expect(errorsOf(failed)[0]).toContain(
      'Image build failed: AMI copy to eu-west-1 failed: snapshot quota exceeded'
    )
  })

  test('the retry resumes the same image in its own region and completes all three regions', () => {
    expect(errorsOf(retried)).toEqual([])
    expect(retried.exitCode).toBe(0)
    expect(retried.outputs['image-arn']).toBe(failed.outputs['image-arn'])
    expect(retried.outputs.status).toBe('AVAILABLE')
    const amis = JSON.parse(retried.outputs.amis) as Array<{ region: string; image: string }>
    expect(amis.map(a => a.region)).toEqual(['eu-central-1', 'eu-west-1', 'us-east-1'])
    expect(amis[0].image).toBe(
      (JSON.parse(failed.outputs.amis) as Array<{ image: string }>)[0].image
    )
    const [request] = calls('RetryImage')
    expect(request.body).toEqual({
      imageBuildVersionArn: failed.outputs['image-arn'],
      clientToken: expect.stringMatching(/^gha-/)
    })
    expect(new Set(requests.map(r => r.region))).toEqual(new Set(['eu-central-1']))
  })

  test('the old FAILED seen right after the retry is not taken for the result', () => {
    const retryCall = calls('RetryImage')[0].at
    const staleReads = calls('GetImage').filter(r => r.at > retryCall && r.at < retryCall + 350)
    expect(staleReads.length).toBeGreaterThan(1)
    const statuses = retried.lines.map(l => /\] Status (\w+)$/.exec(l)?.[1]).filter(Boolean)
    expect(statuses).toEqual(
      ['DISTRIBUTING', 'INTEGRATING', 'AVAILABLE'].filter(s => statuses.includes(s))
    )
    expect(statuses).not.toContain('FAILED')
  })

  test('the earlier attempt is summarised, not streamed again', () => {
    expect(retried.lines).toContain(
      `Retrying ${failed.outputs['image-arn']}, which is FAILED: AMI copy to eu-west-1 failed: snapshot quota exceeded`
    )
    expect(
      retried.lines.filter(l => l.startsWith('  Earlier: BUILD workflow build-image'))
    ).toHaveLength(1)
    expect(retried.lines.filter(l => /\] ▶ /.test(l))).toEqual([])
    expect(retried.lines.filter(l => /\] AMI ami-\w+ in eu-central-1/.test(l))).toEqual([])
    expect(
      retried.lines.filter(l => /\] AMI ami-\w+ in (eu-west-1|us-east-1)/.test(l))
    ).toHaveLength(2)
  })
})

test('a retry after a test failure streams the re-run test workflow as new', async () => {
  emulator.scenario = {
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky check' }
  }
  const failed = await build()
  expect(failed.exitCode).toBe(1)
  emulator.retryStaleMs = 200
  const retried = await run({ mode: 'retry', 'image-arn': failed.outputs['image-arn'] })
  // On failure the log comes with it: this test failed once in CI and never again here.
  const log = retried.exitCode === 0 ? '' : retried.stdout.slice(-3000)
  expect({ exitCode: retried.exitCode, log }).toEqual({ exitCode: 0, log: '' })
  expect(retried.groups).toEqual([
    expect.stringMatching(/^TEST workflow test-image 1\.0\.3\/1 \(wf-/)
  ])
  for (const step of ['LaunchTestInstance', 'ApplyTestComponents', 'TerminateTestInstance']) {
    expect(
      retried.lines.filter(l =>
        l.endsWith(
          `▶ ${step} (${step === 'ApplyTestComponents' ? 'ExecuteComponents' : step === 'LaunchTestInstance' ? 'LaunchInstance' : 'TerminateInstance'})`
        )
      )
    ).toHaveLength(1)
  }
  expect(retried.lines.some(l => l.includes('LaunchBuildInstance'))).toBe(false)
})

test('retry of an AVAILABLE image reports the service error clearly', async () => {
  const built = await build()
  expect(built.exitCode).toBe(0)
  const result = await run({ mode: 'retry', 'image-arn': built.outputs['image-arn'] })
  expect(result.exitCode).toBe(1)
  expect(errorsOf(result)).toEqual([
    `RetryImage failed: InvalidRequestException: Image ${built.outputs['image-arn']} is AVAILABLE. Only FAILED or CANCELLED images can be retried.`
  ])
})

test('retry of a version ARN without a build number is refused with an explanation', async () => {
  const result = await run({
    mode: 'retry',
    'image-arn': `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden-al2023/1.2.0`
  })
  expect(result.exitCode).toBe(1)
  expect(errorsOf(result)[0]).toMatch(
    /^Input 'image-arn' is an image version ARN without a build number; mode 'retry' needs one build of it, like .*\/1\.2\.0\/3/
  )
  expect(emulator.requests).toEqual([])
})

describe('mode: watch', () => {
  test('attaches to a running build and streams it to the end', async () => {
    emulator.scenario = { stepMs: 150 }
    const started = await build({ wait: 'false' })
    emulator.requests.length = 0
    const watched = await run({ mode: 'watch', 'image-arn': started.outputs['image-arn'] })
    expect(watched.exitCode).toBe(0)
    expect(watched.outputs['image-arn']).toBe(started.outputs['image-arn'])
    expect(watched.outputs.status).toBe('AVAILABLE')
    expect(watched.outputs['ami-id']).toMatch(/^ami-/)
    expect(watched.lines.filter(l => /\] ✔ CreateOutputAMI completed/.test(l))).toHaveLength(1)
    expect(watched.state).toEqual({
      'image-arn': started.outputs['image-arn'],
      started: 'false',
      settled: 'true'
    })
    expect(
      emulator.requests
        .map(r => r.operation)
        .filter(op => !op.startsWith('List') && op !== 'GetImage')
    ).toEqual([])
  })

  test('of a finished build reports it at once, with its exit code', async () => {
    emulator.scenario = {
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'yum failed' }
    }
    const built = await build()
    emulator.requests.length = 0
    const watched = await run({ mode: 'watch', 'image-arn': built.outputs['image-arn'] })
    expect(watched.exitCode).toBe(1)
    expect(watched.outputs.status).toBe('FAILED')
    expect(errorsOf(watched)[0]).toContain('Step ApplyBuildComponents failed: yum failed.')
    expect(errorsOf(watched)[0]).toContain(
      'Failed step: ApplyBuildComponents of workflow build-image, while BUILDING'
    )
    expect(emulator.calls('GetImage')).toHaveLength(1)
  })
})

test('inputs another mode uses are named in a warning, not silently dropped', async () => {
  const built = await build({ wait: 'false' })
  const result = await run({
    mode: 'watch',
    'image-arn': built.outputs['image-arn'],
    'image-recipe-arn': IMAGE_RECIPE,
    tags: 'a: b',
    'image-tests-enabled': 'true'
  })
  expect(result.exitCode).toBe(0)
  const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
  expect(warnings).toEqual([
    "Mode 'watch' does not use 'image-recipe-arn', 'tags'; they are ignored."
  ])
})
