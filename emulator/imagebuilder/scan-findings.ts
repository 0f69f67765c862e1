// Image Builder's scan finding operations: ListImageScanFindings and
// ListImageScanFindingAggregations, over the findings of every image of the region whose scan is
// COMPLETED (scenario.findings, given the image's account, ARN and pipeline).
// As the model has them: ListImageScanFindings takes at most one filter (imageBuildVersionArn,
// imagePipelineArn, vulnerabilityId or severity; names and values case-sensitive) with one value,
// and pages of at most 25; ListImageScanFindingAggregations takes one filter (imageBuildVersionArn,
// imagePipelineArn or vulnerabilityId, up to 10 values) and answers an aggregationType and one
// aggregation per key with severity counts (all, critical, high, medium); without a filter, the
// account's. A key with no findings has no aggregation here (as Inspector's aggregations list
// only keys it has findings for): an image scanned clean answers `responses: []`.
import { randomUUID } from 'node:crypto'
import type { RecordedRequest } from '../protocol.js'
import type { ScanFinding } from './findings.js'
import { scanAt } from './scan.js'
import type { ImageBuilderStore } from './store.js'
import { PATTERNS, invalid } from './validation.js'

interface Reported extends ScanFinding {
  awsAccountId: string
  imageBuildVersionArn: string
  imagePipelineArn?: string
}

/** What each filter name matches a finding on. */
const KEYS: Record<string, (f: Reported) => string | undefined> = {
  imageBuildVersionArn: f => f.imageBuildVersionArn,
  imagePipelineArn: f => f.imagePipelineArn,
  vulnerabilityId: f => f.packageVulnerabilityDetails?.vulnerabilityId,
  severity: f => f.severity
}
const FINDING_FILTERS = ['imageBuildVersionArn', 'imagePipelineArn', 'vulnerabilityId', 'severity']
const AGGREGATION_FILTERS = ['imageBuildVersionArn', 'imagePipelineArn', 'vulnerabilityId']
const AGGREGATION_MEMBER: Record<string, string> = {
  accountId: 'accountAggregation',
  imageBuildVersionArn: 'imageAggregation',
  imagePipelineArn: 'imagePipelineAggregation',
  vulnerabilityId: 'vulnerabilityIdAggregation'
}

/** Every finding the account has in the region: those of images whose scan COMPLETED. */
function reported(store: ImageBuilderStore, region: string): Reported[] {
  return [...store.images.values()]
    .filter(i => i.arn.split(':')[3] === region)
    .filter(i => scanAt(i.plan, store.elapsed(i))?.status === 'COMPLETED')
    .flatMap(i =>
      (i.plan.input.scenario.findings ?? []).map(f => ({
        awsAccountId: store.accountId,
        imageBuildVersionArn: i.arn,
        imagePipelineArn: i.sourcePipelineArn,
        ...f
      }))
    )
}

/** A filter's name and values, refused as the service would: unknown name, wrong values. */
function checked(
  filter: unknown,
  names: string[],
  maxValues: number
): { name: string; values: string[] } {
  const { name, values } = (filter ?? {}) as { name?: unknown; values?: unknown }
  if (typeof name !== 'string' || !names.includes(name))
    invalid(`The filter name ${String(name)} is not valid. Valid names: ${names.join(', ')}.`)
  if (
    !Array.isArray(values) ||
    values.length < 1 ||
    values.length > maxValues ||
    values.some(v => typeof v !== 'string')
  )
    invalid(`The filter ${name} takes 1 to ${maxValues} string values.`)
  const arn =
    name === 'imageBuildVersionArn'
      ? PATTERNS.imageBuild
      : name === 'imagePipelineArn'
        ? PATTERNS.imagePipeline
        : undefined
  const wrong = arn && (values as string[]).find(v => !arn.test(v))
  if (wrong) invalid(`The value of the filter ${name} is not a valid ARN: ${wrong}`)
  return { name, values: values as string[] }
}

export function listImageScanFindings(store: ImageBuilderStore, request: RecordedRequest): unknown {
  const filters = request.body.filters
  let findings = reported(store, request.region)
  let key = 'findings'
  if (filters !== undefined) {
    if (!Array.isArray(filters) || filters.length !== 1)
      invalid('ListImageScanFindings takes exactly one filter.')
    const { name, values } = checked(filters[0], FINDING_FILTERS, 1)
    findings = findings.filter(f => KEYS[name](f) === values[0])
    key = `findings:${name}=${values[0]}`
  }
  const page = store.paginate(request, key, findings)
  return { requestId: randomUUID(), findings: page.items, nextToken: page.nextToken }
}

export function listImageScanFindingAggregations(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const all = reported(store, request.region)
  const filter = request.body.filter
  const { name, values } =
    filter === undefined
      ? { name: 'accountId', values: [store.accountId] }
      : checked(filter, AGGREGATION_FILTERS, 10)
  const keyOf = name === 'accountId' ? (f: Reported) => f.awsAccountId : KEYS[name]
  const responses = values
    .map(value => ({ value, findings: all.filter(f => keyOf(f) === value) }))
    .filter(group => group.findings.length > 0)
    .map(({ value, findings }) => ({
      [AGGREGATION_MEMBER[name]]: { [name]: value, severityCounts: severityCounts(findings) }
    }))
  const page = store.paginate(request, `aggregations:${name}=${values.join(',')}`, responses)
  return {
    requestId: randomUUID(),
    aggregationType: name,
    responses: page.items,
    nextToken: page.nextToken
  }
}

/** The model's SeverityCounts: every finding, and those of medium severity and above. */
export function severityCounts(findings: ScanFinding[]): Record<string, number> {
  const count = (severity: string): number => findings.filter(f => f.severity === severity).length
  return {
    all: findings.length,
    critical: count('CRITICAL'),
    high: count('HIGH'),
    medium: count('MEDIUM')
  }
}
