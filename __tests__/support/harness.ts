// Runs the committed bundle the way the GitHub runner does: INPUT_<NAME> variables with the
// defaults from action.yml, fresh command files parsed as the runner parses them, and a clean
// environment whose only AWS endpoint is the emulator on loopback.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

interface ActionManifest {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { main: string; post?: string }
}

export const manifest = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionManifest

/** The access key ID and secret every run gets: the step masks them first. */
export const HARNESS_CREDENTIALS = ['AKIAEMULATOREXAMPLE', 'emulator-secret-access-key-not-real']

export interface RunOptions {
  inputs?: Record<string, string>
  /** Extra or overriding environment; undefined removes a variable. */
  env?: Record<string, string | undefined>
  /** The emulator's URL, as AWS_ENDPOINT_URL_IMAGEBUILDER. */
  endpoint?: string
  entry?: 'main' | 'post'
  /** Node arguments that run the step instead of the bundle (e.g. tsx and a source file). */
  nodeArgs?: string[]
  /** The node binary to run the step with (the bench runs Node 24 too); this process's by default. */
  node?: string
  /** STATE_* values for a post step, as the runner passes them. */
  state?: Record<string, string>
  /** Receives stdout as it arrives (the demo shows it live). */
  onStdout?: (text: string) => void
  /** Called once the process is spawned, e.g. to send it signals. */
  onSpawn?: (pid: number) => void
  killAfterMs?: number
  /** Cancels the step as the runner does once this returns true: SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after. */
  cancelWhen?: () => boolean
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

/** A workflow command the runner would act on, in either of its forms. */
export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** The older form, `##[name key=value;key=value]data`, which counts anywhere in a line. */
  legacy: boolean
}

export interface RunResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Plain log lines (not workflow commands), as the log shows them. */
  lines: string[]
  /** Group titles in order. */
  groups: string[]
  /** Every command the runner acted on, in order (add-mask, set-output, warning, ...). */
  commands: WorkflowCommand[]
  /** Values the step asked the runner to mask (`::add-mask::`), in order. */
  masks: string[]
  /** Signals the harness sent, as the runner would on cancellation. */
  signalsSent: NodeJS.Signals[]
  /** Wall-clock times (ms since the epoch) of the spawn and of the exit. */
  spawnedAt: number
  exitedAt: number
}

/** The runner's EnvFileKeyValuePairs: `NAME=VALUE` lines and `NAME<<DELIM` heredocs. */
export function parseCommandFile(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      result[line.slice(0, equals)] = line.slice(equals + 1)
      continue
    }
    if (heredoc < 0) throw new Error(`Invalid format '${line}'`)
    const name = line.slice(0, heredoc)
    const delimiter = line.slice(heredoc + 2)
    const value: string[] = []
    for (i++; ; i++) {
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`)
      if (lines[i] === delimiter) break
      value.push(lines[i])
    }
    result[name] = value.join('\n')
  }
  return result
}

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string): string =>
  unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

/** The runner's registered commands (ActionCommandManager): others are plain text. */
const REGISTERED = new Set(
  'set-env set-output save-state add-mask add-path add-matcher remove-matcher debug warning error notice group endgroup echo stop-commands'.split(
    ' '
  )
)

const unescapeLegacy = (s: string): string =>
  s
    .replace(/%25/g, '%')
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')

/**
 * The runner's two parsers. TryParseV2: `::name key=value,key=value::data`, at the start of the
 * line. TryParse, the older form: `##[name key=value;key=value]data`, at the first `##[` anywhere in
 * the line; its search is culture-aware (ICU), which skips invisible characters, and so does this.
 */
function parseCommand(line: string, registered: Set<string>): WorkflowCommand | undefined {
  const v2 = line.trimStart()
  const end = v2.startsWith('::') ? v2.indexOf('::', 2) : -1
  if (end >= 0) {
    const command = commandOf(v2.slice(2, end), ',', unescapeProperty, registered)
    if (command) return { ...command, data: unescapeData(v2.slice(end + 2)), legacy: false }
  }
  const text = line.replace(/\p{Default_Ignorable_Code_Point}/gu, '')
  const at = text.indexOf('##[')
  const close = at < 0 ? -1 : text.indexOf(']', at)
  if (close < 0) return undefined
  const command = commandOf(text.slice(at + 3, close), ';', unescapeLegacy, registered)
  return command && { ...command, data: unescapeLegacy(text.slice(close + 1)), legacy: true }
}

/** The name and properties of `name key=value<separator>key=value`, if the name is registered. */
function commandOf(
  info: string,
  separator: string,
  unescape: (s: string) => string,
  registered: Set<string>
): Pick<WorkflowCommand, 'name' | 'properties'> | undefined {
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return undefined
  const properties: Record<string, string> = {}
  for (const pair of space < 0 ? [] : info.slice(space + 1).split(separator)) {
    const equals = pair.indexOf('=')
    if (equals > 0 && equals < pair.length - 1)
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1))
  }
  return { name, properties }
}

export function parseLog(
  stdout: string
): Pick<RunResult, 'annotations' | 'lines' | 'groups' | 'commands' | 'masks'> {
  const annotations: Annotation[] = []
  const lines: string[] = []
  const groups: string[] = []
  const commands: WorkflowCommand[] = []
  const masks: string[] = []
  let stoppedUntil: string | undefined
  // The runner reads the output a line at a time, where a lone CR ends a line too.
  for (const line of stdout.split(/\r\n|[\r\n]/)) {
    // ::stop-commands::TOKEN turns commands off until ::TOKEN:: (or ##[TOKEN]), as the runner does.
    if (stoppedUntil !== undefined) {
      const command = parseCommand(line, new Set([stoppedUntil.toLowerCase()]))
      if (command?.name === stoppedUntil.toLowerCase()) stoppedUntil = undefined
      else if (line !== '') lines.push(line)
      continue
    }
    const command = parseCommand(line, REGISTERED)
    if (!command) {
      if (line !== '') lines.push(line)
      continue
    }
    commands.push(command)
    const { name, properties, data } = command
    if (name === 'stop-commands') stoppedUntil = data
    if (name === 'group') groups.push(data)
    if (name === 'add-mask') masks.push(data)
    if (name === 'error' || name === 'warning' || name === 'notice')
      annotations.push({ level: name, message: data, properties })
  }
  return { annotations, lines, groups, commands, masks }
}

/** The text as the runner's log shows it: every value the step masked is `***`, longest first. */
export function masked(text: string, masks: string[]): string {
  return [...masks]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .reduce((shown, secret) => shown.split(secret).join('***'), text)
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(inputs)) {
    if (!(name in manifest.inputs)) throw new Error(`'${name}' is not an input in action.yml`)
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? spec.default ?? ''
  }
  return env
}

let runs = 0
/** GITHUB_SHA as the harness gives it to every run. */
export const HARNESS_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ib-action-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/golden-images',
    // A run ID of its own per call, so separate tests never share a default client token.
    GITHUB_RUN_ID: String(process.pid * 1000 + ++runs),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: HARNESS_SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_JOB: 'bake',
    GITHUB_ACTION: 'imagebuilder',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    AWS_ACCESS_KEY_ID: HARNESS_CREDENTIALS[0],
    AWS_SECRET_ACCESS_KEY: HARNESS_CREDENTIALS[1],
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_IMAGEBUILDER: options.endpoint,
    AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: options.endpoint,
    ...files,
    ...inputEnv(options.inputs ?? {}),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...options.env
  }
  const entry = join(
    ROOT,
    options.entry === 'post' ? (manifest.runs.post ?? '') : manifest.runs.main
  )
  const spawnedAt = Date.now()
  const child = spawn(options.node ?? process.execPath, options.nodeArgs ?? [entry], {
    env: Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
    ),
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  if (child.pid !== undefined) options.onSpawn?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    options.onStdout?.(chunk)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 50_000)
  const signalsSent: NodeJS.Signals[] = []
  const send = (signal: NodeJS.Signals): void => {
    if (child.exitCode === null && child.signalCode === null) {
      signalsSent.push(signal)
      child.kill(signal)
    }
  }
  const escalation: NodeJS.Timeout[] = []
  const watcher = options.cancelWhen
    ? setInterval(() => {
        if (!options.cancelWhen?.()) return
        clearInterval(watcher)
        send('SIGINT')
        escalation.push(setTimeout(() => send('SIGTERM'), 7500))
        escalation.push(setTimeout(() => send('SIGKILL'), 10_000))
      }, 10)
    : undefined
  let exitedAt = 0
  child.on('exit', () => (exitedAt = Date.now()))
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
    child.on('close', (code, sig) => resolve([code, sig]))
  )
  clearTimeout(killer)
  clearInterval(watcher)
  escalation.forEach(clearTimeout)
  return {
    signalsSent,
    spawnedAt,
    exitedAt,
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    ...parseLog(stdout)
  }
}
