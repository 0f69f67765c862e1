// Running a plan's stages: BUILDING, TESTING and DISTRIBUTING in turn, each workflow's steps one
// after another, the outputs each CreateImage or DistributeImage step makes, and the failures a
// scenario scripts, with the reason and failureContext the service reports for them.
import { randomUUID } from 'node:crypto'
import {
  STAGES,
  UNANSWERED_MS,
  stepsFor,
  timings,
  workflowBuildVersionArn,
  workflowParts,
  type ExecutionPlan,
  type Plan,
  type PlanInput,
  type StepPlan,
  type Target
} from './plan.js'
import type { Scenario, WorkflowType } from './scenario.js'

export function runStages(
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
