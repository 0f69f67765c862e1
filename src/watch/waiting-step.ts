// A WaitForAction step holds the build until someone answers it. Announce it once, with the
// command that answers it, so that a long pause does not look like a hang; answer it when asked to.
import * as core from '@actions/core'
import {
  SendWorkflowStepActionCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { callApi, describeError, describeWorkflowArn, type CallOptions } from '../aws/index.js'
import { oneLine } from '../common/index.js'
import type { WaitingStepAnswer } from '../inputs/index.js'
import type { StepRef } from './events.js'

type Env = Record<string, string | undefined>

function runName(env: Env): string {
  const url = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`
  return `${env.GITHUB_WORKFLOW ?? 'workflow'} run ${url} (attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'})`
}

export async function onWaitingStep(
  client: ImagebuilderClient,
  arn: string,
  { execution, step }: StepRef,
  { answer, ...call }: CallOptions & { answer: WaitingStepAnswer }
): Promise<void> {
  const id = step.stepExecutionId ?? ''
  // The IDs and names go into the request as they came; the log shows them as clean lines.
  const shownId = oneLine(id, 100)
  const workflow = `${oneLine(execution.type, 50)} workflow ${oneLine(describeWorkflowArn(execution.workflowBuildVersionArn).name, 200)}`
  const command = `aws imagebuilder send-workflow-step-action --step-execution-id ${shownId} --image-build-version-arn ${arn} --action RESUME --reason "approved"`
  core.notice(
    `Step ${oneLine(step.name)} (${oneLine(step.action ?? 'WaitForAction')}) of the ${workflow} is waiting for an action. Step execution ID: ${shownId}. Image: ${arn}. Answer it with: ${command} (or --action STOP).`,
    { title: 'Image Builder step waiting' }
  )
  if (answer === 'wait') {
    core.info("Waiting for the answer to come from elsewhere ('on-waiting-step' is wait).")
    return
  }
  const action = answer === 'resume' ? 'RESUME' : 'STOP'
  const reason = `${action === 'RESUME' ? 'Resumed' : 'Stopped'} by ${runName(process.env)}`.slice(
    0,
    1024
  )
  try {
    await callApi(
      'SendWorkflowStepAction',
      abortSignal =>
        client.send(
          new SendWorkflowStepActionCommand({
            stepExecutionId: id,
            imageBuildVersionArn: arn,
            action,
            reason
          }),
          { abortSignal }
        ),
      call
    )
    core.info(`Sent ${action} to ${oneLine(step.name)} ('on-waiting-step' is ${answer}): ${reason}`)
  } catch (error) {
    core.warning(
      `${describeError(error, 'SendWorkflowStepAction')} The step is still waiting: answer it with ${command}`
    )
  }
}
