// Vulnerability findings end to end (issue 23): the bundle builds a scanned image on the emulator
// and reports the scan in the log, the job summary, the outputs and the findings file; the gate
// (fail-on-severity) fails the step after that report; a scan that did not complete, scanning
// off, a missing permission and hostile finding text are each handled as the README says.
import { readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { FAULTS, makeFindings } from '../../emulator/index.js'
import { CREATE_IMAGE_INPUTS, IMAGE_RECIPE, INFRA } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string> = {}): Promise<RunResult> =>
  runAction({
    endpoint: emulator.url,
    inputs: { ...CREATE_IMAGE_INPUTS, 'image-scanning-enabled': 'true', ...inputs }
  })

const SCAN_CALLS = ['ListImageScanFindings', 'ListImageScanFindingAggregations']
const scanRequests = (operation: string) => emulator.requests.filter(r => r.operation === operation)
const errors = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const warnings = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'warning').map(a => a.message)

interface FileFinding {
  severity: string
  inspectorScore?: number
  title?: string
  packageVulnerabilityDetails: {
    vulnerabilityId: string
    vulnerablePackages?: Array<{ name?: string }>
  }
}
const counts = (result: RunResult): unknown => JSON.parse(result.outputs.findings)
const findingsFile = (result: RunResult): FileFinding[] =>
  JSON.parse(readFileSync(result.outputs['findings-json'], 'utf8')) as FileFinding[]

/** The rows of the summary's findings table: [severity, vulnerability cell, ...]. */
const findingRows = (summary: string): string[][] => {
  const table = /<th>Severity<\/th>.*?<\/table>/s.exec(summary)?.[0] ?? ''
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)]
    .map(m => [...m[1].matchAll(/<td>(.*?)<\/td>/gs)].map(c => c[1]))
    .filter(cells => cells.length > 0)
}

const ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']
const sorted = (list: FileFinding[]): boolean =>
  list.every(
    (f, i) =>
      i === 0 ||
      ORDER.indexOf(list[i - 1].severity) < ORDER.indexOf(f.severity) ||
      (list[i - 1].severity === f.severity &&
        (list[i - 1].inspectorScore ?? 0) >= (f.inspectorScore ?? 0))
  )

describe('a scanned image with findings', () => {
  test('reports them in the log, the summary, the outputs and the file, from the requests the model allows', async () => {
    emulator.scenario = { findings: makeFindings({ critical: 2, high: 5, medium: 9, low: 14 }) }
    const result = await run()
    const arn = result.outputs['image-arn']
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.outputs['scan-status']).toBe('COMPLETED')
    expect(counts(result)).toEqual({
      all: 30,
      critical: 2,
      high: 5,
      medium: 9
    })
    // The requests: one filter on this image, pages of 25.
    expect(scanRequests('ListImageScanFindingAggregations').map(r => r.body)).toEqual([
      { filter: { name: 'imageBuildVersionArn', values: [arn] } }
    ])
    expect(scanRequests('ListImageScanFindings').map(r => r.body)).toEqual([
      { filters: [{ name: 'imageBuildVersionArn', values: [arn] }], maxResults: 25 },
      {
        filters: [{ name: 'imageBuildVersionArn', values: [arn] }],
        maxResults: 25,
        nextToken: expect.any(String)
      }
    ])
    // The log: the counts, then each critical and high finding, most severe first.
    expect(result.lines).toContain(
      'Vulnerability scan COMPLETED: 2 critical, 5 high, 9 medium, 30 in all.'
    )
    const listed = result.lines.filter(l => /^ {2}(CRITICAL|HIGH|MEDIUM|LOW) CVE-/.test(l))
    expect(listed).toHaveLength(7)
    expect(listed.slice(0, 2).every(l => l.startsWith('  CRITICAL'))).toBe(true)
    expect(listed[0]).toMatch(
      /^ {2}CRITICAL CVE-2024-\d+ [\w-]+ [\d.]+(, fixed in \S+)? \(fix available: (YES|NO|PARTIAL)\)$/
    )
    // The file: every finding, most severe first, with the service's members.
    const file = findingsFile(result)
    // The harness's RUNNER_TEMP is its own fresh directory.
    expect(dirname(result.outputs['findings-json'])).toMatch(/[/\\]ib-action-\w+$/)
    expect(basename(result.outputs['findings-json'])).toBe(
      'image-scan-findings-golden-al2023-1.2.0-1.json'
    )
    expect(file).toHaveLength(30)
    expect(sorted(file)).toBe(true)
    expect(file[0]).toMatchObject({ severity: 'CRITICAL', imageBuildVersionArn: arn })
    // The summary: the counts, 25 rows by severity and score, IDs linked, and how many more.
    expect(result.summary).toContain('Vulnerability findings')
    expect(result.summary).toMatch(
      /<th>Critical<\/th><th>High<\/th><th>Medium<\/th><th>All<\/th><\/tr><tr><td>2<\/td><td>5<\/td><td>9<\/td><td>30<\/td>/
    )
    const rows = findingRows(result.summary)
    expect(rows).toHaveLength(25)
    expect(rows.map(r => r[0])).toEqual(file.slice(0, 25).map(f => f.severity))
    const id = file[0].packageVulnerabilityDetails.vulnerabilityId
    expect(rows[0][1]).toBe(`<a href="https://nvd.nist.gov/vuln/detail/${id}">${id}</a>`)
    expect(result.summary).toContain('5 more findings not shown here.')
  })

  test('reads every page of many, and says so when it stops at its bound', async () => {
    emulator.scenario = { findings: makeFindings({ high: 3, medium: 40, low: 40 }) }
    const many = await run()
    expect(many.exitCode).toBe(0)
    expect(scanRequests('ListImageScanFindings')).toHaveLength(4)
    expect(findingsFile(many)).toHaveLength(83)
    expect(many.summary).toContain('58 more findings not shown here.')
    expect(many.summary).not.toContain('Not every finding was read')

    emulator.requests.length = 0
    emulator.scenario = { findings: makeFindings({ critical: 1, low: 520 }) }
    const capped = await run()
    expect(capped.exitCode).toBe(0)
    expect(scanRequests('ListImageScanFindings')).toHaveLength(20)
    expect(findingsFile(capped)).toHaveLength(500)
    // The counts are the aggregation's, all of them.
    expect(counts(capped)).toEqual({
      all: 521,
      critical: 1,
      high: 0,
      medium: 0
    })
    expect(capped.lines).toContain(
      '  Not every finding was read: reading stopped after 20 pages (500 findings).'
    )
    expect(capped.summary).toContain('reading stopped after 20 pages (500 findings)')
  })

  test('watch reports the scan of an image it did not start', async () => {
    emulator.scenario = { findings: makeFindings({ high: 1, medium: 1 }) }
    const built = await run()
    const watched = await runAction({
      endpoint: emulator.url,
      inputs: { mode: 'watch', 'image-arn': built.outputs['image-arn'], 'poll-interval': '0.05' }
    })
    expect(watched.exitCode).toBe(0)
    expect(watched.outputs['scan-status']).toBe('COMPLETED')
    expect(counts(watched)).toEqual({
      all: 2,
      critical: 0,
      high: 1,
      medium: 1
    })
    expect(watched.lines).toContain(
      'Vulnerability scan COMPLETED: 0 critical, 1 high, 1 medium, 2 in all.'
    )
  })

  test('start-pipeline reports the scan of a pipeline that scans', async () => {
    emulator.scenario = { findings: makeFindings({ critical: 1, medium: 2 }) }
    const pipeline = emulator.addImagePipeline({
      name: 'scanned-golden',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA,
      imageScanningConfiguration: { imageScanningEnabled: true }
    })
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { mode: 'start-pipeline', 'image-pipeline': pipeline, 'poll-interval': '0.05' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['scan-status']).toBe('COMPLETED')
    expect(counts(result)).toEqual({ all: 3, critical: 1, high: 0, medium: 2 })
    expect(findingsFile(result)).toHaveLength(3)
  })

  test('a scan still running when the image is AVAILABLE is waited for', async () => {
    emulator.scenario = { scan: { lateMs: 3000 }, findings: makeFindings({ high: 2 }) }
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(
      result.lines.some(l => /^Vulnerability scan (SCANNING|COLLECTING): waiting/.test(l))
    ).toBe(true)
    expect(result.outputs['scan-status']).toBe('COMPLETED')
    expect(counts(result)).toMatchObject({ all: 2, high: 2 })
  })
})

describe('fail-on-severity', () => {
  test('high fails on criticals, after the full report, with the image and its outputs kept', async () => {
    emulator.scenario = { findings: makeFindings({ critical: 1, high: 2, medium: 3 }) }
    const result = await run({ 'fail-on-severity': 'high' })
    expect(result.exitCode).toBe(1)
    const arn = result.outputs['image-arn']
    expect(errors(result)).toEqual([
      `Vulnerability findings at or above HIGH: 1 critical, 2 high, 3 medium, 6 in all (fail-on-severity: high). The image stays AVAILABLE: ${arn}`
    ])
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.outputs['ami-id']).toMatch(/^ami-/)
    expect(result.outputs['scan-status']).toBe('COMPLETED')
    expect(findingsFile(result)).toHaveLength(6)
    expect(result.summary).toContain('Failed on vulnerability findings')
    expect(findingRows(result.summary)).toHaveLength(6)
  })

  test('critical passes with only highs', async () => {
    emulator.scenario = { findings: makeFindings({ high: 4, medium: 2 }) }
    const result = await run({ 'fail-on-severity': 'critical' })
    expect(result.exitCode).toBe(0)
    expect(errors(result)).toEqual([])
    expect(counts(result)).toMatchObject({ critical: 0, high: 4 })
  })

  test('an ABANDONED scan fails the gate, saying so', async () => {
    // Without the test stage nothing collects the findings: the scan is abandoned.
    emulator.scenario = { findings: makeFindings({ critical: 1 }) }
    const result = await run({ 'fail-on-severity': 'high', 'image-tests-enabled': 'false' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.outputs['scan-status']).toBe('ABANDONED')
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^fail-on-severity is 'high', but the image's vulnerability scan did not complete: ABANDONED.*The findings cannot be judged\. The image stays AVAILABLE: arn:/
      )
    ])
    expect(result.lines).toContainEqual(
      expect.stringMatching(/^Vulnerability scan ABANDONED \(.+\): no findings to report\.$/)
    )
    // Nothing was collected: no reads, which would show an empty answer as a clean image.
    expect(emulator.requests.filter(r => SCAN_CALLS.includes(r.operation))).toEqual([])
    expect(result.outputs.findings).toBeUndefined()
  })

  test('a scan still running at the deadline is reported as it stands, and fails the gate', async () => {
    emulator.scenario = { scan: { lateMs: 600_000 }, findings: makeFindings({ high: 1 }) }
    const result = await run({ 'fail-on-severity': 'critical', 'timeout-minutes': '0.1' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(result.outputs['scan-status']).toMatch(/^(SCANNING|COLLECTING)$/)
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^fail-on-severity is 'critical', but the image's vulnerability scan did not complete: (SCANNING|COLLECTING), still running when timeout-minutes ran out\./
      )
    ])
    // The image is AVAILABLE: the deadline cancels nothing.
    expect(emulator.requests.map(r => r.operation)).not.toContain('CancelImageCreation')
    expect(result.summary).toContain('still running when timeout-minutes ran out')
  })

  test('an image built without scanning fails the gate of a step that follows it', async () => {
    const built = await run({ 'image-scanning-enabled': 'false' })
    const watched = await runAction({
      endpoint: emulator.url,
      inputs: {
        mode: 'watch',
        'image-arn': built.outputs['image-arn'],
        'fail-on-severity': 'critical',
        'poll-interval': '0.05'
      }
    })
    expect(watched.exitCode).toBe(1)
    expect(watched.outputs.status).toBe('AVAILABLE')
    expect(errors(watched)).toEqual([
      `fail-on-severity is 'critical', but the image was built without vulnerability scanning: there are no findings to judge. The image stays AVAILABLE: ${built.outputs['image-arn']}`
    ])
    expect(emulator.requests.filter(r => SCAN_CALLS.includes(r.operation))).toEqual([])
  })

  test('with scanning off, create-image refuses the gate before any call', async () => {
    const result = await run({ 'image-scanning-enabled': 'false', 'fail-on-severity': 'medium' })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain(
      "Input 'fail-on-severity' is 'medium', but image-scanning-enabled is false"
    )
    expect(emulator.requests).toEqual([])
  })

  test('a value that is not a severity is refused, naming the choices', async () => {
    const result = await run({ 'fail-on-severity': 'severe' })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain(
      "must be one of none, medium, high, critical; got 'severe'"
    )
    expect(emulator.requests).toEqual([])
  })
})

test('scanning off: nothing reported, no scan calls', async () => {
  emulator.scenario = { findings: makeFindings({ critical: 3 }) }
  const result = await run({ 'image-scanning-enabled': 'false' })
  expect(result.exitCode).toBe(0)
  expect(emulator.requests.filter(r => SCAN_CALLS.includes(r.operation))).toEqual([])
  expect(result.outputs['scan-status']).toBeUndefined()
  expect(result.outputs.findings).toBeUndefined()
  expect(result.outputs['findings-json']).toBeUndefined()
  expect(result.stdout).not.toContain('Vulnerability')
  expect(result.summary).not.toContain('Vulnerability')
})

test('a missing permission is a warning that names it, and the build succeeds', async () => {
  emulator.scenario = { findings: makeFindings({ critical: 1, high: 1 }) }
  emulator.inject(FAULTS['deny-scan-findings'].fault)
  const result = await run()
  expect(result.exitCode).toBe(0)
  expect(errors(result)).toEqual([])
  const warned = warnings(result).join('\n')
  expect(warned).toContain('Allow imagebuilder:ListImageScanFindingAggregations')
  expect(warned).toContain('Allow imagebuilder:ListImageScanFindings for')
  expect(result.outputs['scan-status']).toBe('COMPLETED')
  expect(result.outputs.findings).toBeUndefined()
  expect(result.lines).toContain('Vulnerability scan COMPLETED: counts unknown.')
})

test('hostile text in a finding stays inert in the log, the summary and the file', async () => {
  const [finding] = makeFindings({ critical: 1 })
  const details = finding.packageVulnerabilityDetails!
  emulator.scenario = {
    findings: [
      {
        ...finding,
        title: '::error::forged\n::add-mask::x <script>alert(1)</script>',
        packageVulnerabilityDetails: {
          ...details,
          vulnerabilityId: 'CVE-2024-1\n::warning::forged ##[error]forged',
          sourceUrl: 'javascript:alert(1)',
          vulnerablePackages: [
            { name: '<img src=x onerror=alert(1)>\u001b[31m##[error]pkg', version: '1.0|x' }
          ]
        }
      }
    ]
  }
  const result = await run()
  expect(result.exitCode).toBe(0)
  // No command was forged: the only ones are the action's own.
  expect(result.commands.filter(c => c.legacy)).toEqual([])
  expect(result.annotations).toEqual([])
  expect(result.masks).not.toContain('x <script>alert(1)</script>')
  const line = result.lines.find(l => l.startsWith('  CRITICAL'))
  expect(line).toContain('CVE-2024-1 ⏎ ::warning::forged ## [error]forged')
  expect(line).toContain('<img src=x onerror=alert(1)>## [error]pkg')
  expect(result.summary).not.toMatch(/<script|<img|href="javascript/)
  expect(result.summary).not.toContain('\u001b')
  expect(result.summary).toContain('&#60;img src=x onerror=alert(1)&#62;')
  const [written] = findingsFile(result)
  expect(written.title).not.toContain('\n')
  expect(written.packageVulnerabilityDetails.vulnerablePackages?.[0].name).not.toContain('\u001b')
})
