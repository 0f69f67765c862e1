// What the account holds of one image or container recipe name: its versions (listed with owner
// Self and a name filter, every page, sorted by number here), a version's tags and components,
// a component's state, and the Create call. Recipes are immutable: a version has no builds.
import {
  CreateContainerRecipeCommand,
  CreateImageRecipeCommand,
  GetComponentCommand,
  GetContainerRecipeCommand,
  GetImageRecipeCommand,
  paginateListContainerRecipes,
  paginateListImageRecipes,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import {
  collect,
  errorName,
  serviceArn,
  type AnswerMember,
  type ServiceArnShape
} from '../aws/index.js'
import { sameDocumentName, type RecipeKind } from '../inputs/index.js'
import { compareVersions, type Send } from './document-versions.js'

const ARN_SHAPE: Record<RecipeKind, ServiceArnShape> = {
  'image-recipe': 'ImageRecipeArn',
  'container-recipe': 'ContainerRecipeArn'
}
const EXACT = /\/([0-9]+\.[0-9]+\.[0-9]+)$/

/** Every version of the name the account owns, oldest first by number. */
export async function listRecipeVersions(
  client: ImagebuilderClient,
  send: Send,
  kind: RecipeKind,
  name: string
): Promise<Array<{ arn: string; version: string }>> {
  const request = { owner: 'Self' as const, filters: [{ name: 'name', values: [name] }] }
  const operation = kind === 'image-recipe' ? 'ListImageRecipes' : 'ListContainerRecipes'
  const listed =
    kind === 'image-recipe'
      ? await send(operation, abortSignal =>
          collect(
            paginateListImageRecipes({ client }, { ...request }, { abortSignal }),
            page => page.imageRecipeSummaryList
          )
        )
      : await send(operation, abortSignal =>
          collect(
            paginateListContainerRecipes({ client }, { ...request }, { abortSignal }),
            page => page.containerRecipeSummaryList
          )
        )
  const member: AnswerMember = { operation, member: 'arn', shape: ARN_SHAPE[kind] }
  const versions = new Map<string, string>()
  for (const summary of listed) {
    if (!summary.name || !sameDocumentName(summary.name, name)) continue
    const arn = serviceArn(member, summary.arn)
    const version = EXACT.exec(arn ?? '')?.[1]
    if (arn && version) versions.set(arn, version)
  }
  return [...versions]
    .map(([arn, version]) => ({ arn, version }))
    .sort((a, b) => compareVersions(a.version, b.version))
}

/** A version's tags and the component ARNs it pins. */
export async function getRecipe(
  client: ImagebuilderClient,
  send: Send,
  kind: RecipeKind,
  arn: string
): Promise<{ tags: Record<string, string>; components: string[] }> {
  const recipe =
    kind === 'image-recipe'
      ? (
          await send('GetImageRecipe', abortSignal =>
            client.send(new GetImageRecipeCommand({ imageRecipeArn: arn }), { abortSignal })
          )
        ).imageRecipe
      : (
          await send('GetContainerRecipe', abortSignal =>
            client.send(new GetContainerRecipeCommand({ containerRecipeArn: arn }), {
              abortSignal
            })
          )
        ).containerRecipe
  return {
    tags: recipe?.tags ?? {},
    components: (recipe?.components ?? []).map(c => c.componentArn ?? '')
  }
}

/** The component's status, or 'missing' when the account has none by that ARN. */
export async function componentStatus(
  client: ImagebuilderClient,
  send: Send,
  arn: string
): Promise<string> {
  try {
    const answer = await send('GetComponent', abortSignal =>
      client.send(new GetComponentCommand({ componentBuildVersionArn: arn }), { abortSignal })
    )
    return answer.component?.state?.status ?? 'ACTIVE'
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return 'missing'
    throw error
  }
}

/** Sends the Create; returns the version ARN, checked at the border, and the references. */
export async function sendRecipeCreate(
  client: ImagebuilderClient,
  kind: RecipeKind,
  request: Record<string, unknown>,
  abortSignal: AbortSignal
): Promise<{ arn?: string; latestVersionReferences?: Record<string, string> }> {
  const operation = kind === 'image-recipe' ? 'CreateImageRecipe' : 'CreateContainerRecipe'
  const answer =
    kind === 'image-recipe'
      ? await client.send(
          new CreateImageRecipeCommand(
            request as unknown as ConstructorParameters<typeof CreateImageRecipeCommand>[0]
          ),
          { abortSignal }
        )
      : await client.send(
          new CreateContainerRecipeCommand(
            request as unknown as ConstructorParameters<typeof CreateContainerRecipeCommand>[0]
          ),
          { abortSignal }
        )
  const arnMember = kind === 'image-recipe' ? 'imageRecipeArn' : 'containerRecipeArn'
  const arn = serviceArn(
    { operation, member: arnMember, shape: ARN_SHAPE[kind] },
    (answer as unknown as Record<string, unknown>)[arnMember]
  )
  const references: Record<string, string> = {}
  for (const [key, value] of Object.entries(answer.latestVersionReferences ?? {})) {
    const checked = serviceArn({ operation, member: key, shape: 'ImageBuilderArn' }, value)
    if (checked) references[key] = checked
  }
  return {
    arn,
    latestVersionReferences: Object.keys(references).length > 0 ? references : undefined
  }
}
