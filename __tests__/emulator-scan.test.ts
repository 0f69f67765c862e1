// The emulator's vulnerability scans against the real SDK client: scanState along the TEST stage,
// ListImageScanFindings and ListImageScanFindingAggregations as the model has them, and their
// refusals. Time runs on a clock the tests move.
import {
  CancelImageCreationCommand,
  CreateImageCommand,
  GetImageCommand,
  ImagebuilderServiceException,
  InvalidPaginationTokenException,
  InvalidRequestException,
  ListImageScanFindingAggregationsCommand,
  ListImageScanFindingsCommand,
  StartImagePipelineExecutionCommand,
  paginateListImageScanFindings,
  type CreateImageCommandInput,
  type ImagebuilderClient,
  type ImageScanFinding
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeEach, describe, expect, test } from '@jest/globals'
import { FAULTS, makeFindings, type Emulator } from '../emulator/index.js'
import { ACCOUNT, IMAGE_RECIPE, INFRA } from '../emulator/fixtures.js'
import { emulatorClient } from './support/sdk-client.js'
import { useEmulator } from './support/use-emulator.js'

const emulator: Emulator = useEmulator()
let clock = 0
beforeEach(() => {
  // Account-wide listings count only this test's images.
  emulator.images.clear()
  clock = 1_000_000
  emulator.now = () => clock
})
let sdk: ImagebuilderClient | undefined
afterAll(() => sdk?.destroy())
const client = (): ImagebuilderClient => (sdk ??= emulatorClient(emulator.url))

const scanned = (extra: Partial<CreateImageCommandInput> = {}): CreateImageCommandInput => ({
  imageRecipeArn: IMAGE_RECIPE,
  infrastructureConfigurationArn: INFRA,
  imageScanningConfiguration: { imageScanningEnabled: true },
  ...extra
})

async function create(input = scanned()): Promise<string> {
  const { imageBuildVersionArn } = await client().send(new CreateImageCommand(input))
  return imageBuildVersionArn!
}

async function state(arn: string) {
  const { image } = await client().send(new GetImageCommand({ imageBuildVersionArn: arn }))
  return {
    status: image?.state?.status,
    scan: image?.scanState,
    config: image?.imageScanningConfiguration
  }
}

/** Every status the image and its scan go through, sampled every 25 ms (phases here last longer). */
async function statuses(arn: string, untilMs: number): Promise<string[]> {
  const seen: string[] = []
  for (const end = clock + untilMs; clock <= end; clock += 25) {
    const { status, scan } = await state(arn)
    const now = `${status}/${scan?.status ?? '-'}`
    if (seen.at(-1) !== now) seen.push(now)
  }
  return seen
}

const byImage = (arn: string) => ({ filters: [{ name: 'imageBuildVersionArn', values: [arn] }] })

describe('scan state', () => {
  test('PENDING, then SCANNING, COLLECTING and COMPLETED along the TEST stage', async () => {
    emulator.scenario = { stepMs: 100 }
    const arn = await create()
    expect((await state(arn)).config).toEqual({ imageScanningEnabled: true })
    const seen = await statuses(arn, 2000)
    expect(seen).toEqual([
      'PENDING/PENDING',
      'CREATING/PENDING',
      'BUILDING/PENDING',
      'TESTING/SCANNING',
      'TESTING/COLLECTING',
      'TESTING/COMPLETED',
      'INTEGRATING/COMPLETED',
      'AVAILABLE/COMPLETED'
    ])
  })

  test('scanning off: no scanState and no findings', async () => {
    emulator.scenario = { stepMs: 10, findings: makeFindings({ critical: 1 }) }
    const arn = await create(scanned({ imageScanningConfiguration: undefined }))
    clock += 10_000
    expect(await state(arn)).toEqual({ status: 'AVAILABLE', scan: undefined, config: undefined })
    const { findings } = await client().send(new ListImageScanFindingsCommand(byImage(arn)))
    expect(findings).toEqual([])
  })

  test('a build that fails before the scan, or has no test stage, abandons it', async () => {
    const abandoned = (status: string) => ({
      status,
      scan: {
        status: 'ABANDONED',
        reason: `The image reached ${status} before the scan finding collection completed.`
      }
    })
    emulator.scenario = {
      stepMs: 10,
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'boom' }
    }
    const failed = await create()
    emulator.scenario = { stepMs: 10 }
    const untested = await create(
      scanned({ imageTestsConfiguration: { imageTestsEnabled: false } })
    )
    clock += 10_000
    expect(await state(failed)).toMatchObject(abandoned('FAILED'))
    expect(await state(untested)).toMatchObject(abandoned('AVAILABLE'))
  })

  test('a cancelled build abandons its scan; a test failure after collecting keeps it', async () => {
    emulator.scenario = { stepMs: 100, findings: makeFindings({ high: 1 }) }
    const cancelled = await create()
    clock += 850 // TESTING: LaunchTestInstance
    expect((await state(cancelled)).scan?.status).toBe('SCANNING')
    await client().send(new CancelImageCreationCommand({ imageBuildVersionArn: cancelled }))
    clock += 10_000
    expect((await state(cancelled)).scan?.status).toBe('ABANDONED')

    emulator.scenario = {
      stepMs: 10,
      findings: makeFindings({ high: 1 }),
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'boom' }
    }
    const failed = await create()
    clock += 10_000
    expect(await state(failed)).toMatchObject({ status: 'FAILED', scan: { status: 'COMPLETED' } })
  })

  test('a late scan is still running when the image turns AVAILABLE, and completes later', async () => {
    emulator.scenario = {
      stepMs: 50,
      scan: { lateMs: 1000 },
      findings: makeFindings({ critical: 1 })
    }
    const arn = await create()
    const seen = await statuses(arn, 2500)
    expect(seen).toContain('TESTING/SCANNING')
    expect(seen.slice(-3)).toEqual([
      'AVAILABLE/SCANNING',
      'AVAILABLE/COLLECTING',
      'AVAILABLE/COMPLETED'
    ])
  })

  test('a scan can end FAILED or TIMED_OUT, with its reason and no findings', async () => {
    emulator.scenario = {
      stepMs: 10,
      scan: { endsAs: 'TIMED_OUT', reason: 'Inspector did not answer in time.' },
      findings: makeFindings({ critical: 3 })
    }
    const arn = await create()
    clock += 10_000
    const reason = 'Inspector did not answer in time.'
    expect((await state(arn)).scan).toEqual({ status: 'TIMED_OUT', reason })
    const { findings } = await client().send(new ListImageScanFindingsCommand(byImage(arn)))
    expect(findings).toEqual([])
  })
})

describe('ListImageScanFindings', () => {
  test('pages of 25 through one image findings, only once its scan completed', async () => {
    emulator.scenario = {
      stepMs: 10,
      findings: makeFindings({ critical: 3, high: 20, medium: 30, low: 7 })
    }
    const arn = await create()
    await create() // another image's findings, not listed
    const { findings: early } = await client().send(new ListImageScanFindingsCommand(byImage(arn)))
    expect(early).toEqual([])
    clock += 10_000
    const all: ImageScanFinding[] = []
    const sizes: number[] = []
    for await (const page of paginateListImageScanFindings({ client: client() }, byImage(arn))) {
      sizes.push(page.findings?.length ?? 0)
      all.push(...(page.findings ?? []))
    }
    expect(sizes).toEqual([25, 25, 10])
    expect(new Set(all.map(f => f.imageBuildVersionArn))).toEqual(new Set([arn]))
    expect(all.filter(f => f.severity === 'CRITICAL')).toHaveLength(3)
    expect(all[0]).toMatchObject({
      awsAccountId: ACCOUNT,
      type: 'PACKAGE_VULNERABILITY',
      fixAvailable: expect.stringMatching(/^(YES|NO|PARTIAL)$/),
      inspectorScore: expect.any(Number),
      firstObservedAt: expect.any(Date),
      packageVulnerabilityDetails: {
        vulnerabilityId: expect.stringMatching(/^CVE-2024-\d+$/),
        sourceUrl: expect.stringMatching(/^https:\/\//),
        vulnerablePackages: [expect.objectContaining({ name: expect.any(String) })]
      }
    })
  })

  test('filters by severity (case-sensitive), vulnerability ID and pipeline', async () => {
    emulator.scenario = { stepMs: 10, findings: makeFindings({ critical: 2, high: 1 }) }
    const pipeline = emulator.addImagePipeline({
      name: 'golden',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA,
      imageScanningConfiguration: { imageScanningEnabled: true }
    })
    const { imageBuildVersionArn } = await client().send(
      new StartImagePipelineExecutionCommand({ imagePipelineArn: pipeline })
    )
    await create()
    clock += 10_000
    const list = async (name: string, value: string) =>
      (
        await client().send(
          new ListImageScanFindingsCommand({ filters: [{ name, values: [value] }] })
        )
      ).findings ?? []
    expect(await list('severity', 'CRITICAL')).toHaveLength(4)
    expect(await list('severity', 'critical')).toHaveLength(0)
    const byPipeline = await list('imagePipelineArn', pipeline)
    expect(byPipeline.map(f => f.imageBuildVersionArn)).toEqual([
      imageBuildVersionArn,
      imageBuildVersionArn,
      imageBuildVersionArn
    ])
    const id = byPipeline[0].packageVulnerabilityDetails!.vulnerabilityId!
    expect(await list('vulnerabilityId', id)).toHaveLength(2)
    const { findings } = await client().send(new ListImageScanFindingsCommand({}))
    expect(findings).toHaveLength(6)
  })

  test('refuses what the model or the service does not take', async () => {
    emulator.allowModelViolations()
    const refused = async (input: object, type: unknown = InvalidRequestException) =>
      expect(client().send(new ListImageScanFindingsCommand(input))).rejects.toBeInstanceOf(type)
    const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden-al2023/1.2.0/1`
    await refused({ filters: [...byImage(arn).filters, { name: 'severity', values: ['HIGH'] }] })
    await refused({ filters: [] })
    await refused({ filters: [{ name: 'Severity', values: ['HIGH'] }] })
    await refused({ filters: [{ name: 'imageBuildVersionArn', values: ['golden'] }] })
    await refused({ filters: [{ name: 'severity', values: ['HIGH', 'CRITICAL'] }] })
    await refused({ maxResults: 26 })
    await refused({ nextToken: 'bm90LWEtdG9rZW4' }, InvalidPaginationTokenException)
    // The aggregations have no severity filter.
    const severity = { filter: { name: 'severity', values: ['HIGH'] } }
    await expect(
      client().send(new ListImageScanFindingAggregationsCommand(severity))
    ).rejects.toBeInstanceOf(InvalidRequestException)
  })

  test('denied by the deny-scan-findings fault, as a 403 AccessDeniedException', async () => {
    emulator.inject(FAULTS['deny-scan-findings'].fault)
    for (const command of [
      new ListImageScanFindingsCommand({}),
      new ListImageScanFindingAggregationsCommand({})
    ]) {
      const error = await client()
        .send(command as ListImageScanFindingsCommand)
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ImagebuilderServiceException)
      expect(error).toMatchObject({
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 }
      })
    }
    // Other operations are not denied.
    await expect(create()).resolves.toMatch(/image\/golden-al2023/)
  })
})

describe('ListImageScanFindingAggregations', () => {
  test('severity counts by image, by vulnerability and for the account', async () => {
    emulator.scenario = {
      stepMs: 10,
      findings: makeFindings({ critical: 2, high: 3, medium: 4, low: 5 })
    }
    const arn = await create()
    emulator.scenario = { stepMs: 10, findings: [] }
    const clean = await create()
    clock += 10_000
    const aggregate = (filter?: { name: string; values: string[] }) =>
      client().send(new ListImageScanFindingAggregationsCommand({ filter }))
    const counts = { all: 14, critical: 2, high: 3, medium: 4 }
    expect(await aggregate({ name: 'imageBuildVersionArn', values: [arn] })).toMatchObject({
      aggregationType: 'imageBuildVersionArn',
      responses: [{ imageAggregation: { imageBuildVersionArn: arn, severityCounts: counts } }]
    })
    expect((await aggregate({ name: 'imageBuildVersionArn', values: [clean] })).responses).toEqual(
      []
    )
    expect(await aggregate()).toMatchObject({
      aggregationType: 'accountId',
      responses: [{ accountAggregation: { accountId: ACCOUNT, severityCounts: counts } }]
    })
    const byId = await aggregate({ name: 'vulnerabilityId', values: ['CVE-2024-21000'] })
    expect(byId.responses?.[0].vulnerabilityIdAggregation?.severityCounts?.all).toBe(1)
  })
})
