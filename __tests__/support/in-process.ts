// Runs the action's source in this process, as the runner would run the step: INPUT_* with
// action.yml's defaults, fresh command files, stdout captured and parsed into annotations and
// lines. Time is a fake clock shared with the emulator, so an hour-long build takes milliseconds.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { jest } from '@jest/globals'
import type { Clock } from '../../src/common/index.js'
import type { Emulator } from '../../emulator/index.js'
import { inputEnv, parseCommandFile, parseLog, type RunResult } from './harness.js'

/** Virtual time: sleeping moves it on at once. Starts at the real time, so timestamps look real. */
export class FakeClock implements Clock {
  private readonly start = Date.now()
  private t = this.start
  private readonly alarms: Array<{ at: number; then: () => void }> = []

  now(): number {
    return this.t
  }

  /** Runs `then` once the action has slept past `ms` of virtual time since the clock was made. */
  at(ms: number, then: () => void): void {
    this.alarms.push({ at: this.start + ms, then })
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    this.t += ms
    for (const alarm of this.alarms.filter(a => a.at <= this.t)) {
      this.alarms.splice(this.alarms.indexOf(alarm), 1)
      alarm.then()
    }
    // Let the rest of the process (the emulator's server) run between polls.
    await new Promise(resolve => setImmediate(resolve))
    signal?.throwIfAborted()
  }
  advance(ms: number): void {
    this.t += ms
  }
}

export type InProcessResult = Pick<
  RunResult,
  'stdout' | 'outputs' | 'state' | 'summary' | 'annotations' | 'lines' | 'groups'
> & { exitCode: number }

export interface InProcessOptions {
  inputs?: Record<string, string>
  /** Extra or overriding environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
  state?: Record<string, string>
}

/** Sets up a step's environment, runs `step` in it, and gives back what the runner would see. */
export async function inProcess(
  emulator: Emulator,
  step: () => Promise<void>,
  options: InProcessOptions = {}
): Promise<InProcessResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ib-in-process-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const saved = { ...process.env }
  const env: Record<string, string | undefined> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/golden-images',
    GITHUB_RUN_ID: String(Math.floor(Math.random() * 1e9)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bake',
    GITHUB_ACTION: 'imagebuilder',
    AWS_ACCESS_KEY_ID: 'AKIAEMULATOREXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'emulator-secret-access-key-not-real',
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: undefined,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ENDPOINT_URL_IMAGEBUILDER: emulator.url,
    AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: emulator.url,
    ...files,
    ...inputEnv(options.inputs ?? {}),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...options.env
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  // core.summary remembers the first GITHUB_STEP_SUMMARY it saw; each step has its own.
  Object.assign(core.summary, { _filePath: undefined })
  core.summary.emptyBuffer()
  let stdout = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += String(chunk)
    return true
  })
  let exitCode: number
  try {
    await step()
  } finally {
    write.mockRestore()
    exitCode = process.exitCode === 1 ? 1 : 0
    process.exitCode = undefined
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  return {
    exitCode,
    stdout,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    ...parseLog(stdout)
  }
}
