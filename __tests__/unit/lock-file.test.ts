// The lock-file check that .ci/run runs before `npm ci`: it must refuse what npm ci refuses, and
// say which entry is at fault.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'

interface Lock {
  packages: Record<string, Record<string, unknown>>
}

const committed = (): Lock => JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock

function check(lock: Lock): { status: number | null; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'lock-')), 'package-lock.json')
  writeFileSync(file, JSON.stringify(lock))
  const run = spawnSync(process.execPath, ['scripts/check-lock.mjs', file], { encoding: 'utf8' })
  return { status: run.status, stderr: run.stderr }
}

describe('check-lock', () => {
  it('passes the committed lock file', () => {
    expect(() => execFileSync(process.execPath, ['scripts/check-lock.mjs'])).not.toThrow()
  })

  it('names an entry without a version, as the lock npm ci once failed on had', () => {
    const lock = committed()
    const path = 'node_modules/unrs-resolver/node_modules/@unrs/resolver-binding-win32-x64-msvc'
    lock.packages[path] = { dev: true, optional: true }
    const { status, stderr } = check(lock)
    expect(status).toBe(1)
    expect(stderr).toContain(`${path}: no version, no integrity`)
    expect(stderr).toContain('npm run lock')
  })

  it('names an entry without an integrity hash', () => {
    const lock = committed()
    delete lock.packages['node_modules/yaml'].integrity
    const { status, stderr } = check(lock)
    expect(status).toBe(1)
    expect(stderr).toContain('node_modules/yaml: no integrity')
  })

  it("names a dependency that no entry provides (another platform's optional package dropped)", () => {
    const lock = committed()
    const dropped = Object.keys(lock.packages).find(p => p.startsWith('node_modules/@esbuild/'))
    expect(dropped).toBeDefined()
    delete lock.packages[dropped as string]
    const { status, stderr } = check(lock)
    expect(status).toBe(1)
    expect(stderr).toContain(`depends on ${(dropped as string).slice('node_modules/'.length)}`)
  })
})
