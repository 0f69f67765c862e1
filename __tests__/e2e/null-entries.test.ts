// Issue 21, point 8: a null where a list element belongs, in any answer the action reads, is
// skipped. The wait goes on, the outputs hold what the real entries say, and no TypeError reaches
// a message. Every answer of the operation carries the null, not one: a hiccup is a different test.
import { describe, expect, test } from '@jest/globals'
import { CONTAINER_RECIPE, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import type { FaultSpec } from '../../emulator/index.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string> = {}): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, inputs: { ...CREATE_IMAGE_INPUTS, ...inputs } })

type Body = Record<string, unknown>
const withNull = (list: unknown): unknown[] => [null, ...((list as unknown[] | undefined) ?? [])]
/** GetImage with a null added to one list of the image's output resources. */
const outputsWithNull =
  (key: 'amis' | 'containers'): FaultSpec['transform'] =>
  body => {
    const image = body.image as Body
    const outputs = (image.outputResources as Body | undefined) ?? {}
    return {
      ...body,
      image: { ...image, outputResources: { ...outputs, [key]: withNull(outputs[key]) } }
    }
  }

describe('a null where a list element belongs is skipped', () => {
  test.each<[string, FaultSpec, Record<string, string>]>([
    ['outputResources.amis', { operation: 'GetImage', transform: outputsWithNull('amis') }, {}],
    [
      'outputResources.containers',
      { operation: 'GetImage', transform: outputsWithNull('containers') },
      { 'image-recipe-arn': '', 'container-recipe-arn': CONTAINER_RECIPE }
    ],
    [
      'workflowExecutions',
      {
        operation: 'ListWorkflowExecutions',
        transform: (body: Body) => ({
          ...body,
          workflowExecutions: withNull(body.workflowExecutions)
        })
      },
      {}
    ],
    [
      'steps',
      {
        operation: 'ListWorkflowStepExecutions',
        transform: (body: Body) => ({ ...body, steps: withNull(body.steps) })
      },
      {}
    ]
  ])('in %s, in every answer', async (_name, fault, inputs) => {
    emulator.scenario = { stepMs: 100 }
    emulator.inject(fault)
    const result = await run(inputs)
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.stdout).not.toMatch(/TypeError|Cannot read properties/)
    if (inputs['container-recipe-arn'])
      expect(JSON.parse(result.outputs['image-uris'])).not.toEqual([])
    else expect(Object.keys(JSON.parse(result.outputs['ami-ids']) as object)).toEqual(['us-east-1'])
    expect(result.summary).not.toMatch(/TypeError|null/)
  })

  test("in a failed distribution's regionFailures: the reason still names the region that failed", async () => {
    emulator.scenario = {
      stepMs: 100,
      fail: { status: 'DISTRIBUTING', targetsDone: 0, message: 'Copy to us-west-2 failed' }
    }
    emulator.inject({
      operation: 'GetImage',
      transform: (body: Body) => {
        const image = body.image as Body
        const context = (image.state as Body | undefined)?.failureContext as Body | undefined
        const failure = context?.distributionFailure as Body | undefined
        if (!failure) return body
        const regionFailures = withNull(failure.regionFailures)
        const state = {
          ...(image.state as Body),
          failureContext: { ...context, distributionFailure: { ...failure, regionFailures } }
        }
        return { ...body, image: { ...image, state } }
      }
    })
    const result = await run()
    expect(result.outputs.status).toBe('FAILED')
    expect(result.stdout).not.toMatch(/TypeError|Cannot read properties/)
    expect(
      result.annotations
        .filter(a => a.level === 'error')
        .map(a => a.message)
        .join('\n')
    ).toMatch(/Copy to us-west-2 failed/)
  })
})
