// After a failure, the tail of the build's CloudWatch Logs stream goes into the job log, where
// the component's own error is; a missing log is a warning, never a crash.
import { expect, test } from '@jest/globals'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT_FAILURE, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction } from '../support/harness.js'

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
    startFromHead: false
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
