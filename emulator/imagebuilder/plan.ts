// A build's plan: what the emulator decides, once, when an image is created: its phases, its
// workflow executions and steps, and when each distribution target gets its output. The types,
// and what compiling one needs to know: the workflows' steps, the stages and the timings.
import { CATALOGUE } from './catalogue.js'
import type { Scenario, StepSpec, WorkflowType } from './scenario.js'

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

export interface StepPlan extends StepSpec {
  id: string
  start: number
  end: number
  status: string
  message?: string
  /** A WaitForAction step not answered yet: WAITING from its start until an answer comes. */
  waiting?: boolean
}

/** Long enough to stand for "until answered". */
export const UNANSWERED_MS = 1e9

export interface ExecutionPlan {
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

export interface OutputPlan {
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

export function stepsFor(input: PlanInput, workflowArn: string): StepSpec[] {
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

export const STAGES = [
  ['BUILDING', 'BUILD'],
  ['TESTING', 'TEST'],
  ['DISTRIBUTING', 'DISTRIBUTION']
] as const

export const timings = (scenario: Scenario) => {
  const stepMs = scenario.stepMs ?? 60
  return { stepMs, phaseMs: scenario.phaseMs ?? stepMs, targetMs: scenario.targetMs ?? stepMs }
}

export function pendingPlan(input: PlanInput): Plan {
  return { input, phases: [{ status: 'PENDING', at: 0 }], executions: [], outputs: [], endsAt: 0 }
}
