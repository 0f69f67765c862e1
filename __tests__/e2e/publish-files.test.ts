// mode publish sends only files of the repository: a symlink must lead inside the workspace, only
// a regular file is read (a FIFO or a device never blocks the step), its size is capped before a
// byte is read, and its text must be UTF-8. Each refusal is an error annotated on that file, the
// status output and the summary, before any call.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'
import { COMPONENT, componentItem as component, workspace } from '../support/workspace.js'

const emulator = useEmulator()

const FILE = 'components/agents.yml'

const publish = (dir: string, options: { killAfterMs?: number } = {}): Promise<RunResult> =>
  runAction({
    endpoint: emulator.url,
    env: { GITHUB_WORKSPACE: dir },
    inputs: { mode: 'publish', documents: component('1.2.x') },
    ...options
  })

/** The step failed before any call, with one error on FILE; its message. */
function refusal(result: RunResult): string {
  expect(result.signal).toBeNull()
  expect(result.exitCode).toBe(1)
  expect(emulator.requests).toEqual([])
  expect(result.outputs.status).toBe('INVALID_INPUT')
  const located = result.annotations.filter(a => a.level === 'error' && a.properties.file)
  expect(located.map(a => a.properties.file)).toEqual([FILE])
  expect(result.summary).toContain('Invalid input')
  expect(result.summary).toContain(FILE)
  return located[0].message
}

/** A workspace whose FILE is a symlink to `target` (relative to the workspace, or absolute). */
function linked(target: string, files: Record<string, string> = {}): string {
  const dir = workspace(files)
  mkdirSync(join(dir, 'components'), { recursive: true })
  symlinkSync(target, join(dir, FILE))
  return dir
}

describe('publish reads only files of the workspace', () => {
  test('a symlink to a file outside the workspace is refused, and its text is not sent', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'ib-elsewhere-'))
    writeFileSync(join(elsewhere, 'secret.yml'), COMPONENT.replace('echo install', 'echo secret'))
    const result = await publish(linked(join(elsewhere, 'secret.yml')))
    const message = refusal(result)
    expect(message).toContain('outside the workspace')
    expect(result.summary).toContain('outside the workspace')
  })

  test('a relative symlink that climbs out of the workspace is refused too', async () => {
    const dir = linked('../../outside.yml')
    writeFileSync(join(dir, '..', 'outside.yml'), COMPONENT)
    expect(refusal(await publish(dir))).toContain('outside the workspace')
  })

  test('a symlink to a file inside the workspace is read and published', async () => {
    const dir = linked('../shared/agents.yml', { 'shared/agents.yml': COMPONENT })
    const result = await publish(dir)
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateComponent').map(c => c.body.data)).toEqual([COMPONENT])
    expect(result.outputs.status).toBe('PUBLISHED')
  })

  test('a symlink to /dev/zero is refused at once, without reading it', async () => {
    const result = await publish(linked('/dev/zero'), { killAfterMs: 15_000 })
    expect(refusal(result)).toContain('outside the workspace')
    expect(result.exitedAt - result.spawnedAt).toBeLessThan(10_000)
  })

  test('a FIFO never blocks the step: it ends promptly with the error', async () => {
    const dir = workspace({})
    mkdirSync(join(dir, 'components'))
    execFileSync('mkfifo', [join(dir, FILE)])
    const result = await publish(dir, { killAfterMs: 15_000 })
    expect(result.signalsSent).toEqual([])
    expect(refusal(result)).toContain('is not a regular file (a FIFO)')
    expect(result.exitedAt - result.spawnedAt).toBeLessThan(10_000)
  })

  test('a directory is refused as not a file', async () => {
    const dir = workspace({})
    mkdirSync(join(dir, FILE), { recursive: true })
    expect(refusal(await publish(dir))).toContain('is not a regular file (a directory)')
  })
})

describe('publish reads files of a size and encoding it can send', () => {
  test('a file over the byte cap is refused before it is read, with the limit', async () => {
    const big = `${COMPONENT}#${'x'.repeat(70_000)}\n`
    const message = refusal(await publish(workspace({ [FILE]: big })))
    expect(message).toContain(`${Buffer.byteLength(big)} bytes`)
    expect(message).toContain('16000 characters')
  })

  test('a file under the byte cap but over 16,000 characters is refused by its characters', async () => {
    const long = `${COMPONENT}#${'x'.repeat(20_000)}\n`
    expect(refusal(await publish(workspace({ [FILE]: long })))).toContain(
      `is ${long.length} characters`
    )
  })

  test('16,000 characters of four-byte UTF-8 are under the cap: the check is in characters', async () => {
    // '\u{1D400}' (a bold A) is 4 bytes and 2 UTF-16 units: a file near the limit is far over 16,000 bytes.
    const text = `${COMPONENT}# ${'\u{1D400}'.repeat(7000)}\n`
    expect(Buffer.byteLength(text)).toBeGreaterThan(16_000)
    const result = await publish(workspace({ [FILE]: text }))
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(emulator.calls('CreateComponent').map(c => c.body.data)).toEqual([text])
  })

  test('invalid UTF-8 is refused on its line, not sent with replacement characters', async () => {
    const dir = workspace({})
    mkdirSync(join(dir, 'components'))
    // The byte 0xE9 (é in Latin-1) before 'install]', in the 9th line.
    const at = COMPONENT.indexOf('install]')
    const bytes = [COMPONENT.slice(0, at), '\xe9', COMPONENT.slice(at)].join('')
    writeFileSync(join(dir, FILE), Buffer.from(bytes, 'latin1'))
    const result = await publish(dir)
    const message = refusal(result)
    expect(message).toContain('not valid UTF-8')
    const [annotation] = result.annotations.filter(a => a.properties.file === FILE)
    expect(annotation.properties.line).toBe('9')
  })
})
