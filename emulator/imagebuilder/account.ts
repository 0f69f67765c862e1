// The account as a test or the command line shapes it: image pipelines and components or
// workflows made to exist up front, and an image as GetImage reports it. Kept above the store, so
// that the store imports none of the parts that act on it.
import { describe } from './describe.js'
import { seedDocument } from './documents.js'
import { addPipeline } from './pipelines.js'
import { seedRecipe } from './recipes.js'
import type { DocumentSpec, PipelineSpec, RecipeSpec } from './records.js'
import { ImageBuilderStore } from './store.js'

export class Account extends ImageBuilderStore {
  /**
   * Makes an image pipeline exist, as CreateImagePipeline would make it (defaults filled in);
   * returns its ARN (its name in lower case, with hyphens).
   */
  addImagePipeline(spec: PipelineSpec): string {
    const { region = 'us-east-1', ...members } = spec
    return addPipeline(this, region, members).arn
  }

  /** Makes an infrastructure configuration exist (a few names exist from the start). */
  addInfrastructureConfiguration(arn: string): void {
    this.resources.add(arn)
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
