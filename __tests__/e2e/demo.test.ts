// npm run demo is the README's first command: it must run, show the build as the log viewer
// would, and print no raw workflow-command lines (stop-commands tokens included).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test } from '@jest/globals'
import { ROOT } from '../support/harness.js'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

test('the demo of a failing build runs and prints no raw workflow commands', () => {
  const demo = spawnSync(process.execPath, [tsx, join(ROOT, 'scripts/demo.ts'), '--fail'], {
    encoding: 'utf8',
    timeout: 55_000
  })
  expect(demo.status).toBe(0)
  expect(demo.stdout).toContain('Step exit code: 1')
  expect(demo.stdout).toContain('Build log:')
  expect(demo.stdout.split('\n').filter(line => line.startsWith('::'))).toEqual([])
})
