// A look the account cuts short keeps what it read: the workflows listed before a step listing was
// throttled show the stage and the next workflow, and a workflow that ended is listed with the
// steps a later look follows, not left to the next full listing; after steps that show a stage's
// end, the status is tried again within the look, as a listing is. A status read new after such a
// look lists the workflows it owes at once, and a throttled status read comes back within a
// sixth of an interval, not paid for as an answer, so a status that lasts one is still shown.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { DIST_THREE_REGIONS } from '../../emulator/fixtures.js'
import type { RecordedRequest } from '../../emulator/index.js'
import { inProcessSetup } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
/** From `ms` into the run, the account throttles `times` calls of `operation`, after `after`. */
const throttleAt = (ms: number, operation: string, times: number, after = 0): void =>
  t.clock.at(ms, () => t.throttle(operation, times, { after }))

/** The requests of one run, grouped by look: calls made at the same instant. */
async function looksOf(inputs: Record<string, string> = {}) {
  const before = emulator.requests.length
  const result = await t.main({ inputs })
  expect(result.exitCode).toBe(0)
  const looks: RecordedRequest[][] = []
  const same = (a: RecordedRequest, b: RecordedRequest): boolean =>
    a.operation === b.operation && a.body.workflowExecutionId === b.body.workflowExecutionId
  for (const request of emulator.requests.slice(before)) {
    const last = looks.at(-1)
    const previous = last?.at(-1)
    // A call throttled is tried again once within its look, a little later.
    const retry =
      previous?.fault !== undefined &&
      same(previous, request) &&
      last?.filter(r => r.fault).length === 1
    if (last && (previous?.at === request.at || retry)) last.push(request)
    else looks.push([request])
  }
  const image = emulator.images.get(result.outputs['image-arn'] ?? '')
  return { looks, lines: result.lines, executions: image?.plan.executions ?? [] }
}
const operations = (look: RecordedRequest[]): string[] =>
  look.map(r => `${r.operation}${r.fault ? '!' : ''}`)
/** The first look with a throttled call, which asked `expected` (! for throttled). */
function cutLook(looks: RecordedRequest[][], expected: string[]): number {
  const cut = looks.findIndex(look => look.some(r => r.fault))
  expect(operations(looks[cut])).toEqual(expected)
  return cut
}

// Every spread at its middle: the looks come at known times.
beforeEach(() => {
  jest.spyOn(Math, 'random').mockReturnValue(0.5)
})

afterEach(() => {
  jest.restoreAllMocks()
})

describe('a look cut short', () => {
  test("keeps the workflows it listed: the next look lists the new workflow's steps, not the workflows again", async () => {
    // The look that sees the build's steps end at 08:00 lists them, then the workflows, and the
    // test workflow's steps are throttled twice.
    throttleAt(479_000, 'ListWorkflowStepExecutions', 2, 1)
    const { looks, lines } = await looksOf()
    const cut = cutLook(looks, [
      'ListWorkflowStepExecutions',
      'ListWorkflowExecutions',
      'ListWorkflowStepExecutions!',
      'ListWorkflowStepExecutions!'
    ])
    // Before, the next look read GetImage alone, and the one after listed the workflows again.
    expect(operations(looks[cut + 1])).toEqual(['GetImage', 'ListWorkflowStepExecutions'])
    // The call that cut the look short is not paid for (the share is cut for it): the next look
    // came 31.6 s after, and now 24.75 s.
    expect(looks[cut + 1][0].at - looks[cut][0].at).toBe(24_750)
    expect(looks[cut + 1][1].body.workflowExecutionId).toBe(looks[cut][2].body.workflowExecutionId)
    const testing = lines.indexOf('[08:00] Status TESTING (its workflow started)')
    expect(lines.slice(testing - 2, testing + 3)).toEqual([
      '[08:00] ✔ TerminateBuildInstance completed in 1m00s',
      '[08:00] Workflow completed in 6m00s (6 succeeded, 1 skipped, 0 failed)',
      '[08:00] Status TESTING (its workflow started)',
      '[08:00] Workflow started',
      '[08:00] ▶ LaunchTestInstance (LaunchInstance)'
    ])
  })

  test('lists a workflow that ended, whose steps it could not list, with the steps the next look follows', async () => {
    // The look after the build ends reads TESTING; the workflows it lists show the build's
    // workflow ended and the test's running, and both step listings are throttled.
    throttleAt(470_000, 'ListWorkflowStepExecutions', 2)
    throttleAt(500_000, 'ListWorkflowStepExecutions', 2)
    const { looks, lines, executions } = await looksOf()
    const listed = looks.findIndex(
      look => operations(look).includes('ListWorkflowExecutions') && look.some(r => r.fault)
    )
    expect(listed).toBeGreaterThan(0)
    const [build, test] = ['BUILD', 'TEST'].map(type => executions.find(e => e.type === type)?.id)
    // The next look lists both workflows' steps: the build's last step ended, shown at its time.
    const next = looks[listed + 1].filter(r => r.operation === 'ListWorkflowStepExecutions')
    expect(next.map(r => r.body.workflowExecutionId)).toEqual(expect.arrayContaining([build, test]))
    expect(lines).toContain('[08:00] ✔ TerminateBuildInstance completed in 1m00s')
    expect(lines.filter(l => /✔ TerminateBuildInstance/.test(l))).toHaveLength(1)
  })

  test("after steps that show the stage's end, a throttled status read is tried again within the look", async () => {
    // The test workflow ends at 11:00; the look that sees it reads the status, once throttled.
    throttleAt(655_000, 'GetImage', 1)
    const { looks, lines } = await looksOf()
    const cut = cutLook(looks, [
      'ListWorkflowStepExecutions',
      'GetImage!',
      'GetImage',
      'ListWorkflowExecutions'
    ])
    // 0.3 to 1 interval later, at random (0.5): 9.75 s. Before, the look ended there, and the
    // next came a whole pause later.
    expect(looks[cut][2].at - looks[cut][1].at).toBe(9_750)
    expect(lines.filter(l => /\] Status INTEGRATING$/.test(l))).toEqual([
      expect.stringMatching(/^\[11:1[0-5]\]/)
    ])
  })

  test('at the end, near the deadline: a timeout never names a finished status as still building', async () => {
    // AVAILABLE comes at 12:00, and every workflow listing from 11:40 is throttled until the
    // deadline at 13:00: the end is never read whole.
    throttleAt(700_000, 'ListWorkflowExecutions', 100)
    const result = await t.main({ inputs: { 'timeout-minutes': '13' } })
    expect(result.exitCode).toBe(1)
    const timedOut = result.annotations.find(a => /^Timed out after 13m00s/.test(a.message))
    expect(timedOut?.message).toMatch(/The build continues in AWS/)
    // Before, the status read with its listings cut short was taken for the image as reported.
    expect(timedOut?.message).not.toMatch(/status AVAILABLE/)
    expect(result.outputs.status).not.toBe('AVAILABLE')
  })
})

describe('a status read new, short of calls', () => {
  test('after the steps showed the stage end and the workflows were throttled, lists them in the same look', async () => {
    // The look that sees the build's steps end at 08:00 lists the workflows, throttled twice.
    throttleAt(479_000, 'ListWorkflowExecutions', 2)
    const { looks, lines } = await looksOf()
    const cut = cutLook(looks, [
      'ListWorkflowStepExecutions',
      'ListWorkflowExecutions!',
      'ListWorkflowExecutions!'
    ])
    // The next look reads TESTING and lists the workflows with it. Before, it read the status
    // alone and left the listing, late already, to a look up to an interval and a half later.
    expect(operations(looks[cut + 1])).toEqual([
      'GetImage',
      'ListWorkflowExecutions',
      'ListWorkflowStepExecutions'
    ])
    const testing = lines.indexOf('[08:00] Status TESTING')
    expect(lines.slice(testing - 1, testing + 3)).toEqual([
      expect.stringMatching(/\] Workflow completed in 6m00s/),
      '[08:00] Status TESTING',
      '[08:00] Workflow started',
      '[08:00] ▶ LaunchTestInstance (LaunchInstance)'
    ])
  })
})

describe('a status read the account throttles', () => {
  test('is tried again a sixth of an interval later, not half: a status that lasts one interval is still shown', async () => {
    // Distribution ends at 10:43, and INTEGRATING lasts an interval. A throttled status read at
    // 10:08 leaves the run short of calls: from then on it reads the status every interval or
    // so, and the one read that falls in INTEGRATING, at 10:53, is throttled too.
    emulator.scenario = { stepMs: 60_000, phaseMs: 15_000, targetMs: 14_600 }
    throttleAt(608_000, 'GetImage', 1)
    throttleAt(650_000, 'GetImage', 1)
    const { lines } = await looksOf({ 'distribution-configuration-arn': DIST_THREE_REGIONS })
    // Tried again 2 s later (a sixth of an interval, jittered: 0.5). Before, 6 s later,
    // it read AVAILABLE, and INTEGRATING went unshown.
    expect(lines.filter(l => /Status check failed: ThrottlingException/.test(l))).toEqual([
      expect.stringMatching(/^\[10:08\] .* Retrying in 2s\.$/),
      expect.stringMatching(/^\[10:53\] .* Retrying in 2s\.$/)
    ])
    expect(lines.filter(l => /\] Status (INTEGRATING|AVAILABLE)$/.test(l))).toEqual([
      '[10:55] Status INTEGRATING',
      '[11:09] Status AVAILABLE'
    ])
  })

  test('again and again at the start, still shows CREATING: a refused call is not paid for as one answered', async () => {
    // The start call is throttled, so the wait starts at part of its rate; its first three status
    // reads are throttled too, and CREATING lasts an interval.
    emulator.scenario = { stepMs: 60_000, phaseMs: 15_000, targetMs: 15_000 }
    t.throttle('CreateImage', 1)
    t.throttle('GetImage', 3)
    const { lines } = await looksOf()
    // Before, each refused read was paid for from a budget already cut: tried again 3, 9 and
    // 12 s later, it read BUILDING.
    expect(lines.filter(l => /Status check failed: ThrottlingException/.test(l))).toEqual([
      expect.stringMatching(/^\[00:17\] .* Retrying in 2s\.$/),
      expect.stringMatching(/^\[00:19\] .* Retrying in 2s\.$/),
      expect.stringMatching(/^\[00:21\] .* Retrying in 2s\.$/)
    ])
    expect(lines.filter(l => /\] Status [A-Z]+$/.test(l)).slice(0, 3)).toEqual([
      '[00:00] Status PENDING',
      '[00:22] Status CREATING',
      '[00:37] Status BUILDING'
    ])
  })

  test('on and on, is paid for after the third refusal, and the run waits as its share says', async () => {
    emulator.scenario = { stepMs: 60_000, phaseMs: 60_000, targetMs: 60_000 }
    throttleAt(120_000, 'GetImage', 8)
    const { lines } = await looksOf()
    const pauses = lines
      .filter(l => /Status check failed: ThrottlingException/.test(l))
      .map(l => Number(/Retrying in (\d+)s\.$/.exec(l)?.[1]))
    // Quick tries while the calls in hand last, then the budget's pace (7, 12, 13 s). Before, a
    // saturated account was asked again every 2 s for as long as it refused.
    expect(pauses).toHaveLength(8)
    expect(pauses.slice(0, 3)).toEqual([2, 2, 2])
    for (const pause of pauses.slice(5)) expect(pause).toBeGreaterThanOrEqual(7)
  })
})
