// The model as a check: the facts drawn from the service models, the checker that holds every
// request and answer against them, and the emulator that runs it on all it receives and sends.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { FACTS, checkAnswer, checkRequest } from '../emulator/model/check.js'
import { modelPattern } from '../src/common/index.js'
import type { RecordedRequest } from '../emulator/index.js'
import { IMAGE_RECIPE, INFRA } from '../emulator/fixtures.js'
import { ROOT } from './support/harness.js'
import { useEmulator } from './support/use-emulator.js'

const MODELS = join(ROOT, '..', 'shared', 'reference', 'models')
const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden/1.0.0/1'
const WORKFLOW = 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x'

function put(operation: string, body: Record<string, unknown>): RecordedRequest {
  return {
    operation,
    method: 'PUT',
    path: `/${operation}`,
    query: {},
    headers: {},
    body,
    region: 'us-east-1',
    accessKeyId: 'AKIAEXAMPLE',
    at: 0
  }
}

const createImage = (extra: Record<string, unknown> = {}): RecordedRequest =>
  put('CreateImage', {
    imageRecipeArn: IMAGE_RECIPE,
    infrastructureConfigurationArn: INFRA,
    clientToken: 'token-1',
    ...extra
  })

describe('checkRequest', () => {
  test('passes a request as the SDK sends it', () => {
    expect(checkRequest(createImage({ tags: { team: 'platform' } }))).toEqual([])
  })

  test.each<[string, RecordedRequest, string]>([
    [
      'a missing required member',
      put('CreateImage', { imageRecipeArn: IMAGE_RECIPE, clientToken: 't' }),
      'CreateImage request infrastructureConfigurationArn: required by CreateImageRequest, missing'
    ],
    [
      'an unknown member',
      createImage({ imageTags: { a: 'b' } }),
      'CreateImage request imageTags: not a member of CreateImageRequest'
    ],
    [
      'an unknown member deep down',
      createImage({ workflows: [{ workflowArn: WORKFLOW, retries: 2 }] }),
      'CreateImage request workflows[0].retries: not a member of WorkflowConfiguration'
    ],
    [
      'a value outside its pattern',
      createImage({ tags: { 'aws:team': 'x' } }),
      'CreateImage request tags{"aws:team"}: "aws:team" does not match ^(?!aws:)'
    ],
    [
      "a Unicode space in a tag key, which Java's \\s does not take",
      createImage({ tags: { 'no\u00a0break': 'x' } }),
      'does not match ^(?!aws:)'
    ],
    [
      'a value too long',
      createImage({ tags: { team: 'x'.repeat(257) } }),
      'CreateImage request tags["team"]: 257 is above the maximum 256 of TagValue'
    ],
    [
      'a map too large',
      createImage({
        tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
      }),
      'CreateImage request tags: 51 is above the maximum 50 of TagMap'
    ],
    [
      'a value outside its enum',
      createImage({ workflows: [{ workflowArn: WORKFLOW, onFailure: 'IGNORE' }] }),
      'CreateImage request workflows[0].onFailure: "IGNORE" is not one of CONTINUE, ABORT'
    ],
    [
      'a value of the wrong type',
      createImage({ enhancedImageMetadataEnabled: 'true' }),
      'CreateImage request enhancedImageMetadataEnabled: "true" is not a boolean'
    ]
  ])('finds %s', (_name, request, problem) => {
    expect(checkRequest(request)).toEqual([expect.stringContaining(problem)])
  })

  test('reads a GET’s members from the query string, and the logs’ from the body by target', () => {
    const get = (query: Record<string, string>): RecordedRequest => ({
      ...put('GetImage', {}),
      method: 'GET',
      query
    })
    expect(checkRequest(get({ imageBuildVersionArn: IMAGE }))).toEqual([])
    expect(checkRequest(get({}))).toEqual([
      'GetImage request imageBuildVersionArn: required by GetImageRequest, missing'
    ])
    expect(checkRequest(get({ imageBuildVersionArn: IMAGE, arn: IMAGE }))).toEqual([
      'GetImage request query arn: not a member of GetImageRequest'
    ])
    const logs = (body: Record<string, unknown>): RecordedRequest => ({
      ...put('GetLogEvents', body),
      method: 'POST',
      path: '/',
      headers: { 'x-amz-target': 'Logs_20140328.GetLogEvents' }
    })
    expect(
      checkRequest(logs({ logGroupName: '/aws/imagebuilder/golden', logStreamName: '1.0.0/1' }))
    ).toEqual([])
    expect(checkRequest(logs({ logStreamName: 's', limit: 10_001 }))).toEqual([
      'GetLogEvents request limit: 10001 is above the maximum 10000 of EventsLimit'
    ])
  })

  test('names an operation the facts do not have', () => {
    expect(checkRequest({ ...put('DeleteImage', {}), method: 'DELETE' })).toEqual([
      'DELETE /DeleteImage: not an operation in the facts'
    ])
  })
})

describe('checkAnswer', () => {
  test('finds an unknown member and a value outside its enum, and passes a good answer', () => {
    const image = { arn: IMAGE, state: { status: 'AVAILABLE' } }
    expect(checkAnswer('GetImage', { requestId: 'r', image })).toEqual([])
    expect(
      checkAnswer('GetImage', { image: { ...image, state: { status: 'VALIDATING' } }, extra: 1 })
    ).toEqual([
      'GetImage answer image.state.status: "VALIDATING" is not one of PENDING, CREATING, BUILDING, TESTING, DISTRIBUTING, INTEGRATING, AVAILABLE, CANCELLED, FAILED, DEPRECATED, DELETED, DISABLED',
      'GetImage answer extra: not a member of GetImageResponse'
    ])
    // One line for a problem every item of a list has.
    const steps = ['A', 'B', 'C'].map(name => ({ name, status: 'WAITING' }))
    expect(checkAnswer('ListWorkflowStepExecutions', { steps })).toEqual([
      'ListWorkflowStepExecutions answer steps[0].status: "WAITING" is not one of PENDING, SKIPPED, RUNNING, COMPLETED, FAILED, CANCELLED (and 2 more like it)'
    ])
    expect(checkAnswer('ListWaitingWorkflowSteps', { steps: {} })).toEqual([
      'ListWaitingWorkflowSteps answer steps: {} is not a list (WorkflowStepExecutionList)'
    ])
  })
})

describe('the facts', () => {
  test('every pattern compiles as a JavaScript regular expression', () => {
    const patterns = Object.values(FACTS.services).flatMap(s =>
      Object.values(s.shapes).flatMap(shape => (shape.pattern ? [shape.pattern] : []))
    )
    expect(patterns.length).toBeGreaterThan(20)
    for (const pattern of patterns) expect(() => modelPattern(pattern)).not.toThrow()
  })

  const model = join(MODELS, 'imagebuilder-2019-12-02.json.gz')
  ;(existsSync(model) ? test : test.skip)('are what the script makes of the models', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'))
    const [out, shapes] = [join(dir, 'facts.json'), join(dir, 'request-shapes.ts')]
    const run = spawnSync(
      process.execPath,
      ['scripts/model-facts.mjs', model, '--out', out, '--shapes-out', shapes],
      { cwd: ROOT, encoding: 'utf8' }
    )
    expect(run.stderr).toBe('')
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(join(ROOT, 'emulator', 'model', 'facts.json'), 'utf8')
    )
    // The action's own copy of the recipe requests' shapes, which src/ checks recipe files with.
    expect(readFileSync(shapes, 'utf8')).toBe(
      readFileSync(join(ROOT, 'src', 'publish', 'request-shapes.ts'), 'utf8')
    )
  })
})

describe('the emulator', () => {
  const emulator = useEmulator()

  test('keeps what a request and its answer broke, until the test takes them', async () => {
    const send = (body: unknown) =>
      fetch(`${emulator.url}/CreateImage`, { method: 'PUT', body: JSON.stringify(body) })
    await send(createImage({ tags: { 'aws:x': 'y' } }).body)
    expect(emulator.modelViolations).toEqual([expect.stringMatching(/^CreateImage request tags/)])
    expect(emulator.takeModelViolations()).toHaveLength(1)
    expect(emulator.modelViolations).toEqual([])

    // Allowed from here on only: what came before still counts.
    await send({ clientToken: 'a' })
    emulator.allowModelViolations()
    await send({ clientToken: 'b' })
    expect(emulator.takeModelViolations()).toEqual([
      'CreateImage request infrastructureConfigurationArn: required by CreateImageRequest, missing'
    ])
  })
})
