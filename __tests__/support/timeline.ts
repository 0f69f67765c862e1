// Build timelines for the emulator. A plan is compiled once when an image is created; what
// GetImage and the workflow listings report at any moment is a pure function of the plan and the
// time elapsed, so a test can script a build precisely and the watcher sees a consistent world.
import { randomUUID } from 'node:crypto'

export type WorkflowType = 'BUILD' | 'TEST' | 'DISTRIBUTION'

export interface StepSpec {
  name: string
  action: string
  /** Skipped steps (an `if` that evaluated false) take no time. */
  skip?: boolean
}

export interface FailureSpec {
  /** Fail this step of the workflow of this type... */
  workflow?: WorkflowType
  step?: string
  /** ...or fail while the image is in this status (distribution without a workflow, integration). */
  status?: 'DISTRIBUTING' | 'INTEGRATING'
  /** With status DISTRIBUTING: how many distribution targets finish before the failure. */
  targetsDone?: number
  message: string
}

export interface Scenario {
  /** Duration of each workflow step. */
  stepMs?: number
  /** Duration of the PENDING, CREATING and INTEGRATING statuses. */
  phaseMs?: number
  /** Time to copy the image to each distribution target when no distribution workflow runs. */
  targetMs?: number
  /** GetImage answers ResourceNotFoundException for this long after CreateImage. */
  notFoundMs?: number
  fail?: FailureSpec
  /** A status the action does not know, reported for phaseMs after CREATING (enum drift). */
  extraStatus?: string
  /** Steps of named workflows (by workflow name), replacing the built-in catalogue. */
  workflowSteps?: Record<string, StepSpec[]>
}

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
}

interface ExecutionPlan {
  id: string
  type: WorkflowType
  workflowBuildVersionArn: string
  parallelGroup?: string
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
  phases: Array<{ status: string; at: number }>
  executions: ExecutionPlan[]
  outputs: OutputPlan[]
  reason?: string
  endsAt: number
}

const CATALOGUE: Record<string, StepSpec[]> = {
  'build-image': [
    { name: 'LaunchBuildInstance', action: 'LaunchInstance' },
    { name: 'ApplyBuildComponents', action: 'ExecuteComponents' },
    { name: 'InventoryCollection', action: 'CollectImageMetadata' },
    { name: 'RunSanitizeScript', action: 'SanitizeInstance' },
    { name: 'RunSysPrepScript', action: 'RunSysPrep', skip: true },
    { name: 'CreateOutputAMI', action: 'CreateImage' },
    { name: 'TerminateBuildInstance', action: 'TerminateInstance' }
  ],
  'test-image': [
    { name: 'LaunchTestInstance', action: 'LaunchInstance' },
    { name: 'CollectImageScanFindings', action: 'CollectImageScanFindings' },
    { name: 'ApplyTestComponents', action: 'ExecuteComponents' },
    { name: 'TerminateTestInstance', action: 'TerminateInstance' }
  ],
  'build-container': [
    { name: 'LaunchBuildInstance', action: 'LaunchInstance' },
    { name: 'BootstrapBuildInstance', action: 'BootstrapInstanceForContainer' },
    { name: 'ApplyBuildComponents', action: 'ExecuteComponents' },
    { name: 'TerminateBuildInstance', action: 'TerminateInstance' }
  ],
  'test-container': [
    { name: 'LaunchTestInstance', action: 'LaunchInstance' },
    { name: 'BootstrapTestInstance', action: 'BootstrapInstanceForContainer' },
    { name: 'ApplyTestComponents', action: 'ExecuteComponents' },
    { name: 'TerminateTestInstance', action: 'TerminateInstance' }
  ],
  distribution: [
    { name: 'WaitForApproval', action: 'WaitForAction', skip: true },
    { name: 'DistributeImage', action: 'DistributeImage' },
    { name: 'ModifyImageAttributes', action: 'ModifyImageAttributes' },
    { name: 'ApplyImageConfigurations', action: 'ApplyImageConfigurations' }
  ]
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

export function compilePlan(input: PlanInput): Plan {
  const { scenario } = input
  const stepMs = scenario.stepMs ?? 60
  const phaseMs = scenario.phaseMs ?? stepMs
  const targetMs = scenario.targetMs ?? stepMs
  const plan: Plan = {
    input,
    phases: [{ status: 'PENDING', at: 0 }],
    executions: [],
    outputs: [],
    endsAt: 0
  }
  let t = phaseMs
  plan.phases.push({ status: 'CREATING', at: t })
  t += phaseMs
  if (scenario.extraStatus) {
    plan.phases.push({ status: scenario.extraStatus, at: t })
    t += phaseMs
  }

  const fail = (at: number, status: string, reason: string): Plan => {
    plan.phases.push({ status, at })
    plan.reason = reason
    plan.endsAt = at
    return plan
  }
  const buildTarget: Target = { region: input.buildRegion, accountId: input.buildAccount }
  const otherTargets = input.targets.filter(
    x => x.region !== buildTarget.region || x.accountId !== buildTarget.accountId
  )
  const byType = (type: WorkflowType): string[] =>
    input.workflows.map(w => w.workflowArn).filter(arn => workflowParts(arn).type === type)

  for (const [status, type] of [
    ['BUILDING', 'BUILD'],
    ['TESTING', 'TEST'],
    ['DISTRIBUTING', 'DISTRIBUTION']
  ] as const) {
    const arns = byType(type)
    if (arns.length === 0 && status !== 'DISTRIBUTING') continue
    plan.phases.push({ status, at: t })
    for (const arn of arns) {
      const execution = runWorkflow(input, arn, t, stepMs)
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
        for (const target of otherTargets) plan.outputs.push({ at: distributed.end, target })
      t = execution.end
      if (execution.status === 'FAILED') {
        return fail(
          t,
          'FAILED',
          `Workflow Execution ID: '${execution.id}' failed with reason: ${execution.message}`
        )
      }
    }
    if (type === 'BUILD' && input.type === 'DOCKER')
      plan.outputs.push({ at: t, target: buildTarget })
    if (type === 'DISTRIBUTION' && arns.length === 0) {
      const failing = scenario.fail?.status === 'DISTRIBUTING' ? scenario.fail : undefined
      const done = failing
        ? Math.min(failing.targetsDone ?? 0, otherTargets.length)
        : otherTargets.length
      for (const target of otherTargets.slice(0, done)) {
        t += targetMs
        plan.outputs.push({ at: t, target })
      }
      if (failing) return fail(t + targetMs, 'FAILED', failing.message)
    }
  }
  plan.phases.push({ status: 'INTEGRATING', at: t })
  t += phaseMs
  if (scenario.fail?.status === 'INTEGRATING') return fail(t, 'FAILED', scenario.fail.message)
  plan.phases.push({ status: 'AVAILABLE', at: t })
  plan.endsAt = t
  return plan
}

function runWorkflow(
  input: PlanInput,
  workflowArn: string,
  start: number,
  stepMs: number
): ExecutionPlan {
  const { type } = workflowParts(workflowArn)
  const failure = input.scenario.fail
  const execution: ExecutionPlan = {
    id: `wf-${randomUUID()}`,
    type,
    workflowBuildVersionArn: workflowBuildVersionArn(workflowArn),
    parallelGroup: input.workflows.find(w => w.workflowArn === workflowArn)?.parallelGroup,
    start,
    end: start,
    status: 'COMPLETED',
    steps: []
  }
  let t = start
  for (const spec of stepsFor(input, workflowArn)) {
    const fails = failure?.workflow === type && failure.step === spec.name
    const duration = spec.skip ? 0 : stepMs
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

/** What the service reports `elapsed` ms after creation; `cancelledAt` cuts the plan short. */
export function viewAt(plan: Plan, createdAt: number, elapsed: number, cancelledAt?: number) {
  const now = cancelledAt !== undefined ? Math.min(elapsed, cancelledAt) : elapsed
  const cancelled = cancelledAt !== undefined && elapsed >= cancelledAt
  const phase = [...plan.phases].reverse().find(p => p.at <= now) ?? plan.phases[0]
  const status = cancelled ? 'CANCELLED' : phase.status
  const executions = plan.executions
    .filter(e => e.start <= now)
    .map(e => {
      const steps = e.steps
        .filter(s => s.start <= now)
        .map(s => {
          const done = s.end <= now
          return {
            stepExecutionId: s.id,
            name: s.name,
            description: `${s.action} step`,
            action: s.action,
            status: done ? s.status : cancelled ? 'CANCELLED' : 'RUNNING',
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
        status: ended ? e.status : cancelled ? 'CANCELLED' : 'RUNNING',
        message: ended ? e.message : undefined,
        totalStepCount: e.steps.length,
        totalStepsSucceeded: count('COMPLETED'),
        totalStepsFailed: count('FAILED'),
        totalStepsSkipped: count('SKIPPED'),
        startTime: iso(createdAt, e.start),
        endTime: ended || cancelled ? iso(createdAt, Math.min(e.end, now)) : undefined,
        parallelGroup: e.parallelGroup,
        retried: false,
        steps
      }
    })
  const targets = plan.outputs.filter(o => o.at <= now).map(o => o.target)
  return {
    status,
    reason:
      status === 'FAILED' ? plan.reason : cancelled ? 'Image creation was cancelled.' : undefined,
    executions,
    targets
  }
}
