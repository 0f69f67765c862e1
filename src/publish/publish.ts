// mode: publish. Keeps components, workflows, the recipes that use them and the pipelines that
// use those in step with files of the repository, one kind behind one interface each (kinds.ts).
// Every entry is planned before anything is created, so that an exact version taken by other
// content stops the run with nothing created. The order is decided here, and only here, by the
// table below: an entry is planned and applied after every kind it may name, whatever the order
// of the list.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { FileProblem, PublishDocument, PublishInputs } from '../inputs/index.js'
import { repeatedCall, type StartContext } from '../modes/index.js'
import { documentKind } from './documents.js'
import type { Calls, KindEntry, KindPlan, PublishKind } from './kinds.js'
import { pipelineKind } from './pipelines.js'
import { recipeKind } from './recipes.js'
import type { PublishedDocument } from './report.js'

/** What became of one document; filled in as the run goes, so a failed run still reports it. */
export type DocumentOutcome = PublishedDocument

/** The kinds in the order they are planned and applied: each may name the ones before it. */
export const KIND_ORDER: readonly PublishKind[] = [documentKind, recipeKind, pipelineKind]

/** Each kind's entries in the table's order, every file read and checked: before any call. */
export function readEntries(
  documents: PublishDocument[],
  workspace: string
): { entries: KindEntry[]; problems: FileProblem[] } {
  const entries: KindEntry[] = []
  const problems: FileProblem[] = []
  for (const kind of KIND_ORDER) {
    const mine = documents.filter(d => kind.kinds.includes(d.kind))
    const read = kind.read(mine, documents, workspace)
    entries.push(...read.entries)
    problems.push(...read.problems)
  }
  return { entries, problems }
}

export async function publish(
  client: ImagebuilderClient,
  { inputs, entries }: { inputs: PublishInputs; entries: KindEntry[] },
  context: StartContext,
  outcomes: DocumentOutcome[]
): Promise<void> {
  const calls: Calls = {
    client,
    inputs,
    send: (operation, call) => repeatedCall(operation, call, context)
  }
  const plans: KindPlan[] = []
  for (const entry of entries) {
    plans.push(await entry.plan(calls, outcomes))
    outcomes.push(plans[plans.length - 1].outcome)
  }
  // An exact version taken by other content: nothing is created, whatever else changed.
  if (!inputs.dryRun && outcomes.some(o => o.conflict)) return
  for (const plan of plans) {
    const { outcome } = plan
    if (outcome.result || outcome.problem || outcome.conflict) continue
    await plan.apply(calls, outcomes)
  }
}
