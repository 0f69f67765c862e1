// CloudWatch Logs (awsJson1_1): GetLogEvents over the build log each image wrote when it ended.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { ImageBuilderStore } from './imagebuilder/store.js'
import type { RecordedRequest } from './protocol.js'

/** CloudWatch Logs GetLogEvents (awsJson1_1): the build log each image wrote when it ended. */
export function logs(
  store: ImageBuilderStore,
  res: ServerResponse,
  request: RecordedRequest
): void {
  const error = (type: string, message: string): void => {
    res
      .writeHead(400, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': randomUUID()
      })
      .end(JSON.stringify({ __type: type, message }))
  }
  if (request.operation !== 'GetLogEvents')
    return error('UnknownOperationException', `${request.operation} is not emulated`)
  const { logGroupName, logStreamName, limit } = request.body as {
    logGroupName?: string
    logStreamName?: string
    limit?: number
  }
  const lines = buildLog(store, String(logGroupName), String(logStreamName))
  if (!lines) return error('ResourceNotFoundException', 'The specified log group does not exist.')
  const tail = lines.slice(-(limit ?? 10_000))
  const events = tail.map((message, i) => ({
    timestamp: store.now() - (tail.length - i) * 10,
    message,
    ingestionTime: store.now()
  }))
  res.writeHead(200, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': randomUUID()
  })
  res.end(JSON.stringify({ events, nextForwardToken: 'f/1', nextBackwardToken: 'b/1' }))
}

/** An AWSTOE-like log for an image that has ended, or undefined when there is none. */
function buildLog(store: ImageBuilderStore, group: string, stream: string): string[] | undefined {
  const image = [...store.images.values()].find(i => {
    const logGroup = (i.request.loggingConfiguration as { logGroupName?: string } | undefined)
      ?.logGroupName
    const input = i.plan.input
    return (
      (logGroup ?? `/aws/imagebuilder/${input.imageName}`) === group &&
      `${input.version}/${input.build}` === stream
    )
  })
  if (!image || image.plan.input.scenario.noBuildLog || store.elapsed(image) < image.plan.endsAt)
    return undefined
  const lines = Array.from(
    { length: 150 },
    (_, i) => `[${i}] ExecuteBash: stdout: step output line ${i}`
  )
  const failure = image.plan.input.scenario.fail?.component
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
  return lines
}
