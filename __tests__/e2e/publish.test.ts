// mode: publish, run as the runner runs the bundle, against the emulator's components and
// workflows: a new version only when a file changed, versions compared as numbers, an exact
// version taken by other content refused before anything is created, dry-run validation, and
// every broken file annotated before any call.
import { describe, expect, test } from '@jest/globals'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'
import {
  COMPONENT,
  WORKFLOW,
  componentItem as component,
  workflowItem as workflow,
  workspace
} from '../support/workspace.js'

const emulator = useEmulator()

const CHANGED = COMPONENT.replace('echo install', 'echo install v2')

const run = (dir: string, documents: string, inputs: Record<string, string> = {}) =>
  runAction({
    endpoint: emulator.url,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents, ...inputs }
  })

const errorsOf = (result: RunResult) => result.annotations.filter(a => a.level === 'error')
const published = (result: RunResult): unknown => JSON.parse(result.outputs.documents)
const BUILD_ARN = /^arn:aws:imagebuilder:us-east-1:123456789012:component\/install-agents\//

describe('mode: publish', () => {
  test('a new component is created at 1.2.0, with the file as its data', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(dir, component('1.2.x'))
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const [create] = emulator.calls('CreateComponent')
    expect(create.method).toBe('PUT')
    expect(create.body).toEqual({
      name: 'install-agents',
      semanticVersion: '1.2.0',
      platform: 'Linux',
      data: COMPONENT,
      clientToken: expect.stringMatching(/^pub-[0-9a-f]{32}$/)
    })
    const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:component/install-agents/1.2.0/1'
    expect(published(result)).toEqual([
      { kind: 'component', name: 'install-agents', version: '1.2.0', arn, result: 'created' }
    ])
    expect(JSON.parse(result.outputs.arns)).toEqual({ 'install-agents': arn })
    expect(result.outputs.status).toBe('PUBLISHED')
    expect(result.lines).toContain(`component install-agents: none → 1.2.0 created (${arn})`)
    expect(result.summary).toContain('Publish components and workflows (PUBLISHED)')
    expect(result.summary).toContain('none → 1.2.0')
  })

  test('an unchanged file creates nothing, and a second run reports the same ARNs', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'wf/smoke.yml': WORKFLOW })
    const documents = `${component('1.2.x')}${workflow('TEST')}`
    const first = await run(dir, documents)
    const second = await run(dir, documents)
    expect([first.exitCode, second.exitCode]).toEqual([0, 0])
    expect(emulator.calls('CreateComponent')).toHaveLength(1)
    expect(emulator.calls('CreateWorkflow')).toHaveLength(1)
    const arns = JSON.parse(first.outputs.arns) as Record<string, string>
    expect(JSON.parse(second.outputs.arns)).toEqual(arns)
    expect(published(second)).toEqual([
      expect.objectContaining({ name: 'install-agents', version: '1.2.0', result: 'unchanged' }),
      expect.objectContaining({ name: 'smoke', version: '1.0.0', result: 'unchanged' })
    ])
    expect(arns.smoke).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke/1.0.0/1'
    )
    expect(second.summary).toContain('unchanged')
  })

  test('a changed file after 1.2.9 and 1.2.10 becomes 1.2.11; other names and lines are left alone', async () => {
    const seed = (name: string, version: string, data = COMPONENT): string =>
      emulator.addDocument({ kind: 'component', name, version, data })
    seed('install-agents', '1.2.9')
    const newest = seed('install-agents', '1.2.10', `${COMPONENT}# 1.2.10\n`)
    seed('install-agents', '1.3.0', CHANGED)
    seed('install-agents', '2.0.0', CHANGED)
    // A longer name that holds this one: the service's name filter may list it.
    seed('install-agents-extra', '1.2.99', CHANGED)
    const dir = workspace({ 'components/agents.yml': CHANGED })
    const result = await run(dir, component('1.2.x'))
    expect(result.exitCode).toBe(0)
    const [create] = emulator.calls('CreateComponent')
    expect(create.body.semanticVersion).toBe('1.2.11')
    const [get] = emulator.calls('GetComponent')
    expect(get.query.componentBuildVersionArn).toBe(newest)
    const arn = (JSON.parse(result.outputs.arns) as Record<string, string>)['install-agents']
    expect(arn).toMatch(/\/1\.2\.11\/1$/)
    expect(result.lines).toContain(`component install-agents: 1.2.10/1 → 1.2.11 created (${arn})`)
  })

  test('the newest build of a version is the one compared: build 10 after build 9', async () => {
    for (let build = 1; build <= 10; build++) {
      const data = build === 10 ? COMPONENT : `${COMPONENT}# build ${build}\n`
      emulator.addDocument({ kind: 'component', name: 'install-agents', version: '1.4.0', data })
    }
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(dir, component('1.4.x'))
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent')).toEqual([])
    expect(published(result)).toEqual([
      expect.objectContaining({ arn: expect.stringMatching(/\/1\.4\.0\/10$/), result: 'unchanged' })
    ])
  })

  test('an exact version that exists with other content fails, and nothing at all is created', async () => {
    const taken = emulator.addDocument({
      kind: 'component',
      name: 'install-agents',
      version: '2.0.0',
      data: COMPONENT
    })
    const dir = workspace({ 'components/agents.yml': CHANGED, 'wf/smoke.yml': WORKFLOW })
    const result = await run(dir, `${component('2.0.0')}${workflow('BUILD')}`)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('VERSION_CONFLICT')
    expect(emulator.calls('CreateComponent')).toEqual([])
    expect(emulator.calls('CreateWorkflow')).toEqual([])
    const fileErrors = errorsOf(result).filter(a => a.properties.file)
    expect(fileErrors).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ file: 'components/agents.yml' }) as unknown,
        message: expect.stringContaining('2.0.0 already exists with other content') as unknown
      })
    ])
    expect(fileErrors[0].message).toContain(taken)
    expect(fileErrors[0].message).toContain('raise the version')
    expect(result.summary).toContain('VERSION_CONFLICT')
    expect(result.summary).toContain('version conflict')
  })

  test('an exact version that does not exist is created; the same text again is unchanged', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const first = await run(dir, component('3.1.4'))
    const second = await run(dir, component('3.1.4'))
    expect(emulator.calls('CreateComponent').map(c => c.body.semanticVersion)).toEqual(['3.1.4'])
    expect(published(first)).toEqual([
      expect.objectContaining({ version: '3.1.4', result: 'created' })
    ])
    expect(published(second)).toEqual([
      expect.objectContaining({ version: '3.1.4', result: 'unchanged' })
    ])
  })

  test('a workflow is compared only with workflows of its type, and created with it', async () => {
    emulator.addDocument({
      kind: 'workflow',
      name: 'smoke',
      version: '1.0.7',
      type: 'BUILD',
      data: WORKFLOW
    })
    const dir = workspace({ 'wf/smoke.yml': WORKFLOW })
    const result = await run(
      dir,
      `- workflow: smoke
  file: wf/smoke.yml
  version: 1.0.x
  type: TEST
  description: Smoke tests
`
    )
    expect(result.exitCode).toBe(0)
    const [create] = emulator.calls('CreateWorkflow')
    expect(create.body).toEqual({
      name: 'smoke',
      semanticVersion: '1.0.0',
      type: 'TEST',
      description: 'Smoke tests',
      data: WORKFLOW,
      clientToken: expect.stringMatching(/^pub-/)
    })
    expect(JSON.parse(result.outputs.arns)).toEqual({
      smoke: 'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke/1.0.0/1'
    })
  })

  test('dry-run: every Create goes with dryRun, 412 is success, and nothing is created', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'wf/smoke.yml': WORKFLOW })
    const result = await run(dir, `${component('1.2.x')}${workflow('BUILD')}`, {
      'dry-run': 'true'
    })
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent').map(c => c.body.dryRun)).toEqual([true])
    expect(emulator.calls('CreateWorkflow').map(c => c.body.dryRun)).toEqual([true])
    expect(emulator.documents).toEqual([])
    expect(result.outputs.status).toBe('VALIDATED')
    expect(published(result)).toEqual([
      { kind: 'component', name: 'install-agents', version: '1.2.0', arn: '', result: 'validated' },
      { kind: 'workflow', name: 'smoke', version: '1.0.0', arn: '', result: 'validated' }
    ])
    expect(JSON.parse(result.outputs.arns)).toEqual({})
    expect(result.summary).toContain('none (dry run)')
  })

  test("dry-run: the service's refusal is annotated on that file, after every document is checked", async () => {
    const broken = WORKFLOW.replace('LaunchInstance', 'LaunchInstances')
    const dir = workspace({ 'wf/broken.yml': broken, 'components/agents.yml': COMPONENT })
    const result = await run(dir, `${workflow('BUILD', 'wf/broken.yml')}${component('1.2.x')}`, {
      'dry-run': 'true'
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('VALIDATION_FAILED')
    expect(emulator.calls('CreateComponent')).toHaveLength(1)
    expect(emulator.documents).toEqual([])
    const [annotation] = errorsOf(result).filter(a => a.properties.file)
    expect(annotation.properties.file).toBe('wf/broken.yml')
    expect(annotation.message).toContain('InvalidParameterValueException')
    expect(annotation.message).toContain('unsupported action: LaunchInstances')
    expect(published(result)).toEqual([
      expect.objectContaining({ name: 'install-agents', result: 'validated' })
    ])
  })

  test('broken files: every one annotated with its line, and no call at all', async () => {
    const dir = workspace({
      'components/agents.yml':
        'name: a\nschemaVersion: 1.0\nphases:\n  - name: build\n   steps: [\n',
      'wf/smoke.yml': 'name: smoke\nschemaVersion: 1.0\n',
      'components/fine.yml': COMPONENT
    })
    const result = await run(
      dir,
      `${component('1.2.x')}${workflow('BUILD')}- component: fine
  file: components/fine.yml
  version: 1.0.x
  platform: Linux
`
    )
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    expect(result.outputs.status).toBe('INVALID_INPUT')
    const located = errorsOf(result).filter(a => a.properties.file)
    expect(located.map(a => a.properties.file)).toEqual(
      expect.arrayContaining(['components/agents.yml', 'wf/smoke.yml'])
    )
    const yamlError = located.find(a => a.properties.file === 'components/agents.yml')
    expect(yamlError?.message).toContain('Not valid YAML')
    expect(Number(yamlError?.properties.line)).toBeGreaterThanOrEqual(4)
    const steps = located.find(a => a.properties.file === 'wf/smoke.yml')
    expect(steps?.message).toContain('needs steps')
    expect(located.some(a => a.properties.file === 'components/fine.yml')).toBe(false)
    expect(result.summary).toContain('Invalid input')
  })

  test('bad documents input: a name twice, a bad version, a missing platform, before any call', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(
      dir,
      `${component('1.2.x')}${component('1.2.3')}
- component: other
  file: components/agents.yml
  version: 1.2
`
    )
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    const [error] = errorsOf(result)
    expect(error.message).toContain("lists component 'install-agents' twice")
    expect(error.message).toContain('version must be MAJOR.MINOR.x')
    expect(error.message).toContain('platform must be one of Linux, Windows, macOS')
  })

  test('a re-run before the listings show a new component gets the same build, not a second', async () => {
    emulator.listingDelayMs = 120_000
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const first = await run(dir, component('1.2.x'))
    const second = await run(dir, component('1.2.x'))
    const creates = emulator.calls('CreateComponent')
    expect(creates).toHaveLength(2)
    expect(creates[1].body.clientToken).toBe(creates[0].body.clientToken)
    expect(emulator.documents).toHaveLength(1)
    expect(second.outputs.arns).toBe(first.outputs.arns)
    expect(JSON.parse(first.outputs.arns)['install-agents']).toMatch(BUILD_ARN)
  })

  test('a Create whose answer was lost is sent again with its token: one build, not two', async () => {
    emulator.inject({ operation: 'CreateComponent', reset: true, afterHandling: true, times: 1 })
    emulator.inject({
      operation: 'ListComponents',
      errorType: 'ThrottlingException',
      status: 429,
      times: 2
    })
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(dir, component('1.2.x'))
    expect(result.exitCode).toBe(0)
    expect(emulator.documents).toHaveLength(1)
    const tokens = emulator.calls('CreateComponent').map(c => c.body.clientToken)
    expect(tokens.length).toBeGreaterThan(1)
    expect(new Set(tokens).size).toBe(1)
    expect(published(result)).toEqual([expect.objectContaining({ result: 'created' })])
  })

  test('job cancellation mid-publish: the call is abandoned, status JOB_CANCELLED, a summary', async () => {
    emulator.inject({ operation: 'ListComponents', hang: true })
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await runAction({
      endpoint: emulator.url,
      env: { GITHUB_WORKSPACE: dir },
      inputs: { mode: 'publish', documents: component('1.2.x') },
      cancelWhen: () => emulator.calls('ListComponents').length > 0
    })
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('JOB_CANCELLED')
    expect(emulator.calls('CreateComponent')).toEqual([])
    expect(result.summary).toContain('JOB_CANCELLED')
  })
})
