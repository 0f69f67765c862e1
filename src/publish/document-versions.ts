// What the account holds of one component or workflow: every version of its name (listed, then
// sorted by number here: the service's order is not documented, and 1.2.10 is newer than 1.2.9),
// which of them are retired (DEPRECATED or DISABLED: they keep their number but take no build and
// are never compared with), the newest usable build of a version, and that build's document.
// Also the Create call, for both kinds.
import {
  CreateComponentCommand,
  CreateWorkflowCommand,
  GetComponentCommand,
  GetWorkflowCommand,
  paginateListComponentBuildVersions,
  paginateListComponents,
  paginateListWorkflowBuildVersions,
  paginateListWorkflows,
  type Filter,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { collect, serviceArn, type AnswerMember } from '../aws/index.js'
import { sameDocumentName, type DocumentVersion, type PublishDocument } from '../inputs/index.js'

/** One call, bounded and retried by the caller. */
export type Send = <T>(
  operation: string,
  call: (abortSignal: AbortSignal) => Promise<T>
) => Promise<T>

/** A version of the name the account holds. */
export interface ListedVersion {
  arn: string
  version: string
  /** DEPRECATED or DISABLED: the number is taken, but it gets no build and is not compared. */
  retired: boolean
}

/** The newest build of a version, with its document. */
export interface CurrentBuild {
  version: string
  build: number
  arn: string
  data: string
}

const nodes = (version: string): number[] => version.split('.').map(Number)
const RETIRED = new Set(['DEPRECATED', 'DISABLED'])

/** Negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [nodes(a), nodes(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** The listed versions the document's version line covers (1.2.x: every 1.2.N), oldest first. */
export function inLine<T extends { version: string }>(wanted: DocumentVersion, versions: T[]): T[] {
  return versions
    .filter(v => {
      const [major, minor, patch] = nodes(v.version)
      return (
        major === wanted.major &&
        minor === wanted.minor &&
        (wanted.patch === undefined || patch === wanted.patch)
      )
    })
    .sort((a, b) => compareVersions(a.version, b.version))
}

/**
 * The version a new build gets: the exact one asked for, or the patch after every number the
 * line has taken, retired ones included (0.4.0 and a deprecated 0.4.1 make 0.4.2).
 */
export function nextVersion(wanted: DocumentVersion, taken: string[]): string {
  if (wanted.patch !== undefined) return `${wanted.major}.${wanted.minor}.${wanted.patch}`
  const patch = taken.length === 0 ? 0 : Math.max(...taken.map(v => nodes(v)[2])) + 1
  return `${wanted.major}.${wanted.minor}.${patch}`
}

const buildOf = (arn: string): number => Number(/\/([0-9]+)$/.exec(arn)?.[1] ?? 0)
const versionOf = (arn: string): string =>
  /\/([0-9]+\.[0-9]+\.[0-9]+)(?:\/[0-9]+)?$/.exec(arn)?.[1] ?? ''

/**
 * Every version of this name (and for a workflow this type). Without byName the listings give
 * one entry per version; byName would fold them into one entry per name. ListComponents leaves
 * DEPRECATED versions out unless the status filter asks for them, so a second listing does.
 */
export async function listVersions(
  client: ImagebuilderClient,
  send: Send,
  doc: PublishDocument
): Promise<ListedVersion[]> {
  const byName: Filter = { name: 'name', values: [doc.name] }
  // A copy of the request each time: the paginator writes its nextToken into it, and a repeat
  // must start from the first page.
  const components = (filters: Filter[]) =>
    send('ListComponents', abortSignal =>
      collect(
        paginateListComponents({ client }, { owner: 'Self', filters }, { abortSignal }),
        page => page.componentVersionList
      )
    )
  const found: Array<{ name?: string; arn?: string; version?: string; type?: string }> = []
  const retired = new Set<string>()
  if (doc.kind === 'component') {
    const listings = [
      await components([byName]),
      await components([byName, { name: 'status', values: ['DEPRECATED'] }])
    ]
    // Each entry's own status decides; one from the DEPRECATED listing that has none is retired.
    listings.forEach((list, deprecatedListing) => {
      for (const v of list) {
        found.push(v)
        if (v.status ? RETIRED.has(v.status) : deprecatedListing === 1) retired.add(v.arn ?? '')
      }
    })
  } else {
    const workflows = await send('ListWorkflows', abortSignal =>
      collect(
        paginateListWorkflows({ client }, { owner: 'Self', filters: [byName] }, { abortSignal }),
        page => page.workflowVersionList
      )
    )
    found.push(...workflows)
  }
  const versions = new Map<string, ListedVersion>()
  for (const v of found) {
    if (!v.arn || !v.name || !sameDocumentName(v.name, doc.name)) continue
    if (doc.kind === 'workflow' && !sameType(v, doc)) continue
    // The next listing is asked for this version by its ARN.
    const listing: AnswerMember =
      doc.kind === 'component'
        ? { operation: 'ListComponents', member: 'arn', shape: 'ComponentVersionArn' }
        : { operation: 'ListWorkflows', member: 'arn', shape: 'WorkflowWildcardVersionArn' }
    const arn = serviceArn(listing, v.arn) as string
    const version = v.version ?? versionOf(arn)
    if (!/^[0-9]+\.[0-9]+\.[0-9]+$/.test(version)) continue
    versions.set(arn, { arn, version, retired: retired.has(arn) })
  }
  return [...versions.values()]
}

/** A workflow's type is in its listing, and in its ARN (…:workflow/build/…). */
function sameType(listed: { type?: string; arn?: string }, doc: PublishDocument): boolean {
  const type = listed.type ?? /:workflow\/([a-z]+)\//.exec(listed.arn ?? '')?.[1]
  return type?.toUpperCase() === doc.type
}

/**
 * The newest usable build of a version ARN, with its document; undefined while none is listed,
 * 'retired' when every listed build is DEPRECATED or DISABLED (ListComponentBuildVersions hides
 * deprecated builds; the workflows' listing shows them with their state).
 */
export async function currentBuild(
  client: ImagebuilderClient,
  send: Send,
  doc: PublishDocument,
  versionArn: string
): Promise<CurrentBuild | 'retired' | undefined> {
  const builds =
    doc.kind === 'component'
      ? await send('ListComponentBuildVersions', abortSignal =>
          collect(
            paginateListComponentBuildVersions(
              { client },
              { componentVersionArn: versionArn },
              { abortSignal }
            ),
            page => page.componentSummaryList
          )
        )
      : await send('ListWorkflowBuildVersions', abortSignal =>
          collect(
            paginateListWorkflowBuildVersions(
              { client },
              { workflowVersionArn: versionArn },
              { abortSignal }
            ),
            page => page.workflowSummaryList
          )
        )
  // The newest build is read, and compared with, by its ARN.
  const listing: AnswerMember =
    doc.kind === 'component'
      ? {
          operation: 'ListComponentBuildVersions',
          member: 'arn',
          shape: 'ComponentBuildVersionArn'
        }
      : { operation: 'ListWorkflowBuildVersions', member: 'arn', shape: 'WorkflowBuildVersionArn' }
  const listed = builds
    .map(b => ({ ...b, arn: serviceArn(listing, b.arn) }))
    .filter(b => buildOf(b.arn ?? '') > 0)
  const usable = listed.filter(b => !RETIRED.has(b.state?.status ?? ''))
  const newest = usable
    .map(b => b.arn as string)
    .sort((a, b) => buildOf(a) - buildOf(b))
    .pop()
  if (!newest) return listed.length > 0 ? 'retired' : undefined
  const data =
    doc.kind === 'component'
      ? (
          await send('GetComponent', abortSignal =>
            client.send(new GetComponentCommand({ componentBuildVersionArn: newest }), {
              abortSignal
            })
          )
        ).component?.data
      : (
          await send('GetWorkflow', abortSignal =>
            client.send(new GetWorkflowCommand({ workflowBuildVersionArn: newest }), {
              abortSignal
            })
          )
        ).workflow?.data
  return { version: versionOf(newest), build: buildOf(newest), arn: newest, data: data ?? '' }
}

/** The Create request as the service takes it: the file's text exactly, as data. */
export function createRequest(doc: PublishDocument, version: string): Record<string, unknown> {
  const common = {
    name: doc.name,
    semanticVersion: version,
    description: doc.description,
    changeDescription: doc.changeDescription,
    data: doc.text,
    kmsKeyId: doc.kmsKeyId
  }
  return doc.kind === 'component'
    ? { ...common, platform: doc.platform, supportedOsVersions: doc.supportedOsVersions }
    : { ...common, type: doc.type }
}

/** Sends CreateComponent or CreateWorkflow; returns the new build's ARN, checked at the border. */
export async function sendCreate(
  client: ImagebuilderClient,
  doc: PublishDocument,
  request: Record<string, unknown>,
  abortSignal: AbortSignal
): Promise<string | undefined> {
  if (doc.kind === 'component') {
    const input = request as unknown as ConstructorParameters<typeof CreateComponentCommand>[0]
    const answer = await client.send(new CreateComponentCommand(input), { abortSignal })
    return serviceArn(CREATED.component, answer.componentBuildVersionArn)
  }
  const input = request as unknown as ConstructorParameters<typeof CreateWorkflowCommand>[0]
  const answer = await client.send(new CreateWorkflowCommand(input), { abortSignal })
  return serviceArn(CREATED.workflow, answer.workflowBuildVersionArn)
}

/** Where each Create call's answer names the new build. */
const CREATED: Record<'component' | 'workflow', AnswerMember> = {
  component: {
    operation: 'CreateComponent',
    member: 'componentBuildVersionArn',
    shape: 'ComponentBuildVersionArn'
  },
  workflow: {
    operation: 'CreateWorkflow',
    member: 'workflowBuildVersionArn',
    shape: 'WorkflowBuildVersionArn'
  }
}
