// What the service reports of a build at a moment: a pure function of its plan and the time
// elapsed, so that GetImage and the workflow listings always agree with each other.
import type { Plan } from './plan.js'

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
