// One look at the image: GetImage, and, as the plan asks, its workflows and their steps.
import {
  GetImageCommand,
  paginateListWaitingWorkflowSteps,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type Image,
  type ImagebuilderClient,
  type WorkflowExecutionMetadata
} from '@aws-sdk/client-imagebuilder'
import {
  UnreadableAnswer,
  callApi,
  collect,
  isThrottling,
  isTransient,
  type CallOptions
} from '../aws/index.js'
import type { Snapshot } from './events.js'

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
}

export const FULL_SNAPSHOT: SnapshotPlan = { listExecutions: () => true, needsSteps: () => true }

export async function takeSnapshot(
  client: ImagebuilderClient,
  arn: string,
  plan: SnapshotPlan,
  call: CallOptions = {}
): Promise<Snapshot> {
  const { image, latestVersionReferences } = await callApi(
    'GetImage',
    abortSignal => client.send(new GetImageCommand({ imageBuildVersionArn: arn }), { abortSignal }),
    call
  )
  if (!image?.state?.status)
    throw new UnreadableAnswer(`GetImage answered without the image's status for ${arn}.`)
  const snapshot: Snapshot = { image, latestVersionReferences, steps: new Map(), calls: 1 }
  const listed = plan.listExecutions(image)
  const followed = listed ? [] : (plan.follow?.(image) ?? [])
  if (!listed && followed.length === 0) return snapshot
  try {
    return await listWorkflows({ client, arn, call }, plan, {
      ...snapshot,
      followed: listed ? undefined : followed
    })
  } catch (error) {
    // A status in hand is worth showing: when the account is throttled, that is most of the news.
    if (!plan.partial || call.signal?.aborted || !isTransient(error)) throw error
    return {
      ...snapshot,
      executions: undefined,
      followed: undefined,
      steps: new Map(),
      incomplete: error
    }
  }
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
  let retried = false
  const listCall = async <T>(
    operation: string,
    send: (abortSignal: AbortSignal) => Promise<T>,
    options: CallOptions
  ): Promise<T> => {
    try {
      return await callApi(operation, send, options)
    } catch (error) {
      const pause = plan.pauseAfterThrottle
      if (!pause || retried || !isThrottling(error) || options.signal?.aborted) throw error
      retried = true
      snapshot.calls++
      snapshot.throttled = true
      await pause()
      return callApi(operation, send, options)
    }
  }
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
