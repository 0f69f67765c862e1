// The build log: Image Builder sends it to CloudWatch Logs when the build ends, so the action
// fetches its tail afterwards; the caller decides when (wantsBuildLog). Never fatal: a missing
// group, stream or permission is a warning.
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
import type { BuildLogSettings } from '../inputs/index.js'

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

export async function showBuildLog(
  connection: Connection,
  arn: string,
  ended: { image?: Image },
  settings: BuildLogSettings
): Promise<void> {
  const where = buildLogLocation(arn, ended.image)
  if (!where) return
  const client = new CloudWatchLogsClient({
    region: connection.region,
    credentials: connection.credentials,
    customUserAgent: USER_AGENT,
    maxAttempts: 3,
    requestHandler: {
      ...(await proxyAgentsFor(serviceEndpoint('logs', connection.region, process.env)))
    }
  })
  try {
    const { events = [] } = await callApi(
      'GetLogEvents',
      abortSignal =>
        client.send(
          new GetLogEventsCommand({
            logGroupName: where.group,
            logStreamName: where.stream,
            limit: settings.lines,
            startFromHead: false
          }),
          { abortSignal }
        ),
      { timeoutMs: 15_000 }
    )
    core.startGroup(`Build log: ${where.group} ${where.stream} (last ${events.length} lines)`)
    // The log is text from the build instance: workflow commands in it must not run.
    const token = randomUUID()
    core.info(`::stop-commands::${token}`)
    for (const event of events) core.info((event.message ?? '').replace(/\r?\n$/, ''))
    core.info(`::${token}::`)
    core.endGroup()
  } catch (error) {
    const name = errorName(error)
    const hint =
      name === 'ResourceNotFoundException'
        ? `No build log at ${where.group} ${where.stream}: the build may have ended before it wrote one, or logging is off.`
        : name === 'AccessDeniedException'
          ? `Allow logs:GetLogEvents on ${where.group} to see the build log here.`
          : 'The build log could not be read.'
    core.warning(`${awsErrorText(error, 'GetLogEvents')} ${hint}`)
  } finally {
    client.destroy()
  }
}
