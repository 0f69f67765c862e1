// Mode publish from source, in this process, on the fake clock: the same paths as the end-to-end
// tests (publish.test.ts there), measured for coverage, plus the retries that take real seconds.
import { describe, expect, test } from '@jest/globals'
import {
  COMPONENT,
  WORKFLOW,
  componentItem,
  workflowItem,
  workspace
} from '../support/workspace.js'
import { errors, inProcessSetup, warnings } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
const publish = (dir: string, documents: string, inputs: Record<string, string> = {}) =>
  t.main({
    bare: true,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents, ...inputs }
  })
const CHANGED = `${COMPONENT}# changed\n`

describe('publish', () => {
  test('created, then unchanged; a workflow beside it', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'wf/smoke.yml': WORKFLOW })
    const documents = `${componentItem('1.2.x')}${workflowItem('TEST')}`
    const first = await publish(dir, documents)
    const second = await publish(dir, documents)
    expect(errors(first)).toEqual([])
    expect(first.outputs.status).toBe('PUBLISHED')
    expect(JSON.parse(second.outputs.documents)).toEqual([
      expect.objectContaining({ version: '1.2.0', result: 'unchanged' }),
      expect.objectContaining({ version: '1.0.0', result: 'unchanged' })
    ])
    expect(second.outputs.arns).toBe(first.outputs.arns)
    expect(first.state.settled).toBe('true')
  })

  test('an outage of the listings is waited out on the clock', async () => {
    emulator.inject({
      operation: 'ListComponents',
      errorType: 'ServiceUnavailableException',
      times: 4
    })
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await publish(dir, componentItem('1.2.x'))
    expect(result.exitCode).toBe(0)
    expect(
      result.lines.some(l => l.includes('ListComponents failed: ServiceUnavailableException'))
    ).toBe(true)
  })

  test('an exact version with other content: VERSION_CONFLICT, nothing created', async () => {
    emulator.addDocument({
      kind: 'component',
      name: 'install-agents',
      version: '2.0.0',
      data: COMPONENT
    })
    const dir = workspace({ 'components/agents.yml': CHANGED, 'wf/smoke.yml': WORKFLOW })
    const result = await publish(dir, `${componentItem('2.0.0')}${workflowItem('BUILD')}`)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('VERSION_CONFLICT')
    expect(emulator.calls('CreateWorkflow')).toEqual([])
    expect(errors(result).join('\n')).toContain('raise the version')
  })

  test('dry-run: validated, and a refusal reported per file', async () => {
    const dir = workspace({
      'components/agents.yml': COMPONENT,
      'wf/smoke.yml': WORKFLOW.replace('LaunchInstance', 'Launch')
    })
    const result = await publish(dir, `${componentItem('1.2.x')}${workflowItem('BUILD')}`, {
      'dry-run': 'true',
      wait: 'false'
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('VALIDATION_FAILED')
    expect(warnings(result)).toEqual(["Mode 'publish' does not use 'wait'; it is ignored."])
    expect(emulator.documents).toEqual([])
    expect(result.summary).toContain('none (dry run)')
    expect(result.summary).toContain('refused')
  })

  test('access denied on the first call: the report says why, with what to do', async () => {
    emulator.inject({ operation: 'ListComponents', errorType: 'AccessDeniedException' })
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await publish(dir, componentItem('1.2.x'))
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('REQUEST_FAILED')
    expect(errors(result)[0]).toContain('Allow imagebuilder:ListComponents')
    expect(result.summary).toContain('(REQUEST_FAILED)')
  })

  test('files outside the workspace, missing files, a document too long: named before any call', async () => {
    const dir = workspace({
      'big.yml': `schemaVersion: 1.0\nphases: [a]\n# ${'x'.repeat(16_000)}\n`
    })
    const result = await publish(
      dir,
      `${componentItem('1.0.x', '../etc/passwd')}
- component: missing
  file: nowhere.yml
  version: 1.0.0
  platform: Windows
- workflow: big one
  file: big.yml
  version: 1.0.x
  type: BUILD
`
    )
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    const message = errors(result).join('\n')
    expect(message).toContain('must be a path inside the repository')
    expect(message).toContain("file 'nowhere.yml' of component 'missing' does not exist")
    expect(message).toContain('takes at most 16000 inline')
    expect(result.outputs.status).toBe('INVALID_INPUT')
  })

  test('recipes: created beside their component, unchanged again, checked by reads in a dry run', async () => {
    const recipe = `parentImage: ami-0123456789abcdef0
components:
  - componentArn: install-agents
    parameters:
      - name: release
        value: ['9']
blockDeviceMappings:
  - deviceName: /dev/xvda
    ebs: { volumeSize: 40, volumeType: gp3, encrypted: true }
`
    const data = `${COMPONENT}parameters:\n  - release:\n      type: string\n`
    const dir = workspace({ 'components/agents.yml': data, 'recipes/golden.yml': recipe })
    const documents = `${componentItem('1.2.x')}
- image-recipe: golden
  file: recipes/golden.yml
  version: 1.0.x
`
    const dry = await publish(dir, documents, { 'dry-run': 'true' })
    expect(errors(dry)).toEqual([])
    const first = await publish(dir, documents)
    const second = await publish(dir, documents)
    expect(errors(first)).toEqual([])
    expect(JSON.parse(second.outputs.documents)).toEqual([
      expect.objectContaining({ kind: 'component', result: 'unchanged' }),
      expect.objectContaining({ kind: 'image-recipe', version: '1.0.0', result: 'unchanged' })
    ])
    expect(emulator.calls('CreateImageRecipe')).toHaveLength(1)
    // A dry run after the publish reads the components the recipe pins: they are there.
    const again = await publish(dir, documents.replace('1.0.x', '1.1.x'), { 'dry-run': 'true' })
    expect(JSON.parse(again.outputs.documents)[1]).toEqual(
      expect.objectContaining({ result: 'validated' })
    )
    expect(emulator.calls('GetComponent').length).toBeGreaterThan(0)
    expect(emulator.calls('CreateImageRecipe')).toHaveLength(1)
  })
})
