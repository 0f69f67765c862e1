// Issue 25: the job summary of a failed build answers "why" at a glance: the reason once, in one
// sentence; the failed step first and marked, the rest collapsed with a count; the failed regions
// before the AMIs; the build log's tail collapsed in the summary, never closing its block early.
import { describe, expect, test } from '@jest/globals'
import {
  CREATE_IMAGE_INPUTS,
  DIST_THREE_REGIONS,
  PARTNER_ACCOUNT,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string> = {}): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, inputs: { ...CREATE_IMAGE_INPUTS, ...inputs } })

const MESSAGE = 'Component smoke-tests failed: curl localhost:80 returned 502'
const COMPONENT = {
  componentArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/smoke-tests/1.0.0/1',
  phaseName: 'test',
  stepName: 'Curl',
  action: 'ExecuteBash',
  errorMessage: 'curl localhost:80 returned 502'
}

/** The text of the "Why it failed" paragraph. */
const why = (summary: string): string =>
  /<h3>Why it failed<\/h3>\n<p>([^\n]*)<\/p>/.exec(summary)?.[1] ?? ''
/** The rows of the first table under "Workflows and steps". */
const stepRows = (summary: string): string[] =>
  (summary.split('<h3>Workflows and steps</h3>')[1] ?? '')
    .split('</table>')[0]
    .split('<tr>')
    .slice(2)
/** Everything from the build log's block on. */
const logBlock = (summary: string): string =>
  summary.slice(summary.indexOf('<details><summary>Build log:'))

describe('the summary of a failed build', () => {
  test('a TEST-stage failure: one sentence, the failed step first and marked, the rest collapsed, the log tail', async () => {
    emulator.scenario = {
      fail: {
        workflow: 'TEST',
        step: 'ApplyTestComponents',
        message: MESSAGE,
        component: COMPONENT
      },
      buildLog: { lines: 30, tail: ['the last line the build wrote'] }
    }
    const result = await run()
    expect(result.exitCode).toBe(1)
    const sentence = why(result.summary)
    expect(sentence).toBe(
      'ApplyTestComponents (TEST workflow test-image) failed: Component smoke-tests failed: curl localhost:80 returned 502 (phase test, step Curl).'
    )
    // Said once: the message, the ARN and the workflow execution are not repeated.
    expect(sentence.split('returned 502')).toHaveLength(2)
    expect(sentence).not.toContain('arn:aws')
    expect(sentence).not.toContain('Workflow Execution ID')
    const [first] = stepRows(result.summary)
    expect(first).toContain('<td>❌ <b>ApplyTestComponents</b></td>')
    expect(first).toContain('<td><b>FAILED</b></td>')
    expect(stepRows(result.summary)).toHaveLength(1)
    expect(result.summary).toMatch(
      /<\/table><details><summary>\d+ steps completed, \d+ skipped<\/summary><table>/
    )
    const block = logBlock(result.summary)
    expect(block).toMatch(
      /^<details><summary>Build log: last \d+ lines of \/aws\/imagebuilder\/golden-al2023 1\.2\.0\/\d+<\/summary><pre><code>/
    )
    expect(block).toContain('the last line the build wrote</code></pre></details>')
    // The lines as the job log showed them.
    expect(result.lines).toContain('the last line the build wrote')
  })

  test('a distribution that failed in one of three regions: the region first, with its error, then the AMIs made', async () => {
    emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
    emulator.scenario = {
      fail: { status: 'DISTRIBUTING', targetsDone: 2, message: 'Snapshot quota exceeded' }
    }
    const result = await run({ 'distribution-configuration-arn': DIST_THREE_REGIONS })
    expect(result.exitCode).toBe(1)
    expect(why(result.summary)).toBe(
      `Distribution failed in us-west-2 (account ${PARTNER_ACCOUNT}): Snapshot quota exceeded.`
    )
    const regions = result.summary.indexOf('<h3>❌ Failed regions</h3>')
    const amis = result.summary.indexOf('<h3>AMIs</h3>')
    expect(regions).toBeGreaterThan(0)
    expect(amis).toBeGreaterThan(regions)
    expect(result.summary.slice(regions, amis)).toContain(
      `<td>us-west-2</td><td>${PARTNER_ACCOUNT}</td><td>FAILED</td><td>-</td><td>Snapshot quota exceeded</td>`
    )
  })

  test('log lines that try to close the block or the code early cannot', async () => {
    const hostile = [
      '</code></pre></details>',
      '</details><h1>forged</h1>',
      '',
      '```',
      '# a heading after a blank line',
      '<script>alert(1)</script>',
      '\u001b[31mred\u001b[0m and a\u0007bell'
    ]
    emulator.scenario = {
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'boom' },
      buildLog: { lines: 3, tail: hostile }
    }
    const result = await run()
    const block = logBlock(result.summary)
    // One physical line: a blank line in the log cannot end the HTML block in Markdown.
    const [line, ...after] = block.split('\n')
    expect(line.match(/<\/details>/g)).toEqual(['</details>'])
    expect(line.match(/<\/code><\/pre>/g)).toHaveLength(1)
    expect(line.endsWith('</code></pre></details>')).toBe(true)
    expect(line).not.toMatch(/<script|<h1>/)
    expect(line).not.toContain('\u001b')
    expect(line).not.toContain('\u0007')
    expect(line).toContain('&#60;/details&#62;&#60;h1&#62;forged&#60;/h1&#62;')
    expect(after.join('\n')).not.toMatch(/forged|a heading/)
  })
})

describe('the summary of a successful build', () => {
  test("keeps today's table: no reason, no marks, nothing collapsed, no log", async () => {
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.summary).not.toContain('Why it failed')
    expect(result.summary).not.toContain('❌')
    expect(result.summary).not.toContain('<details>')
    expect(stepRows(result.summary).length).toBeGreaterThan(5)
  })
})
