// What the wait's pacing shows a user: steps found late keep their own times, a finished build's
// last steps are listed even when the account throttles the listing, and a throttled listing is
// tried again within its look.
import { describe, expect, test } from '@jest/globals'
import { REALISTIC, inProcessSetup } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
const throttle = t.throttle

describe('pacing', () => {
  test('steps that start and end between two looks are shown, at their own times', async () => {
    // Two-second steps under a minute's poll: most run their whole course between two looks.
    emulator.scenario = { stepMs: 2000, phaseMs: 60_000, targetMs: 60_000 }
    const result = await t.main({ inputs: { 'poll-interval': '60' } })
    expect(result.exitCode).toBe(0)
    // BUILDING at 02:00; LaunchBuildInstance then ApplyBuildComponents, two seconds each.
    expect(result.lines).toContain('[02:02] ▶ ApplyBuildComponents (ExecuteComponents)')
    expect(result.lines).toContain('[02:04] ✔ ApplyBuildComponents completed in 2s')
  })

  test('the last steps of a finished build are listed, even throttled', async () => {
    // The test workflow's last step ends at 09:02 and the build two seconds later; from a
    // little before, the account throttles every step listing for a while.
    emulator.scenario = { ...REALISTIC, phaseMs: 1000, targetMs: 1000 }
    t.clock.at(8 * 60_000 + 55_000, () => throttle('ListWorkflowStepExecutions', 12))
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.lines.filter(l => /\] ✔ TerminateTestInstance completed/.test(l))).toHaveLength(1)
    expect(result.lines.filter(l => /\] Workflow completed/.test(l))).toHaveLength(2)
  })

  test('a step listing the account throttles is tried again in the same look, not a poll later', async () => {
    // BUILDING streams its steps from 02:00; at 02:30 one step listing is throttled.
    t.clock.at(2 * 60_000 + 30_000, () => throttle('ListWorkflowStepExecutions', 1))
    const before = emulator.requests.length
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    const requests = emulator.requests.slice(before)
    const throttled = requests.findIndex(
      r => r.operation === 'ListWorkflowStepExecutions' && r.fault !== undefined
    )
    expect(throttled).toBeGreaterThan(0)
    // Before, the look was cut short and the next one (a GetImage) came an interval later.
    expect(requests[throttled + 1].operation).toBe('ListWorkflowStepExecutions')
    expect(requests[throttled + 1].fault).toBeUndefined()
  })
})
