// The account as a test or the command line shapes it: image pipelines and components or
// workflows made to exist up front, and an image as GetImage reports it. Kept above the store, so
// that the store imports none of the parts that act on it.
import { describe } from './describe.js'
import { seedDocument } from './documents.js'
import { pipelineArn } from './pipelines.js'
import { seedRecipe } from './recipes.js'
import type { DocumentSpec, PipelineSpec, RecipeSpec } from './records.js'
import { ImageBuilderStore } from './store.js'

export class Account extends ImageBuilderStore {
  /** Makes an image pipeline exist; returns its ARN (its name in lower case, with hyphens). */
  addImagePipeline(spec: PipelineSpec): string {
    const arn = pipelineArn(this, spec)
    const body: Record<string, unknown> = {
      imageRecipeArn: spec.imageRecipeArn,
      containerRecipeArn: spec.containerRecipeArn,
      infrastructureConfigurationArn: spec.infrastructureConfigurationArn,
      distributionConfigurationArn: spec.distributionConfigurationArn,
      description: spec.description,
      imageScanningConfiguration: spec.imageScanningConfiguration
    }
    this.pipelines.set(arn, {
      arn,
      name: spec.name,
      status: spec.status ?? 'ENABLED',
      region: spec.region ?? 'us-east-1',
      body,
      imageTags: spec.imageTags,
      dateCreated: new Date(this.now()).toISOString()
    })
    return arn
  }

  /** Makes a component or workflow build exist, as if created earlier. */
  addDocument(spec: DocumentSpec): string {
    return seedDocument(this, spec).arn
  }

  /**
   * Makes an image recipe version exist, as if created earlier (parentImage defaults to an AMI);
   * returns its version ARN.
   */
  addImageRecipe(spec: RecipeSpec): string {
    return seedRecipe(this, 'image-recipe', spec)
  }

  /** The same for a container recipe (targetRepository and a Dockerfile template by default). */
  addContainerRecipe(spec: RecipeSpec): string {
    return seedRecipe(this, 'container-recipe', spec)
  }

  /** The image as GetImage reports it now. */
  describeImage(arn: string): Record<string, unknown> {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    return describe(this, image)
  }
}
