// workflowExecutions[].retried marks the original executions a retry ran again ("sets this flag to
// true on the original workflow executions that the retry re-ran"), not the new ones: the log and
// the summary label those superseded by the retry, and only those.
import { beforeAll, expect, test } from '@jest/globals'
import { IMAGE_RECIPE, INFRA } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()
const POLL = { 'poll-interval': '0.05' }
const run = (inputs: Record<string, string>): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, inputs: { ...POLL, ...inputs } })

let failed: RunResult
let retried: RunResult
let watched: RunResult
/** The TEST workflow execution that failed, and the BUILD one that the retry did not run again. */
let oldTest: string
let build: string

beforeAll(async () => {
  emulator.reset()
  emulator.scenario = {
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky check' }
  }
  failed = await run({
    'image-recipe-arn': IMAGE_RECIPE,
    'infrastructure-configuration-arn': INFRA
  })
  const id = (type: string): string =>
    new RegExp(`^${type} workflow \\S+ \\S+ \\((wf-[\\w-]+)\\)$`).exec(
      failed.groups.find(g => g.startsWith(`${type} workflow`)) ?? ''
    )?.[1] ?? ''
  oldTest = id('TEST')
  build = id('BUILD')
  emulator.retryStaleMs = 200
  retried = await run({ mode: 'retry', 'image-arn': failed.outputs['image-arn'] })
  watched = await run({ mode: 'watch', 'image-arn': failed.outputs['image-arn'] })
})

/** The summary's step table: workflow cell and status cell of each row. */
const tableRows = (summary: string): Array<[string, string]> =>
  [
    ...summary.matchAll(
      /<tr><td>((?:BUILD|TEST|DISTRIBUTION) [^<]*)<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g
    )
  ].map(m => [m[1], m[2]])

test('the ids of the first attempt are known', () => {
  expect(failed.exitCode).toBe(1)
  expect(oldTest).toMatch(/^wf-/)
  expect(build).toMatch(/^wf-/)
})

test('mode retry: the log says the failed TEST workflow was superseded, and not the new run', () => {
  expect(retried.exitCode).toBe(0)
  expect(retried.lines.filter(l => l.includes('superseded by retry'))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^\\[\\d\\d:\\d\\d\\] TEST workflow test-image 1\\.0\\.3/1 \\(superseded by retry, ${oldTest}\\) failed$`
      )
    )
  ])
  // The new execution streams under its own title, without the label.
  expect(retried.groups).toEqual([
    expect.stringMatching(/^TEST workflow test-image 1\.0\.3\/1 \(wf-/)
  ])
  expect(retried.groups[0]).not.toContain(oldTest)
})

test('mode retry: the summary labels the superseded workflow and not the new one', () => {
  const rows = tableRows(retried.summary)
  // First the workflow the retry superseded, on one row; then the steps of the new run.
  expect(rows[0]).toEqual(['TEST test-image (superseded by retry)', 'FAILED'])
  expect(rows.slice(1).map(r => r[0])).toEqual(Array(rows.length - 1).fill('TEST test-image'))
  expect(rows.slice(1).map(r => r[1])).toContain('COMPLETED')
  expect(rows.length).toBeGreaterThan(2)
})

test('mode watch afterwards: every execution streamed, the superseded one labelled', () => {
  expect(watched.exitCode).toBe(0)
  const titles = watched.groups.filter(g => / workflow /.test(g))
  expect(titles.filter(t => t.includes('superseded by retry'))).toEqual([
    `TEST workflow test-image 1.0.3/1 (superseded by retry, ${oldTest})`
  ])
  expect(titles.filter(t => t.startsWith('BUILD workflow'))).toEqual([
    `BUILD workflow build-image 1.0.3/1 (${build})`
  ])
  const rows = tableRows(watched.summary)
  const labelled = [...new Set(rows.filter(([w]) => w.includes('superseded')).map(r => r[0]))]
  expect(labelled).toEqual(['TEST test-image (superseded by retry)'])
  expect(
    rows.filter(([w]) => w === 'TEST test-image (superseded by retry)').map(r => r[1])
  ).toContain('FAILED')
  expect(rows.filter(([w]) => w === 'TEST test-image').map(r => r[1])).not.toContain('FAILED')
  expect(rows.filter(([w]) => w === 'BUILD build-image').length).toBeGreaterThan(0)
})
