// What each look at a running build asks, as the account sees it: the followed steps alone while
// the status holds, the status and the next workflow as soon as the steps show an end, a new
// status shown at once and its listings a little later when the account is busy, and a gentler
// first look after a throttled start.
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import type { RecordedRequest } from '../../emulator/index.js'
import { inProcessSetup } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
const throttle = (operation: string, times: number): void =>
  emulator.inject({ operation, errorType: 'ThrottlingException', status: 400, times })

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
    const held = looks.map(look => !operations(look).includes('GetImage'))
    // Before, every look began with GetImage: three calls a look where two do.
    expect(held.filter(Boolean).length).toBeGreaterThan(10)
    for (const [i, look] of looks.entries())
      if (held[i]) expect(operations(look)).toEqual(['ListWorkflowStepExecutions'])
    // The status is still read at least every third look.
    expect(held.join(',')).not.toContain('true,true,true')
    expect(result?.lines.filter(l => /\] ▶ /.test(l))).toHaveLength(9)
    expect(result?.lines.filter(l => /\] ✔ \S+ completed/.test(l))).toHaveLength(9)
  })

  test("the look whose steps show the workflow's end reads the status and the next workflow", async () => {
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    // The build workflow ends at 08:00 and TESTING starts: one look sees both.
    const escalated = looks.find(look =>
      startsWith(
        look,
        'ListWorkflowStepExecutions',
        'GetImage',
        'ListWorkflowExecutions',
        'ListWorkflowStepExecutions'
      )
    )
    expect(escalated?.map(r => r.body.workflowExecutionId)).toEqual([
      expect.any(String),
      undefined,
      undefined,
      expect.not.stringMatching(String(escalated?.[0].body.workflowExecutionId))
    ])
    const lines = result?.lines ?? []
    const testing = lines.findIndex(l => /\] Status TESTING/.test(l))
    expect(lines[testing - 1]).toMatch(/\] Workflow completed in 6m00s/)
    expect(lines[testing + 2]).toMatch(/\] ▶ LaunchTestInstance/)
  })

  test('a workflow seen to end is shown though the status read with it is throttled; the next stage is shown, then listed', async () => {
    // Deterministic spread: the first look after 08:00 is one at the steps alone.
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    t.clock.at(8 * 60_000, () => throttle('GetImage', 1))
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const looks = await looksOf(async () => {
      result = await t.main()
    })
    expect(result?.exitCode).toBe(0)
    const cut = looks.findIndex(
      look => startsWith(look, 'ListWorkflowStepExecutions', 'GetImage') && look[1].fault
    )
    expect(cut).toBeGreaterThan(0)
    const build = looks[cut][0].body.workflowExecutionId
    const lines = result?.lines ?? []
    // Shown from the steps in hand, before the look that reads the status again.
    expect(lines.findIndex(l => /\] ✔ TerminateBuildInstance completed/.test(l))).toBeLessThan(
      lines.findIndex(l => /\] Status TESTING/.test(l))
    )
    expect(lines.filter(l => /\] Workflow completed in 6m00s/.test(l))).toHaveLength(1)
    // Short of calls now: the next look reads the status and shows it; the one after lists the
    // workflows without reading it again, and finds the build's finished: its steps are known.
    expect(operations(looks[cut + 1])).toEqual(['GetImage'])
    expect(operations(looks[cut + 2])).toEqual([
      'ListWorkflowExecutions',
      'ListWorkflowStepExecutions'
    ])
    expect(looks[cut + 2][1].body.workflowExecutionId).not.toBe(build)
    expect(
      looks
        .slice(cut + 1)
        .flat()
        .filter(r => r.body.workflowExecutionId === build)
    ).toEqual([])
  })

  test('after a throttled start the first look comes a little later; otherwise at once', async () => {
    const firstLookAfterCreate = async (): Promise<number> => {
      const looks = await looksOf(async () => {
        expect((await t.main()).exitCode).toBe(0)
      })
      const calls = looks.flat()
      const created = calls.find(r => r.operation === 'CreateImage' && !r.fault)
      const read = calls.find(r => r.operation === 'GetImage')
      return (read?.at ?? NaN) - (created?.at ?? NaN)
    }
    expect(await firstLookAfterCreate()).toBe(0)
    throttle('CreateImage', 1)
    // Builds started together mostly look together: the one the account turned away waits
    // between a quarter of an interval and most of one (15 s).
    const delay = await firstLookAfterCreate()
    expect(delay).toBeGreaterThanOrEqual(0.24 * 15_000)
    expect(delay).toBeLessThanOrEqual(0.8 * 15_000)
  })

  test('throttled start calls come back at random within 8 s, then 16 s, not all within 1 to 2 s', async () => {
    throttle('CreateImage', 2)
    jest.spyOn(Math, 'random').mockReturnValue(0.99)
    let result: Awaited<ReturnType<typeof t.main>> | undefined
    const creates = (
      await looksOf(async () => {
        result = await t.main()
      })
    )
      .flat()
      .filter(r => r.operation === 'CreateImage')
    expect(result?.exitCode).toBe(0)
    expect(creates.map(r => r.at - creates[0].at)).toEqual([0, 7920, 7920 + 15_840])
    expect(
      result?.lines.filter(l => /^CreateImage failed: .* Retrying in (8|16) s\.$/.test(l))
    ).toHaveLength(2)
  })
})
