// How the wait spends its calls: what each look at the build asks, and how long until the next.
// loop.ts takes the looks and turns them into events; this decides them, on the call budget.
import type { Image } from '@aws-sdk/client-imagebuilder'
import { isImageTerminal, isThrottling, jitter } from '../aws/index.js'
import type { Clock } from '../common/index.js'
import { CALLS_PER_INTERVAL, CallBudget } from './call-budget.js'
import type { Snapshot } from './events.js'
import type { ProgressTracker } from './progress-tracker.js'
import type { SnapshotPlan } from './snapshot.js'
import { NO_NEW_WORKFLOWS } from './stages.js'

/**
 * While a workflow's steps are followed, GetImage is asked at least every this many looks. The
 * steps show the workflow's progress, its failure and its end as they happen (the look that sees
 * it end reads the status too); the status alone shows what happens beside it, such as a cancel
 * from the console. At a hundred builds this took a look from three calls to two and a bit.
 */
const IMAGE_EVERY = 3
/**
 * With no workflow running, a look is GetImage alone, and the workflows are listed every this
 * many looks: a new stage shows in the status first, and the status change lists them at once.
 */
const QUIET_LIST_EVERY = 5
/**
 * With no workflow running, looks of one call come every half interval, so the end is noticed a
 * quarter of an interval after it happens on average; short of calls, every interval: a status
 * that lasts one, such as CREATING, is still read, and the quiet stretches of a hundred builds
 * stay under the account's rate (every half interval threw them over it; every 0.85 threw 0.7
 * points more calls than every interval, and left as many statuses unshown, in npm run bench:sim).
 */
const QUIET_CADENCE = { full: 0.5, short: 1 }
/**
 * Short of calls, a new status is shown as soon as it is read, and the workflows it brings are
 * listed by a later look within this many intervals, at random: builds started together change
 * status together, and listing at once put all their calls into the same few seconds.
 */
const DEFER_SPREAD = 1.5
/**
 * The steps of a stage shown from its workflow, left to a later look: within this many intervals,
 * as the first step's start is already up to one late (1.5 put the p95 of step starts over 2).
 */
const STEPS_SPREAD = 1
/** A start call that was throttled says the account is busy: the wait starts at this share of its rate. */
const BUSY_START_SHARE = 0.6
/**
 * An image the start call created is PENDING, shown at once: the first look, which would read
 * just that, comes an interval later, as any other would, spread a little. A hundred builds
 * started together otherwise spent a call each in the busiest seconds, and read CREATING later.
 */
const CREATED_FIRST_LOOK = { from: 1, to: 1.3 }
/** A minute at most, at long intervals: well within the time a new image may stay invisible. */
const CREATED_FIRST_LOOK_MAX_MS = 60_000
/**
 * A listing the account throttled is tried again within its look, after this much of an interval
 * at random: with the status in hand, waiting for the budget's pause showed the steps a poll
 * later, and tried again sooner it mostly met the same burst.
 */
const IN_LOOK_RETRY = { from: 0.3, to: 1 }

/** Looks refused in a row that are not paid for (LookPlan.throttled). */
const FREE_REFUSALS = 3

const between = ({ from, to }: { from: number; to: number }): number =>
  from + Math.random() * (to - from)

/** Decides the looks of one wait; `stale`: a retry's old state may still be read. */
export class LookPlan {
  private readonly budget: CallBudget
  /** Quiet looks since the workflows were last listed. */
  private quietSinceListing = 0
  /** Looks since GetImage last answered: looks at followed steps alone take the status as held. */
  private sinceImage = 0
  /** The last look read a new status and left its listings to the next. */
  private listingDue = false
  private deferring = false
  /** This look listed a new stage's workflow and left its steps to a later look. */
  private stepsDeferred = false
  /** The last look did: the next lists those steps alone, within DEFER_SPREAD intervals. */
  private stepsDue = false

  private readonly intervalMs: number

  constructor(
    private readonly tracker: ProgressTracker,
    private readonly clock: Clock,
    private readonly pace: { intervalMs: number; signal?: AbortSignal; busyStart?: boolean }
  ) {
    this.intervalMs = pace.intervalMs
    const share = pace.busyStart ? BUSY_START_SHARE : 1
    this.budget = new CallBudget(clock, this.intervalMs, clock.now(), share)
  }

  /** How long before the first look. */
  firstLookMs(created: boolean): number {
    return created
      ? Math.min(CREATED_FIRST_LOOK_MAX_MS, this.intervalMs * between(CREATED_FIRST_LOOK))
      : 0
  }

  /** What the next look asks, `image` being the image as last read. */
  next(image: Image | undefined, stale: boolean): SnapshotPlan {
    this.deferring = false
    this.stepsDeferred = false
    const held = image?.state?.status ?? ''
    return {
      listExecutions: img => {
        if (this.listingDue) return true
        const status = img.state?.status ?? ''
        const wanted = this.listNow(status, stale)
        this.deferring =
          wanted &&
          !stale &&
          this.budget.constrained &&
          img !== image &&
          this.tracker.isNew(status) &&
          !isImageTerminal(status) &&
          // The steps showed the stage end, and a look cut short did not list what came next:
          // that listing is late already, and the builds that owe it are no longer in step.
          !this.tracker.endedUnlisted()
        return wanted && !this.deferring
      },
      // Steps alone, while a workflow runs and the status holds.
      follow: img => this.tracker.followable(img.state?.status ?? ''),
      needsSteps: e => this.tracker.needsSteps(e),
      // Short of calls, the new stage is shown from its workflow at once, and its steps are
      // listed by a later look: the same spread as a status read new, a call fewer than reading it.
      nextStageSteps: e => {
        const defer = this.budget.constrained && this.tracker.isUnseenRunning(e)
        this.stepsDeferred ||= defer
        return !defer && this.tracker.needsSteps(e)
      },
      knownSteps: e => this.tracker.knownSteps(e),
      partial: true,
      heldImage:
        image && (this.listingDue || this.stepsDue || this.holdsImage(held, stale))
          ? image
          : undefined,
      // Scaled with the interval, so an accelerated sweep sees the same contention.
      pauseAfterThrottle: () =>
        this.clock.sleep(this.intervalMs * between(IN_LOOK_RETRY), this.pace.signal)
    }
  }

  /**
   * A look answered: its calls are paid for, and a throttled call cuts the share. The call that
   * cut it short is not paid for as well, as for a look that failed (`throttled`): at a hundred
   * builds, paying for it put the worst step over 4 polls late in half the runs, and in a
   * quarter without it, for 0.1 points more calls throttled (npm run bench:sim).
   */
  answered(snapshot: Snapshot): void {
    // A look at the steps alone that the account cut short is followed by one that reads the
    // status: steps throttled again and again would otherwise leave it unread for looks on end.
    this.sinceImage =
      snapshot.imageHeld !== true
        ? 0
        : snapshot.incomplete === undefined
          ? this.sinceImage + 1
          : IMAGE_EVERY
    this.listingDue = this.deferring && snapshot.incomplete === undefined
    this.stepsDue = this.stepsDeferred && snapshot.incomplete === undefined
    this.budget.spend(snapshot.calls)
    if (snapshot.throttled || isThrottling(snapshot.incomplete)) this.budget.throttled()
  }

  /**
   * A look failed on a throttled call, the `failures`th in a row: the share is cut, and the first
   * FREE_REFUSALS calls, which the account turned away, are not paid for as well. Paid for from a
   * share already cut, a run throttled three times at the start waited 3, 9, then 12 s, and a
   * hundred builds lost CREATING half a time a run; unpaid, next to never, for 0.1 to 0.3 points
   * more calls throttled (npm run bench:sim). Refused on and on, the run pays again, and waits as
   * its cut share says: otherwise it would ask every few seconds of a saturated account.
   */
  throttled(failures: number): void {
    if (failures > FREE_REFUSALS) this.budget.spend(1)
    this.budget.throttled()
  }

  /**
   * After a throttled call: what the budget asks for `cost` calls, a sixth of an interval at
   * least. A status that lasts one interval (CREATING, INTEGRATING) has one look in it, and half
   * an interval after a throttled one was mostly too late: at a hundred builds that left 0.6
   * statuses a run unshown, a quarter 0.4, a sixth 0.13, for 0.3 points more calls throttled
   * (npm run bench:sim).
   */
  pause(cost = 1): number {
    return jitter(Math.max(this.intervalMs / 6, this.budget.waitFor(cost)))
  }

  /** The end was read with its listings cut short: tried again when a full look fits. */
  endPause(): number {
    return this.pause(CALLS_PER_INTERVAL)
  }

  /** How long after a look that was reported, and found `status`. */
  delayAfter(snapshot: Snapshot, status: string, stale: boolean): number {
    const listed = snapshot.executions !== undefined || snapshot.followed !== undefined
    this.quietSinceListing = listed ? 0 : this.quietSinceListing + 1
    if (this.listingDue) return this.intervalMs * DEFER_SPREAD * Math.random()
    if (this.stepsDue) return this.intervalMs * STEPS_SPREAD * Math.random()
    const streaming = stale || this.tracker.needsListing(status)
    const quiet = this.budget.constrained ? QUIET_CADENCE.short : QUIET_CADENCE.full
    const cadence = this.intervalMs * (streaming ? 1 : quiet)
    // At random: builds started together stop polling in step, which bursts the account's limit.
    // Around what the budget asks while steps stream and the share is short; otherwise close to
    // the cadence, which quiet looks keep even when short.
    const spread =
      this.budget.constrained && streaming ? 0.75 + Math.random() / 2 : 0.9 + Math.random() / 10
    // A look starts once one call is in hand; the rest of it is borrowed (MAX_DEBT) and paid back
    // before the next. Waiting for the whole look up front left a run at a low share looking less
    // than every other interval.
    return Math.max(cadence, this.budget.waitFor(1)) * spread
  }

  /** Whether the next look may take `status` as holding and list the followed steps alone. */
  private holdsImage(status: string, stale: boolean): boolean {
    return !stale && this.sinceImage + 1 < IMAGE_EVERY && this.tracker.followable(status).length > 0
  }

  /**
   * Whether a look that finds `status` lists the workflows too. While a workflow runs, every look
   * lists its steps at least: short of calls, the wait looks less often rather than spend a look
   * on the status alone, which would show a step an interval later.
   */
  private listNow(status: string, stale: boolean): boolean {
    return (
      stale ||
      (this.tracker.needsListing(status) && this.tracker.followable(status).length === 0) ||
      (this.quietSinceListing + 1 >= QUIET_LIST_EVERY &&
        !this.tracker.hasRunning() &&
        !NO_NEW_WORKFLOWS.has(status))
    )
  }
}
