// The image's vulnerability scan, read once the image is AVAILABLE: its state (waited for while
// it runs, within the step's deadline), the counts by severity, and the findings, every page up to
// a bound. Never fatal: a read that fails or is refused is a warning, and the report says what is
// missing. Only the job's cancellation stops the step here.
import * as core from '@actions/core'
import {
  GetImageCommand,
  ListImageScanFindingAggregationsCommand,
  ListImageScanFindingsCommand,
  type Image,
  type ImagebuilderClient,
  type ImageScanFinding,
  type SeverityCounts
} from '@aws-sdk/client-imagebuilder'
import { callApi, describeError, isTransient, serviceArn } from '../aws/index.js'
import { oneLine, systemClock, type Clock } from '../common/index.js'

/** The statuses of a scan that is still going: PENDING → SCANNING → COLLECTING → COMPLETED. */
const SCAN_RUNNING = new Set(['PENDING', 'SCANNING', 'COLLECTING'])
/** ListImageScanFindings' largest page (the model's RestrictedInteger). */
const PAGE_SIZE = 25
/** The findings read are bounded: so many pages (500 findings), so much time in all. */
export const FINDING_PAGES = 20
const READ_BUDGET_MS = 60_000
const COUNT_PAGES = 5

export type Counts = { [K in keyof Required<SeverityCounts>]: number }

export interface ScanResult {
  /** scanState.status as the image reports it; '' when it reports none. */
  status: string
  reason?: string
  /** The scan was still running when the step's deadline came. */
  stillRunning?: boolean
  /** From ListImageScanFindingAggregations, or counted from the findings when they were all read. */
  counts?: Counts
  /** Every finding read, cleaned: strings on one line and capped, ARNs checked. */
  findings: ImageScanFinding[]
  /** Why the findings read are not all there are: a bound, or a read that failed. */
  incomplete?: string
}

export interface ScanReadOptions {
  signal?: AbortSignal
  clock?: Clock
  /** The step's deadline (clock time): a running scan is waited for until then. */
  deadline: number
  pollIntervalMs: number
  callTimeoutMs: number
}

/** Whether the image was built with scanning: the request asked for it, or a scan state shows. */
export const hasScanning = (image: Image | undefined): boolean =>
  image?.imageScanningConfiguration?.imageScanningEnabled === true || image?.scanState !== undefined

export async function readScan(
  client: ImagebuilderClient,
  arn: string,
  image: Image,
  options: ScanReadOptions
): Promise<ScanResult> {
  const { signal, clock = systemClock } = options
  const state = await waitForScan(client, arn, image, options)
  const scan: ScanResult = { ...state, findings: [] }
  // Findings are collected at the end of a scan: before it, or without it, there are none to read,
  // and an empty answer would read as a clean image.
  if (scan.status !== 'COMPLETED') return scan
  const call = <T>(operation: string, send: (abortSignal: AbortSignal) => Promise<T>) =>
    callApi(operation, send, { signal, timeoutMs: options.callTimeoutMs })
  const readBudgetEnd = clock.now() + READ_BUDGET_MS
  try {
    scan.counts = await readCounts(client, arn, call)
  } catch (error) {
    if (signal?.aborted) throw error
    warn(error, 'ListImageScanFindingAggregations', 'the counts by severity')
  }
  let token: string | undefined
  try {
    for (let page = 0; ; page++) {
      if (page === FINDING_PAGES || clock.now() >= readBudgetEnd) {
        scan.incomplete = `reading stopped after ${page} pages (${scan.findings.length} findings)`
        break
      }
      const answer = await call('ListImageScanFindings', abortSignal =>
        client.send(
          new ListImageScanFindingsCommand({
            filters: [{ name: 'imageBuildVersionArn', values: [arn] }],
            maxResults: PAGE_SIZE,
            ...(token === undefined ? {} : { nextToken: token })
          }),
          { abortSignal }
        )
      )
      scan.findings.push(...(answer.findings ?? []).filter(isObject).map(cleanFinding))
      // A token handed back again would read the same page for ever.
      if (!answer.nextToken || answer.nextToken === token) break
      token = answer.nextToken
    }
  } catch (error) {
    if (signal?.aborted) throw error
    warn(error, 'ListImageScanFindings', 'the findings')
    scan.incomplete = `ListImageScanFindings failed after ${scan.findings.length} findings`
  }
  scan.counts ??= scan.incomplete === undefined ? countOf(scan.findings) : undefined
  return scan
}

/** The scan's state once it ends, or as it stands at the deadline. */
async function waitForScan(
  client: ImagebuilderClient,
  arn: string,
  image: Image,
  { signal, clock = systemClock, deadline, pollIntervalMs, callTimeoutMs }: ScanReadOptions
): Promise<Pick<ScanResult, 'status' | 'reason' | 'stillRunning'>> {
  let state = image.scanState
  let shown = ''
  while (SCAN_RUNNING.has(state?.status ?? '')) {
    const left = deadline - clock.now()
    if (left <= 0) break
    const status = state?.status ?? ''
    if (status !== shown)
      core.info(`Vulnerability scan ${status}: waiting for it to end (within timeout-minutes).`)
    shown = status
    await clock.sleep(Math.min(pollIntervalMs, left), signal)
    try {
      const answer = await callApi(
        'GetImage',
        abortSignal =>
          client.send(new GetImageCommand({ imageBuildVersionArn: arn }), { abortSignal }),
        { signal, timeoutMs: Math.max(1, Math.min(callTimeoutMs, deadline - clock.now())) }
      )
      state = answer.image?.scanState ?? state
    } catch (error) {
      if (signal?.aborted) throw error
      // A blip is waited out like any status check; anything else ends the wait here.
      if (!isTransient(error)) {
        warn(error, 'GetImage', 'the scan state')
        break
      }
    }
  }
  const status = oneLine(state?.status, 64)
  return {
    status,
    reason: state?.reason === undefined ? undefined : oneLine(state.reason, 1000),
    stillRunning: SCAN_RUNNING.has(status) || undefined
  }
}

type Call = <T>(operation: string, send: (abortSignal: AbortSignal) => Promise<T>) => Promise<T>

/** The image's own aggregation: the entry of the answer that names this image, if any. */
async function readCounts(
  client: ImagebuilderClient,
  arn: string,
  call: Call
): Promise<Counts | undefined> {
  let token: string | undefined
  for (let page = 0; page < COUNT_PAGES; page++) {
    const answer = await call('ListImageScanFindingAggregations', abortSignal =>
      client.send(
        new ListImageScanFindingAggregationsCommand({
          filter: { name: 'imageBuildVersionArn', values: [arn] },
          ...(token === undefined ? {} : { nextToken: token })
        }),
        { abortSignal }
      )
    )
    const images = (answer.responses ?? []).filter(isObject).map(entry => entry.imageAggregation)
    // The entry that names this image; one that names none, when it is the only one.
    const own =
      images.find(entry => entry?.imageBuildVersionArn === arn) ??
      (images.length === 1 && images[0]?.imageBuildVersionArn === undefined ? images[0] : undefined)
    if (own?.severityCounts) return countsOf(own.severityCounts)
    if (!answer.nextToken || answer.nextToken === token) return undefined
    token = answer.nextToken
  }
  return undefined
}

/** A count is a whole number of at least 0; anything else reads as 0. */
const count = (n: unknown): number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0

const countsOf = (c: SeverityCounts): Counts => ({
  all: count(c.all),
  critical: count(c.critical),
  high: count(c.high),
  medium: count(c.medium)
})

/** The counts, from the findings themselves (when the aggregation could not be read). */
function countOf(findings: ImageScanFinding[]): Counts {
  const of = (severity: string): number =>
    findings.filter(f => f.severity?.toUpperCase() === severity).length
  return {
    all: findings.length,
    critical: of('CRITICAL'),
    high: of('HIGH'),
    medium: of('MEDIUM')
  }
}

function warn(error: unknown, operation: string, what: string): void {
  core.warning(
    `Could not read ${what} of the image's vulnerability scan: ${describeError(error, operation)} The build itself is not affected.`
  )
}

const isObject = <T>(value: T | null | undefined): value is T =>
  typeof value === 'object' && value !== null

/** Service text in a finding: on one line and capped, at every depth; the ARNs checked. */
function cleanFinding(finding: ImageScanFinding): ImageScanFinding {
  const cleaned = clean(finding, 0) as ImageScanFinding
  for (const [member, shape] of [
    ['imageBuildVersionArn', 'ImageBuildVersionArn'],
    ['imagePipelineArn', 'ImagePipelineArn']
  ] as const) {
    try {
      serviceArn({ operation: 'ListImageScanFindings', member, shape }, cleaned[member])
    } catch {
      // Not one: left out of the report and the file, as any such ARN is.
      delete cleaned[member]
    }
  }
  return cleaned
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return oneLine(value)
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'boolean') return value
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (!isObject(value) || depth > 8) return undefined
  if (Array.isArray(value))
    return value
      .slice(0, 100)
      .map(item => clean(item, depth + 1))
      .filter(item => item !== undefined)
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, item]) => [key, clean(item, depth + 1)])
      .filter(([, item]) => item !== undefined)
  )
}
