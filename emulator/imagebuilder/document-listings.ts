// The listings and Get of components and workflows: versions (ListComponents, ListWorkflows),
// builds of a version (List…BuildVersions) and one build with its document (GetComponent,
// GetWorkflow), with the model's field names and pagination. Listings come in string order of
// the version (1.2.10 before 1.2.9), never numeric order for free, and a new document shows in
// them only `listingDelayMs` after its creation.
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import type { DocumentBuild, DocumentKind } from './documents.js'
import type { ImageBuilderStore } from './store.js'
import { invalid } from './validation.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const numeric = (version: string): number[] => version.split('.').map(Number)
const newer = (a: string, b: string): boolean => {
  const [x, y] = [numeric(a), numeric(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}

function visible(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind) {
  return store.documents.filter(
    d =>
      d.kind === kind &&
      d.region === request.region &&
      store.now() - d.createdAt >= store.listingDelayMs
  )
}

function summary(d: DocumentBuild, arn: string): Record<string, unknown> {
  return {
    arn,
    name: d.name,
    version: d.version,
    description: d.description,
    changeDescription: d.changeDescription,
    type: d.type,
    platform: d.platform,
    supportedOsVersions: d.supportedOsVersions,
    owner: 'Self',
    dateCreated: new Date(d.createdAt).toISOString()
  }
}

function list(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind): unknown {
  const owner = request.body.owner ?? 'Self'
  let builds = owner === 'Self' ? visible(store, request, kind) : []
  const filters =
    (request.body.filters as Array<{ name?: string; values?: string[] }> | undefined) ?? []
  for (const { name, values = [] } of filters) {
    // Loose on purpose, like the pipelines' filter: the caller must compare names itself.
    if (name === 'name')
      builds = builds.filter(d => values.some(v => d.name.toLowerCase().includes(v.toLowerCase())))
    else if (name === 'platform') builds = builds.filter(d => values.includes(d.platform ?? ''))
    else if (name === 'version') builds = builds.filter(d => values.includes(d.version))
    else if (name === 'type') builds = builds.filter(d => values.includes(d.type))
    else invalid(`Filter ${String(name)} is not supported by the emulator.`)
  }
  const versions = new Map<string, DocumentBuild>()
  for (const d of builds) if (!versions.has(d.versionArn)) versions.set(d.versionArn, d)
  let items = [...versions.values()]
  // Without byName only each name's newest version is listed.
  if (request.body.byName !== true) {
    items = items.filter(
      d => !items.some(o => o.name === d.name && o.type === d.type && newer(o.version, d.version))
    )
  }
  items.sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version))
  const key = kind === 'component' ? 'componentVersionList' : 'workflowVersionList'
  const page = store.paginate(
    request,
    key,
    items.map(d => summary(d, d.versionArn))
  )
  return { requestId: randomUUID(), [key]: page.items, nextToken: page.nextToken }
}

export const listComponents = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'component')
export const listWorkflows = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'workflow')

function listBuilds(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind) {
  const member = kind === 'component' ? 'componentVersionArn' : 'workflowVersionArn'
  const arn = request.body[member]
  if (typeof arn !== 'string' || !/\/[0-9]+\.[0-9]+\.[0-9]+$/.test(arn))
    invalid(`${member} must be a ${kind} version ARN (…/<x.y.z>): ${String(arn)}`)
  const builds = visible(store, request, kind).filter(d => d.versionArn === arn)
  const key = kind === 'component' ? 'componentSummaryList' : 'workflowSummaryList'
  // String order again: build 10 comes before build 9.
  const items = builds
    .sort((a, b) => compareText(a.arn, b.arn))
    .map(d => ({ ...summary(d, d.arn), state: { status: 'ACTIVE' } }))
  const page = store.paginate(request, key, items)
  return { requestId: randomUUID(), [key]: page.items, nextToken: page.nextToken }
}

export const listComponentBuildVersions = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  listBuilds(s, r, 'component')
export const listWorkflowBuildVersions = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  listBuilds(s, r, 'workflow')

function get(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind): unknown {
  const member = kind === 'component' ? 'componentBuildVersionArn' : 'workflowBuildVersionArn'
  const arn = request.query[member]
  if (!arn || !/\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/.test(arn)) {
    throw new ServiceError(
      'InvalidParameterValueException',
      `The value supplied for parameter '${member}' is not valid: ${String(arn)}`
    )
  }
  const found = store.documents.find(d => d.kind === kind && d.arn === arn)
  if (!found) throw new ServiceError('ResourceNotFoundException', `${kind} not found: ${arn}`)
  const view = {
    ...summary(found, found.arn),
    data: found.data,
    kmsKeyId: found.kmsKeyId,
    state: { status: 'ACTIVE' }
  }
  return kind === 'component'
    ? { requestId: randomUUID(), component: { ...view, encrypted: true } }
    : { workflow: view }
}

export const getComponent = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'component')
export const getWorkflow = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'workflow')
