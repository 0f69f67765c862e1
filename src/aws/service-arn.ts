// ARNs the service hands back are checked at the border, before anything uses them: a start call's
// image, a Create call's build, a listed version or pipeline. A value that is not one is refused
// and shown nowhere, since it would be written to the log, the outputs and the state, and sent on.
import { ActionError } from './errors.js'

/** The model's shapes (imagebuilder-2019-12-02) of the ARNs the action takes from answers. */
export type ServiceArnShape =
  | 'ImageBuildVersionArn'
  | 'ComponentVersionArn'
  | 'ComponentBuildVersionArn'
  | 'WorkflowWildcardVersionArn'
  | 'WorkflowBuildVersionArn'
  | 'ImagePipelineArn'
  | 'ImageRecipeArn'
  | 'ContainerRecipeArn'
  | 'ImageBuilderArn'

/** Each shape's pattern, copied from the model as it is written there. */
const SHAPES: Record<ServiceArnShape, { label: string; pattern: RegExp }> = {
  ImageBuildVersionArn: {
    label: 'an image build version ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/
  },
  ComponentVersionArn: {
    label: 'a component version ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+$/
  },
  ComponentBuildVersionArn: {
    label: 'a component build version ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/
  },
  WorkflowWildcardVersionArn: {
    label: 'a workflow version ARN',
    pattern:
      /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow\/(build|test|distribution)\/[a-z0-9-_]+\/(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)$/
  },
  WorkflowBuildVersionArn: {
    label: 'a workflow build version ARN',
    pattern:
      /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow\/(build|test|distribution)\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/
  },
  ImagePipelineArn: {
    label: 'an image pipeline ARN',
    pattern: /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-pipeline\/[a-z0-9-_]+$/
  },
  ImageRecipeArn: {
    label: 'an image recipe ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):image-recipe\/[a-z0-9-_]+\/(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)$/
  },
  ContainerRecipeArn: {
    label: 'a container recipe ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):container-recipe\/[a-z0-9-_]+\/(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)$/
  },
  ImageBuilderArn: {
    label: 'an Image Builder ARN',
    pattern:
      /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):(?:image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline|lifecycle-policy|workflow\/(?:build|test|distribution))\/[a-z0-9-_]+(?:\/(?:(?:x|[0-9]+)\.(?:x|[0-9]+)\.(?:x|[0-9]+))(?:\/[0-9]+)?)?$/
  }
}

/**
 * The partition and the region as the model's workflow ARN patterns have them, its strictest: its
 * other ARN patterns take any text there but ':' (line breaks included), and the console links'
 * host is made from the region.
 */
const PARTITION_AND_REGION = /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:/

/** A region as an ARN holds it: what a console link's host may be made of. */
export const isRegionName = (text: string): boolean => /^[a-z]{2,}(?:-[a-z]+)+-[0-9]+$/.test(text)

/** Where in which answer an ARN is, and what its refusal should add. */
export interface AnswerMember {
  operation: string
  member: string
  shape: ServiceArnShape
  /** What the user should know besides, e.g. that the call may have started a build. */
  consequence?: string
}

/**
 * The ARN an answer carried, once it is one of the member's shape; undefined when the answer had
 * none. Anything else is an error that names the operation and the member, never the value.
 */
export function serviceArn(
  { operation, member, shape, consequence }: AnswerMember,
  value: unknown
): string | undefined {
  if (value === undefined || value === null) return undefined
  const { label, pattern } = SHAPES[shape]
  if (typeof value === 'string' && pattern.test(value) && PARTITION_AND_REGION.test(value))
    return value
  throw new ActionError(
    `${operation}'s answer: ${member} is not ${label} as the service's model defines it (${shape}); this action neither uses nor shows it.${consequence ? ` ${consequence}` : ''}`
  )
}
