// The emulator's CloudWatch Logs, read by @aws-sdk/client-cloudwatch-logs as AWS is: GetLogEvents
// as the logs model describes it. "A returned page might only be partially full, or even empty";
// "As long as the nextBackwardToken or nextForwardToken returned is NOT equal to the nextToken
// that you passed into the API call, there might be more log events available"; "If you have
// reached the end of the stream, it returns the same token you passed in".
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import {
  CloudWatchLogsClient,
  GetLogEventsCommand,
  type GetLogEventsCommandInput,
  type GetLogEventsCommandOutput
} from '@aws-sdk/client-cloudwatch-logs'
import {
  CreateImageCommand,
  GetImageCommand,
  ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { Emulator } from '../emulator/index.js'
import { IMAGE_RECIPE, INFRA } from '../emulator/fixtures.js'

const emulator = new Emulator()
const credentials = { accessKeyId: 'AKIAEMULATOREXAMPLE', secretAccessKey: 'not-a-secret' }
let logs: CloudWatchLogsClient
let imagebuilder: ImagebuilderClient

beforeAll(async () => {
  const endpoint = await emulator.start()
  const options = { region: 'us-east-1', endpoint, credentials, maxAttempts: 1 }
  logs = new CloudWatchLogsClient(options)
  imagebuilder = new ImagebuilderClient(options)
})
beforeEach(() => emulator.reset())
afterAll(async () => {
  logs.destroy()
  imagebuilder.destroy()
  await emulator.stop()
})

/** A build that has ended, with a log of `lines` lines paged as `pages` says. */
async function endedBuild(buildLog: { lines?: number; pages?: number[] }) {
  emulator.scenario = { buildLog }
  const { imageBuildVersionArn: arn = '' } = await imagebuilder.send(
    new CreateImageCommand({ imageRecipeArn: IMAGE_RECIPE, infrastructureConfigurationArn: INFRA })
  )
  for (let i = 0; i < 200; i++) {
    const { image } = await imagebuilder.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    if (image?.state?.status === 'AVAILABLE') {
      const [, name, version, build] = /image\/([^/]+)\/([^/]+)\/(\d+)$/.exec(arn) ?? []
      return {
        where: { logGroupName: `/aws/imagebuilder/${name}`, logStreamName: `${version}/${build}` },
        createdAt: Date.parse(image.dateCreated ?? '')
      }
    }
    await new Promise(r => setTimeout(r, 20))
  }
  throw new Error(`${arn} never ended`)
}

const get = (input: GetLogEventsCommandInput): Promise<GetLogEventsCommandOutput> =>
  logs.send(new GetLogEventsCommand(input))
const numbers = (page: GetLogEventsCommandOutput): number[] =>
  (page.events ?? []).map(e => Number(/^\[(\d+)\]/.exec(e.message ?? '')?.[1]))

test('backwards: empty and partly filled pages while events remain, then the same token back', async () => {
  const { where } = await endedBuild({ lines: 6, pages: [2, 0, 1, 5] })
  const seen: number[][] = []
  const tokens: Array<string | undefined> = []
  let nextToken: string | undefined
  for (let i = 0; i < 10; i++) {
    const page = await get({ ...where, startFromHead: false, limit: 3, nextToken })
    expect(page.nextForwardToken).toEqual(expect.any(String))
    seen.push(numbers(page))
    tokens.push(page.nextBackwardToken)
    if (page.nextBackwardToken === nextToken) break
    nextToken = page.nextBackwardToken
  }
  // Each page in time order; the limit holds over the knob's 5.
  expect(seen).toEqual([[4, 5], [], [3], [0, 1, 2], []])
  expect(tokens.at(-1)).toBe(tokens.at(-2))
})

test('forwards from the head; a forward token needs startFromHead true', async () => {
  const { where } = await endedBuild({ lines: 5 })
  const first = await get({ ...where, startFromHead: true, limit: 3 })
  expect(numbers(first)).toEqual([0, 1, 2])
  const second = await get({ ...where, startFromHead: true, nextToken: first.nextForwardToken })
  expect(numbers(second)).toEqual([3, 4])
  const end = await get({ ...where, startFromHead: true, nextToken: second.nextForwardToken })
  expect({ events: end.events, token: end.nextForwardToken }).toEqual({
    events: [],
    token: second.nextForwardToken
  })
  await expect(
    get({ ...where, startFromHead: false, nextToken: first.nextForwardToken })
  ).rejects.toMatchObject({ name: 'InvalidParameterException' })
})

test('startTime and endTime, in epoch milliseconds, bound the events', async () => {
  const { where, createdAt } = await endedBuild({ lines: 4 })
  const all = await get({ ...where, startTime: createdAt })
  expect(numbers(all)).toEqual([0, 1, 2, 3])
  const times = (all.events ?? []).map(e => e.timestamp ?? 0)
  expect(times.every(t => t >= createdAt)).toBe(true)
  const later = await get({ ...where, startTime: times[2] })
  expect(numbers(later)).toEqual(numbers(all).filter((_, i) => times[i] >= times[2]))
  const earlier = await get({ ...where, endTime: times[2] })
  expect(numbers(earlier)).toEqual(numbers(all).filter((_, i) => times[i] < times[2]))
})

test('members outside the model, or out of their limits, are refused', async () => {
  const { where } = await endedBuild({ lines: 1 })
  for (const bad of [{ limit: 0 }, { limit: 10_001 }, { startTime: -1 }, { nextToken: 'x' }])
    await expect(get({ ...where, ...bad })).rejects.toMatchObject({
      name: 'InvalidParameterException'
    })
  await expect(
    get({ logStreamName: where.logStreamName, logGroupName: 'bad name!' })
  ).rejects.toMatchObject({ name: 'InvalidParameterException' })
  await expect(get({ ...where, logGroupIdentifier: where.logGroupName })).rejects.toMatchObject({
    name: 'InvalidParameterException'
  })
})
