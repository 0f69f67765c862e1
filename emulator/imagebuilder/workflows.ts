// Image Builder's workflow operations: the executions and steps of an image, the steps waiting
// for an action, and the answer to one.
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import type { ImageBuilderStore } from './store.js'
import { answerStep, waitingSteps } from './timeline.js'
import { PATTERNS } from './validation.js'

export function listWorkflowExecutions(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const image = store.findImage(request.body.imageBuildVersionArn, 'ListWorkflowExecutions')
  const view = store.view(image)
  const executions = view.executions.map(({ steps: _steps, ...execution }) => execution)
  const page = store.paginate(request, image.arn, executions)
  return {
    requestId: randomUUID(),
    workflowExecutions: page.items,
    imageBuildVersionArn: image.arn,
    message: view.reason,
    nextToken: page.nextToken
  }
}

export function listWorkflowStepExecutions(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const id = request.body.workflowExecutionId
  if (typeof id !== 'string' || !PATTERNS.workflowExecutionId.test(id)) {
    throw new ServiceError(
      'InvalidRequestException',
      'workflowExecutionId is missing or malformed.'
    )
  }
  const image = [...store.images.values()].find(i => i.plan.executions.some(e => e.id === id))
  const execution = image && store.view(image).executions.find(e => e.workflowExecutionId === id)
  if (!image || !execution)
    throw new ServiceError('ResourceNotFoundException', `Workflow execution not found: ${id}`)
  const page = store.paginate(request, id, execution.steps)
  return {
    requestId: randomUUID(),
    steps: page.items,
    workflowBuildVersionArn: execution.workflowBuildVersionArn,
    workflowExecutionId: id,
    imageBuildVersionArn: image.arn,
    message: execution.message,
    nextToken: page.nextToken
  }
}

/** Account-wide, as the service lists them: every image's waiting steps. */
export function listWaitingWorkflowSteps(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const steps = [...store.images.values()].flatMap(image =>
    waitingSteps(image.plan, store.elapsed(image)).map(({ execution, step }) => ({
      stepExecutionId: step.id,
      imageBuildVersionArn: image.arn,
      workflowExecutionId: execution.id,
      workflowBuildVersionArn: execution.workflowBuildVersionArn,
      name: step.name,
      action: step.action,
      startTime: new Date(image.createdAt + step.start).toISOString()
    }))
  )
  const page = store.paginate(request, 'waiting', steps)
  return { steps: page.items, nextToken: page.nextToken }
}

export function sendWorkflowStepAction(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const { stepExecutionId, imageBuildVersionArn, action } = request.body
  if (action !== 'RESUME' && action !== 'STOP')
    throw new ServiceError('InvalidParameterValueException', 'action must be RESUME or STOP.')
  if (typeof stepExecutionId !== 'string' || !/^step-/.test(stepExecutionId)) {
    throw new ServiceError('InvalidRequestException', 'stepExecutionId is missing or malformed.')
  }
  return store.idempotent(request, () => {
    const image = store.findImage(imageBuildVersionArn, 'SendWorkflowStepAction')
    const waiting = waitingSteps(image.plan, store.elapsed(image)).find(
      w => w.step.id === stepExecutionId
    )
    if (!waiting)
      throw new ServiceError(
        'InvalidRequestException',
        `Step ${stepExecutionId} of ${image.arn} is not waiting for an action.`
      )
    answerStep(image.plan, stepExecutionId, store.elapsed(image), action)
    return {
      stepExecutionId,
      imageBuildVersionArn: image.arn,
      clientToken: request.body.clientToken
    }
  })
}
