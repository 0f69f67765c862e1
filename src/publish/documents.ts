// Components and workflows behind the kinds' interface: each file is compared with the newest
// build of the newest version its version line covers, and a new version is created only when the
// text differs. Their files were read and checked in inputs/. With dry-run every Create is sent
// with dryRun, which the service answers with DryRunOperationException (412) when the request is
// valid.
import { errorName, hashedToken, isTransient, awsErrorText } from '../aws/index.js'
import { versionText, type VersionedDocument } from '../inputs/index.js'
import {
  createRequest,
  currentBuild,
  inLine,
  listVersions,
  nextVersion,
  sendCreate,
  type CurrentBuild
} from './document-versions.js'
import type { Calls, PublishKind } from './kinds.js'
import type { PublishedDocument } from './report.js'

export const documentKind: PublishKind = {
  kinds: ['component', 'workflow'],
  read: entries => ({
    // inputs/ gives every component and workflow its version line.
    entries: (entries as VersionedDocument[]).map(document => ({
      document,
      plan: async calls => {
        const outcome = await plan(calls, document)
        return { outcome, apply: async applyCalls => create(applyCalls, outcome) }
      }
    })),
    problems: []
  })
}

async function plan(
  { client, send }: Calls,
  document: VersionedDocument
): Promise<PublishedDocument> {
  const line = inLine(document.version, await listVersions(client, send, document))
  const taken = line.map(v => v.version)
  const exact = document.version.patch !== undefined
  // The newest version that takes builds is the one the file is compared with; retired ones
  // (DEPRECATED, DISABLED) only hold their numbers.
  let previous: CurrentBuild | undefined
  for (const listed of line.filter(v => !v.retired).reverse()) {
    const build = await currentBuild(client, send, document, listed.arn)
    if (build === 'retired') listed.retired = true
    else {
      previous = build
      break
    }
  }
  if (previous && previous.data === document.text)
    return { document, previous, version: previous.version, arn: previous.arn, result: 'unchanged' }
  const wanted = versionText(document.version)
  const series = `${document.version.major}.${document.version.minor}`
  if (exact && line.some(v => v.retired)) {
    return {
      document,
      arn: '',
      conflict: true,
      problem: `${document.kind} '${document.name}' ${wanted} is deprecated or disabled in the account: Image Builder keeps its number, and this action adds no build to it. Raise the version in 'documents' (e.g. to ${series}.${(document.version.patch ?? 0) + 1}), or use ${series}.x to have it raised for you.`
    }
  }
  if (previous && exact) {
    return {
      document,
      previous,
      arn: '',
      conflict: true,
      problem: `${document.kind} '${document.name}' ${previous.version} already exists with other content (build ${previous.arn}). Image Builder would add a build to it; this action keeps one content per version: raise the version in 'documents' (e.g. to ${series}.${(document.version.patch ?? 0) + 1}), or use ${series}.x to have it raised for you.`
    }
  }
  return { document, previous, version: nextVersion(document.version, taken), arn: '' }
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

/**
 * The service refuses a name and version whose content equals its latest build ("the request
 * fails because the component already exists"); the model declares no error code for it.
 */
const isAlreadyExists = (error: unknown): boolean =>
  !isTransient(error) &&
  (errorName(error) === 'ResourceAlreadyExistsException' ||
    /already exists/i.test(String((error as Error)?.message ?? '')))

async function create({ client, send, inputs }: Calls, outcome: PublishedDocument): Promise<void> {
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
    // Another run created this content since the plan listed the versions: nothing to do.
    if (isAlreadyExists(error)) {
      outcome.result = 'unchanged'
      outcome.raced = true
      return
    }
    if (!isRefusal(error)) throw error
    outcome.problem = awsErrorText(error, `${operation} ${document.name} ${version}`)
  }
}
