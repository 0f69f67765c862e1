// The image's status as shown: read by GetImage, or shown by a workflow of its stage that started
// (stages.ts). Each status is shown once, in the order the build went through them.
import type { Image, WorkflowExecutionMetadata } from '@aws-sdk/client-imagebuilder'
import { IMAGE_IN_PROGRESS, isImageTerminal } from '../aws/index.js'
import type { WatchEvent } from './events.js'
import { isBehind, stageOf } from './stages.js'

/** Remembers the statuses shown, and the furthest one. */
export class StatusLedger {
  /** The furthest status shown. */
  status?: string
  /** When it was shown to change, into the wait. */
  private at = 0
  private readonly shown = new Set<string>()
  /** The workflows whose stage was weighed: each shows its stage once, when first seen started. */
  private readonly weighed = new Set<string>()
  private readonly unknown = new Set<string>()

  /** Takes what an earlier run showed: its status, and the stages of its workflows. */
  prime(status: string | undefined, executions: WorkflowExecutionMetadata[]): void {
    this.status = status
    for (const s of [status, ...executions.map(stageOf)]) if (s) this.shown.add(s)
    for (const e of executions) this.weighed.add(e.workflowExecutionId ?? '')
  }

  /** A new image is PENDING (imagebuilder-api.md §2): shown when the call that made it answers. */
  created(): WatchEvent[] {
    return [this.advance('PENDING', 0)]
  }

  /**
   * A status not reported yet. One behind the stage a workflow showed is an older read, not news:
   * GetImage and the listings are neither read at one instant nor from one replica.
   */
  isNew(status: string): boolean {
    return status !== this.status && !isBehind(status, this.status)
  }

  /** The status as known, given one read (or held) now. */
  current(status: string): string {
    return this.isNew(status) ? status : (this.status ?? status)
  }

  /**
   * The stage a workflow that started shows, when no status read has shown it: the wait may read
   * the status only every few looks, or find a short stage over between two. Shown at the time
   * the workflow started, never before the status shown last; a stage found over after a later
   * status was read is shown at its own time, once. Never from a workflow that started before the
   * wait, nor before any status is known: a wait on an image already under way (mode: watch, a
   * client token that names an earlier build) starts from the status it reads, not its history.
   * `read`: the status GetImage read in the same look, shown as read when it is this stage.
   */
  fromWorkflow(
    execution: WorkflowExecutionMetadata,
    { at, beforeWait, read }: { at: number; beforeWait: boolean; read?: Image }
  ): WatchEvent[] {
    const status = stageOf(execution)
    const id = execution.workflowExecutionId ?? ''
    if (!status || this.weighed.has(id)) return []
    this.weighed.add(id)
    if (beforeWait || this.status === undefined || this.shown.has(status)) return []
    if (isBehind(status, this.status)) {
      this.shown.add(status)
      return [{ type: 'status', status, fromWorkflow: true, elapsedMs: Math.min(at, this.at) }]
    }
    if (!isBehind(this.status, status)) return []
    const asRead = read?.state?.status === status
    const more = asRead ? { reason: read.state?.reason } : { fromWorkflow: true }
    return [this.advance(status, Math.max(at, this.at), more)]
  }

  /** The status GetImage read, if it is news. */
  read(image: Image, elapsedMs: number): WatchEvent[] {
    const status = image.state?.status ?? 'UNKNOWN'
    if (!this.isNew(status)) return []
    const events = [this.advance(status, elapsedMs, { reason: image.state?.reason })]
    if (!IMAGE_IN_PROGRESS.has(status) && !isImageTerminal(status) && !this.unknown.has(status)) {
      this.unknown.add(status)
      events.push({ type: 'unknown-status', status, elapsedMs })
    }
    return events
  }

  private advance(
    status: string,
    elapsedMs: number,
    more: { reason?: string; fromWorkflow?: boolean } = {}
  ): WatchEvent {
    const event: WatchEvent = { type: 'status', status, previous: this.status, ...more, elapsedMs }
    this.status = status
    this.at = elapsedMs
    this.shown.add(status)
    return event
  }
}
