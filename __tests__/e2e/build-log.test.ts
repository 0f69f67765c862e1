// After a failure, the tail of the build's CloudWatch Logs stream goes into the job log, where
// the component's own error is; a missing log is a warning, never a crash.
import { describe, expect, test } from '@jest/globals'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT_FAILURE, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'

const emulator = useEmulator()

const BASE = CREATE_IMAGE_INPUTS
const component = COMPONENT_FAILURE

test('a component failure shows the tail of the build log, in a group, with its commands inert', async () => {
  emulator.scenario = {
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'Document failed', component }
  }
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'build-log-lines': '20' }
  })
  expect(result.exitCode).toBe(1)
  const arn = result.outputs['image-arn']
  const [, name, version, build] = /image\/([^/]+)\/([^/]+)\/(\d+)$/.exec(arn) ?? []
  expect(result.groups).toContain(
    `Build log: /aws/imagebuilder/${name} ${version}/${build} (last 20 lines)`
  )
  const [request] = emulator.calls('GetLogEvents')
  expect(request.body).toEqual({
    logGroupName: `/aws/imagebuilder/${name}`,
    logStreamName: `${version}/${build}`,
    limit: 20,
    startFromHead: false,
    // The image's dateCreated, in epoch milliseconds: nothing in the stream is older.
    startTime: emulator.images.get(arn)?.createdAt
  })
  expect(result.lines).toContain(`ErrorMessage: ${component.errorMessage}`)
  expect(result.lines).toContain('Stderr: ::error::this line came from the build instance')
  // One error: the build's. The ::error:: in the instance's log printed as text.
  expect(result.annotations.filter(a => a.level === 'error')).toHaveLength(1)
})

test('a build with no log reports the failure cleanly, with a warning and the same exit code', async () => {
  emulator.scenario = {
    noBuildLog: true,
    fail: { workflow: 'BUILD', step: 'LaunchBuildInstance', message: 'instance never reached SSM' }
  }
  const result = await runAction({ endpoint: emulator.url, inputs: BASE })
  expect(result.exitCode).toBe(1)
  const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
  expect(warnings).toEqual([
    expect.stringMatching(
      /^GetLogEvents failed: ResourceNotFoundException: The specified log group does not exist\. No build log at \/aws\/imagebuilder\/golden-al2023 1\.2\.0\/\d+/
    )
  ])
  const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
  expect(errors).toEqual([
    expect.stringContaining('Step LaunchBuildInstance failed: instance never reached SSM')
  ])
})

test('show-build-log: never asks for no log; always shows it after a success too', async () => {
  emulator.scenario = {
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'x', component }
  }
  await runAction({ endpoint: emulator.url, inputs: { ...BASE, 'show-build-log': 'never' } })
  expect(emulator.calls('GetLogEvents')).toEqual([])
  emulator.scenario = {}
  const ok = await runAction({
    endpoint: emulator.url,
    inputs: {
      ...BASE,
      'show-build-log': 'always',
      'log-group-name': '/ci/golden',
      'execution-role': 'ImageBuilderLogs'
    }
  })
  expect(ok.exitCode).toBe(0)
  expect(emulator.calls('GetLogEvents')[0].body.logGroupName).toBe('/ci/golden')
  expect(ok.groups.some(g => g.startsWith('Build log: /ci/golden 1.2.0/'))).toBe(true)
})

test('a success does not fetch the log by default', async () => {
  emulator.scenario = {}
  const result = await runAction({ endpoint: emulator.url, inputs: BASE })
  expect(result.exitCode).toBe(0)
  expect(emulator.calls('GetLogEvents')).toEqual([])
})

/** The log the emulator writes for a COMPONENT_FAILURE build: 150 step lines, then AWSTOE's block. */
const LOG = [
  ...Array.from({ length: 150 }, (_, i) => `[${i}] ExecuteBash: stdout: step output line ${i}`),
  'TOE has completed execution with failure',
  `Document arn: ${component.componentArn}`,
  `Phase: ${component.phaseName}`,
  `Step: ${component.stepName}`,
  `Action: ${component.action}`,
  `ErrorMessage: ${component.errorMessage}`,
  'Stderr: ::error::this line came from the build instance'
]

/** The build log as printed: the lines between ::stop-commands:: and its closing token. */
function shownLog(result: RunResult): string[] {
  const lines = result.stdout.split(/\r?\n/)
  const start = lines.findIndex(l => l.startsWith('::stop-commands::'))
  if (start < 0) return []
  const token = lines[start].slice('::stop-commands::'.length)
  return lines.slice(start + 1, lines.indexOf(`::${token}::`, start))
}

const failing = (buildLog: { lines?: number; pages?: number[] }) => {
  emulator.scenario = {
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'Document failed', component },
    buildLog
  }
}

describe('the tail is read backwards, page by page, as GetLogEvents pages', () => {
  test('empty and partly filled last pages: the tail is still shown whole, oldest first', async () => {
    failing({ pages: [3, 0, 0, 5, 0, 4] })
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, 'build-log-lines': '20' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.groups.filter(g => g.startsWith('Build log: '))).toEqual([
      expect.stringMatching(/ \(last 20 lines\)$/)
    ])
    expect(shownLog(result)).toEqual(LOG.slice(-20))
    const requests = emulator.calls('GetLogEvents').map(r => r.body)
    const createdAt = emulator.images.get(result.outputs['image-arn'])?.createdAt
    // Each page asks for what is still missing; each after the first follows the backward token.
    expect(requests.map(r => r.limit)).toEqual([20, 17, 17, 17, 12, 12, 8, 4])
    expect(requests.map(r => r.nextToken)).toEqual([
      undefined,
      ...requests.slice(1).map(() => expect.stringMatching(/^b\//))
    ])
    expect(new Set(requests.map(r => r.nextToken)).size).toBe(requests.length)
    for (const body of requests) {
      expect(body.startFromHead).toBe(false)
      expect(body.startTime).toBe(createdAt)
    }
  })

  test('a log shorter than asked: reading stops where the service hands the token back', async () => {
    failing({ pages: [100] })
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, 'build-log-lines': '500' }
    })
    expect(result.groups).toContainEqual(expect.stringMatching(/ \(last 157 lines\)$/))
    expect(shownLog(result)).toEqual(LOG)
    const requests = emulator.calls('GetLogEvents').map(r => r.body)
    expect(requests.map(r => r.limit)).toEqual([500, 400, 343])
    // The third page is the start of the stream: empty, with the token it was given.
    expect(requests[2].nextToken).toEqual(expect.stringMatching(/^b\//))
    expect(result.lines.some(l => l.startsWith('Stopped reading the build log'))).toBe(false)
  })

  test('empty pages that never end: the reading stops at its bound and says so', async () => {
    failing({ pages: [5, 0] })
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { ...BASE, 'build-log-lines': '20' }
    })
    expect(result.exitCode).toBe(1)
    expect(emulator.calls('GetLogEvents')).toHaveLength(10)
    expect(result.groups).toContainEqual(expect.stringMatching(/ \(last 5 lines\)$/))
    expect(result.lines).toContain(
      'Stopped reading the build log after 10 requests: older lines are not shown.'
    )
    expect(shownLog(result)).toEqual(LOG.slice(-5))
    // One error still: the build's; the bound is not a failure.
    expect(result.annotations.filter(a => a.level !== 'notice').map(a => a.level)).toEqual([
      'error'
    ])
  })
})
