// The runner cancels a step by sending SIGINT, then SIGTERM 7.5 s later, then killing it 2.5 s
// after that. Turning the first signal into an abort lets the wait stop at once and clean up.

export class JobCancelled extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`The job was cancelled (${signal}).`)
    this.name = 'JobCancelled'
  }
}

export class JobCancellation {
  private readonly controller = new AbortController()
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    if (!this.controller.signal.aborted) this.controller.abort(new JobCancelled(signal))
  }

  constructor() {
    process.on('SIGINT', this.onSignal)
    process.on('SIGTERM', this.onSignal)
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  get cancelled(): JobCancelled | undefined {
    return this.controller.signal.aborted
      ? (this.controller.signal.reason as JobCancelled)
      : undefined
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal)
    process.off('SIGTERM', this.onSignal)
  }
}
