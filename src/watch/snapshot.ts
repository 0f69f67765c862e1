// One look at the image: GetImage, and, as the plan asks, its workflows and their steps.
import {
  GetImageCommand,
  paginateListWaitingWorkflowSteps,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type Image,
  type ImagebuilderClient,
  type WorkflowExecutionMetadata,
  type WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'
import {
  STEP_FAILED,
  STEP_SUCCEEDED,
  UnreadableAnswer,
  callApi,
  collect,
  isThrottling,
  isTransient,
  type CallOptions
} from '../aws/index.js'
import type { Snapshot } from './events.js'

/**
 * A step in these is still to run, or running: its workflow has not ended (progress-tracker.ts's
 * STEP_LIVE is the running ones alone; WAITING is the user guide's, not the SDK's).
 */
const STEP_TO_COME = new Set(['PENDING', 'RUNNING', 'WAITING'])

/** What a snapshot should fetch beyond GetImage. */
export interface SnapshotPlan {
  listExecutions: (image: Image) => boolean
  needsSteps: (execution: WorkflowExecutionMetadata) => boolean
  /** Without a listing: the running workflows whose steps to list all the same. */
  follow?: (image: Image) => WorkflowExecutionMetadata[]
  /**
   * A status is worth having without its listings: a listing that fails transiently then cuts
   * the snapshot short (`incomplete`) instead of failing it. Not for a snapshot that must be
   * whole, like the one a retry compares the re-run with.
   */
  partial?: boolean
  /**
   * A listing throttled is tried once more after this pause. The account's limit refills within
   * a second, and a look cut short costs the log a whole interval or more, when the budget then
   * waits for its share: at a hundred builds that was most of the steps shown late.
   */
  pauseAfterThrottle?: () => Promise<void>
  /**
   * The image as last read, taken to hold: the look lists the followed workflows' steps alone,
   * without GetImage. A workflow's steps show its progress, and a failure in it, as they happen.
   */
  heldImage?: Image
  /**
   * Which workflows a look that found the followed ones ended lists the steps of, when it lists
   * the workflows for the next stage; `needsSteps` when not given.
   */
  nextStageSteps?: (execution: WorkflowExecutionMetadata) => boolean
  /** The steps of a finished workflow already known in full: not listed again. */
  knownSteps?: (execution: WorkflowExecutionMetadata) => WorkflowStepMetadata[] | undefined
}

export const FULL_SNAPSHOT: SnapshotPlan = { listExecutions: () => true, needsSteps: () => true }

export async function takeSnapshot(
  client: ImagebuilderClient,
  arn: string,
  plan: SnapshotPlan,
  call: CallOptions = {}
): Promise<Snapshot> {
  const source: Source = { client, arn, call }
  const held = plan.heldImage
  if (!held) return look(source, plan)
  const listed = plan.listExecutions(held)
  const steps = await listings(source, plan, {
    image: held,
    steps: new Map(),
    calls: 0,
    imageHeld: true,
    followed: listed ? undefined : (plan.follow?.(held) ?? [])
  })
  if (listed || steps.incomplete !== undefined || !ended(steps)) return steps
  // The followed workflows have ended: the status has moved on, and the next workflow may have
  // started. Both are read in the same look, with the steps already in hand, which are shown
  // even when the account throttles the rest. After a build workflow that succeeded, the test
  // workflow shows the stage, and its first steps come in the same listing: no GetImage is
  // needed, which at a hundred builds changing stage together was a call each.
  const next = nextStageShows(steps)
    ? { ...steps, followed: undefined, steps: new Map(steps.steps) }
    : undefined
  try {
    return next
      ? await listWorkflows(
          source,
          { ...plan, needsSteps: plan.nextStageSteps ?? plan.needsSteps },
          next
        )
      : await look(source, plan, steps)
  } catch (error) {
    if (!plan.partial || call.signal?.aborted || !isTransient(error)) throw error
    // The workflows listed before a step listing was cut short are kept: they show the stage.
    const kept = next?.executions !== undefined ? next : steps
    const spent = next ?? steps
    return { ...kept, calls: spent.calls, throttled: spent.throttled, incomplete: error }
  }
}

/** No followed workflow has a step still to run, or one has failed: it has ended, or will. */
function ended(snapshot: Snapshot): boolean {
  const steps = (snapshot.followed ?? []).flatMap(
    e => snapshot.steps.get(e.workflowExecutionId ?? '') ?? []
  )
  return (
    steps.some(s => STEP_FAILED.has(s.status ?? '')) ||
    !steps.some(s => STEP_TO_COME.has(s.status ?? ''))
  )
}

/**
 * The followed workflows all built, and every step completed or was skipped: the test stage's
 * workflow comes. One failed, cancelled or timed out ends the build: GetImage says how.
 */
function nextStageShows(snapshot: Snapshot): boolean {
  const followed = snapshot.followed ?? []
  return (
    followed.length > 0 &&
    followed.every(e => e.type === 'BUILD') &&
    followed.every(e =>
      (snapshot.steps.get(e.workflowExecutionId ?? '') ?? []).every(s =>
        STEP_SUCCEEDED.has(s.status ?? '')
      )
    )
  )
}

/** GetImage, then the listings the plan asks for; `before`: steps this look already listed. */
async function look(source: Source, plan: SnapshotPlan, before?: Snapshot): Promise<Snapshot> {
  const { client, arn, call } = source
  // After the steps in hand, the status is tried again within the look, as a listing is: the
  // steps showed the stage end, and the status that follows may last a single interval.
  const tries = before ? onceMore(plan) : undefined
  const { image, latestVersionReferences } = await (tries?.call ?? callApi)(
    'GetImage',
    abortSignal => client.send(new GetImageCommand({ imageBuildVersionArn: arn }), { abortSignal }),
    call
  )
  if (!image?.state?.status)
    throw new UnreadableAnswer(`GetImage answered without the image's status for ${arn}.`)
  const snapshot: Snapshot = {
    image,
    latestVersionReferences,
    steps: new Map(before?.steps),
    calls: 1 + (tries?.retried ? 1 : 0) + (before?.calls ?? 0),
    throttled: before?.throttled || tries?.retried
  }
  const listed = plan.listExecutions(image)
  // Escalated from a look at followed steps that found them ended: those stay in the snapshot.
  const followed = listed ? [] : (before?.followed ?? plan.follow?.(image) ?? [])
  if (!listed && before) return { ...snapshot, followed }
  if (!listed && followed.length === 0) return snapshot
  return listings(source, plan, {
    ...snapshot,
    followed: listed ? undefined : followed
  })
}

/** The listings, or, when the plan takes a status without them, what was read cut short. */
async function listings(source: Source, plan: SnapshotPlan, snapshot: Snapshot): Promise<Snapshot> {
  try {
    return await listWorkflows(source, plan, snapshot)
  } catch (error) {
    // A status in hand is worth showing: when the account is throttled, that is most of the news.
    if (!plan.partial || source.call.signal?.aborted || !isTransient(error)) throw error
    // The workflows, and the steps listed before the cut, show the stage and what ended: kept.
    // Those whose steps were not listed are listed by a later look (ProgressTracker.followable).
    if (snapshot.executions !== undefined) return { ...snapshot, incomplete: error }
    return {
      ...snapshot,
      executions: undefined,
      followed: undefined,
      steps: new Map(),
      incomplete: error
    }
  }
}

/**
 * `callApi`, with the first of these calls the account throttles tried again once, after the
 * plan's pause (SnapshotPlan.pauseAfterThrottle); `onRetry` counts the call that was turned away.
 */
function onceMore(plan: SnapshotPlan, onRetry?: () => void) {
  const tries = {
    retried: false,
    call: async <T>(
      operation: string,
      send: (abortSignal: AbortSignal) => Promise<T>,
      options: CallOptions
    ): Promise<T> => {
      try {
        return await callApi(operation, send, options)
      } catch (error) {
        const pause = plan.pauseAfterThrottle
        if (!pause || tries.retried || !isThrottling(error) || options.signal?.aborted) throw error
        tries.retried = true
        onRetry?.()
        await pause()
        return callApi(operation, send, options)
      }
    }
  }
  return tries
}

/** Where the listings go: the client, the image, and the bounds of each call. */
interface Source {
  client: ImagebuilderClient
  arn: string
  call: CallOptions
}

async function listWorkflows(
  { client, arn, call }: Source,
  plan: SnapshotPlan,
  snapshot: Snapshot
): Promise<Snapshot> {
  const count = <P>(page: P): P => {
    snapshot.calls++
    return page
  }
  const tries = onceMore(plan, () => {
    snapshot.calls++
    snapshot.throttled = true
  })
  const listCall = tries.call
  const executions =
    snapshot.followed ??
    (await listCall(
      'ListWorkflowExecutions',
      abortSignal =>
        collect(
          paginateListWorkflowExecutions(
            { client },
            { imageBuildVersionArn: arn },
            { abortSignal }
          ),
          page => count(page).workflowExecutions
        ),
      call
    ))
  if (!snapshot.followed) snapshot.executions = executions
  for (const execution of executions.filter(plan.needsSteps)) {
    const id = execution.workflowExecutionId ?? ''
    if (snapshot.steps.has(id)) continue
    const known = plan.knownSteps?.(execution)
    if (known) {
      snapshot.steps.set(id, known)
      continue
    }
    const list = await listCall(
      'ListWorkflowStepExecutions',
      abortSignal =>
        collect(
          paginateListWorkflowStepExecutions(
            { client },
            { workflowExecutionId: id },
            { abortSignal }
          ),
          page => count(page).steps
        ),
      call
    )
    snapshot.steps.set(id, list)
  }
  const unclear = [...snapshot.steps.values()].flat().some(s => s.status === 'RUNNING' && !s.action)
  if (unclear) {
    const waiting = await listCall(
      'ListWaitingWorkflowSteps',
      abortSignal =>
        collect(
          paginateListWaitingWorkflowSteps({ client }, {}, { abortSignal }),
          page => count(page).steps
        ),
      call
    )
    snapshot.waitingStepIds = new Set(
      waiting.filter(w => w.imageBuildVersionArn === arn).map(w => w.stepExecutionId ?? '')
    )
  }
  return snapshot
}
