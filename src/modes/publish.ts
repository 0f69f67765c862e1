// mode: publish. Keeps components and workflows in step with files of the repository: each file
// is compared with the newest build of the newest version its version line covers, and a new
// version is created only when the text differs. Every document is planned before anything is
// created, so that an exact version taken by other content stops the run with nothing created.
// With dry-run every Create is sent with dryRun, which the service answers with
// DryRunOperationException (412) when the request is valid.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { errorName, hashedToken, isTransient, awsErrorText } from '../aws/index.js'
import type { PublishDocument, PublishInputs } from '../inputs/index.js'
import type { PublishedDocument } from '../report/index.js'
import {
  createRequest,
  currentBuild,
  listVersions,
  newestMatching,
  nextVersion,
  sendCreate,
  type Send
} from './document-versions.js'
import { repeatedCall, type StartContext } from './submit.js'

/** What became of one document; filled in as the run goes, so a failed run still reports it. */
export type DocumentOutcome = PublishedDocument

export async function publish(
  client: ImagebuilderClient,
  inputs: PublishInputs,
  context: StartContext,
  outcomes: DocumentOutcome[]
): Promise<void> {
  const send: Send = (operation, call) => repeatedCall(operation, call, context)
  for (const document of inputs.documents) outcomes.push(await plan(client, send, document))
  // An exact version taken by other content: nothing is created, whatever else changed.
  if (!inputs.dryRun && outcomes.some(o => o.conflict)) return
  for (const outcome of outcomes) {
    if (outcome.result || outcome.conflict || !outcome.version) continue
    await create(client, send, inputs, outcome)
  }
}

async function plan(
  client: ImagebuilderClient,
  send: Send,
  document: PublishDocument
): Promise<DocumentOutcome> {
  const versions = await listVersions(client, send, document)
  const newest = newestMatching(
    document.version,
    versions.map(v => v.version)
  )
  const versionArn = versions.find(v => v.version === newest)?.arn
  const previous = versionArn ? await currentBuild(client, send, document, versionArn) : undefined
  if (previous && previous.data === document.text)
    return { document, previous, version: previous.version, arn: previous.arn, result: 'unchanged' }
  if (previous && document.version.patch !== undefined) {
    return {
      document,
      previous,
      arn: '',
      conflict: true,
      problem: `${document.kind} '${document.name}' ${previous.version} already exists with other content (build ${previous.arn}). Image Builder would add a build to it; this action keeps one content per version: raise the version in 'documents' (e.g. to ${document.version.major}.${document.version.minor}.${document.version.patch + 1}), or use ${document.version.major}.${document.version.minor}.x to have it raised for you.`
    }
  }
  return { document, previous, version: nextVersion(document.version, newest), arn: '' }
}

/**
 * Derived from the request (name, version and content among it), so that a re-run right after a
 * create, before the listings show it, gets the same build back instead of a second one.
 */
export function documentClientToken(kind: string, region: string, request: object): string {
  return hashedToken('pub', { kind, region, ...request })
}

/** The errors that speak of the document or the request, not of the account or the network. */
const isRefusal = (error: unknown): boolean =>
  !isTransient(error) && /^Invalid|Mismatch|^ResourceAlreadyExists/.test(errorName(error))

async function create(
  client: ImagebuilderClient,
  send: Send,
  inputs: PublishInputs,
  outcome: DocumentOutcome
): Promise<void> {
  const { document } = outcome
  const version = outcome.version as string
  const request = createRequest(document, version)
  const clientToken = documentClientToken(document.kind, inputs.region, request)
  const operation = document.kind === 'component' ? 'CreateComponent' : 'CreateWorkflow'
  try {
    const arn = await send(operation, abortSignal =>
      sendCreate(
        client,
        document,
        { ...request, clientToken, dryRun: inputs.dryRun || undefined },
        abortSignal
      )
    )
    // A service that ignored dryRun has created it: say so rather than call it validated.
    outcome.result = inputs.dryRun && !arn ? 'validated' : 'created'
    outcome.arn = arn ?? ''
  } catch (error) {
    if (inputs.dryRun && errorName(error) === 'DryRunOperationException') {
      outcome.result = 'validated'
      return
    }
    if (!isRefusal(error)) throw error
    outcome.problem = awsErrorText(error, `${operation} ${document.name} ${version}`)
  }
}
