// What the account holds of one component or workflow: its versions (listed, then sorted by
// number here: the service's order is not documented, and 1.2.10 is newer than 1.2.9), the newest
// build of a version, and that build's document. Also the Create call, for both kinds.
import {
  CreateComponentCommand,
  CreateWorkflowCommand,
  GetComponentCommand,
  GetWorkflowCommand,
  paginateListComponentBuildVersions,
  paginateListComponents,
  paginateListWorkflowBuildVersions,
  paginateListWorkflows,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { collect } from '../aws/index.js'
import type { DocumentVersion, PublishDocument } from '../inputs/index.js'

/** One call, bounded and retried by the caller. */
export type Send = <T>(
  operation: string,
  call: (abortSignal: AbortSignal) => Promise<T>
) => Promise<T>

/** The newest build of a version, with its document. */
export interface CurrentBuild {
  version: string
  build: number
  arn: string
  data: string
}

const nodes = (version: string): number[] => version.split('.').map(Number)

/** Negative when a is older than b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [nodes(a), nodes(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/** The newest of the listed versions that the document's version line covers. */
export function newestMatching(wanted: DocumentVersion, versions: string[]): string | undefined {
  const matches = versions.filter(v => {
    const [major, minor, patch] = nodes(v)
    return (
      major === wanted.major &&
      minor === wanted.minor &&
      (wanted.patch === undefined || patch === wanted.patch)
    )
  })
  return matches.sort(compareVersions).pop()
}

/** The version a new build gets: the exact one asked for, or the patch after the newest. */
export function nextVersion(wanted: DocumentVersion, newest: string | undefined): string {
  if (wanted.patch !== undefined) return `${wanted.major}.${wanted.minor}.${wanted.patch}`
  const patch = newest === undefined ? 0 : nodes(newest)[2] + 1
  return `${wanted.major}.${wanted.minor}.${patch}`
}

const buildOf = (arn: string): number => Number(/\/([0-9]+)$/.exec(arn)?.[1] ?? 0)
const versionOf = (arn: string): string =>
  /\/([0-9]+\.[0-9]+\.[0-9]+)(?:\/[0-9]+)?$/.exec(arn)?.[1] ?? ''

/** The version ARNs (…/x.y.z) of exactly this name, and for a workflow this type. */
export async function listVersions(
  client: ImagebuilderClient,
  send: Send,
  doc: PublishDocument
): Promise<Array<{ arn: string; version: string }>> {
  // byName lists every version of the name; without it only the newest of each name shows.
  const request = {
    owner: 'Self' as const,
    byName: true,
    filters: [{ name: 'name', values: [doc.name] }]
  }
  // Each listing is one call, its pages included, as the other listings of the action are. A
  // copy of the request each time: the paginator writes its nextToken into it, and a repeat
  // must start from the first page.
  const found =
    doc.kind === 'component'
      ? await send('ListComponents', abortSignal =>
          collect(
            paginateListComponents({ client }, { ...request }, { abortSignal }),
            page => page.componentVersionList
          )
        )
      : await send('ListWorkflows', abortSignal =>
          collect(
            paginateListWorkflows({ client }, { ...request }, { abortSignal }),
            page => page.workflowVersionList
          )
        )
  return found
    .filter(v => v.name === doc.name && v.arn && (doc.kind === 'component' || sameType(v, doc)))
    .map(v => ({ arn: v.arn as string, version: v.version ?? versionOf(v.arn as string) }))
}

/** A workflow's type is in its listing, and in its ARN (…:workflow/build/…). */
function sameType(listed: { type?: string; arn?: string }, doc: PublishDocument): boolean {
  const type = listed.type ?? /:workflow\/([a-z]+)\//.exec(listed.arn ?? '')?.[1]
  return type?.toUpperCase() === doc.type
}

/** The newest build of a version ARN, with its document; undefined while none is listed. */
export async function currentBuild(
  client: ImagebuilderClient,
  send: Send,
  doc: PublishDocument,
  versionArn: string
): Promise<CurrentBuild | undefined> {
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
  const arns = builds.map(b => b.arn ?? '').filter(arn => buildOf(arn) > 0)
  const newest = arns.sort((a, b) => buildOf(a) - buildOf(b)).pop()
  if (!newest) return undefined
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

/** Sends CreateComponent or CreateWorkflow; returns the new build's ARN. */
export async function sendCreate(
  client: ImagebuilderClient,
  doc: PublishDocument,
  request: Record<string, unknown>,
  abortSignal: AbortSignal
): Promise<string | undefined> {
  if (doc.kind === 'component') {
    const input = request as unknown as ConstructorParameters<typeof CreateComponentCommand>[0]
    return (await client.send(new CreateComponentCommand(input), { abortSignal }))
      .componentBuildVersionArn
  }
  const input = request as unknown as ConstructorParameters<typeof CreateWorkflowCommand>[0]
  return (await client.send(new CreateWorkflowCommand(input), { abortSignal }))
    .workflowBuildVersionArn
}
