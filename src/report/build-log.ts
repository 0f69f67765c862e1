// The build log: Image Builder sends it to CloudWatch Logs when the build ends, so the action
// fetches its tail afterwards; the caller decides when (wantsBuildLog). Never fatal: a missing
// group, stream or permission is a warning. Only the job's cancellation stops the step here.
import { randomUUID } from 'node:crypto'
import * as core from '@actions/core'
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs'
import type { Image } from '@aws-sdk/client-imagebuilder'
import {
  USER_AGENT,
  awsErrorText,
  callApi,
  errorName,
  parseArn,
  proxyAgentsFor,
  serviceEndpoint,
  type Connection
} from '../aws/index.js'
import { defuseCommands, oneLine, systemClock, type Clock } from '../common/index.js'
import type { BuildLogSettings } from '../inputs/index.js'

/** The reading of one tail is bounded: so many GetLogEvents calls, so much time in all. */
export const TAIL_MAX_CALLS = 10
export const TAIL_BUDGET_MS = 30_000
const CALL_TIMEOUT_MS = 15_000

/** Group /aws/imagebuilder/<image name> (or the image's own), stream <version>/<build>. */
export function buildLogLocation(
  arn: string,
  image: Image | undefined
): { group: string; stream: string } | undefined {
  const path = parseArn(arn)?.resourcePath.split('/') ?? []
  if (path.length !== 3) return undefined
  const [name, version, build] = path
  return {
    group: image?.loggingConfiguration?.logGroupName ?? `/aws/imagebuilder/${name}`,
    stream: `${version}/${build}`
  }
}

/**
 * The image's creation time in epoch milliseconds, GetLogEvents' startTime: nothing in the
 * build's stream is older. dateCreated is an ISO-8601 string; one without a zone is UTC (Date.parse
 * would read it as the runner's local time), and a bare number is epoch seconds, as the SDK's other
 * timestamps are. Anything else: no startTime.
 */
export function creationTime(dateCreated: unknown): number | undefined {
  let ms = NaN
  if (dateCreated instanceof Date) ms = dateCreated.getTime()
  else if (typeof dateCreated === 'string' || typeof dateCreated === 'number') {
    const text = String(dateCreated).trim().replace(' ', 'T')
    if (/^\d+(\.\d+)?$/.test(text)) ms = Number(text) < 1e11 ? Number(text) * 1000 : Number(text)
    else if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) ms = Date.parse(`${text}Z`)
    // Date.parse guesses at free text ('-5' is a date to it): ISO-8601 only.
    else if (/^\d{4}-\d\d-\d\d/.test(text)) ms = Date.parse(text)
  }
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms) : undefined
}

export interface LogPage {
  events?: Array<{ message?: string }>
  nextBackwardToken?: string
}

/** One GetLogEvents call going backwards: after `nextToken`, at most `limit` events. */
export type PageReader = (
  page: { nextToken?: string; limit: number },
  timeoutMs: number
) => Promise<LogPage>

/**
 * The last `lines` messages, oldest first. A page may be partly filled or empty while older
 * events exist, so the reading goes on until it has the lines, or the service hands back the
 * token it was given (the start of the stream), or the calls or the time run out (`stopped`).
 */
export async function readTail(
  readPage: PageReader,
  lines: number,
  clock: Clock = systemClock
): Promise<{ messages: string[]; stopped?: string }> {
  const deadline = clock.now() + TAIL_BUDGET_MS
  const pages: string[][] = []
  let count = 0
  let token: string | undefined
  const tail = (stopped?: string) => ({ messages: pages.flat().slice(-lines), stopped })
  for (let calls = 0; count < lines; calls++) {
    if (calls === TAIL_MAX_CALLS) return tail(`after ${TAIL_MAX_CALLS} requests`)
    const left = deadline - clock.now()
    if (left <= 0) return tail(`after ${TAIL_BUDGET_MS / 1000} s`)
    const page = await readPage(
      { nextToken: token, limit: lines - count },
      Math.min(CALL_TIMEOUT_MS, left)
    )
    // Each page is in time order; going backwards, it comes before those read already.
    const messages = (page.events ?? []).map(e => (e.message ?? '').replace(/\r?\n$/, ''))
    pages.unshift(messages)
    count += messages.length
    const next = page.nextBackwardToken
    if (!next || next === token) break
    token = next
  }
  return tail()
}

/** The job's cancellation aborts the reading; the clock bounds it. */
interface TailOptions {
  signal?: AbortSignal
  clock?: Clock
}

export async function showBuildLog(
  connection: Connection,
  arn: string,
  ended: { image?: Image },
  { lines, signal, clock = systemClock }: Pick<BuildLogSettings, 'lines'> & TailOptions
): Promise<{ group: string; stream: string; lines: string[] } | undefined> {
  const found = buildLogLocation(arn, ended.image)
  if (!found) return undefined
  // The group name comes from the service: it is shown only as the one-line cleaner leaves it.
  const shown = { group: oneLine(found.group, 512), stream: oneLine(found.stream, 512) }
  const client = new CloudWatchLogsClient({
    region: connection.region,
    credentials: connection.credentials,
    customUserAgent: USER_AGENT,
    maxAttempts: 3,
    requestHandler: {
      ...(await proxyAgentsFor(serviceEndpoint('logs', connection.region, process.env)))
    }
  })
  const startTime = creationTime(ended.image?.dateCreated)
  const readPage: PageReader = ({ nextToken, limit }, timeoutMs) =>
    callApi(
      'GetLogEvents',
      abortSignal =>
        client.send(
          new GetLogEventsCommand({
            logGroupName: found.group,
            logStreamName: found.stream,
            startFromHead: false,
            ...(startTime === undefined ? {} : { startTime }),
            ...(nextToken === undefined ? {} : { nextToken }),
            limit
          }),
          { abortSignal }
        ),
      { signal, timeoutMs }
    )
  try {
    const { messages, stopped } = await readTail(readPage, lines, clock)
    core.startGroup(`Build log: ${shown.group} ${shown.stream} (last ${messages.length} lines)`)
    if (stopped) core.info(`Stopped reading the build log ${stopped}: older lines are not shown.`)
    // The log is text from the build instance: workflow commands in it must not run. The runner's
    // older form, `##[name]`, counts anywhere in a line: it is broken up too, so that no line of
    // the build log can pass for one.
    const token = randomUUID()
    core.info(`::stop-commands::${token}`)
    for (const message of messages) core.info(defuseCommands(message))
    core.info(`::${token}::`)
    core.endGroup()
    // As the job log showed them, for the summary (which escapes them for HTML).
    return { ...shown, lines: messages.map(defuseCommands) }
  } catch (error) {
    if (signal?.aborted) throw error
    const name = errorName(error)
    const hint =
      name === 'ResourceNotFoundException'
        ? `No build log at ${shown.group} ${shown.stream}: the build may have ended before it wrote one, or logging is off.`
        : name === 'AccessDeniedException'
          ? `Allow logs:GetLogEvents on ${shown.group} to see the build log here.`
          : 'The build log could not be read.'
    core.warning(`${awsErrorText(error, 'GetLogEvents')} ${hint}`)
    return undefined
  } finally {
    client.destroy()
  }
}
