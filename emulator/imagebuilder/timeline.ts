// Build timelines for the emulator. A plan is compiled once when an image is created; what
// GetImage and the workflow listings report at any moment is a pure function of the plan and the
// time elapsed (view.ts), so a test can script a build precisely and the watcher sees a consistent
// world. Here: compiling a plan, and what later calls do to it (retry, cancel, a step's answer).
import { pendingPlan, timings, type Plan, type PlanInput } from './plan.js'
import type { Scenario } from './scenario.js'
import { runStages } from './stages.js'

export type { FailureSpec, Scenario, StepSpec, WorkflowType } from './scenario.js'
export {
  workflowBuildVersionArn,
  workflowParts,
  type Plan,
  type PlanInput,
  type Target
} from './plan.js'
export { viewAt } from './view.js'

/** A build from the start: PENDING, CREATING, then every stage. */
export function compilePlan(input: PlanInput): Plan {
  const { phaseMs } = timings(input.scenario)
  const plan = pendingPlan(input)
  let t = phaseMs
  plan.phases.push({ status: 'CREATING', at: t })
  t += phaseMs
  if (input.scenario.extraStatus) {
    plan.phases.push({ status: input.scenario.extraStatus, at: t })
    t += phaseMs
  }
  return runStages(plan, 'BUILDING', t, { scenario: input.scenario, retried: false })
}

/** DistributeImage: only the distribution phase runs. */
export function compileDistribution(input: PlanInput): Plan {
  const { phaseMs } = timings(input.scenario)
  const plan = pendingPlan(input)
  return runStages(plan, 'DISTRIBUTING', phaseMs, { scenario: input.scenario, retried: false })
}

/** The stage an ended plan stopped in: where a retry resumes. */
export function stoppedStage(plan: Plan): string {
  return (
    [...plan.phases].reverse().find(p => !['FAILED', 'CANCELLED'].includes(p.status))?.status ??
    'PENDING'
  )
}

/**
 * RetryImage: the same image resumes at `at` in the stage where it stopped; done work stays. The
 * original executions of the workflows it runs again are flagged `retried` (the model: "sets this
 * flag to true on the original workflow executions that the retry re-ran"), the new ones not.
 */
export function continuePlan(plan: Plan, at: number, scenario: Scenario): void {
  const originals = [...plan.executions]
  runStages(plan, stoppedStage(plan), at, { scenario, retried: true })
  const rerun = new Set(plan.executions.slice(originals.length).map(e => e.workflowBuildVersionArn))
  for (const e of originals) if (rerun.has(e.workflowBuildVersionArn)) e.retried = true
}

/** The steps waiting for an action at `now`. */
export function waitingSteps(plan: Plan, now: number) {
  return plan.executions.flatMap(e =>
    e.steps
      .filter(s => s.waiting && s.start <= now && now < s.end)
      .map(step => ({ execution: e, step }))
  )
}

/**
 * SendWorkflowStepAction at `at`. RESUME completes the step and brings everything after it
 * forward to now; STOP fails the step, its workflow and the image.
 */
export function answerStep(
  plan: Plan,
  stepId: string,
  at: number,
  action: 'RESUME' | 'STOP'
): void {
  const execution = plan.executions.find(e => e.steps.some(s => s.id === stepId))
  const step = execution?.steps.find(s => s.id === stepId)
  if (!execution || !step) return
  step.waiting = false
  if (action === 'STOP') {
    step.end = at
    step.status = 'FAILED'
    step.message = 'The step was stopped by SendWorkflowStepAction.'
    execution.steps = execution.steps.filter(s => s.start <= at)
    execution.status = 'FAILED'
    execution.message = `Step ${step.name} failed: ${step.message}`
    execution.end = at
    plan.executions = plan.executions.filter(e => e.start <= at)
    plan.phases = plan.phases.filter(p => p.at <= at)
    plan.outputs = plan.outputs.filter(o => o.at <= at)
    const reason = `Workflow Execution ID: '${execution.id}' failed with reason: ${execution.message}`
    const failureContext = {
      imageStatus: plan.phases.at(-1)?.status,
      workflowExecutionId: execution.id,
      workflowArn: execution.workflowBuildVersionArn,
      stepExecutionId: step.id,
      failedStep: step.name
    }
    plan.phases.push({ status: 'FAILED', at, reason, failureContext })
    plan.endsAt = at
    return
  }
  const shift = at - step.end
  const later = (t: number): number => (t >= step.end ? t + shift : t)
  for (const e of plan.executions) {
    for (const s of e.steps)
      if (s !== step) Object.assign(s, { start: later(s.start), end: later(s.end) })
    Object.assign(e, { start: later(e.start), end: later(e.end) })
  }
  step.end = at
  plan.phases.forEach(p => (p.at = later(p.at)))
  plan.outputs.forEach(o => (o.at = later(o.at)))
  plan.endsAt = later(plan.endsAt)
}

/** CancelImageCreation at `at`: what ran until then stays, the rest never happens. */
export function cancelPlan(plan: Plan, at: number): void {
  plan.phases = plan.phases.filter(p => p.at <= at)
  plan.phases.push({ status: 'CANCELLED', at, reason: 'Image creation was cancelled.' })
  plan.executions = plan.executions
    .filter(e => e.start <= at)
    .map(e => {
      if (e.end <= at) return e
      const steps = e.steps
        .filter(s => s.start <= at)
        .map(s => (s.end > at ? { ...s, status: 'CANCELLED', end: at } : s))
      return { ...e, status: 'CANCELLED', end: at, steps }
    })
  plan.outputs = plan.outputs.filter(o => o.at <= at)
  plan.endsAt = at
}
