// One AWS call, bounded: it ends when it answers, when its own time runs out (a request that
// hangs, or an answer that trickles in), or when the caller's signal aborts (job cancellation,
// the wait's deadline), whichever comes first. The error remembers the operation, for the message.

/** The call's own time ran out: transient, like any dropped connection. */
export class RequestTimeout extends Error {
  constructor(operation: string, ms: number) {
    super(`${operation} got no complete answer within ${Math.round(ms / 1000)} s.`)
    this.name = 'RequestTimeout'
  }
}

export interface CallOptions {
  /** Aborts the call; the call then throws the signal's reason. */
  signal?: AbortSignal
  /** The call's own limit, SDK retries included. */
  timeoutMs?: number
}

/** When nothing else is said: a status check that has not answered in 30 s will not. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000

const OPERATION = Symbol('operation')

export async function callApi<T>(
  operation: string,
  call: (abortSignal: AbortSignal) => Promise<T>,
  { signal, timeoutMs = DEFAULT_CALL_TIMEOUT_MS }: CallOptions = {}
): Promise<T> {
  signal?.throwIfAborted()
  // Combined by hand: AbortSignal.any keeps every combined signal alive as long as the job's.
  const controller = new AbortController()
  const onAbort = (): void => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = setTimeout(
    () => controller.abort(new RequestTimeout(operation, timeoutMs)),
    timeoutMs
  )
  try {
    return await call(controller.signal)
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    const reason = controller.signal.aborted ? (controller.signal.reason as unknown) : error
    if (typeof reason === 'object' && reason !== null)
      Object.defineProperty(reason, OPERATION, { value: operation, configurable: true })
    throw reason
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

export function operationOf(error: unknown, fallback: string): string {
  return (
    (typeof error === 'object' &&
      error !== null &&
      (error as { [OPERATION]?: string })[OPERATION]) ||
    fallback
  )
}

/**
 * Every item of every page of a listing. A null where an entry belongs is dropped: the next look
 * lists it again.
 */
export async function collect<P, T>(
  pages: AsyncIterable<P>,
  items: (page: P) => T[] | undefined
): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages)
    all.push(...(items(page) ?? []).filter(item => typeof item === 'object' && item !== null))
  return all
}
