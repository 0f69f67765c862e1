// mode publish against the listings as the model documents them: one entry per version without
// byName, DEPRECATED versions hidden unless the status filter asks, deprecated builds hidden (or
// shown with their state, for workflows), names that are one name to the service, and a Create
// the service refuses because the same content already exists.
import { describe, expect, test } from '@jest/globals'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT, WORKFLOW, componentItem as component, workspace } from '../support/workspace.js'

const emulator = useEmulator()

const run = (dir: string, documents: string) =>
  runAction({
    endpoint: emulator.url,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents }
  })

const published = (result: RunResult): unknown => JSON.parse(result.outputs.documents)
const errorsOf = (result: RunResult) => result.annotations.filter(a => a.level === 'error')
const seed = (
  version: string,
  data: string,
  status?: 'DEPRECATED' | 'DISABLED',
  name = 'install-agents'
): string => emulator.addDocument({ kind: 'component', name, version, data, status })
const OTHER = `${COMPONENT}# other\n`
const CHANGED = `${COMPONENT}# changed\n`

describe('publish: versions as the service lists them', () => {
  test('every version of the name is listed without byName, every page, deprecated ones too', async () => {
    emulator.pageSize = 2
    for (const patch of [0, 1, 2, 3, 4]) seed(`1.2.${patch}`, `${COMPONENT}# ${patch}\n`)
    const dir = workspace({ 'components/agents.yml': CHANGED })
    const result = await run(dir, component('1.2.x'))
    expect(result.exitCode).toBe(0)
    const lists = emulator.calls('ListComponents')
    expect(lists.length).toBeGreaterThanOrEqual(3)
    for (const list of lists) {
      expect(list.body.byName).toBeUndefined()
      expect(list.body.owner).toBe('Self')
      expect(list.body.filters).toContainEqual({ name: 'name', values: ['install-agents'] })
    }
    expect(lists.map(l => l.body.filters)).toContainEqual([
      { name: 'name', values: ['install-agents'] },
      { name: 'status', values: ['DEPRECATED'] }
    ])
    const [create] = emulator.calls('CreateComponent')
    expect(create.body.semanticVersion).toBe('1.2.5')
  })

  test('0.4.x after 0.4.0 and a deprecated 0.4.1 is 0.4.2; the deprecated build is never read', async () => {
    seed('0.4.0', COMPONENT)
    const deprecated = seed('0.4.1', OTHER, 'DEPRECATED')
    const dir = workspace({ 'components/agents.yml': CHANGED })
    const result = await run(dir, component('0.4.x'))
    expect(result.exitCode).toBe(0)
    const creates = emulator.calls('CreateComponent')
    expect(creates.map(c => c.body.semanticVersion)).toEqual(['0.4.2'])
    const read = emulator.calls('GetComponent').map(g => g.query.componentBuildVersionArn)
    expect(read).not.toContain(deprecated)
    expect(result.lines).toContainEqual(
      expect.stringMatching(/^component install-agents: 0\.4\.0\/1 → 0\.4\.2 created/)
    )
  })

  test('a file equal to the newest version in use is unchanged, whatever was deprecated after it', async () => {
    const active = seed('0.4.0', COMPONENT)
    seed('0.4.1', OTHER, 'DEPRECATED')
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(dir, component('0.4.x'))
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent')).toEqual([])
    expect(published(result)).toEqual([
      expect.objectContaining({ version: '0.4.0', arn: active, result: 'unchanged' })
    ])
  })

  test('an exact version that is deprecated or disabled gets no build: VERSION_CONFLICT', async () => {
    for (const status of ['DEPRECATED', 'DISABLED'] as const) {
      emulator.reset()
      seed('0.4.1', COMPONENT, status)
      const dir = workspace({ 'components/agents.yml': COMPONENT })
      const result = await run(dir, component('0.4.1'))
      expect(result.exitCode).toBe(1)
      expect(result.outputs.status).toBe('VERSION_CONFLICT')
      expect(emulator.calls('CreateComponent')).toEqual([])
      expect(errorsOf(result)).toContainEqual(
        expect.objectContaining({
          properties: expect.objectContaining({ file: 'components/agents.yml' }) as unknown,
          message: expect.stringContaining('0.4.1 is deprecated or disabled') as unknown
        })
      )
    }
  })

  test('a workflow whose builds are all deprecated is not compared: the next patch is made', async () => {
    emulator.addDocument({
      kind: 'workflow',
      name: 'smoke',
      version: '1.0.0',
      type: 'TEST',
      data: WORKFLOW,
      status: 'DEPRECATED'
    })
    const dir = workspace({ 'wf/smoke.yml': WORKFLOW })
    const result = await run(
      dir,
      '- workflow: smoke\n  file: wf/smoke.yml\n  version: 1.0.x\n  type: TEST\n'
    )
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('GetWorkflow')).toEqual([])
    expect(emulator.calls('CreateWorkflow').map(c => c.body.semanticVersion)).toEqual(['1.0.1'])
  })

  test('names that differ only in case, spaces or underscores are matched as one', async () => {
    const existing = seed('1.2.0', COMPONENT, undefined, 'Install_Agents')
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(
      dir,
      '- component: install agents\n  file: components/agents.yml\n  version: 1.2.x\n  platform: Linux\n'
    )
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent')).toEqual([])
    expect(published(result)).toEqual([
      expect.objectContaining({ name: 'install agents', arn: existing, result: 'unchanged' })
    ])
  })

  test('two entries that are one name to the service are bad input, before any call', async () => {
    const dir = workspace({ 'components/agents.yml': COMPONENT, 'components/b.yml': OTHER })
    const result = await run(
      dir,
      `${component('1.2.x')}- component: Install_Agents\n  file: components/b.yml\n  version: 1.3.x\n  platform: Linux\n`
    )
    expect(result.exitCode).toBe(1)
    expect(emulator.requests).toEqual([])
    expect(result.outputs.status).toBe('INVALID_INPUT')
    const messages = errorsOf(result).map(a => a.message)
    expect(messages).toContainEqual(
      expect.stringMatching(/'install-agents' and 'Install_Agents'.*same name/)
    )
  })

  test('a Create refused because the same content already exists (another run got there first) is unchanged', async () => {
    // Created a moment ago by another run: not in the listings yet.
    emulator.listingDelayMs = 60_000
    seed('1.2.0', COMPONENT)
    emulator.documents[0].createdAt = Date.now()
    const dir = workspace({ 'components/agents.yml': COMPONENT })
    const result = await run(dir, component('1.2.x'))
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent')).toHaveLength(1)
    expect(result.outputs.status).toBe('PUBLISHED')
    expect(published(result)).toEqual([
      expect.objectContaining({ version: '1.2.0', result: 'unchanged' })
    ])
    expect(result.lines).toContainEqual(
      expect.stringContaining('unchanged: Image Builder already holds this content as 1.2.0')
    )
  })
})
