// The one interface every kind of document publish knows sits behind (documents.ts: components
// and workflows; recipes.ts: image and container recipes; pipelines.ts: image pipelines). A kind
// reads and checks its files before any call, plans each entry against the account (before
// anything is created, with the names of earlier kinds known), and applies the plan: creates,
// updates or, in a dry run, validates. The order between kinds is publish.ts's table, and only
// there.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  documentNameKey,
  type DocumentKind,
  type FileProblem,
  type PublishDocument,
  type PublishInputs
} from '../inputs/index.js'
import type { Send } from './document-versions.js'
import type { PublishedDocument } from './report.js'

/** How a kind reaches the account, and the run's inputs. */
export interface Calls {
  client: ImagebuilderClient
  send: Send
  inputs: PublishInputs
}

/**
 * The outcomes of the entries planned so far, in the order of the kinds: a name an entry gives
 * (a recipe's component, a pipeline's recipe) resolves to what that entry resolved to in this run.
 * An outcome is filled in as it is applied, so by a later kind's apply it holds the new ARN.
 */
export type Resolved = readonly PublishedDocument[]

/** One entry, its file read and checked: ready to be planned. */
export interface KindEntry {
  document: PublishDocument
  plan(calls: Calls, resolved: Resolved): Promise<KindPlan>
}

/** One entry planned; applied only when its outcome has no result and no problem yet. */
export interface KindPlan {
  outcome: PublishedDocument
  apply(calls: Calls, resolved: Resolved): Promise<void>
}

export interface PublishKind {
  /** The entry kinds of 'documents' it takes. */
  kinds: readonly DocumentKind[]
  /** Reads and checks its entries' files; `all` is the whole list, for the names it may use. */
  read(
    entries: PublishDocument[],
    all: PublishDocument[],
    workspace: string
  ): { entries: KindEntry[]; problems: FileProblem[] }
}

/** The outcome of the entry of `kind` (one of `kinds`) and `name`, by the service's name rules. */
export function resolvedEntry(
  resolved: Resolved,
  kinds: readonly DocumentKind[],
  name: string
): PublishedDocument | undefined {
  const key = documentNameKey(name)
  return resolved.find(
    o => kinds.includes(o.document.kind) && documentNameKey(o.document.name) === key
  )
}
