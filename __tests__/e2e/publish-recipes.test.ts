// mode: publish with image and container recipes, run as the runner runs the bundle, against the
// emulator's recipe stores: a recipe that names a component of the same run pins its new build,
// a wildcard version is assigned by the service and read back, nothing is made again unless the
// file or a component it names changed, an exact version taken is a conflict, a dry run sends no
// recipe Create, a bad file is annotated at its line, and create-image builds from the result.
import { describe, expect, test } from '@jest/globals'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT, componentItem, workspace } from '../support/workspace.js'

const emulator = useEmulator()

const run = (dir: string, documents: string, inputs: Record<string, string> = {}) =>
  runAction({
    endpoint: emulator.url,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents, ...inputs }
  })

const AMI = 'ami-0123456789abcdef0'
const RECIPE = `parentImage: ${AMI}
components:
  - componentArn: install-agents
description: Golden image
`
const recipeItem = (version: string, name = 'golden-al2023', file = 'recipes/golden.yml') => `
- image-recipe: ${name}
  file: ${file}
  version: ${version}
`
const errorsOf = (result: RunResult) => result.annotations.filter(a => a.level === 'error')
const published = (result: RunResult) =>
  JSON.parse(result.outputs.documents) as Array<Record<string, string>>
const ACCOUNT = 'arn:aws:imagebuilder:us-east-1:123456789012'
const CHANGED = COMPONENT.replace('echo install', 'echo install v2')

describe('mode: publish, recipes', () => {
  test('a recipe naming a component of the same run pins its new build; a second run creates nothing', async () => {
    // The recipe comes first in the list: the component is published before it all the same.
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'recipes/golden.yml': RECIPE })
    const documents = `${recipeItem('1.0.x')}${componentItem('1.2.x')}`
    const first = await run(dir, documents)
    expect(errorsOf(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    const build = `${ACCOUNT}:component/install-agents/1.2.0/1`
    const [create] = emulator.calls('CreateImageRecipe')
    // The wildcard is sent as it is: Image Builder picks the version.
    expect(create.body).toEqual(
      expect.objectContaining({
        name: 'golden-al2023',
        semanticVersion: '1.0.x',
        parentImage: AMI,
        components: [{ componentArn: build }],
        description: 'Golden image',
        tags: {
          'imagebuilder-action:request-sha256': expect.stringMatching(/^[0-9a-f]{64}$/),
          'imagebuilder-action:file-sha256': expect.stringMatching(/^[0-9a-f]{64}$/)
        }
      })
    )
    expect(create.body).not.toHaveProperty('dryRun')
    const arn = `${ACCOUNT}:image-recipe/golden-al2023/1.0.0`
    expect(published(first)).toEqual([
      {
        kind: 'component',
        name: 'install-agents',
        version: '1.2.0',
        arn: build,
        result: 'created'
      },
      { kind: 'image-recipe', name: 'golden-al2023', version: '1.0.0', arn, result: 'created' }
    ])
    expect(JSON.parse(first.outputs.arns)).toEqual({
      'install-agents': build,
      'golden-al2023': arn
    })
    expect(JSON.parse(first.outputs['latest-version-references'])).toEqual({
      'golden-al2023': expect.objectContaining({ latestPatchVersionArn: arn })
    })

    const second = await run(dir, documents)
    expect(second.exitCode).toBe(0)
    expect(emulator.calls('CreateImageRecipe')).toHaveLength(1)
    expect(emulator.calls('CreateComponent')).toHaveLength(1)
    expect(published(second).map(d => d.result)).toEqual(['unchanged', 'unchanged'])
    expect(JSON.parse(second.outputs.arns)).toEqual(JSON.parse(first.outputs.arns))
    expect(second.lines).toContain(`image-recipe golden-al2023: unchanged at 1.0.0 (${arn})`)
  })

  test('a changed component re-creates the recipe that names it and leaves the others alone', async () => {
    const other = `parentImage: ${AMI}\ndescription: No components of ours\n`
    const files = {
      'components/agents.yml': COMPONENT,
      'recipes/golden.yml': RECIPE,
      'recipes/other.yml': other
    }
    const documents = `${componentItem('1.2.x')}${recipeItem('1.0.x')}${recipeItem('2.0.x', 'plain', 'recipes/other.yml')}`
    expect((await run(workspace(files), documents)).exitCode).toBe(0)
    const result = await run(workspace({ ...files, 'components/agents.yml': CHANGED }), documents)
    expect(errorsOf(result)).toEqual([])
    const creates = emulator.calls('CreateImageRecipe')
    expect(creates).toHaveLength(3)
    expect(creates[2].body).toEqual(
      expect.objectContaining({
        name: 'golden-al2023',
        components: [{ componentArn: `${ACCOUNT}:component/install-agents/1.2.1/1` }]
      })
    )
    expect(published(result)).toEqual([
      expect.objectContaining({ name: 'install-agents', version: '1.2.1', result: 'created' }),
      expect.objectContaining({ name: 'golden-al2023', version: '1.0.1', result: 'created' }),
      expect.objectContaining({ name: 'plain', version: '2.0.0', result: 'unchanged' })
    ])
    expect(result.summary).toContain('Publish components, workflows and recipes (PUBLISHED)')
    expect(result.summary).toContain(
      'image-recipe <code>golden-al2023</code> was made again: component &#39;install-agents&#39; changed.'
    )
    expect(result.lines).toContainEqual(
      expect.stringMatching(
        /^image-recipe golden-al2023: 1\.0\.0 → 1\.0\.1 created .*: component 'install-agents' changed$/
      )
    )
  })

  test('a changed parentImage re-creates the recipe; the version the service assigns is read back', async () => {
    // A version made by hand in the line: the service goes on from it, and the action reads which.
    emulator.addImageRecipe({ name: 'golden-al2023', version: '1.0.4' })
    const files = { 'components/agents.yml': COMPONENT, 'recipes/golden.yml': RECIPE }
    const documents = `${componentItem('1.2.x')}${recipeItem('1.0.x')}`
    const first = await run(workspace(files), documents)
    expect(published(first)[1]).toEqual(expect.objectContaining({ version: '1.0.5' }))
    expect(first.lines).toContain(
      `image-recipe golden-al2023: 1.0.4 → 1.0.5 created (${ACCOUNT}:image-recipe/golden-al2023/1.0.5): the newest version has no hash tag (not made by this action)`
    )
    const newer = RECIPE.replace(AMI, 'ami-0fedcba9876543210')
    const second = await run(workspace({ ...files, 'recipes/golden.yml': newer }), documents)
    expect(emulator.calls('CreateImageRecipe')).toHaveLength(2)
    expect(emulator.calls('CreateImageRecipe')[1].body).toEqual(
      expect.objectContaining({ parentImage: 'ami-0fedcba9876543210', semanticVersion: '1.0.x' })
    )
    expect(published(second)[1]).toEqual(
      expect.objectContaining({ version: '1.0.6', result: 'created' })
    )
    expect(second.summary).toContain('was made again: file changed')
  })

  test('an exact version that exists with another request is a conflict, and nothing is created', async () => {
    const files = { 'components/agents.yml': COMPONENT, 'recipes/golden.yml': RECIPE }
    const documents = `${componentItem('1.2.x')}${recipeItem('1.0.3')}`
    const first = await run(workspace(files), documents)
    expect(published(first)[1]).toEqual(expect.objectContaining({ version: '1.0.3' }))
    expect(emulator.calls('CreateImageRecipe')[0].body).toEqual(
      expect.objectContaining({ semanticVersion: '1.0.3' })
    )
    // The component changed too: not even it is created.
    const changed = { 'components/agents.yml': CHANGED, 'recipes/golden.yml': RECIPE }
    const second = await run(workspace(changed), documents)
    expect(second.exitCode).toBe(1)
    expect(second.outputs.status).toBe('VERSION_CONFLICT')
    expect(emulator.calls('CreateImageRecipe')).toHaveLength(1)
    expect(emulator.calls('CreateComponent')).toHaveLength(1)
    expect(errorsOf(second)[0]).toEqual(
      expect.objectContaining({
        message: expect.stringContaining("image-recipe 'golden-al2023' 1.0.3 already exists"),
        properties: expect.objectContaining({ file: 'recipes/golden.yml' })
      })
    )
  })

  test('a container recipe with its Dockerfile template in a file of its own', async () => {
    const template =
      'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:environments }}}\n{{{ imagebuilder:components }}}\n'
    const recipe = `parentImage: amazonlinux:2023
targetRepository:
  service: ECR
  repositoryName: web
dockerfileTemplateFile: docker/Dockerfile.tpl
components:
  - componentArn: install-agents
`
    const dir = workspace({
      'components/agents.yml': COMPONENT,
      'recipes/web.yml': recipe,
      'docker/Dockerfile.tpl': template
    })
    const documents = `${componentItem('1.2.x')}
- container-recipe: web
  file: recipes/web.yml
  version: 2.1.x
`
    const result = await run(dir, documents)
    expect(errorsOf(result)).toEqual([])
    const [create] = emulator.calls('CreateContainerRecipe')
    expect(create.body).toEqual(
      expect.objectContaining({
        containerType: 'DOCKER',
        dockerfileTemplateData: template,
        targetRepository: { service: 'ECR', repositoryName: 'web' }
      })
    )
    expect(create.body).not.toHaveProperty('dockerfileTemplateFile')
    expect(published(result)[1]).toEqual({
      kind: 'container-recipe',
      name: 'web',
      version: '2.1.0',
      arn: `${ACCOUNT}:container-recipe/web/2.1.0`,
      result: 'created'
    })
  })

  test('dry-run: a recipe naming a component not yet created is validated, and no recipe Create is sent', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'recipes/golden.yml': RECIPE })
    const result = await run(dir, `${componentItem('1.2.x')}${recipeItem('1.0.x')}`, {
      'dry-run': 'true'
    })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('VALIDATED')
    expect(emulator.calls('CreateImageRecipe')).toEqual([])
    expect(emulator.calls('CreateComponent')[0].body).toEqual(
      expect.objectContaining({ dryRun: true })
    )
    expect(published(result)).toEqual([
      expect.objectContaining({ kind: 'component', result: 'validated', arn: '' }),
      expect.objectContaining({ kind: 'image-recipe', version: '1.0.x', result: 'validated' })
    ])
    expect(emulator.recipes).toEqual([])
  })

  test('dry-run: a component named by ARN that is deprecated is refused by a read', async () => {
    const build = emulator.addDocument({
      kind: 'component',
      name: 'old-agents',
      version: '1.0.0',
      data: COMPONENT,
      status: 'DEPRECATED'
    })
    const dir = workspace({
      'recipes/golden.yml': `parentImage: ${AMI}\ncomponents:\n  - componentArn: ${build}\n`
    })
    const result = await run(dir, recipeItem('1.0.x'), { 'dry-run': 'true' })
    expect(result.exitCode).toBe(1)
    expect(emulator.calls('CreateImageRecipe')).toEqual([])
    expect(errorsOf(result)[0].message).toContain(`component ${build} is DEPRECATED`)
  })

  test('an unknown member is annotated at its line, with the nearest name, before any call', async () => {
    const dir = workspace({
      'components/agents.yml': COMPONENT,
      'recipes/golden.yml': `description: x\nparentImag: ${AMI}\ncomponents:\n  - componentArn: no-such-entry\n`
    })
    const result = await run(dir, `${componentItem('1.2.x')}${recipeItem('1.0.x')}`)
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    const errors = errorsOf(result)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringContaining("did you mean 'parentImage'"),
          properties: expect.objectContaining({ file: 'recipes/golden.yml', line: '2' })
        }),
        expect.objectContaining({
          message: expect.stringContaining("Component 'no-such-entry' is neither"),
          properties: expect.objectContaining({ line: '4' })
        }),
        expect.objectContaining({ message: expect.stringContaining('parentImage is required') })
      ])
    )
  })

  test('a file with more tags than leave room for the hash tags is refused at its line', async () => {
    const tags = Array.from({ length: 49 }, (_, i) => `  t${i}: v`).join('\n')
    const dir = workspace({ 'recipes/golden.yml': `parentImage: ${AMI}\ntags:\n${tags}\n` })
    const result = await run(dir, recipeItem('1.0.x'))
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    expect(errorsOf(result)[0]).toEqual(
      expect.objectContaining({
        message: expect.stringContaining('tags may have at most 48 entries'),
        properties: expect.objectContaining({ file: 'recipes/golden.yml', line: '2' })
      })
    )
  })

  test('create-image builds from the published recipe through the arns output', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'recipes/golden.yml': RECIPE })
    const pub = await run(dir, `${componentItem('1.2.x')}${recipeItem('1.0.x')}`)
    const arns = JSON.parse(pub.outputs.arns) as Record<string, string>
    const build = await runAction({
      endpoint: emulator.url,
      inputs: { ...CREATE_IMAGE_INPUTS, 'image-recipe-arn': arns['golden-al2023'] }
    })
    expect(build.exitCode).toBe(0)
    expect(build.outputs.status).toBe('AVAILABLE')
    expect(emulator.calls('CreateImage')[0].body).toEqual(
      expect.objectContaining({ imageRecipeArn: `${ACCOUNT}:image-recipe/golden-al2023/1.0.0` })
    )
  })
})
