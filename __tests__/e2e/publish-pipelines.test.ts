// mode: publish with image pipelines, run as the runner runs the bundle, against the emulator's
// pipeline store: a pipeline naming a recipe of the same run is created with that recipe's
// version, left alone when nothing changed, updated with its whole file when something did (the
// members the file omits are not carried over), moved to a recipe's new version, given a wildcard
// recipe ARN as written; a dry run plans and writes nothing; a recipe type switch is refused and a
// tag difference warned; a bad file is refused at its line before any call.
import { GetImagePipelineCommand } from '@aws-sdk/client-imagebuilder'
import { beforeEach, describe, expect, test } from '@jest/globals'
import { DIST_THREE_REGIONS, INFRA } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { emulatorClient } from '../support/sdk-client.js'
import { useEmulator } from '../support/use-emulator.js'
import {
  COMPONENT,
  WORKFLOW,
  componentItem,
  workflowItem,
  workspace
} from '../support/workspace.js'

const emulator = useEmulator()

const run = (dir: string, documents: string, inputs: Record<string, string> = {}) =>
  runAction({
    endpoint: emulator.url,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents, ...inputs }
  })

const ACCOUNT = 'arn:aws:imagebuilder:us-east-1:123456789012'
// The emulator's reset keeps pipelines: each test names its own.
let pipeline = ''
let tests = 0
beforeEach(() => {
  pipeline = `golden-nightly-${++tests}`
})
const pipelineArn = () => `${ACCOUNT}:image-pipeline/${pipeline}`
const RECIPE = `parentImage: ami-0123456789abcdef0
components:
  - componentArn: install-agents
description: Golden image
`
const pipelineFile = (
  extra = '',
  recipe = 'golden-al2023'
) => `infrastructureConfigurationArn: ${INFRA}
imageRecipeArn: ${recipe}
distributionConfigurationArn: ${DIST_THREE_REGIONS}
${extra}`
const SCHEDULE = `description: Nightly golden image
schedule:
  scheduleExpression: cron(0 3 * * ? *)
`
const documents = () => `${componentItem('1.2.x')}
- image-pipeline: ${pipeline}
  file: pipelines/nightly.yml
- image-recipe: golden-al2023
  file: recipes/golden.yml
  version: 1.0.x
`
const files = (pipeline: string, recipe = RECIPE) => ({
  'components/agents.yml': COMPONENT,
  'recipes/golden.yml': recipe,
  'pipelines/nightly.yml': pipeline
})
const errorsOf = (result: RunResult) => result.annotations.filter(a => a.level === 'error')
const pipelineOf = (result: RunResult) =>
  (JSON.parse(result.outputs.documents) as Array<Record<string, string>>).find(
    d => d.kind === 'image-pipeline'
  )
const writes = () => [
  ...emulator.calls('CreateImagePipeline'),
  ...emulator.calls('UpdateImagePipeline')
]

describe('mode: publish, image pipelines', () => {
  test('a new pipeline naming a recipe of the same run is created with that version; a second run changes nothing', async () => {
    const dir = workspace(files(pipelineFile(SCHEDULE)))
    const first = await run(dir, documents())
    expect(errorsOf(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    const recipe = `${ACCOUNT}:image-recipe/golden-al2023/1.0.0`
    const [create] = emulator.calls('CreateImagePipeline')
    expect(create.body).toEqual({
      name: pipeline,
      infrastructureConfigurationArn: INFRA,
      imageRecipeArn: recipe,
      distributionConfigurationArn: DIST_THREE_REGIONS,
      description: 'Nightly golden image',
      schedule: { scheduleExpression: 'cron(0 3 * * ? *)' },
      clientToken: expect.stringMatching(/^.{1,64}$/)
    })
    expect(pipelineOf(first)).toEqual({
      kind: 'image-pipeline',
      name: pipeline,
      version: '',
      arn: pipelineArn(),
      result: 'created'
    })
    expect(JSON.parse(first.outputs.arns)).toEqual(
      expect.objectContaining({ [pipeline]: pipelineArn(), 'golden-al2023': recipe })
    )
    expect(first.lines).toContain(`image-pipeline ${pipeline}: created (${pipelineArn()})`)
    expect(first.summary).toContain('components, workflows, recipes and pipelines (PUBLISHED)')

    const second = await run(dir, documents())
    expect(second.exitCode).toBe(0)
    expect(writes()).toHaveLength(1)
    expect(pipelineOf(second)).toEqual(expect.objectContaining({ result: 'unchanged' }))
    expect(second.lines).toContain(`image-pipeline ${pipeline}: unchanged (${pipelineArn()})`)
  })

  test('a changed schedule updates the pipeline with its whole file: members the file omits are not carried over', async () => {
    expect((await run(workspace(files(pipelineFile(SCHEDULE))), documents())).exitCode).toBe(0)
    const changed =
      'schedule:\n  scheduleExpression: cron(0 5 * * ? *)\n  timezone: Europe/Berlin\n'
    const result = await run(workspace(files(pipelineFile(changed))), documents())
    expect(errorsOf(result)).toEqual([])
    const [update] = emulator.calls('UpdateImagePipeline')
    expect(update.body).toEqual({
      imagePipelineArn: pipelineArn(),
      infrastructureConfigurationArn: INFRA,
      imageRecipeArn: `${ACCOUNT}:image-recipe/golden-al2023/1.0.0`,
      distributionConfigurationArn: DIST_THREE_REGIONS,
      schedule: { scheduleExpression: 'cron(0 5 * * ? *)', timezone: 'Europe/Berlin' },
      clientToken: expect.any(String)
    })
    expect(pipelineOf(result)).toEqual(
      expect.objectContaining({ result: 'updated', arn: pipelineArn() })
    )
    expect(result.lines).toContain(
      `image-pipeline ${pipeline}: updated (description, schedule) (${pipelineArn()})`
    )
    expect(result.summary).toContain(
      `image-pipeline <code>${pipeline}</code>: the file changed <code>description</code>, <code>schedule</code>.`
    )
    // The account's pipeline is the file: the description the file dropped is gone.
    const { imagePipeline } = await emulatorClient(emulator.url).send(
      new GetImagePipelineCommand({ imagePipelineArn: pipelineArn() })
    )
    expect(imagePipeline?.description).toBeUndefined()
    expect(imagePipeline?.schedule?.scheduleExpression).toBe('cron(0 5 * * ? *)')
    const third = await run(workspace(files(pipelineFile(changed))), documents())
    expect(pipelineOf(third)).toEqual(expect.objectContaining({ result: 'unchanged' }))
  })

  test('a recipe re-published moves the pipeline to its new version', async () => {
    expect((await run(workspace(files(pipelineFile())), documents())).exitCode).toBe(0)
    const recipe = RECIPE.replace('Golden image', 'Golden image, hardened')
    const result = await run(workspace(files(pipelineFile(), recipe)), documents())
    expect(errorsOf(result)).toEqual([])
    const [update] = emulator.calls('UpdateImagePipeline')
    expect(update.body).toEqual(
      expect.objectContaining({ imageRecipeArn: `${ACCOUNT}:image-recipe/golden-al2023/1.0.1` })
    )
    expect(result.lines).toContain(
      `image-pipeline ${pipeline}: updated (imageRecipeArn) (${pipelineArn()})`
    )
  })

  test('a workflow named by its entry becomes the build that entry resolved to', async () => {
    const withWorkflow =
      'executionRole: ImageBuilderWorkflowRole\nworkflows:\n  - workflowArn: smoke\n'
    const dir = workspace({ ...files(pipelineFile(withWorkflow)), 'wf/smoke.yml': WORKFLOW })
    const result = await run(dir, `${documents()}${workflowItem('TEST')}`)
    expect(errorsOf(result)).toEqual([])
    expect(emulator.calls('CreateImagePipeline')[0].body).toEqual(
      expect.objectContaining({
        workflows: [{ workflowArn: `${ACCOUNT}:workflow/test/smoke/1.0.0/1` }]
      })
    )
  })

  test('the pipeline is found on any page of the listing, among names the filter also returns', async () => {
    const recipe = `${ACCOUNT}:image-recipe/golden-al2023/x.x.x`
    const members = {
      imageRecipeArn: recipe,
      infrastructureConfigurationArn: INFRA,
      distributionConfigurationArn: DIST_THREE_REGIONS
    }
    emulator.addImagePipeline({ ...members, name: `${pipeline}-old` })
    emulator.addImagePipeline({ ...members, name: `${pipeline}-older` })
    emulator.addImagePipeline({ ...members, name: pipeline })
    emulator.pageSize = 1
    const result = await run(workspace(files(pipelineFile('', recipe))), documents())
    expect(errorsOf(result)).toEqual([])
    expect(writes()).toEqual([])
    expect(emulator.calls('ListImagePipelines').length).toBeGreaterThan(2)
    expect(pipelineOf(result)).toEqual(
      expect.objectContaining({ result: 'unchanged', arn: pipelineArn() })
    )
  })

  test('a wildcard recipe ARN is kept as written', async () => {
    const wildcard = `${ACCOUNT}:image-recipe/golden-al2023/1.x.x`
    const dir = workspace(files(pipelineFile('', wildcard)))
    const first = await run(dir, documents())
    expect(errorsOf(first)).toEqual([])
    expect(emulator.calls('CreateImagePipeline')[0].body).toEqual(
      expect.objectContaining({ imageRecipeArn: wildcard })
    )
    const second = await run(dir, documents())
    expect(pipelineOf(second)).toEqual(expect.objectContaining({ result: 'unchanged' }))
    expect(writes()).toHaveLength(1)
  })

  test('dry-run: an update is planned and checked by reads, and no pipeline write is sent', async () => {
    expect((await run(workspace(files(pipelineFile(SCHEDULE))), documents())).exitCode).toBe(0)
    const before = emulator.calls('GetInfrastructureConfiguration').length
    const changed = SCHEDULE.replace('cron(0 3', 'cron(0 4')
    const result = await run(workspace(files(pipelineFile(changed))), documents(), {
      'dry-run': 'true'
    })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(writes()).toHaveLength(1)
    expect(emulator.calls('GetInfrastructureConfiguration').length).toBe(before + 1)
    expect(emulator.calls('GetDistributionConfiguration').length).toBeGreaterThan(0)
    expect(pipelineOf(result)).toEqual(
      expect.objectContaining({ result: 'validated', arn: pipelineArn() })
    )
    expect(result.lines).toContain(
      `image-pipeline ${pipeline}: validated against the model and by reads; would be updated (schedule) (dry run: no pipeline write sent)`
    )
    expect(result.outputs.status).toBe('VALIDATED')
  })

  test('a recipe of the other type is refused before any pipeline write', async () => {
    const container = `parentImage: amazonlinux:2023
targetRepository:
  service: ECR
  repositoryName: web
dockerfileTemplateData: "FROM {{{ imagebuilder:parentImage }}}"
`
    const list = `
- container-recipe: web
  file: recipes/web.yml
  version: 1.0.x
- image-pipeline: ${pipeline}
  file: pipelines/nightly.yml
`
    const first = workspace({
      'recipes/web.yml': container,
      'pipelines/nightly.yml': `infrastructureConfigurationArn: ${INFRA}\ncontainerRecipeArn: web\n`
    })
    expect((await run(first, list)).exitCode).toBe(0)
    const image = `infrastructureConfigurationArn: ${INFRA}\nimageRecipeArn: ${ACCOUNT}:image-recipe/golden-al2023/1.0.0\n`
    const result = await run(
      workspace({ 'recipes/web.yml': container, 'pipelines/nightly.yml': image }),
      list
    )
    expect(result.exitCode).toBe(1)
    expect(writes()).toHaveLength(1)
    expect(errorsOf(result)).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining(
          `image-pipeline '${pipeline}' builds from a container recipe`
        ),
        properties: expect.objectContaining({ file: 'pipelines/nightly.yml' })
      })
    )
  })

  test('a tag difference is warned, not sent', async () => {
    expect(
      (await run(workspace(files(pipelineFile('tags:\n  team: a\n'))), documents())).exitCode
    ).toBe(0)
    const result = await run(workspace(files(pipelineFile('tags:\n  team: b\n'))), documents())
    expect(result.exitCode).toBe(0)
    expect(pipelineOf(result)).toEqual(expect.objectContaining({ result: 'unchanged' }))
    expect(emulator.calls('TagResource')).toEqual([])
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('UpdateImagePipeline cannot change tags')
      })
    )
  })

  test('a bad file is refused at its lines before any call', async () => {
    const bad = `infrastructureConfigurationArn: ${INFRA}
imageRecipeArn: no-such-recipe
name: golden-nightly
schedul:
  scheduleExpression: cron(0 3 * * ? *)
status: PAUSED
`
    const result = await run(workspace(files(bad)), documents())
    expect(result.exitCode).toBe(1)
    expect(emulator.calls('ListImagePipelines')).toEqual([])
    expect(emulator.calls('CreateComponent')).toEqual([])
    const lines = errorsOf(result).map(a => [a.properties.line, a.message])
    expect(lines).toEqual(
      expect.arrayContaining([
        [
          '2',
          expect.stringContaining("imageRecipeArn 'no-such-recipe' is neither an Image Builder ARN")
        ],
        ['3', expect.stringContaining('name is set by the action')],
        [
          '4',
          expect.stringContaining(
            "Unknown member 'schedul' of a image-pipeline; did you mean 'schedule'?"
          )
        ],
        ['6', expect.stringContaining('status must be one of DISABLED, ENABLED')]
      ])
    )
  })
})
