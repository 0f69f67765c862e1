// Image Builder's restJson1 operations by method and path, as the SDK sends them.
import type { RecordedRequest } from '../protocol.js'
import {
  cancelImageCreation,
  createImage,
  distributeImage,
  getImage,
  retryImage
} from './images.js'
import {
  getComponent,
  getWorkflow,
  listComponentBuildVersions,
  listComponents,
  listWorkflowBuildVersions,
  listWorkflows
} from './document-listings.js'
import { createComponent, createWorkflow } from './documents.js'
import {
  getContainerRecipe,
  getImageRecipe,
  listContainerRecipes,
  listImageRecipes
} from './recipe-listings.js'
import { createContainerRecipe, createImageRecipe } from './recipes.js'
import { getDistributionConfiguration, getInfrastructureConfiguration } from './configurations.js'
import { createImagePipeline, updateImagePipeline } from './pipeline-writes.js'
import { getImagePipeline, listImagePipelines, startImagePipelineExecution } from './pipelines.js'
import type { ImageBuilderStore } from './store.js'
import {
  listWaitingWorkflowSteps,
  listWorkflowExecutions,
  listWorkflowStepExecutions,
  sendWorkflowStepAction
} from './workflows.js'

export type Operation = (store: ImageBuilderStore, request: RecordedRequest) => unknown

export const ROUTES: Record<string, Operation> = {
  'PUT /CreateImage': createImage,
  'GET /GetImage': getImage,
  'POST /ListWorkflowExecutions': listWorkflowExecutions,
  'POST /ListWorkflowStepExecutions': listWorkflowStepExecutions,
  'PUT /CancelImageCreation': cancelImageCreation,
  'PUT /DistributeImage': distributeImage,
  'PUT /RetryImage': retryImage,
  'POST /ListWaitingWorkflowSteps': listWaitingWorkflowSteps,
  'PUT /SendWorkflowStepAction': sendWorkflowStepAction,
  'POST /ListImagePipelines': listImagePipelines,
  'GET /GetImagePipeline': getImagePipeline,
  'PUT /StartImagePipelineExecution': startImagePipelineExecution,
  'PUT /CreateImagePipeline': createImagePipeline,
  'PUT /UpdateImagePipeline': updateImagePipeline,
  'GET /GetInfrastructureConfiguration': getInfrastructureConfiguration,
  'GET /GetDistributionConfiguration': getDistributionConfiguration,
  'PUT /CreateComponent': createComponent,
  'POST /ListComponents': listComponents,
  'POST /ListComponentBuildVersions': listComponentBuildVersions,
  'GET /GetComponent': getComponent,
  'PUT /CreateWorkflow': createWorkflow,
  'POST /ListWorkflows': listWorkflows,
  'POST /ListWorkflowBuildVersions': listWorkflowBuildVersions,
  'GET /GetWorkflow': getWorkflow,
  'PUT /CreateImageRecipe': createImageRecipe,
  'PUT /CreateContainerRecipe': createContainerRecipe,
  'POST /ListImageRecipes': listImageRecipes,
  'POST /ListContainerRecipes': listContainerRecipes,
  'GET /GetImageRecipe': getImageRecipe,
  'GET /GetContainerRecipe': getContainerRecipe
}
