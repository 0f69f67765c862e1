// The wait loop: polls one image until it ends and yields typed progress events. It knows nothing
// about how events are shown; report/ renders them.
import type { Image, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  DEFAULT_CALL_TIMEOUT_MS,
  EXECUTION_FINISHED,
  backoffMs,
  describeError,
  errorName,
  NotFound,
  isImageTerminal,
  isNotFound,
  isThrottling,
  isTransient,
  isUnreadableAnswer,
  awsErrorText,
  operationOf,
  parseArn
} from '../aws/index.js'
import { oneLine, systemClock, type Clock } from '../common/index.js'
import type { Snapshot, WatchEvent } from './events.js'
import { ProgressTracker } from './progress-tracker.js'
import { LookPlan } from './look-plan.js'
import { takeSnapshot } from './snapshot.js'

export interface WatchOptions {
  pollIntervalMs: number
  timeoutMs: number
  /** How long one call may take before it is abandoned and retried like a dropped connection. */
  callTimeoutMs?: number
  clock?: Clock
  /**
   * How long a ResourceNotFoundException after submit means "not visible yet"; 0 for an image
   * that must exist already (watch, retry).
   */
  visibilityGraceMs?: number
  /**
   * How long polling may keep failing with transient errors before the wait gives up; by default
   * 60 poll intervals (15 minutes at the default interval).
   */
  transientLimitMs?: number
  /** Aborts the wait (job cancellation): the sleep and any call in flight end at once. */
  signal?: AbortSignal
  /**
   * The image as it was before RetryImage. What it shows was reported by an earlier run, and its
   * FAILED or CANCELLED may still be read for a while after the retry: it does not count as the
   * end until the status changes, a new workflow execution appears, or staleGraceMs passes.
   */
  resumeFrom?: Snapshot
  staleGraceMs?: number
  /** The call that started the build was throttled: the account is busy with other builds. */
  busyStart?: boolean
  /**
   * The call that started the build created the image, which begins PENDING: shown at once, so
   * a first look the account delays does not lose it.
   */
  created?: boolean
}

export async function* watchImage(
  client: ImagebuilderClient,
  arn: string,
  options: WatchOptions
): AsyncGenerator<WatchEvent> {
  const clock = options.clock ?? systemClock
  const start = clock.now()
  const deadline = start + options.timeoutMs
  const visibilityGraceMs = options.visibilityGraceMs ?? 120_000
  const transientLimitMs = options.transientLimitMs ?? 60 * options.pollIntervalMs
  const signal = options.signal
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS
  const tracker = new ProgressTracker(start)
  const elapsed = (): number => clock.now() - start
  const resumed = options.resumeFrom
  if (resumed) tracker.prime(resumed)
  // A new image: shown PENDING at once, and first read an interval later (LookPlan).
  const fresh = options.created === true && !resumed
  if (fresh) yield* tracker.created()
  const staleGraceMs = options.staleGraceMs ?? 5 * 60_000
  let stale = resumed !== undefined
  const staleStatus = resumed?.image.state?.status
  const priorExecutions = new Set(resumed?.executions?.map(e => e.workflowExecutionId) ?? [])
  let image: Image | undefined
  /**
   * A final status read with its listings cut short: the next look starts from it (not from the
   * status held before, which would list the steps alone), but the wait reports the image as last
   * read whole, so a deadline that comes first is not told as a timeout of a finished build.
   */
  let endRead: Image | undefined
  let latestVersionReferences: Snapshot['latestVersionReferences']
  let failures = 0
  let failingSince: number | undefined
  let announcedInvisible = false
  /** When a final status was first read with its listings cut short, since a look read whole. */
  let endSeenAt: number | undefined
  const looks = new LookPlan(tracker, clock, {
    intervalMs: options.pollIntervalMs,
    signal,
    busyStart: options.busyStart
  })
  const firstLookMs = looks.firstLookMs(fresh)
  if (firstLookMs > 0) await clock.sleep(Math.min(firstLookMs, deadline - clock.now()), signal)
  for (;;) {
    let delayMs = options.pollIntervalMs
    try {
      signal?.throwIfAborted()
      // A call that hangs ends by the deadline at the latest, so timeout-minutes always holds.
      const timeoutMs = Math.max(1, Math.min(callTimeoutMs, deadline - clock.now()))
      const snapshot = await takeSnapshot(client, arn, looks.next(endRead ?? image, stale), {
        signal,
        timeoutMs
      })
      const status = snapshot.image.state?.status ?? ''
      failures = 0
      failingSince = undefined
      looks.answered(snapshot)
      // The end is reported with its workflows and last steps in full, whatever the budget says:
      // a poll cut short there is tried again after the pause the budget asks for, for as long
      // as failing polls are borne anywhere else.
      if (snapshot.incomplete !== undefined && isImageTerminal(status)) endSeenAt ??= clock.now()
      if (
        snapshot.incomplete !== undefined &&
        isImageTerminal(status) &&
        clock.now() - (endSeenAt ?? 0) < transientLimitMs
      ) {
        endRead = snapshot.image
        delayMs = looks.endPause()
        await clock.sleep(Math.min(delayMs, Math.max(0, deadline - clock.now())), signal)
        continue
      }
      image = snapshot.image
      endRead = undefined
      // A retry's old end read before the re-run showed: the re-run's own end gets the full time.
      endSeenAt = undefined
      latestVersionReferences = snapshot.latestVersionReferences ?? latestVersionReferences
      // The re-run's workflows listed beside the old status: that status is a stale read (GetImage
      // and the listings are neither read at one instant nor from one replica), until one of them
      // has ended.
      stale &&=
        status === staleStatus &&
        elapsed() < staleGraceMs &&
        !(snapshot.executions ?? []).some(
          e => !priorExecutions.has(e.workflowExecutionId) && EXECUTION_FINISHED.has(e.status ?? '')
        )
      yield* tracker.diff(snapshot, elapsed())
      delayMs = looks.delayAfter(snapshot, status, stale)
      if (isImageTerminal(status) && !stale) {
        const outcome = image.state?.status === 'AVAILABLE' ? 'succeeded' : 'failed'
        yield {
          type: 'end',
          outcome,
          image,
          latestVersionReferences,
          failedSteps: tracker.failedSteps,
          elapsedMs: elapsed()
        }
        return
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (clock.now() >= deadline) {
        // The deadline cut the call short: the end below says so.
      } else if (image === undefined && isNotFound(error) && elapsed() < visibilityGraceMs) {
        if (!announcedInvisible) yield { type: 'not-visible-yet', elapsedMs: elapsed() }
        announcedInvisible = true
      } else if (image === undefined && isNotFound(error)) {
        const { account, region } = parseArn(arn) ?? {}
        throw new NotFound(
          `The image ${arn} does not exist in account ${account}, region ${region} (or these credentials cannot see it): check the ARN, and the account and region this job uses.`
        )
      } else if (isTransient(error) || isNotFound(error)) {
        // A NotFound for an image already seen is taken for a blip until it persists.
        failures++
        failingSince ??= clock.now()
        if (clock.now() - failingSince >= transientLimitMs) {
          const last = isUnreadableAnswer(error)
            ? awsErrorText(error, operationOf(error, 'A status check')).replace(
                /^\S+ failed: /,
                'the last answer: '
              )
            : `the last error was ${errorName(error)}: ${oneLine((error as Error).message).replace(/\.$/, '')}.`
          throw new ActionError(
            `Status checks kept failing for ${Math.round((clock.now() - failingSince) / 1000)} s; ${last}`
          )
        }
        // Throttled: the account is busy with other builds; the budget slows this one down.
        if (isThrottling(error)) {
          looks.throttled(failures)
          delayMs = looks.pause()
        } else {
          delayMs = backoffMs(failures, options.pollIntervalMs)
        }
        yield {
          type: 'poll-error',
          message: describeError(error, 'Status check'),
          retryInMs: delayMs,
          elapsedMs: elapsed()
        }
      } else {
        throw error
      }
    }
    const remaining = deadline - clock.now()
    if (remaining <= 0) {
      yield {
        type: 'end',
        outcome: 'timed-out',
        image,
        latestVersionReferences,
        failedSteps: tracker.failedSteps,
        elapsedMs: elapsed()
      }
      return
    }
    await clock.sleep(Math.min(delayMs, remaining), signal)
  }
}
