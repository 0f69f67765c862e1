// npm run emulator: the command line a user tries the action against by hand. It prints only its
// URL on stdout, plays the scenario and faults it is given, and refuses names it does not know.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '@jest/globals'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { ROOT, runAction } from '../support/harness.js'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const cli = join(ROOT, 'emulator/cli.ts')

test('serves the scenario and faults it is given, at the URL it prints', async () => {
  const child = spawn(
    process.execPath,
    [tsx, cli, '--scenario', 'fail-at-step', '--fault', 'throttle'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').once('data', (text: string) => resolve(text.trim()))
      child.once('exit', code => reject(new Error(`emulator exited with ${code}`)))
    })
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const result = await runAction({
      endpoint: url,
      inputs: { ...CREATE_IMAGE_INPUTS, 'poll-interval': '0.2' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('FAILED')
    expect(result.annotations.find(a => a.level === 'error')?.message).toContain(
      'ApplyTestComponents'
    )
  } finally {
    child.kill('SIGTERM')
  }
})

test('lists its scenarios and faults, and refuses an unknown one', () => {
  const list = spawnSync(process.execPath, [tsx, cli, '--list'], { encoding: 'utf8' })
  expect(list.status).toBe(0)
  expect(list.stderr).toContain('fail-at-step')
  expect(list.stderr).toContain('refuse')
  const unknown = spawnSync(process.execPath, [tsx, cli, '--fault', 'gremlins'], {
    encoding: 'utf8'
  })
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toContain("Unknown fault 'gremlins'.")
})
