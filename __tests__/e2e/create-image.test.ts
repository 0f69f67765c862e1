// create-image end to end: the committed bundle, run as the runner runs it, against the emulator.
import { beforeAll, describe, expect, test } from '@jest/globals'
import {
  ACCOUNT,
  COMPONENT_FAILURE,
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  PARTNER_ACCOUNT,
  THREE_REGIONS_TWO_ACCOUNTS,
  CREATE_IMAGE_INPUTS
} from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()
emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
const BASE = CREATE_IMAGE_INPUTS

const run = (
  inputs: Record<string, string>,
  env?: Record<string, string | undefined>
): Promise<RunResult> => runAction({ endpoint: emulator.url, inputs: { ...BASE, ...inputs }, env })

/** Lines that mention a step by name with a given mark. */
const stepLines = (result: RunResult, mark: string, name: string): string[] =>
  result.lines.filter(line => new RegExp(`\\] ${mark} ${name}\\b`).test(line))

/** Each step is logged exactly once when it starts and once when it completes. */
function expectEachStepOnce(result: RunResult, names: string[]): void {
  for (const name of names) {
    expect(stepLines(result, '▶', name)).toHaveLength(1)
    expect(stepLines(result, '✔', `${name} completed`)).toHaveLength(1)
  }
}

describe('an AMI build to three regions and two accounts', () => {
  let result: RunResult
  let image: { outputResources: { amis: Array<Record<string, string>> } }
  beforeAll(async () => {
    emulator.scenario = {}
    result = await run({ 'distribution-configuration-arn': DIST_THREE_REGIONS })
    image = emulator.describeImage(result.outputs['image-arn']) as typeof image
  })

  test('succeeds with the image ARN and final status', () => {
    expect(result.exitCode).toBe(0)
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs['image-arn']).toBe(
      `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden-al2023/1.2.0/1`
    )
    expect(result.outputs.status).toBe('AVAILABLE')
  })

  test('outputs every AMI, the region map and the build-region AMI exactly', () => {
    const amis = JSON.parse(result.outputs.amis) as Array<Record<string, string>>
    expect(amis).toEqual(
      image.outputResources.amis.map(a => ({
        region: a.region,
        accountId: a.accountId,
        image: a.image,
        name: a.name,
        status: 'AVAILABLE'
      }))
    )
    expect(amis).toHaveLength(6)
    expect(new Set(amis.map(a => `${a.region}/${a.accountId}`))).toEqual(
      new Set(
        ['us-east-1', 'us-west-2', 'eu-west-1'].flatMap(r => [
          `${r}/${ACCOUNT}`,
          `${r}/${PARTNER_ACCOUNT}`
        ])
      )
    )
    const owned = (region: string): string =>
      amis.find(a => a.region === region && a.accountId === ACCOUNT)!.image
    expect(JSON.parse(result.outputs['ami-ids'])).toEqual({
      'us-east-1': owned('us-east-1'),
      'us-west-2': owned('us-west-2'),
      'eu-west-1': owned('eu-west-1')
    })
    expect(result.outputs['ami-id']).toBe(owned('us-east-1'))
    expect(JSON.parse(result.outputs['image-uris'])).toEqual([])
  })

  test('streams every step once when it starts and once when it ends, grouped by workflow', () => {
    expectEachStepOnce(result, [
      'LaunchBuildInstance',
      'ApplyBuildComponents',
      'CreateOutputAMI',
      'LaunchTestInstance',
      'ApplyTestComponents'
    ])
    expect(stepLines(result, '↷', 'RunSysPrepScript skipped')).toHaveLength(1)
    expect(stepLines(result, '▶', 'RunSysPrepScript')).toHaveLength(0)
    expect(result.groups).toEqual([
      expect.stringMatching(/^BUILD workflow build-image 1\.0\.3\/1 \(wf-/),
      expect.stringMatching(/^TEST workflow test-image 1\.0\.3\/1 \(wf-/)
    ])
    expect(
      result.lines.filter(l =>
        /Workflow completed in .* \(6 succeeded, 1 skipped, 0 failed\)/.test(l)
      )
    ).toHaveLength(1)
  })

  test('prints each status change once, in order, with elapsed time', () => {
    const statuses = result.lines
      .map(l => /^\[\d\d:\d\d\] Status (\w+)$/.exec(l)?.[1])
      .filter(Boolean)
    expect(new Set(statuses).size).toBe(statuses.length)
    const order = [
      'PENDING',
      'CREATING',
      'BUILDING',
      'TESTING',
      'DISTRIBUTING',
      'INTEGRATING',
      'AVAILABLE'
    ]
    expect(statuses).toEqual(order.filter(s => statuses.includes(s)))
    expect(statuses.at(-1)).toBe('AVAILABLE')
  })

  test('never lists the steps of a workflow again once it has finished and been reported', () => {
    const listed = emulator.calls('ListWorkflowStepExecutions').map(r => r.body.workflowExecutionId)
    const perExecution = new Map<unknown, number>()
    for (const id of listed) perExecution.set(id, (perExecution.get(id) ?? 0) + 1)
    const gets = emulator.calls('GetImage').length
    for (const count of perExecution.values()) expect(count).toBeLessThan(gets)
  })

  test('writes a job summary with the status, ARN, duration and the AMI table', () => {
    expect(result.summary).toContain('✅ Image build AVAILABLE')
    expect(result.summary).toContain(result.outputs['image-arn'])
    expect(result.summary).toMatch(/<th>Duration<\/th><td>\d+s<\/td>/)
    for (const ami of JSON.parse(result.outputs.amis) as Array<Record<string, string>>) {
      expect(result.summary).toContain(
        `<td>${ami.region}</td><td>${ami.accountId}</td><td>${ami.image}</td>`
      )
    }
  })

  test('the summary shows the phases as seen, and every workflow step', () => {
    expect(result.summary).toMatch(
      /<th>Phases \(as seen\)<\/th><td>PENDING \d+s( · [A-Z]+ \d+s)+<\/td>/
    )
    expect(result.summary).toContain('<h3>Workflows and steps</h3>')
    expect(result.summary).toMatch(
      /<tr><td>BUILD build-image<\/td><td>CreateOutputAMI<\/td><td>CreateImage<\/td><td>COMPLETED<\/td><td>\d+s<\/td><td>-<\/td><\/tr>/
    )
    expect(result.summary).toMatch(
      /<td>RunSysPrepScript<\/td><td>RunSysPrep<\/td><td>SKIPPED<\/td>/
    )
  })

  test('saves the image ARN for the post step', () => {
    expect(result.state['image-arn']).toBe(result.outputs['image-arn'])
  })
})

test('a container build outputs its image URIs', async () => {
  const result = await run({ 'image-recipe-arn': '', 'container-recipe-arn': CONTAINER_RECIPE })
  expect(result.exitCode).toBe(0)
  const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/web-base/1.0.0/1`
  expect(result.outputs['image-arn']).toBe(arn)
  expect(JSON.parse(result.outputs['image-uris'])).toEqual([
    `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/web-base:1.0.0-1`
  ])
  expect(JSON.parse(result.outputs.amis)).toEqual([])
  expect(result.outputs['ami-id']).toBe('')
  expect(result.groups[0]).toMatch(/^BUILD workflow build-container /)
  expect(result.summary).toContain(
    `<code>${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/web-base:1.0.0-1</code>`
  )
  expect(emulator.calls('CreateImage')[0].body.containerRecipeArn).toBe(CONTAINER_RECIPE)
})

describe('a build that fails in the test stage', () => {
  let result: RunResult
  const message = 'Component <hardening> failed | exit status 1'
  beforeAll(async () => {
    emulator.scenario = { fail: { workflow: 'TEST', step: 'ApplyTestComponents', message } }
    result = await run({})
  })

  test('exits non-zero with one error annotation giving the reason and the failing step', () => {
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toContain(`Image build failed: Workflow Execution ID: 'wf-`)
    expect(errors[0].message).toContain(
      `failed with reason: Step ApplyTestComponents failed: ${message}.`
    )
    expect(errors[0].message).toMatch(
      /Failed step: ApplyTestComponents of workflow test-image, while TESTING \(step execution step-[0-9a-f-]+\)\./
    )
    expect(errors[0].message).toContain(result.outputs['image-arn'])
  })

  test('logs the failed step with its message and stops the test workflow there', () => {
    expect(
      stepLines(
        result,
        '✖',
        `ApplyTestComponents failed in \\d+s: ${message.replace(/[|]/g, '\\|')}`
      )
    ).toHaveLength(1)
    expect(stepLines(result, '▶', 'TerminateTestInstance')).toHaveLength(0)
  })

  test('still sets the outputs with what the image has', () => {
    expect(result.outputs.status).toBe('FAILED')
    expect(result.outputs['image-arn']).toMatch(/image\/golden-al2023\/1\.2\.0\/\d+$/)
    const amis = JSON.parse(result.outputs.amis) as Array<Record<string, string>>
    expect(amis.map(a => a.region)).toEqual(['us-east-1'])
    expect(result.outputs['ami-id']).toBe(amis[0].image)
  })

  test('writes a summary with the reason, with service text escaped', () => {
    expect(result.summary).toContain('❌ Image build FAILED')
    expect(result.summary).toContain('Why it failed')
    expect(result.summary).toContain('Component &#60;hardening&#62; failed &#124; exit status 1')
    expect(result.summary).not.toContain('<hardening>')
  })
})

test('wait: false returns as soon as the build has started', async () => {
  emulator.scenario = { stepMs: 5000 }
  const result = await run({ wait: 'false' })
  expect(result.exitCode).toBe(0)
  expect(result.outputs['image-arn']).toMatch(/:image\/golden-al2023\/1\.2\.0\/\d+$/)
  expect(result.state['image-arn']).toBe(result.outputs['image-arn'])
  expect(emulator.requests.map(r => r.operation)).toEqual(['CreateImage'])
  expect(result.lines).toContain("Not waiting for the build ('wait' is false).")
})

test('follows pagination of workflow and step listings', async () => {
  emulator.pageSize = 2
  const result = await run({})
  expect(result.exitCode).toBe(0)
  expectEachStepOnce(result, [
    'LaunchBuildInstance',
    'ApplyBuildComponents',
    'InventoryCollection',
    'RunSanitizeScript',
    'CreateOutputAMI',
    'TerminateBuildInstance',
    'LaunchTestInstance',
    'ApplyTestComponents',
    'TerminateTestInstance'
  ])
  expect(
    emulator.calls('ListWorkflowStepExecutions').some(r => typeof r.body.nextToken === 'string')
  ).toBe(true)
  // Two workflows fit one page of two; the pagination of executions is proven by the step lists
  // and by the contract test.
  expect(result.groups).toHaveLength(2)
})

test('waits through "not visible yet" right after CreateImage', async () => {
  emulator.scenario = { notFoundMs: 300 }
  const result = await run({})
  expect(result.exitCode).toBe(0)
  expect(result.lines.filter(l => l.includes('Image not visible yet'))).toHaveLength(1)
  expect(result.outputs.status).toBe('AVAILABLE')
})

describe('timeout-minutes', () => {
  test('when it passes, the build is cancelled and the step fails saying it timed out', async () => {
    emulator.scenario = { stepMs: 10_000, phaseMs: 20 }
    const result = await run({ 'timeout-minutes': '0.01' })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toEqual([
      expect.stringMatching(
        /^Timed out after 1s waiting for arn:aws:imagebuilder:\S+ \(status CANCELLED\)\. The build was cancelled \('cancel-on-timeout'\)\./
      )
    ])
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
    expect(result.outputs.status).toBe('CANCELLED')
    expect(result.summary).toContain('timed out (CANCELLED)')
  })

  test('with cancel-on-timeout: false the build is left running and the message says so', async () => {
    emulator.scenario = { stepMs: 10_000, phaseMs: 20 }
    const result = await run({ 'timeout-minutes': '0.01', 'cancel-on-timeout': 'false' })
    expect(result.exitCode).toBe(1)
    const [error] = result.annotations.filter(a => a.level === 'error')
    expect(error.message).toMatch(
      /\(status BUILDING\)\. The build continues in AWS\. Raise 'timeout-minutes'/
    )
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(result.outputs.status).toBe('BUILDING')
  })
})

describe('the default client token', () => {
  test('a step executed again in the same run attempt starts a build of its own', async () => {
    // As two legs of a matrix job would: nothing in the environment tells them apart (issue 21 §7).
    const env = { GITHUB_RUN_ID: '777001', GITHUB_RUN_ATTEMPT: '1' }
    const first = await run({ wait: 'false' }, env)
    const again = await run({ wait: 'false' }, env)
    const [a, b] = emulator.calls('CreateImage').map(r => r.body.clientToken as string)
    expect(a).not.toBe(b)
    expect(a).toMatch(/^gha-[0-9a-f]{32}$/)
    expect(again.outputs['image-arn']).not.toBe(first.outputs['image-arn'])
  })

  test('executions given the same client-token share one build', async () => {
    const env = { GITHUB_RUN_ID: '777003', GITHUB_RUN_ATTEMPT: '1' }
    const first = await run({ wait: 'false', 'client-token': 'nightly-777003' }, env)
    const again = await run({ wait: 'false', 'client-token': 'nightly-777003' }, env)
    expect(again.exitCode).toBe(0)
    expect(again.outputs['image-arn']).toBe(first.outputs['image-arn'])
  })

  test('a new run attempt starts a new build', async () => {
    const first = await run({ wait: 'false' }, { GITHUB_RUN_ID: '777002', GITHUB_RUN_ATTEMPT: '1' })
    const second = await run(
      { wait: 'false' },
      { GITHUB_RUN_ID: '777002', GITHUB_RUN_ATTEMPT: '2' }
    )
    expect(second.outputs['image-arn']).not.toBe(first.outputs['image-arn'])
    const [a, b] = emulator.calls('CreateImage').map(r => r.body.clientToken)
    expect(a).not.toBe(b)
  })

  test('an explicit client-token is sent as given, and reusing it with other inputs is explained', async () => {
    const first = await run({ wait: 'false', 'client-token': 'release-2026-11-21' })
    expect(first.exitCode).toBe(0)
    expect(emulator.calls('CreateImage')[0].body.clientToken).toBe('release-2026-11-21')
    const clash = await run({
      wait: 'false',
      'client-token': 'release-2026-11-21',
      tags: 'team: platform'
    })
    expect(clash.exitCode).toBe(1)
    const [error] = clash.annotations.filter(a => a.level === 'error')
    expect(error.message).toMatch(
      /^CreateImage failed: IdempotentParameterMismatchException: .*set a different 'client-token'/
    )
  })
})

test('a status the action does not know is logged once and waited on', async () => {
  emulator.scenario = { extraStatus: 'OPTIMIZING', phaseMs: 300 }
  // A status outside the model's enum, as a newer service may send: on purpose.
  emulator.allowModelViolations()
  const result = await run({})
  expect(result.exitCode).toBe(0)
  expect(
    result.lines.filter(l =>
      l.includes('Status OPTIMIZING is not one this action knows; still waiting')
    )
  ).toHaveLength(1)
  expect(result.outputs.status).toBe('AVAILABLE')
})

test('an image deleted from outside while waiting ends the wait as a failure', async () => {
  emulator.scenario = { stepMs: 10_000, phaseMs: 20 }
  const running = run({})
  let arn: string | undefined
  while (!arn) {
    await new Promise(r => setTimeout(r, 20))
    arn = emulator.calls('GetImage')[0]?.query.imageBuildVersionArn
  }
  emulator.setStatus(arn, 'DELETED')
  const result = await running
  expect(result.exitCode).toBe(1)
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toMatch(
    /^Image became DELETED while waiting, so it was changed outside this build\./
  )
  expect(result.outputs.status).toBe('DELETED')
})

test('service text cannot inject workflow commands into the log', async () => {
  const message =
    'bad thing\n::add-mask::AKIAEMULATOREXAMPLE\n::set-output name=status::AVAILABLE\n::error::forged'
  emulator.scenario = { fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message } }
  const result = await run({})
  expect(result.exitCode).toBe(1)
  // The only masks are the step's own, of the credentials, before anything else (issue 21 §5).
  const lines = result.stdout.split('\n')
  const commands = lines.filter(l => /^::(add-mask|set-output)/.test(l))
  expect(commands).toEqual(lines.slice(0, commands.length))
  expect(result.masks).toEqual(['AKIAEMULATOREXAMPLE', 'emulator-secret-access-key-not-real'])
  const errors = result.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0].message).toContain('bad thing ⏎ ::add-mask::AKIAEMULATOREXAMPLE ⏎ ::set-output')
  expect(result.outputs.status).toBe('FAILED')
})

test('polls only the image status while nothing streams, and lists workflows again when it moves', async () => {
  emulator.scenario = { stepMs: 80, targetMs: 400, phaseMs: 400 }
  const result = await run({
    'distribution-configuration-arn': DIST_THREE_REGIONS,
    'poll-interval': '0.3'
  })
  expect(result.exitCode).toBe(0)
  const ops = emulator.requests.map(r => r.operation)
  // Polls are runs of requests that start with GetImage.
  const polls: Array<{ at: number; ops: string[] }> = []
  ops.forEach((op, at) => {
    if (op === 'GetImage') polls.push({ at, ops: [op] })
    else polls.at(-1)?.ops.push(op)
  })
  const statusOnly = polls.filter(p => p.ops.length === 1).map(p => p.at)
  // None while workflows run and stream their steps; some before (pending) and after (distribution).
  const streaming = [
    ops.indexOf('ListWorkflowStepExecutions'),
    ops.lastIndexOf('ListWorkflowStepExecutions')
  ]
  expect(statusOnly.filter(at => at > streaming[0] && at < streaming[1])).toEqual([])
  expect(statusOnly.filter(at => at > streaming[1]).length).toBeGreaterThan(2)
  // The final poll sees AVAILABLE, a new status, and lists the workflows once more.
  expect(polls.at(-1)?.ops).toEqual(['GetImage', 'ListWorkflowExecutions'])
  // Streaming costs at most three calls a poll on average.
  expect(ops.length / polls.length).toBeLessThanOrEqual(3)
})

describe('failure diagnosis', () => {
  const component = COMPONENT_FAILURE

  test('a component failure is reported from failureContext with its step and error', async () => {
    emulator.scenario = {
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'Document failed', component }
    }
    const result = await run({})
    expect(result.exitCode).toBe(1)
    const [error] = result.annotations.filter(a => a.level === 'error')
    expect(error.message).toContain(
      `Component ${component.componentArn} failed in phase test, step RunChecks (ExecuteBash): 3 of 112 <checks> failed.`
    )
    // The summary says it once: the step, its workflow, and what the component adds.
    expect(result.summary).toContain(
      'ApplyTestComponents (TEST workflow test-image) failed: Document failed (component cis-hardening, phase test, step RunChecks: 3 of 112 &#60;checks&#62; failed).'
    )
  })

  test('without failureContext it falls back to the step messages seen while streaming', async () => {
    emulator.scenario = {
      fail: {
        workflow: 'TEST',
        step: 'ApplyTestComponents',
        message: 'Document failed',
        component,
        noFailureContext: true
      }
    }
    const result = await run({})
    const [error] = result.annotations.filter(a => a.level === 'error')
    expect(error.message).toContain(
      'Step ApplyTestComponents (ExecuteComponents) of the TEST workflow test-image failed: Document failed.'
    )
    expect(error.message).not.toContain('cis-hardening')
  })

  test('a distribution failure lists the failing region in the summary', async () => {
    emulator.scenario = {
      fail: { status: 'DISTRIBUTING', targetsDone: 2, message: 'Snapshot quota | exceeded' }
    }
    const result = await run({ 'distribution-configuration-arn': DIST_THREE_REGIONS })
    expect(result.exitCode).toBe(1)
    const [error] = result.annotations.filter(a => a.level === 'error')
    expect(error.message).toContain(
      `Distribution to us-west-2 (account ${PARTNER_ACCOUNT}) failed: Snapshot quota | exceeded.`
    )
    expect(result.summary).toContain(
      `<td>us-west-2</td><td>${PARTNER_ACCOUNT}</td><td>FAILED</td><td>-</td><td>Snapshot quota &#124; exceeded</td>`
    )
    expect(regionsOfAmis(result)).toEqual(['us-east-1', 'us-east-1', 'us-west-2'])
  })
})

function regionsOfAmis(result: RunResult): string[] {
  return (JSON.parse(result.outputs.amis) as Array<{ region: string }>).map(a => a.region)
}

test('the summary stays under the 1 MiB limit whatever the number of steps', async () => {
  // Long names make each row large, so that few steps (and pages) are enough to pass the limit.
  const steps = Array.from({ length: 3500 }, (_, i) => ({
    name: `GeneratedCheck${i}${'X'.repeat(240)}`,
    action: 'ExecuteComponents',
    skip: true
  }))
  emulator.scenario = {
    workflowSteps: { 'build-image': [...steps, { name: 'CreateOutputAMI', action: 'CreateImage' }] }
  }
  const result = await run({ 'image-tests-enabled': 'false' })
  expect(result.exitCode).toBe(0)
  expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
  expect(result.summary).toContain(
    '3501 workflow steps: too many for the job summary; the job log lists them all.'
  )
  expect(result.lines.filter(l => l.includes('↷ GeneratedCheck'))).toHaveLength(3500)
})
