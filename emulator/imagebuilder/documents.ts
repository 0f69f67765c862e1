// Components and workflows: versioned YAML documents the account owns, and their Create calls
// (dryRun, the model's patterns and limits, client tokens, and the service's document checks).
// As the service has done since Nov 2025, creating a name and version that exists adds a build
// (.../2.0.0/2) instead of failing, unless its content equals the latest build's. Names that
// differ only in case, spaces or underscores are one name. The listings and Get are in
// document-listings.ts.
import { randomUUID } from 'node:crypto'
import { parse } from 'yaml'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import {
  PLATFORMS,
  WORKFLOW_TYPES,
  type DocumentBuild,
  type DocumentKind,
  type DocumentSpec,
  type DocumentStatus
} from './records.js'
import type { ImageBuilderStore } from './store.js'
import { invalid } from './validation.js'

/** The model's ResourceName: 3 to 128 characters, spaces allowed inside. */
const NAME = /^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$/
const SEMANTIC_VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/
const MAX_NODE = 2 ** 30 - 1
/** The step actions a workflow may use, as the workflow document reference lists them. */
const STEP_ACTIONS = [
  'LaunchInstance',
  'BootstrapInstanceForContainer',
  'ExecuteComponents',
  'CollectImageMetadata',
  'CollectImageScanFindings',
  'RunSysPrep',
  'SanitizeInstance',
  'CreateImage',
  'CreateImageFromIso',
  'RegisterImage',
  'RunCommand',
  'WaitForSSMAgent',
  'WaitForAction',
  'ExecuteStateMachine',
  'TerminateInstance',
  'DistributeImage',
  'ModifyImageAttributes',
  'ApplyImageConfigurations',
  'DistributeContainerImage'
]
const DATA_LIMIT = 16_000

/**
 * The model (CreateComponent, name): "Image Builder generates the component ARN from a normalized
 * form of the name, so names that differ only in case, spaces, or underscores count as the same
 * name."
 */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[ _]/g, '-')

/** The component answers carry a requestId; the workflow answers have no such member. */
export const requestId = (kind: DocumentKind): Record<string, string> =>
  kind === 'component' ? { requestId: randomUUID() } : {}

type NewBuild = Omit<DocumentBuild, 'arn' | 'versionArn' | 'build' | 'status'> & {
  status?: DocumentStatus
}

const versionArnOf = (store: ImageBuilderStore, d: NewBuild) => {
  const resource = nameKey(d.name)
  const path = d.kind === 'component' ? 'component' : `workflow/${d.type.toLowerCase()}`
  return `arn:aws:imagebuilder:${d.region}:${store.accountId}:${path}/${resource}/${d.version}`
}

/** Adds a build of the name and version, numbered after the ones before it. */
export function addDocument(store: ImageBuilderStore, fields: NewBuild): DocumentBuild {
  const versionArn = versionArnOf(store, fields)
  const build = store.documents.filter(d => d.versionArn === versionArn).length + 1
  const record = {
    ...fields,
    status: fields.status ?? 'ACTIVE',
    build,
    versionArn,
    arn: `${versionArn}/${build}`
  }
  store.documents.push(record)
  return record
}

export function seedDocument(store: ImageBuilderStore, spec: DocumentSpec): DocumentBuild {
  return addDocument(store, {
    kind: spec.kind,
    name: spec.name,
    version: spec.version,
    region: spec.region ?? 'us-east-1',
    type: spec.kind === 'workflow' ? (spec.type ?? 'BUILD') : componentType(spec.data),
    platform: spec.kind === 'component' ? (spec.platform ?? 'Linux') : undefined,
    data: spec.data,
    status: spec.status,
    // Seeded documents are old: they show in the listings at once.
    createdAt: store.now() - store.listingDelayMs
  })
}

/**
 * ComponentType: "whether the component is used to build the image or only to test it"; a
 * component whose only phase is test only tests.
 */
function componentType(data: string): string {
  try {
    const phases = (parse(data) as { phases?: Array<{ name?: unknown }> } | null)?.phases
    return Array.isArray(phases) && phases.length === 1 && phases[0]?.name === 'test'
      ? 'TEST'
      : 'BUILD'
  } catch {
    return 'BUILD'
  }
}

function checkText(body: Record<string, unknown>, member: string, max: number): void {
  const value = body[member]
  if (value === undefined) return
  if (typeof value !== 'string' || value.length < 1 || value.length > max)
    invalid(`${member} must be a string of 1 to ${max} characters.`)
}

/** What the service checks of the document itself; it names no line. */
function checkDocument(kind: DocumentKind, data: string): void {
  let document: unknown
  try {
    document = parse(data)
  } catch (error) {
    const reason = String((error as Error).message).split('\n')[0]
    throw new ServiceError(
      'InvalidParameterValueException',
      `The document is not valid YAML: ${reason}`
    )
  }
  const top =
    typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {}
  const wanted = kind === 'component' ? ['schemaVersion', 'phases'] : ['schemaVersion', 'steps']
  for (const key of wanted) {
    if (top[key] === undefined) {
      throw new ServiceError(
        'InvalidParameterValueException',
        `The ${kind} document is not valid: the required key '${key}' is missing.`
      )
    }
  }
  const list = kind === 'component' ? top.phases : top.steps
  if (!Array.isArray(list) || list.length === 0) {
    throw new ServiceError(
      'InvalidParameterValueException',
      `The ${kind} document is not valid: '${kind === 'component' ? 'phases' : 'steps'}' must be a non-empty list.`
    )
  }
  // What only the service checks: each step's action exists.
  if (kind === 'workflow') {
    for (const step of list as Array<Record<string, unknown>>) {
      const action = step && typeof step === 'object' ? step.action : undefined
      if (!STEP_ACTIONS.includes(String(action))) {
        throw new ServiceError(
          'InvalidParameterValueException',
          `Workflow step ${String(step?.name)} has an unsupported action: ${String(action)}.`
        )
      }
    }
  }
}

function create(store: ImageBuilderStore, request: RecordedRequest, kind: DocumentKind): unknown {
  const body = request.body
  const name = body.name
  if (typeof name !== 'string' || !NAME.test(name))
    invalid(`name must match ${NAME.source}: ${String(name)}`)
  const version = body.semanticVersion
  if (typeof version !== 'string' || !SEMANTIC_VERSION.test(version))
    invalid(`semanticVersion must be <major>.<minor>.<patch>: ${String(version)}`)
  if (version.split('.').some(node => Number(node) > MAX_NODE)) {
    throw new ServiceError(
      'InvalidVersionNumberException',
      `Each node of semanticVersion must be at most ${MAX_NODE}: ${version}`
    )
  }
  if (kind === 'component' && !(PLATFORMS as readonly unknown[]).includes(body.platform))
    invalid(`platform must be one of ${PLATFORMS.join(', ')}: ${String(body.platform)}`)
  if (kind === 'workflow' && !(WORKFLOW_TYPES as readonly unknown[]).includes(body.type))
    invalid(`type must be one of ${WORKFLOW_TYPES.join(', ')}: ${String(body.type)}`)
  if ((body.data === undefined) === (body.uri === undefined)) {
    throw new ServiceError(
      'InvalidParameterCombinationException',
      'You must specify exactly one of data or uri.'
    )
  }
  if (body.uri !== undefined) invalid('The emulator does not read documents from S3: send data.')
  checkText(body, 'data', DATA_LIMIT)
  checkText(body, 'description', 1024)
  checkText(body, 'changeDescription', 1024)
  checkText(body, 'kmsKeyId', 1024)
  const os = body.supportedOsVersions
  if (os !== undefined && (!Array.isArray(os) || os.length < 1 || os.length > 25))
    invalid('supportedOsVersions must hold 1 to 25 entries.')
  checkDocument(kind, body.data as string)
  if (body.dryRun === true) {
    throw new ServiceError(
      'DryRunOperationException',
      'The request would have succeeded, but the dryRun flag is set.'
    )
  }
  return store.idempotent(request, () => {
    const fields = {
      kind,
      name,
      version,
      region: request.region,
      type: kind === 'workflow' ? String(body.type) : componentType(body.data as string),
      platform: kind === 'component' ? String(body.platform) : undefined,
      data: body.data as string,
      description: body.description as string | undefined,
      changeDescription: body.changeDescription as string | undefined,
      supportedOsVersions: os as string[] | undefined,
      kmsKeyId: body.kmsKeyId as string | undefined,
      createdAt: store.now()
    }
    const versionArn = versionArnOf(store, fields)
    const latest = store.documents.filter(d => d.versionArn === versionArn).pop()
    if (latest && latest.data === fields.data) {
      throw new ServiceError(
        'ResourceAlreadyExistsException',
        `The ${kind} ${name} ${version} already exists with the same content (${latest.arn}).`
      )
    }
    const record = addDocument(store, fields)
    const arnKey = kind === 'component' ? 'componentBuildVersionArn' : 'workflowBuildVersionArn'
    return {
      ...requestId(kind),
      clientToken: body.clientToken,
      [arnKey]: record.arn,
      latestVersionReferences: { latestVersionArn: record.versionArn }
    }
  })
}

export const createComponent = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  create(s, r, 'component')
export const createWorkflow = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  create(s, r, 'workflow')
