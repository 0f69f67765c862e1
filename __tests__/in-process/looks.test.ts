// What each look at a running build asks, as the account sees it: the followed steps alone while
// the status holds; the next workflow, which shows the next stage, as soon as the steps show the
// build's end; a new status shown at once and its listings a little later when the account is
// busy; a stage too short for any read shown from its workflow; and a gentler first look after a
// throttled start.
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import type { RecordedRequest } from '../../emulator/index.js'
import { cancelPlan } from '../../emulator/imagebuilder/timeline.js'
import { inProcessSetup } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
const throttle = t.throttle

/** The requests of one run, grouped by look: calls made at the same instant. */
async function looksOf(run: () => Promise<void>): Promise<RecordedRequest[][]> {
  const before = emulator.requests.length
  await run()
  const looks: RecordedRequest[][] = []
  for (const request of emulator.requests.slice(before)) {
    const last = looks.at(-1)
    if (last && last[0].at === request.at) last.push(request)
    else looks.push([request])
  }
  return looks
}
const operations = (look: RecordedRequest[]): string[] => look.map(r => r.operation)
const startsWith = (look: RecordedRequest[], ...ops: string[]): boolean =>
  ops.every((op, i) => look[i]?.operation === op)

afterEach(() => {
  jest.restoreAllMocks()
})

describe('looks', () => {
  test('while steps stream, most looks list the steps alone, and every step is still shown', async () => {
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    expect(result?.exitCode).toBe(0)
    const watching = looks.filter(look => !operations(look).includes('CreateImage'))
    const held = watching.map(look => !operations(look).includes('GetImage'))
    // Before, every look began with GetImage: three calls a look where two do.
    expect(held.filter(Boolean).length).toBeGreaterThan(10)
    // The steps alone, or, once they show the build workflow's end, the next stage's workflow.
    for (const [i, look] of watching.entries())
      if (held[i])
        expect([
          'ListWorkflowStepExecutions',
          'ListWorkflowStepExecutions,ListWorkflowExecutions,ListWorkflowStepExecutions'
        ]).toContain(operations(look).join(','))
    // The status is still read at least every third look.
    expect(held.join(',')).not.toContain('true,true,true')
    expect(result?.lines.filter(l => /\] ▶ /.test(l))).toHaveLength(9)
    expect(result?.lines.filter(l => /\] ✔ \S+ completed/.test(l))).toHaveLength(9)
  })

  test("the look whose steps show the build workflow's end lists the next workflow, which shows the stage without GetImage", async () => {
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    // The build workflow ends at 08:00 and TESTING starts: one look sees both. Before, it read
    // GetImage as well, a call each for a hundred builds changing stage together.
    const escalated = looks.filter(look =>
      startsWith(look, 'ListWorkflowStepExecutions', 'ListWorkflowExecutions')
    )
    expect(escalated).toHaveLength(1)
    expect(operations(escalated[0])).toEqual([
      'ListWorkflowStepExecutions',
      'ListWorkflowExecutions',
      'ListWorkflowStepExecutions'
    ])
    const [build, , test] = escalated[0].map(r => r.body.workflowExecutionId)
    expect(test).toEqual(expect.any(String))
    expect(test).not.toBe(build)
    const lines = result?.lines ?? []
    const testing = lines.findIndex(l => /\] Status TESTING/.test(l))
    expect(lines[testing]).toBe('[08:00] Status TESTING (its workflow started)')
    expect(lines[testing - 1]).toMatch(/\] Workflow completed in 6m00s/)
    expect(lines[testing + 2]).toMatch(/\] ▶ LaunchTestInstance/)
    // The status read later does not show TESTING again.
    expect(lines.filter(l => /Status TESTING/.test(l))).toHaveLength(1)
  })

  test('a workflow seen to end is shown though the listing of the next is throttled; the next stage is listed at once after', async () => {
    // Deterministic spread: the first look after 08:00 is one at the steps alone.
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    t.clock.at(8 * 60_000, () => throttle('ListWorkflowExecutions', 1))
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    expect(result?.exitCode).toBe(0)
    const cut = looks.findIndex(
      look =>
        startsWith(look, 'ListWorkflowStepExecutions', 'ListWorkflowExecutions') && look[1].fault
    )
    expect(cut).toBeGreaterThan(0)
    const build = looks[cut][0].body.workflowExecutionId
    const lines = result?.lines ?? []
    // Shown from the steps in hand, before the look that lists the workflows again.
    expect(lines.findIndex(l => /\] ✔ TerminateBuildInstance completed/.test(l))).toBeLessThan(
      lines.findIndex(l => /\] Status TESTING/.test(l))
    )
    expect(lines.filter(l => /\] Workflow completed in 6m00s/.test(l))).toHaveLength(1)
    // The next look lists the workflows again, without GetImage, and finds the build's
    // finished: its steps are known, so only the test workflow's are listed.
    expect(operations(looks[cut + 1])).toEqual([
      'ListWorkflowExecutions',
      'ListWorkflowStepExecutions'
    ])
    expect(looks[cut + 1][1].body.workflowExecutionId).not.toBe(build)
    expect(lines).toContain('[08:00] Status TESTING (its workflow started)')
    expect(
      looks
        .slice(cut + 1)
        .flat()
        .filter(r => r.body.workflowExecutionId === build)
    ).toEqual([])
  })

  test('a stage shorter than a poll, whose status no read showed, is shown from its workflow at its time', async () => {
    // Four-second steps: TESTING lasts 12 s, from 02:24, and the status read near it is throttled.
    emulator.scenario = { stepMs: 4_000, phaseMs: 60_000, targetMs: 60_000 }
    t.clock.at(144_000, () => throttle('GetImage', 1))
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    const statuses = result.lines.filter(l => /\] Status [A-Z]/.test(l))
    expect(statuses).toEqual([
      '[00:00] Status PENDING',
      expect.stringMatching(/\] Status CREATING$/),
      // Read in the look that listed its workflow: shown as read, at the time the workflow started.
      '[02:00] Status BUILDING',
      '[02:24] Status TESTING (its workflow started)',
      expect.stringMatching(/\] Status INTEGRATING$/),
      expect.stringMatching(/\] Status AVAILABLE$/)
    ])
    // Its workflow follows it, and its steps, found late, at their own times.
    const testing = result.lines.indexOf('[02:24] Status TESTING (its workflow started)')
    expect(result.lines.slice(testing + 1, testing + 3)).toEqual([
      '[02:24] Workflow started',
      '[02:24] ▶ LaunchTestInstance (LaunchInstance)'
    ])
  })

  test('a stage found over only after a later status was read is shown at its own time, and the summary keeps the order', async () => {
    // Four-second steps: TESTING lasts from 02:24 to 02:36; the workflow listings are throttled
    // from 02:20 until after GetImage has read INTEGRATING.
    emulator.scenario = { stepMs: 4_000, phaseMs: 60_000, targetMs: 60_000 }
    t.clock.at(140_000, () => throttle('ListWorkflowExecutions', 6))
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    const lines = result.lines
    const integrating = lines.findIndex(l => /\] Status INTEGRATING$/.test(l))
    const testing = lines.indexOf('[02:24] Status TESTING (its workflow started)')
    expect(integrating).toBeGreaterThan(0)
    expect(testing).toBeGreaterThan(integrating)
    expect(lines.slice(testing + 1, testing + 3)).toEqual([
      '[02:24] Workflow started',
      '[02:24] ▶ LaunchTestInstance (LaunchInstance)'
    ])
    expect(lines.filter(l => /Status TESTING/.test(l))).toHaveLength(1)
    expect(result.summary).toMatch(/BUILDING 24s · TESTING \d+s · INTEGRATING /)
  })

  test("short of calls, the look at a build workflow's end shows the next stage and leaves its steps to a later look", async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    // A throttled status read at 07:30 leaves the run short of calls when the build ends.
    t.clock.at(7.5 * 60_000, () => throttle('GetImage', 1))
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    expect(result?.exitCode).toBe(0)
    const end = looks.findIndex(look =>
      startsWith(look, 'ListWorkflowStepExecutions', 'ListWorkflowExecutions')
    )
    expect(end).toBeGreaterThan(0)
    // Two calls, not three: the test workflow is shown, its steps listed by the next look alone,
    // half an interval later (within an interval, at random: 0.5).
    expect(operations(looks[end])).toEqual(['ListWorkflowStepExecutions', 'ListWorkflowExecutions'])
    expect(operations(looks[end + 1])).toEqual(['ListWorkflowStepExecutions'])
    expect(looks[end + 1][0].at - looks[end][0].at).toBe(0.5 * 15_000)
    expect(looks[end + 1][0].body.workflowExecutionId).not.toBe(
      looks[end][0].body.workflowExecutionId
    )
    const lines = result?.lines ?? []
    const testing = lines.indexOf('[08:00] Status TESTING (its workflow started)')
    expect(lines.slice(testing + 1, testing + 3)).toEqual([
      '[08:00] Workflow started',
      '[08:00] ▶ LaunchTestInstance (LaunchInstance)'
    ])
  })

  test('a new image is shown PENDING at once, and first read an interval later, throttled start or not', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    const firstLookAfterCreate = async (): Promise<number> => {
      let lines: string[] = []
      const looks = await looksOf(async () => {
        const result = await t.main()
        expect(result.exitCode).toBe(0)
        lines = result.lines
      })
      expect(lines).toContain('[00:00] Status PENDING')
      const calls = looks.flat()
      const created = calls.find(r => r.operation === 'CreateImage' && !r.fault)
      const read = calls.find(r => r.operation === 'GetImage')
      return (read?.at ?? NaN) - (created?.at ?? NaN)
    }
    // The look that would read just PENDING is not spent: the first reads CREATING, 1.15
    // intervals (15 s) after the start. A hundred builds started together spent it in their
    // busiest seconds.
    expect(await firstLookAfterCreate()).toBe(1.15 * 15_000)
    throttle('CreateImage', 1)
    expect(await firstLookAfterCreate()).toBe(1.15 * 15_000)
  })

  test("a cancel seen in the build workflow's steps reads the status in the same look, not the next stage", async () => {
    // Cancelled from the console at 04:30, while the build workflow runs.
    t.clock.at(4.5 * 60_000, () => {
      for (const image of emulator.images.values()) cancelPlan(image.plan, emulator.elapsed(image))
    })
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    expect(result?.outputs.status).toBe('CANCELLED')
    const seen = looks.findIndex(look => look[0].at >= looks[0][0].at + 4.5 * 60_000)
    expect(operations(looks[seen]).slice(0, 2)).toEqual(['ListWorkflowStepExecutions', 'GetImage'])
  })

  test('at a long interval the first look at a new image comes within a minute, and the timeout holds', async () => {
    const looks = await looksOf(async () => {
      const result = await t.main({ inputs: { 'poll-interval': '600', 'timeout-minutes': '5' } })
      // The timeout cancels the build this step started.
      expect(result.outputs.status).toBe('CANCELLED')
      expect(result.lines).toContain('[00:00] Status PENDING')
    })
    const calls = looks.flat()
    const created = calls.find(r => r.operation === 'CreateImage')?.at ?? NaN
    expect((calls.find(r => r.operation === 'GetImage')?.at ?? NaN) - created).toBeLessThanOrEqual(
      60_000
    )
  })

  /** The CreateImage calls of a run whose first two are throttled, as offsets from the first. */
  async function throttledStart(random: number) {
    throttle('CreateImage', 2)
    jest.spyOn(Math, 'random').mockReturnValue(random)
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const creates = (
      await looksOf(async () => {
        result = await t.main()
      })
    )
      .flat()
      .filter(r => r.operation === 'CreateImage')
    expect(result?.exitCode).toBe(0)
    return { lines: result?.lines ?? [], offsets: creates.map(r => r.at - creates[0].at) }
  }

  test('throttled start calls come back at random within 32 s, then a minute, not all within 1 to 2 s', async () => {
    const { lines, offsets } = await throttledStart(0.99)
    expect(offsets).toEqual([0, 31_690, 31_690 + 59_410])
    expect(
      lines.filter(l => /^CreateImage failed: .* Retrying in (32|59) s\.$/.test(l))
    ).toHaveLength(2)
  })

  test('a throttled start call is never sent again within a second', async () => {
    expect((await throttledStart(0)).offsets).toEqual([0, 1000, 2000])
  })
})
