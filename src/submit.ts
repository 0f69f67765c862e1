// Starts the work each mode asks for and says which image to follow. Only this module sends the
// calls that change anything in the account.
import * as core from '@actions/core'
import {
  CreateImageCommand,
  DistributeImageCommand,
  RetryImageCommand,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { defaultClientToken } from './client-token.js'
import { ActionError, callApi, describeError } from './errors.js'
import { oneLine } from './format.js'
import type { ActionInputs } from './inputs.js'
import { workflowTitle } from './progress-log.js'
import { withRetries } from './retry.js'
import { buildCreateImageRequest, buildDistributeImageRequest } from './request.js'
import { FULL_SNAPSHOT, takeSnapshot, type Snapshot } from './watch.js'

export interface Started {
  arn: string
  /** Whether this step started the work (and so may cancel it); false for watch. */
  started: boolean
  /** For a retry: the image as it was before, so the wait does not take its old state for the end. */
  resumeFrom?: Snapshot
}

type Env = Record<string, string | undefined>

/**
 * The calls that start work are repeated through throttling and 5xx answers for up to two minutes:
 * they carry the same client token, so a repeat returns the image already made.
 */
function submit<T>(operation: string, call: () => Promise<T>): Promise<T> {
  return withRetries(() => callApi(operation, call), {
    limitMs: 120_000,
    onRetry: (error, delayMs) =>
      core.info(`${describeError(error, operation)} Retrying in ${Math.round(delayMs / 1000)} s.`)
  })
}

function arnOf(response: { imageBuildVersionArn?: string }, operation: string): string {
  if (!response.imageBuildVersionArn)
    throw new ActionError(`${operation} returned no imageBuildVersionArn`)
  return response.imageBuildVersionArn
}

export async function start(
  client: ImagebuilderClient,
  inputs: ActionInputs,
  env: Env
): Promise<Started> {
  const token = (request: object): string | undefined =>
    inputs.clientToken ?? defaultClientToken({ mode: inputs.mode, ...request }, inputs.region, env)
  switch (inputs.mode) {
    case 'create-image': {
      const request = buildCreateImageRequest(inputs)
      request.clientToken = token(request)
      core.info(`Starting an image build from ${inputs.recipe.arn} in ${inputs.region}`)
      const response = await submit('CreateImage', () =>
        client.send(new CreateImageCommand(request))
      )
      return { arn: arnOf(response, 'CreateImage'), started: true }
    }
    case 'distribute': {
      const request = buildDistributeImageRequest(inputs)
      request.clientToken = token(request)
      core.info(`Distributing ${inputs.sourceImage} with ${inputs.distributionConfigurationArn}`)
      const response = await submit('DistributeImage', () =>
        client.send(new DistributeImageCommand(request))
      )
      return { arn: arnOf(response, 'DistributeImage'), started: true }
    }
    case 'retry': {
      const resumeFrom = await takeSnapshot(client, inputs.imageArn, FULL_SNAPSHOT)
      describeEarlierAttempt(resumeFrom)
      const request = {
        imageBuildVersionArn: inputs.imageArn,
        clientToken: token({ imageBuildVersionArn: inputs.imageArn })
      }
      const response = await submit('RetryImage', () => client.send(new RetryImageCommand(request)))
      return { arn: arnOf(response, 'RetryImage'), started: true, resumeFrom }
    }
    case 'watch':
      core.info(`Watching ${inputs.imageArn}; this step did not start it and will not cancel it.`)
      return { arn: inputs.imageArn, started: false }
  }
}

function describeEarlierAttempt(snapshot: Snapshot): void {
  const state = snapshot.image.state
  core.info(
    `Retrying ${snapshot.image.arn}, which is ${state?.status ?? 'in an unknown state'}${state?.reason ? `: ${oneLine(state.reason)}` : ''}`
  )
  for (const execution of snapshot.executions ?? []) {
    core.info(`  Earlier: ${workflowTitle(execution)} ${(execution.status ?? '').toLowerCase()}`)
  }
}
