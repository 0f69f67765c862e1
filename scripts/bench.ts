// npm run bench: the committed bundle, run as the runner runs it, against the emulator. Each
// figure is measured beside its reference in the same run; medians over several runs. Prints a
// table and writes it to bench-report.md (untracked); `npm run bench -- --update` writes
// BENCHMARKS.md instead, keeping its hand-written notes.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Emulator, type RecordedRequest } from '../emulator/index.js'
import {
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../emulator/fixtures.js'
import { ROOT, runAction, type RunResult } from '../__tests__/support/harness.js'
import type { Scenario } from '../emulator/index.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 10)
const QUIET = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
const INPUTS = {
  'infrastructure-configuration-arn': INFRA,
  'distribution-configuration-arn': DIST_THREE_REGIONS
}
/** A build that streams steps, then distributes to three regions and integrates. */
const STREAMING: Scenario = { stepMs: 250, phaseMs: 600, targetMs: 500 }
/** The same shape over about two minutes, for the default poll interval. */
const LONG: Scenario = { stepMs: 9000, phaseMs: 6000, targetMs: 6000 }

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n: number, digits = 0): number => Number(n.toFixed(digits))

const emulator = new Emulator()
await emulator.start()
emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
const benchStart = Date.now()

/** Each group of runs builds its own recipe, so that concurrent groups keep their own timelines. */
function recipeFor(name: string, scenario: Scenario): string {
  emulator.recipeScenarios.set(name, scenario)
  return IMAGE_RECIPE.replace(/image-recipe\/[^/]+\//, `image-recipe/${name}/`)
}

/** Every request about one image: its CreateImage (by client token), polls and listings. */
function requestsOf(arn: string): RecordedRequest[] {
  const image = emulator.images.get(arn)
  const executions = new Set(image?.plan.executions.map(e => e.id))
  return emulator.requests.filter(
    r =>
      (r.operation === 'CreateImage' && r.body.clientToken === image?.request.clientToken) ||
      r.query.imageBuildVersionArn === arn ||
      r.body.imageBuildVersionArn === arn ||
      executions.has(String(r.body.workflowExecutionId))
  )
}

async function build(
  recipe: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<RunResult & { arn: string }> {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...INPUTS, 'image-recipe-arn': recipe, ...inputs },
    env: { ...QUIET, ...env },
    killAfterMs: 300_000
  })
  if (result.exitCode !== 0)
    throw new Error(`bench build failed: ${result.stdout}\n${result.stderr}`)
  return { ...result, arn: result.outputs['image-arn'] }
}

/** Detection latency and API calls over concurrent runs (each process mostly sleeps). */
async function detection(pollSeconds: number, runs: number, recipe: string) {
  const one = async () => {
    const result = await build(recipe, { 'poll-interval': String(pollSeconds) })
    const requests = requestsOf(result.arn)
    const image = emulator.images.get(result.arn)!
    // While a workflow runs: from the first one's start to the last one's end.
    const streamStart = image.createdAt + Math.min(...image.plan.executions.map(e => e.start))
    const streamEnd = image.createdAt + Math.max(...image.plan.executions.map(e => e.end))
    const streaming = requests.filter(
      r => r.at >= streamStart && r.at <= streamEnd && r.operation !== 'CreateImage'
    )
    const polls = streaming.filter(r => r.operation === 'GetImage').length
    return {
      latency: result.exitedAt - emulator.endsAt(result.arn),
      callsPerPoll: streaming.length / Math.max(polls, 1),
      callsPerMinute: requests.length / ((result.exitedAt - result.spawnedAt) / 60_000)
    }
  }
  const results = await Promise.all(Array.from({ length: runs }, one))
  const latencyMs = median(results.map(r => r.latency))
  return {
    latencyMs,
    fraction: latencyMs / (pollSeconds * 1000),
    callsPerPoll: median(results.map(r => r.callsPerPoll)),
    callsPerMinute: median(results.map(r => r.callsPerMinute))
  }
}

/** Spawn to first request of a bare node process making one HTTP request: the floor. */
async function floorRun(): Promise<number> {
  const before = emulator.requests.length
  const code = `require('http').get(${JSON.stringify(`${emulator.url}/GetImage?imageBuildVersionArn=floor`)}, r => r.resume())`
  const spawnedAt = Date.now()
  await new Promise(resolve =>
    spawn(process.execPath, ['-e', code], { stdio: 'ignore' }).on('close', resolve)
  )
  return emulator.requests[before].at - spawnedAt
}

// The default-settings runs last minutes, mostly asleep: they go on while the rest is measured.
const defaultsRun = detection(15, 3, recipeFor('bench-long', LONG))

// Cold start and peak RSS (a preloaded probe reads maxRSS as the process exits).
const coldRecipe = recipeFor('bench-cold', {})
const probeDir = mkdtempSync(join(tmpdir(), 'bench-rss-'))
const coldAction: number[] = []
const coldFloor: number[] = []
const rss: number[] = []
for (let i = 0; i < RUNS; i++) {
  coldFloor.push(await floorRun())
  const probe = join(probeDir, `rss-${i}`)
  const env = {
    NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'scripts/rss-probe.mjs')).href}`,
    RSS_PROBE_FILE: probe
  }
  const result = await build(coldRecipe, { wait: 'false' }, env)
  coldAction.push(requestsOf(result.arn)[0].at - result.spawnedAt)
  rss.push(Number(readFileSync(probe, 'utf8')) / 1024)
}

// A long wait: a build that never ends, polled fast for a minute and a half (thousands of calls).
const longWaitProbe = join(probeDir, 'rss-long-wait')
const longWait = await runAction({
  endpoint: emulator.url,
  inputs: {
    ...INPUTS,
    'image-recipe-arn': recipeFor('bench-long-wait', { stepMs: 1e9 }),
    'poll-interval': '0.05',
    'timeout-minutes': '1.5',
    'cancel-on-timeout': 'false'
  },
  env: {
    ...QUIET,
    NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'scripts/rss-probe.mjs')).href}`,
    RSS_PROBE_FILE: longWaitProbe
  },
  killAfterMs: 300_000
})
const longWaitCalls = requestsOf(longWait.outputs['image-arn']).length
const longWaitRss = Number(readFileSync(longWaitProbe, 'utf8')) / 1024

const fast = await detection(2, RUNS, recipeFor('bench-streaming', STREAMING))
const defaults = await defaultsRun

// N builds at once against an account limited to 10 requests a second.
emulator.limitRate({ perSecond: 10, burst: 10 })
emulator.requests.length = 0
const crowd = recipeFor('bench-crowd', STREAMING)
const crowdStart = Date.now()
const concurrent = await Promise.all(
  Array.from({ length: CONCURRENT }, () =>
    runAction({
      endpoint: emulator.url,
      inputs: { ...INPUTS, 'image-recipe-arn': crowd, 'poll-interval': '1' },
      env: QUIET
    })
  )
)
const crowdSeconds = (Date.now() - crowdStart) / 1000
const completed = concurrent.filter(
  r => r.exitCode === 0 && r.outputs.status === 'AVAILABLE'
).length
const { throttled } = emulator
const crowdCalls = emulator.requests.length
await emulator.stop()

const distBytes = readdirSync(join(ROOT, 'dist'), { recursive: true })
  .map(f => join(ROOT, 'dist', String(f)))
  .filter(f => statSync(f).isFile())
  .reduce((sum, f) => sum + statSync(f).size, 0)
const mainBytes = statSync(join(ROOT, 'dist/main/index.js')).size

const cold = median(coldAction)
const floor = median(coldFloor)
type Row = [figure: string, measured: string, reference: string, target: string, met: boolean]
const rows: Row[] = [
  [
    'Cold start (spawn → first API request)',
    `${round(cold)} ms`,
    `bare node + 1 request: ${round(floor)} ms (×${round(cold / floor, 1)})`,
    '≤ 3× the floor',
    cold <= 3 * floor
  ],
  [
    'Detection latency, poll-interval 2 s',
    `${round(fast.latencyMs)} ms = ${round(fast.fraction, 2)} × interval`,
    'uniform polling: 0.5 × interval',
    '≤ 0.5 × interval',
    fast.fraction <= 0.5
  ],
  [
    'Detection latency, default settings (15 s)',
    `${round(defaults.latencyMs / 1000, 1)} s = ${round(defaults.fraction, 2)} × interval`,
    'uniform polling: 7.5 s',
    '< 10 s and ≤ 0.5 × interval',
    defaults.latencyMs < 10_000 && defaults.fraction <= 0.5
  ],
  [
    'API calls per poll while streaming steps',
    `${round(fast.callsPerPoll, 2)}`,
    'GetImage + executions + the running one’s steps = 3',
    '≤ 3',
    fast.callsPerPoll <= 3
  ],
  [
    'API calls per minute, default settings',
    `${round(defaults.callsPerMinute, 1)}`,
    '4 full polls a minute = 12',
    '≤ 12',
    defaults.callsPerMinute <= 12
  ],
  [
    'Peak RSS',
    `${round(median(rss), 1)} MiB (max ${round(Math.max(...rss), 1)})`,
    '-',
    '≤ 80 MiB',
    Math.max(...rss) <= 80
  ],
  [
    'Peak RSS over a long wait',
    `${round(longWaitRss, 1)} MiB over ${longWaitCalls} calls`,
    '-',
    '≤ 80 MiB',
    longWaitRss <= 80
  ],
  [
    'dist/ size',
    `${round(distBytes / 1024)} KiB (main bundle ${round(mainBytes / 1024)} KiB)`,
    '-',
    '-',
    true
  ],
  [
    `${CONCURRENT} concurrent builds, account limit 10 req/s, poll-interval 1 s`,
    `${completed}/${CONCURRENT} completed in ${round(crowdSeconds, 1)} s; ${throttled} of ${crowdCalls} calls throttled`,
    '-',
    `${CONCURRENT}/${CONCURRENT} complete`,
    completed === CONCURRENT
  ]
]

const machine = `${cpus()[0]?.model.trim()} × ${cpus().length} cores, ${round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
const table = [
  '| Figure | Measured | Reference (same run) | Target | Met |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    ([figure, measured, reference, target, met]) =>
      `| ${figure} | ${measured} | ${reference} | ${target} | ${met ? 'yes' : '**no**'} |`
  )
].join('\n')
const took = round((Date.now() - benchStart) / 1000)
console.log(table)
console.log(
  `\n${machine}; ${RUNS} runs per median (3 at the default settings); bench took ${took} s`
)

// Hand-written notes below the marker survive each run.
const target = join(ROOT, process.argv.includes('--update') ? 'BENCHMARKS.md' : 'bench-report.md')
const previous = (() => {
  try {
    return readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8')
  } catch {
    return ''
  }
})()
const marker = '<!-- notes: kept by npm run bench -->'
const notes = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`
console.log(`Written to ${target.slice(ROOT.length + 1)}.`)
writeFileSync(
  target,
  `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${took} s): ${machine}; medians of ${RUNS} runs (3 at the default settings).\n\n${table}\n\n${notes}`
)
