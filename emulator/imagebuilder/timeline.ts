// Build timelines for the emulator. A plan is compiled once when an image is created; what
// GetImage and the workflow listings report at any moment is a pure function of the plan and the
// time elapsed, so a test can script a build precisely and the watcher sees a consistent world.
import { randomUUID } from 'node:crypto'
import { CATALOGUE } from './catalogue.js'
import type { Scenario, StepSpec, WorkflowType } from './scenario.js'

export type { FailureSpec, Scenario, StepSpec, WorkflowType } from './scenario.js'

export interface Target {
  region: string
  accountId: string
}

export interface PlanInput {
  arn: string
  type: 'AMI' | 'DOCKER'
  buildRegion: string
  buildAccount: string
  imageName: string
  version: string
  build: number
  workflows: Array<{ workflowArn: string; parallelGroup?: string }>
  targets: Target[]
  scanning: boolean
  metadata: boolean
  scenario: Scenario
}

interface StepPlan extends StepSpec {
  id: string
  start: number
  end: number
  status: string
  message?: string
  /** A WaitForAction step not answered yet: WAITING from its start until an answer comes. */
  waiting?: boolean
}

/** Long enough to stand for "until answered". */
const UNANSWERED_MS = 1e9

interface ExecutionPlan {
  id: string
  type: WorkflowType
  workflowBuildVersionArn: string
  parallelGroup?: string
  retried: boolean
  start: number
  end: number
  status: string
  message?: string
  steps: StepPlan[]
}

interface OutputPlan {
  at: number
  target: Target
}

export interface Plan {
  input: PlanInput
  /** Status changes; a FAILED or CANCELLED phase carries its reason. */
  phases: Array<{
    status: string
    at: number
    reason?: string
    failureContext?: Record<string, unknown>
  }>
  executions: ExecutionPlan[]
  outputs: OutputPlan[]
  endsAt: number
}

export function workflowParts(arn: string): { type: WorkflowType; name: string } {
  const match = /:workflow\/(build|test|distribution)\/([^/]+)\//.exec(arn)
  return {
    type: (match?.[1] ?? 'build').toUpperCase() as WorkflowType,
    name: match?.[2] ?? 'workflow'
  }
}

/** `…/x.x.x` or `…/1.0.0` becomes a build version ARN `…/1.0.0/1`, as the service resolves it. */
export function workflowBuildVersionArn(arn: string): string {
  const match = /^(.*:workflow\/[^/]+\/[^/]+)\/([^/]+)(?:\/(\d+))?$/.exec(arn)
  if (!match) return arn
  const version = match[2].replace(/x/g, '0').replace(/^0\.0\.0$/, '1.0.0')
  return `${match[1]}/${version}/${match[3] ?? '1'}`
}

function stepsFor(input: PlanInput, workflowArn: string): StepSpec[] {
  const { type, name } = workflowParts(workflowArn)
  const known =
    input.scenario.workflowSteps?.[name] ??
    CATALOGUE[name] ??
    CATALOGUE[type === 'BUILD' ? 'build-image' : type === 'TEST' ? 'test-image' : 'distribution']
  return known.map(step => ({
    ...step,
    skip:
      step.skip ||
      (step.action === 'CollectImageScanFindings' && !input.scanning) ||
      (step.action === 'CollectImageMetadata' && !input.metadata)
  }))
}

const STAGES = [
  ['BUILDING', 'BUILD'],
  ['TESTING', 'TEST'],
  ['DISTRIBUTING', 'DISTRIBUTION']
] as const

const timings = (scenario: Scenario) => {
  const stepMs = scenario.stepMs ?? 60
  return { stepMs, phaseMs: scenario.phaseMs ?? stepMs, targetMs: scenario.targetMs ?? stepMs }
}

function pendingPlan(input: PlanInput): Plan {
  return { input, phases: [{ status: 'PENDING', at: 0 }], executions: [], outputs: [], endsAt: 0 }
}

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

function runStages(
  plan: Plan,
  from: string,
  start: number,
  run: { scenario: Scenario; retried: boolean }
): Plan {
  const { input } = plan
  const { scenario } = run
  const { stepMs, phaseMs, targetMs } = timings(scenario)
  let t = start
  const fail = (at: number, reason: string, failureContext: Record<string, unknown>): Plan => {
    plan.phases.push({
      status: 'FAILED',
      at,
      reason,
      failureContext: scenario.fail?.noFailureContext ? undefined : failureContext
    })
    plan.endsAt = at
    return plan
  }
  const same = (a: Target, b: Target): boolean =>
    a.region === b.region && a.accountId === b.accountId
  const pending = (): Target[] =>
    input.targets.filter(x => !plan.outputs.some(o => same(o.target, x)))
  const byType = (type: WorkflowType): string[] =>
    input.workflows.map(w => w.workflowArn).filter(arn => workflowParts(arn).type === type)
  const buildTarget: Target = { region: input.buildRegion, accountId: input.buildAccount }
  const first = STAGES.findIndex(([status]) => status === from)

  for (const [status, type] of first < 0 ? [] : STAGES.slice(first)) {
    const arns = byType(type)
    if (arns.length === 0 && status !== 'DISTRIBUTING') continue
    plan.phases.push({ status, at: t })
    for (const arn of arns) {
      const execution = runWorkflow(input, arn, t, { stepMs, scenario, retried: run.retried })
      plan.executions.push(execution)
      const created = execution.steps.find(
        s => s.action === 'CreateImage' && s.status === 'COMPLETED'
      )
      if (created && input.type === 'AMI')
        plan.outputs.push({ at: created.end, target: buildTarget })
      const distributed = execution.steps.find(
        s => s.action === 'DistributeImage' && s.status === 'COMPLETED'
      )
      if (distributed)
        for (const target of pending()) plan.outputs.push({ at: distributed.end, target })
      t = execution.end
      if (execution.status === 'FAILED') {
        const step = execution.steps.find(x => x.status === 'FAILED')
        return fail(
          t,
          `Workflow Execution ID: '${execution.id}' failed with reason: ${execution.message}`,
          {
            imageStatus: status,
            workflowExecutionId: execution.id,
            workflowArn: execution.workflowBuildVersionArn,
            stepExecutionId: step?.id,
            failedStep: step?.name,
            componentFailure: scenario.fail?.component
          }
        )
      }
    }
    if (type === 'BUILD' && input.type === 'DOCKER')
      plan.outputs.push({ at: t, target: buildTarget })
    if (type === 'DISTRIBUTION' && arns.length === 0) {
      const failing = scenario.fail?.status === 'DISTRIBUTING' ? scenario.fail : undefined
      const remaining = pending()
      for (const target of remaining.slice(
        0,
        failing ? (failing.targetsDone ?? 0) : remaining.length
      )) {
        t += targetMs
        plan.outputs.push({ at: t, target })
      }
      if (failing) {
        const failed = remaining[failing.targetsDone ?? 0] ?? buildTarget
        return fail(t + targetMs, failing.message, {
          imageStatus: 'DISTRIBUTING',
          distributionFailure: {
            errorMessage: failing.message,
            regionFailures: [
              {
                region: failed.region,
                targetAccountId: failed.accountId,
                status: 'FAILED',
                // The model: "doesn't appear for failures that occurred while Image Builder
                // copied the image to the Region."
                errorMessage: failing.message
              }
            ]
          }
        })
      }
    }
  }
  plan.phases.push({ status: 'INTEGRATING', at: t })
  t += phaseMs
  if (scenario.fail?.status === 'INTEGRATING') {
    const regionFailures = [
      {
        region: input.buildRegion,
        status: 'FAILED',
        imageConfigurationStep: 'UPDATE_LAUNCH_TEMPLATES',
        errorMessage: scenario.fail.message
      }
    ]
    return fail(t, scenario.fail.message, {
      imageStatus: 'INTEGRATING',
      distributionFailure: { errorMessage: scenario.fail.message, regionFailures }
    })
  }
  plan.phases.push({ status: 'AVAILABLE', at: t })
  plan.endsAt = t
  return plan
}

function runWorkflow(
  input: PlanInput,
  workflowArn: string,
  start: number,
  run: { stepMs: number; scenario: Scenario; retried: boolean }
): ExecutionPlan {
  const { type } = workflowParts(workflowArn)
  const failure = run.scenario.fail
  const execution: ExecutionPlan = {
    id: `wf-${randomUUID()}`,
    type,
    workflowBuildVersionArn: workflowBuildVersionArn(workflowArn),
    parallelGroup: input.workflows.find(w => w.workflowArn === workflowArn)?.parallelGroup,
    retried: false,
    start,
    end: start,
    status: 'COMPLETED',
    steps: []
  }
  let t = start
  const waiting = run.scenario.waitingStep
  const specs = stepsFor(input, workflowArn)
  if (waiting?.workflow === type && !run.retried) {
    specs.unshift({ name: waiting.name, action: 'WaitForAction' })
  }
  for (const spec of specs) {
    if (spec.action === 'WaitForAction' && !spec.skip) {
      execution.steps.push({
        ...spec,
        id: `step-${randomUUID()}`,
        start: t,
        end: t + UNANSWERED_MS,
        status: 'COMPLETED',
        waiting: true
      })
      t += UNANSWERED_MS
      continue
    }
    const fails = failure?.workflow === type && failure.step === spec.name
    const duration = spec.skip ? 0 : run.stepMs
    const step: StepPlan = {
      ...spec,
      id: `step-${randomUUID()}`,
      start: t,
      end: t + duration,
      status: spec.skip ? 'SKIPPED' : fails ? 'FAILED' : 'COMPLETED',
      message: fails ? failure.message : undefined
    }
    execution.steps.push(step)
    t = step.end
    if (fails) {
      execution.status = 'FAILED'
      execution.message = `Step ${spec.name} failed: ${failure.message}`
      break
    }
  }
  execution.end = t
  return execution
}

const iso = (base: number, offset: number): string => new Date(base + offset).toISOString()

/** What the service reports `now` ms after creation. */
export function viewAt(plan: Plan, createdAt: number, now: number) {
  const phase = [...plan.phases].reverse().find(p => p.at <= now) ?? plan.phases[0]
  const waitingAs = plan.input.scenario.waitingStep?.reportAs
  const executions = plan.executions
    .filter(e => e.start <= now)
    .map(e => {
      const steps = e.steps
        .filter(s => s.start <= now)
        .map(s => {
          const done = s.end <= now
          const shownAs = s.waiting && !done ? (waitingAs ?? 'RUNNING') : undefined
          return {
            stepExecutionId: s.id,
            name: s.name,
            description: `${s.action} step`,
            action: shownAs === 'RUNNING_WITHOUT_ACTION' ? undefined : s.action,
            status: done ? s.status : shownAs === 'WAITING' ? 'WAITING' : 'RUNNING',
            rollbackStatus: done && s.status === 'FAILED' ? 'COMPLETED' : undefined,
            message: done ? s.message : undefined,
            inputs: '{}',
            outputs: done ? '{}' : undefined,
            startTime: iso(createdAt, s.start),
            endTime: done ? iso(createdAt, s.end) : undefined
          }
        })
      const ended = e.end <= now
      const count = (st: string): number => steps.filter(s => s.status === st).length
      return {
        workflowBuildVersionArn: e.workflowBuildVersionArn,
        workflowExecutionId: e.id,
        type: e.type,
        status: ended ? e.status : 'RUNNING',
        message: ended ? e.message : undefined,
        totalStepCount: e.steps.length,
        totalStepsSucceeded: count('COMPLETED'),
        totalStepsFailed: count('FAILED'),
        totalStepsSkipped: count('SKIPPED'),
        startTime: iso(createdAt, e.start),
        endTime: ended ? iso(createdAt, e.end) : undefined,
        parallelGroup: e.parallelGroup,
        retried: e.retried,
        steps
      }
    })
  const targets = plan.outputs.filter(o => o.at <= now).map(o => o.target)
  return {
    status: phase.status,
    reason: phase.reason,
    failureContext: phase.failureContext,
    executions,
    targets
  }
}
