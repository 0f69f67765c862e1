// CloudWatch Logs (awsJson1_1): GetLogEvents over the build log each image wrote when it ended,
// paged as the logs model describes it: tokens for both directions on every page, the same token
// back at the end of the stream, and pages that may be partly filled or empty while more events
// exist (scenario.buildLog.pages).
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { ImageRecord } from './imagebuilder/records.js'
import type { ImageBuilderStore } from './imagebuilder/store.js'
import type { RecordedRequest } from './protocol.js'

interface LogEvent {
  timestamp: number
  message: string
  ingestionTime: number
}

class LogsError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

/** GetLogEventsRequest's members and their constraints (logs-2014-03-28). */
const MEMBERS: Record<string, (value: unknown) => boolean> = {
  logGroupName: v => typeof v === 'string' && /^[.\-_/#A-Za-z0-9]{1,512}$/.test(v),
  logGroupIdentifier: v => typeof v === 'string' && /^[\w#+=/:,.@-]{1,2048}$/.test(v),
  logStreamName: v => typeof v === 'string' && /^[^:*]{1,512}$/.test(v),
  startTime: v => Number.isSafeInteger(v) && (v as number) >= 0,
  endTime: v => Number.isSafeInteger(v) && (v as number) >= 0,
  nextToken: v => typeof v === 'string' && v.length >= 1,
  limit: v => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10_000,
  startFromHead: v => typeof v === 'boolean',
  unmask: v => typeof v === 'boolean'
}

/** CloudWatch Logs GetLogEvents (awsJson1_1): the build log each image wrote when it ended. */
export function logs(
  store: ImageBuilderStore,
  res: ServerResponse,
  request: RecordedRequest
): void {
  const send = (status: number, body: unknown): void => {
    res
      .writeHead(status, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomUUID()
      })
      .end(JSON.stringify(body))
  }
  try {
    if (request.operation !== 'GetLogEvents')
      throw new LogsError('UnknownOperationException', `${request.operation} is not emulated`)
    send(200, getLogEvents(store, request.body))
  } catch (error) {
    if (!(error instanceof LogsError)) throw error
    send(400, { __type: error.type, message: error.message })
  }
}

function getLogEvents(store: ImageBuilderStore, body: Record<string, unknown>) {
  for (const [member, value] of Object.entries(body)) {
    const valid = MEMBERS[member]
    if (!valid) throw new LogsError('InvalidParameterException', `Unknown member ${member}.`)
    if (!valid(value))
      throw new LogsError('InvalidParameterException', `Invalid value for ${member}.`)
  }
  if (body.logStreamName === undefined)
    throw new LogsError('InvalidParameterException', 'logStreamName is required.')
  if ((body.logGroupName === undefined) === (body.logGroupIdentifier === undefined))
    throw new LogsError(
      'InvalidParameterException',
      'You must include either logGroupIdentifier or logGroupName, but not both.'
    )
  const group = String(body.logGroupName ?? body.logGroupIdentifier).replace(
    /^arn:.*:log-group:/,
    ''
  )
  const found = buildLog(store, group, String(body.logStreamName))
  if (!found)
    throw new LogsError('ResourceNotFoundException', 'The specified log group does not exist.')
  const { events, pages = [] } = found
  const token = body.nextToken as string | undefined
  const at = token === undefined ? undefined : /^([bf])\/(\d+)\/(\d+)$/.exec(token)
  if (at === null)
    throw new LogsError('InvalidParameterException', 'The specified nextToken is invalid.')
  const forward = at ? at[1] === 'f' : body.startFromHead === true
  if (at?.[1] === 'f' && body.startFromHead !== true)
    throw new LogsError(
      'InvalidParameterException',
      'A nextForwardToken can only be used with startFromHead true.'
    )
  const position = at ? Number(at[2]) : forward ? 0 : events.length
  const seq = at ? Number(at[3]) : 0
  // Only events in [startTime, endTime) are returned; positions count every event of the stream.
  const inRange = (e: LogEvent): boolean =>
    e.timestamp >= Number(body.startTime ?? 0) &&
    (body.endTime === undefined || e.timestamp < Number(body.endTime))
  const indexed = events.map((e, i) => ({ e, i })).filter(x => inRange(x.e))
  const left = forward ? indexed.filter(x => x.i >= position) : indexed.filter(x => x.i < position)
  // At the end of the stream in this direction, the token passed in comes back.
  if (left.length === 0 && token !== undefined)
    return forward
      ? { events: [], nextForwardToken: token, nextBackwardToken: `b/${position}/${seq + 1}` }
      : { events: [], nextForwardToken: `f/${position}/${seq + 1}`, nextBackwardToken: token }
  const size = Math.min(
    Number(body.limit ?? 10_000),
    pages[Math.min(seq, pages.length - 1)] ?? Infinity
  )
  const page = size === 0 ? [] : forward ? left.slice(0, size) : left.slice(-size)
  const first = page[0]?.i ?? position
  const end = page.length > 0 ? page[page.length - 1].i + 1 : position
  return {
    events: page.map(x => x.e),
    nextForwardToken: `f/${end}/${seq + 1}`,
    nextBackwardToken: `b/${first}/${seq + 1}`
  }
}

/** The AWSTOE-like log of an image that has ended, or undefined when there is none. */
function buildLog(
  store: ImageBuilderStore,
  group: string,
  stream: string
): { events: LogEvent[]; pages?: number[] } | undefined {
  const image = [...store.images.values()].find(i => {
    const logGroup = (i.request.loggingConfiguration as { logGroupName?: string } | undefined)
      ?.logGroupName
    const input = i.plan.input
    return (
      (logGroup ?? `/aws/imagebuilder/${input.imageName}`) === group &&
      `${input.version}/${input.build}` === stream
    )
  })
  const scenario = image?.plan.input.scenario
  if (!image || scenario?.noBuildLog || store.elapsed(image) < image.plan.endsAt) return undefined
  const lines = Array.from(
    { length: scenario?.buildLog?.lines ?? 150 },
    (_, i) => `[${i}] ExecuteBash: stdout: step output line ${i}`
  )
  const failure = scenario?.fail?.component
  if (failure) {
    lines.push(
      'TOE has completed execution with failure',
      `Document arn: ${failure.componentArn}`,
      `Phase: ${failure.phaseName}`,
      `Step: ${failure.stepName}`,
      `Action: ${failure.action}`,
      `ErrorMessage: ${failure.errorMessage}`,
      'Stderr: ::error::this line came from the build instance'
    )
  }
  lines.push(...(scenario?.buildLog?.tail ?? []))
  return { events: timed(image, lines), pages: scenario?.buildLog?.pages }
}

/** Spread over the build, from just after the image was created to its end. */
function timed(image: ImageRecord, lines: string[]): LogEvent[] {
  // Whole milliseconds, as the model's Timestamp is, whatever clock the test gave the emulator.
  const createdAt = Math.floor(image.createdAt)
  const { plan } = image
  const span = Math.max(Math.ceil(plan.endsAt), 1)
  return lines.map((message, i) => ({
    timestamp: createdAt + Math.ceil(((i + 1) * span) / lines.length),
    message,
    ingestionTime: createdAt + span
  }))
}
