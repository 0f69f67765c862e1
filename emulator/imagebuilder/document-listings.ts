// The listings and Get of components and workflows: versions (ListComponents, ListWorkflows),
// builds of a version (List…BuildVersions) and one build with its document (GetComponent,
// GetWorkflow), with the model's members, filters and pagination. Listings come in string order
// of the version (1.2.10 before 1.2.9), never numeric order for free, and a new document shows
// in them only `listingDelayMs` after its creation. Retired builds (DEPRECATED, DISABLED) behave
// as the model documents, each quoted where it is applied.
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { nameKey, requestId } from './documents.js'
import type { DocumentBuild, DocumentKind } from './records.js'
import type { ImageBuilderStore } from './store.js'
import { buildsOf, invalid } from './validation.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const numeric = (version: string): number[] => version.split('.').map(Number)
const newer = (a: string, b: string): boolean => {
  const [x, y] = [numeric(a), numeric(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i]
  return false
}

/** The filters each listing takes, as the model's documentation of `filters` names them. */
const FILTERS: Record<DocumentKind, string[]> = {
  component: [
    'description',
    'name',
    'platform',
    'productCodes',
    'status',
    'supportedOsVersion',
    'type',
    'version'
  ],
  workflow: ['name', 'version', 'description', 'type']
}

function visible(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind) {
  return store.documents.filter(
    d =>
      d.kind === kind &&
      d.region === request.region &&
      store.now() - d.createdAt >= store.listingDelayMs
  )
}

/** A version's status: ACTIVE while any build is; otherwise what retired its newest build. */
function versionStatus(store: ImageBuilderStore, versionArn: string): string {
  const builds = store.documents.filter(d => d.versionArn === versionArn)
  return builds.some(d => d.status === 'ACTIVE') ? 'ACTIVE' : (builds.pop()?.status ?? 'ACTIVE')
}

function summary(store: ImageBuilderStore, d: DocumentBuild, arn: string): Record<string, unknown> {
  return {
    arn,
    name: d.name,
    version: d.version,
    description: d.description,
    type: d.type,
    // "The value is your account ID for components that you own."
    owner: store.accountId,
    dateCreated: new Date(d.createdAt).toISOString(),
    ...(d.kind === 'component'
      ? { platform: d.platform, supportedOsVersions: d.supportedOsVersions }
      : {})
  }
}

/** A build's state: WorkflowStatus has only DEPRECATED, so an active workflow has none. */
function state(d: DocumentBuild): Record<string, unknown> | undefined {
  if (d.kind === 'workflow') return d.status === 'DEPRECATED' ? { status: d.status } : undefined
  return { status: d.status }
}

function list(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind): unknown {
  const owner = request.body.owner ?? 'Self'
  let builds = owner === 'Self' ? visible(store, request, kind) : []
  const filters =
    (request.body.filters as Array<{ name?: string; values?: string[] }> | undefined) ?? []
  const byName = request.body.byName === true
  if (byName && filters.some(f => f.name === 'version'))
    invalid("byName can't be combined with the version filter.")
  let statuses: string[] | undefined
  for (const { name, values = [] } of filters) {
    if (!FILTERS[kind].includes(String(name)))
      invalid(`Filter ${String(name)} is not valid here; valid: ${FILTERS[kind].join(', ')}.`)
    // Loose on purpose, like the pipelines' filter: the caller must compare names itself.
    if (name === 'name')
      builds = builds.filter(d => values.some(v => nameKey(d.name).includes(nameKey(v))))
    else if (name === 'platform') builds = builds.filter(d => values.includes(d.platform ?? ''))
    else if (name === 'version') builds = builds.filter(d => values.includes(d.version))
    else if (name === 'type') builds = builds.filter(d => values.includes(d.type))
    else if (name === 'description')
      builds = builds.filter(d => values.includes(d.description ?? ''))
    else if (name === 'supportedOsVersion')
      builds = builds.filter(d => values.some(v => d.supportedOsVersions?.includes(v)))
    else if (name === 'status') statuses = values
    else builds = []
  }
  const versions = new Map<string, DocumentBuild>()
  for (const d of builds) if (!versions.has(d.versionArn)) versions.set(d.versionArn, d)
  let items = [...versions.values()].map(d => ({ d, status: versionStatus(store, d.versionArn) }))
  if (kind === 'component') {
    // "By default, the response doesn't include components in the DEPRECATED state. To list
    // deprecated components, use the status filter with the value DEPRECATED."
    items = items.filter(i => (statuses ? statuses.includes(i.status) : i.status !== 'DEPRECATED'))
  }
  // byName: "one entry per component name, with all versions of each component aggregated";
  // without it, "one entry per component version".
  if (byName) {
    items = items.filter(
      ({ d }) =>
        !items.some(
          ({ d: o }) =>
            nameKey(o.name) === nameKey(d.name) && o.type === d.type && newer(o.version, d.version)
        )
    )
  }
  items.sort((a, b) => compareText(a.d.name, b.d.name) || compareText(a.d.version, b.d.version))
  const key = kind === 'component' ? 'componentVersionList' : 'workflowVersionList'
  const entries = items.map(({ d, status }) => {
    const arn = byName ? d.versionArn.replace(/[0-9]+\.[0-9]+\.[0-9]+$/, 'x.x.x') : d.versionArn
    return { ...summary(store, d, arn), ...(kind === 'component' ? { status } : {}) }
  })
  const page = store.paginate(request, key, entries)
  return { ...requestId(kind), [key]: page.items, nextToken: page.nextToken }
}

export const listComponents = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'component')
export const listWorkflows = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'workflow')

function listBuilds(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind) {
  const member = kind === 'component' ? 'componentVersionArn' : 'workflowVersionArn'
  const arn = request.body[member]
  // ComponentVersionArn is an exact version; WorkflowWildcardVersionArn may hold x nodes.
  const shape =
    kind === 'component'
      ? /\/[0-9]+\.[0-9]+\.[0-9]+$/
      : /\/(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)$/
  if (typeof arn !== 'string' || !shape.test(arn))
    invalid(`${member} must be a ${kind} version ARN (…/<x.y.z>): ${String(arn)}`)
  const pattern = buildsOf(arn)
  let builds = visible(store, request, kind).filter(d => pattern.test(d.arn))
  // "Deprecated build versions aren't included in the results." (ListComponentBuildVersions)
  if (kind === 'component') builds = builds.filter(d => d.status !== 'DEPRECATED')
  const key = kind === 'component' ? 'componentSummaryList' : 'workflowSummaryList'
  // String order again: build 10 comes before build 9.
  const items = builds
    .sort((a, b) => compareText(a.arn, b.arn))
    .map(d => ({
      ...summary(store, d, d.arn),
      changeDescription: d.changeDescription,
      state: state(d)
    }))
  const page = store.paginate(request, key, items)
  return { ...requestId(kind), [key]: page.items, nextToken: page.nextToken }
}

export const listComponentBuildVersions = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  listBuilds(s, r, 'component')
export const listWorkflowBuildVersions = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  listBuilds(s, r, 'workflow')

/**
 * GetComponent: "Version ARNs resolve to the latest available matching component build
 * version." GetWorkflow: "Image Builder resolves version and wildcard ARNs to the most recent
 * matching build version."
 */
function resolve(store: ImageBuilderStore, kind: DocumentKind, arn: string) {
  if (/\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/.test(arn))
    return store.documents.find(d => d.kind === kind && d.arn === arn)
  const pattern = buildsOf(arn)
  return store.documents
    .filter(d => d.kind === kind && d.status === 'ACTIVE' && pattern.test(d.arn))
    .sort((a, b) =>
      newer(a.version, b.version) ? 1 : newer(b.version, a.version) ? -1 : a.build - b.build
    )
    .pop()
}

function get(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind): unknown {
  const member = kind === 'component' ? 'componentBuildVersionArn' : 'workflowBuildVersionArn'
  const arn = request.query[member]
  const versionOrBuild =
    /\/(?:(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)|[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+)$/
  if (!arn || !versionOrBuild.test(arn)) {
    throw new ServiceError(
      'InvalidParameterValueException',
      `The value supplied for parameter '${member}' is not valid: ${String(arn)}`
    )
  }
  const found = resolve(store, kind, arn)
  if (!found) throw new ServiceError('ResourceNotFoundException', `${kind} not found: ${arn}`)
  const view = {
    ...summary(store, found, found.arn),
    changeDescription: found.changeDescription,
    data: found.data,
    kmsKeyId: found.kmsKeyId,
    state: state(found)
  }
  return kind === 'component'
    ? { requestId: randomUUID(), component: { ...view, encrypted: true } }
    : { workflow: view }
}

export const getComponent = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'component')
export const getWorkflow = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'workflow')
