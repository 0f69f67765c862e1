// The vulnerability scan of an image, as Image.scanState reports it at a moment: a pure function
// of the build's plan, like view.ts. The model: "The scan starts as PENDING and moves through
// SCANNING and COLLECTING to COMPLETED. Image Builder sets the status to ABANDONED if the image
// reaches a terminal state before the scan finding collection completes. A scan can also end as
// FAILED or TIMED_OUT." Here Inspector scans the test instance from the start of the TEST stage,
// and the CollectImageScanFindings step collects (a container's scan: the test workflow's last
// step). No such step, or a build that fails or is cancelled first: ABANDONED.
import type { Plan } from './plan.js'

export interface ScanState {
  status: string
  reason?: string
}

interface Window {
  start: number
  collecting: number
  end: number
  collected: boolean
}

/** The scan of the latest TEST execution started by `now` that has a step collecting findings. */
function scanWindow(plan: Plan, now: number): Window | undefined {
  const late = plan.input.scenario.scan?.lateMs ?? 0
  const tests = plan.executions.filter(e => e.type === 'TEST' && e.start <= now).reverse()
  for (const execution of tests) {
    const step =
      plan.input.type === 'AMI'
        ? execution.steps.find(s => s.action === 'CollectImageScanFindings' && !s.skip)
        : execution.steps.at(-1)
    if (!step) continue
    return {
      start: execution.start,
      collecting: step.start + late,
      end: step.end + late,
      collected: step.status === 'COMPLETED'
    }
  }
  return undefined
}

/** scanState `now` ms after creation; undefined when the request did not enable scanning. */
export function scanAt(plan: Plan, now: number): ScanState | undefined {
  if (!plan.input.scanning) return undefined
  const phase = [...plan.phases].reverse().find(p => p.at <= now) ?? plan.phases[0]
  const window = scanWindow(plan, now)
  const abandoned = {
    status: 'ABANDONED',
    reason: `The image reached ${phase.status} before the scan finding collection completed.`
  }
  if (!window)
    return ['AVAILABLE', 'FAILED', 'CANCELLED'].includes(phase.status)
      ? abandoned
      : { status: 'PENDING' }
  const done = window.collected && window.end <= phase.at
  if (['FAILED', 'CANCELLED'].includes(phase.status) && !done) return abandoned
  if (now < window.start) return { status: 'PENDING' }
  if (now < window.collecting) return { status: 'SCANNING' }
  if (now < window.end) return { status: 'COLLECTING' }
  const spec = plan.input.scenario.scan
  return { status: spec?.endsAs ?? 'COMPLETED', reason: spec?.reason }
}
