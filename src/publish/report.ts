// The report of mode publish: one log line and one summary row per document, the outputs
// (documents, arns, status), and an error annotation on each file that could not be published.
// It is written whatever happened, with what is known; a run that stopped says why.
import * as core from '@actions/core'
import { escapeHtml, oneLine } from '../common/index.js'
import { isRecipeKind, type DocumentKind, type PublishDocument } from '../inputs/index.js'

export type PublishStatus = 'PUBLISHED' | 'VALIDATED' | 'VERSION_CONFLICT' | 'VALIDATION_FAILED'

/** What became of one document. */
export interface PublishedDocument {
  document: PublishDocument
  /** The newest build the file was compared with, if the account had one. */
  previous?: { version: string; build?: number; arn: string }
  /** The version the document has now, or would get. */
  version?: string
  /** The build version ARN: the new build, or the unchanged one; empty for validated. */
  arn: string
  result?: 'created' | 'updated' | 'unchanged' | 'validated'
  /** Why it cannot be published: a version clash, or the service's refusal. */
  problem?: string
  conflict?: boolean
  /** Unchanged because another run created the same content first (the service said so). */
  raced?: boolean
  /** A recipe created: the latestVersionReferences the service returned. */
  latestVersionReferences?: Record<string, string>
  /** A recipe made again: why (its file, or which component it names, changed). */
  reason?: string
  /** A pipeline that exists: the members its file changes. */
  changed?: string[]
  /** A pipeline's dry run: what a run would do. */
  plan?: 'create' | 'update' | 'unchanged'
  /** Worth a warning, not a failure (a pipeline's tags, which no update changes). */
  warnings?: string[]
}

export interface PublishReport {
  dryRun: boolean
  region: string
  outcomes: PublishedDocument[]
  /** Set when the run stopped before the end: the status and the message to show. */
  stop?: { status: string; message: string }
}

/** Writes the report; returns the failure to fail the step with, if any. */
export async function reportPublish(report: PublishReport): Promise<string | undefined> {
  const { outcomes } = report
  for (const o of outcomes) logOutcome(o)
  for (const warning of outcomes.flatMap(o => o.warnings ?? []))
    core.warning(oneLine(warning), { title: 'Pipeline tags not changed' })
  for (const o of outcomes.filter(o => o.problem)) {
    core.error(oneLine(o.problem), {
      file: o.document.file,
      title: `${o.document.kind} ${oneLine(o.document.name, 128)} was not ${report.dryRun ? 'validated' : 'published'}`
    })
  }
  const conflicts = outcomes.filter(o => o.conflict).length
  const refused = outcomes.filter(o => o.problem && !o.conflict).length
  const status: string =
    report.stop?.status ??
    (conflicts > 0
      ? 'VERSION_CONFLICT'
      : refused > 0
        ? 'VALIDATION_FAILED'
        : report.dryRun
          ? 'VALIDATED'
          : 'PUBLISHED')
  const done = outcomes.filter(o => o.result)
  core.setOutput('status', status)
  core.setOutput(
    'documents',
    JSON.stringify(
      done.map(o => ({
        kind: o.document.kind,
        name: o.document.name,
        version: o.version ?? '',
        arn: o.arn,
        result: o.result
      }))
    )
  )
  core.setOutput(
    'arns',
    JSON.stringify(Object.fromEntries(done.filter(o => o.arn).map(o => [o.document.name, o.arn])))
  )
  core.setOutput(
    'latest-version-references',
    JSON.stringify(
      Object.fromEntries(
        done
          .filter(o => o.latestVersionReferences)
          .map(o => [o.document.name, o.latestVersionReferences])
      )
    )
  )
  const failure =
    report.stop?.message ??
    (conflicts + refused === 0
      ? undefined
      : conflicts > 0 && !report.dryRun
        ? `${conflicts} of ${outcomes.length} documents have a version that already exists with other content; nothing was created. The annotations name each file.`
        : `${conflicts + refused} of ${outcomes.length} documents were refused${report.dryRun ? ' by validation' : ''}. The annotations name each file.`)
  await writeSummary(report, status, failure)
  return failure
}

/** The build the file was compared with, as version/build, or 'none'. */
const previousOf = (o: PublishedDocument): string =>
  o.previous
    ? `${o.previous.version}${o.previous.build === undefined ? '' : `/${o.previous.build}`}`
    : 'none'

/** A pipeline's change, or in a dry run its plan, as the log and the summary say it. */
export function pipelineChange(o: PublishedDocument): string {
  const members = ` (${(o.changed ?? []).join(', ')})`
  switch (o.result === 'validated' ? o.plan : o.result) {
    case 'create':
      return 'would be created'
    case 'update':
      return `would be updated${members}`
    case 'updated':
      return `updated${members}`
    default:
      return o.result === 'validated' ? 'would stay unchanged' : (o.result ?? '')
  }
}

function logOutcome(o: PublishedDocument): void {
  const what = `${o.document.kind} ${oneLine(o.document.name, 128)}`
  if (o.document.kind === 'image-pipeline') {
    if (o.result === 'validated')
      core.info(
        `${what}: validated against the model and by reads; ${pipelineChange(o)} (dry run: no pipeline write sent)`
      )
    else if (o.result) core.info(`${what}: ${pipelineChange(o)} (${o.arn})`)
    return
  }
  const from = previousOf(o)
  if (o.raced)
    core.info(
      `${what}: unchanged: Image Builder already holds this content as ${o.version ?? ''} (created by another run since this one listed the versions)`
    )
  else if (o.result === 'unchanged') core.info(`${what}: unchanged at ${from} (${o.arn})`)
  else if (o.result === 'created')
    core.info(
      `${what}: ${from} → ${o.version ?? ''} created (${o.arn})${o.reason ? `: ${o.reason}` : ''}`
    )
  else if (o.result === 'validated' && isRecipeKind(o.document.kind))
    core.info(
      `${what}: ${from} → ${o.version ?? ''} validated against the model and the components it names (dry run: no Create sent)`
    )
  else if (o.result === 'validated')
    core.info(
      `${what}: ${from} → ${o.version ?? ''} validated by Image Builder (dry run: nothing created)`
    )
}

const KIND_PAGE: Record<DocumentKind, string> = {
  component: 'components',
  workflow: 'workflows',
  'image-recipe': 'imageRecipes',
  'container-recipe': 'containerRecipes',
  'image-pipeline': 'pipelines'
}

async function writeSummary(
  report: PublishReport,
  status: string,
  failure: string | undefined
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const verb = report.dryRun ? 'Validate' : 'Publish'
  const mark = failure ? '❌' : '✅'
  const header = ['Name', 'Kind', 'File', 'Version', 'Result', 'Build'].map(data => ({
    data,
    header: true
  }))
  const rows = report.outcomes.map(o => {
    const pipeline = o.document.kind === 'image-pipeline'
    const from = previousOf(o)
    const to = o.result === 'unchanged' ? 'unchanged' : (o.version ?? '-')
    const result =
      o.result === 'validated' && pipeline
        ? `validated: ${pipelineChange(o)}`
        : (o.result ?? (o.conflict ? 'version conflict' : o.problem ? 'refused' : 'not sent'))
    const build = o.arn
      ? `<a href="${consoleUrl(report.region, o.document.kind)}"><code>${escapeHtml(oneLine(o.arn, 300))}</code></a>`
      : report.dryRun && o.result === 'validated'
        ? 'none (dry run)'
        : '-'
    return [
      escapeHtml(oneLine(o.document.name, 128)),
      o.document.kind,
      `<code>${escapeHtml(oneLine(o.document.file, 300))}</code>`,
      // A pipeline has no versions.
      pipeline ? '-' : `${escapeHtml(from)} → ${escapeHtml(to)}`,
      escapeHtml(result),
      build
    ]
  })
  const what = report.outcomes.some(o => o.document.kind === 'image-pipeline')
    ? 'components, workflows, recipes and pipelines'
    : report.outcomes.some(o => isRecipeKind(o.document.kind))
      ? 'components, workflows and recipes'
      : 'components and workflows'
  const summary = core.summary
    .addHeading(`${mark} ${verb} ${what} (${status})`, 2)
    .addTable([header, ...rows])
  if (failure) summary.addRaw(`<p>${escapeHtml(oneLine(failure, 4000))}</p>`, true)
  for (const o of report.outcomes.filter(o => o.reason && o.result === 'created')) {
    summary.addRaw(
      `<p>${escapeHtml(o.document.kind)} <code>${escapeHtml(oneLine(o.document.name, 128))}</code> was made again: ${escapeHtml(oneLine(o.reason, 1000))}.</p>`,
      true
    )
  }
  for (const o of report.outcomes.filter(o => o.changed?.length && o.result !== 'unchanged')) {
    const members = o.changed?.map(m => `<code>${m}</code>`).join(', ') ?? ''
    const verb = o.result === 'updated' ? 'changed' : 'would change'
    summary.addRaw(
      `<p>image-pipeline <code>${escapeHtml(oneLine(o.document.name, 128))}</code>: the file ${verb} ${members}.</p>`,
      true
    )
  }
  for (const o of report.outcomes.filter(o => o.problem)) {
    summary.addRaw(
      `<p><code>${escapeHtml(oneLine(o.document.file, 300))}</code>: ${escapeHtml(oneLine(o.problem, 1000))}</p>`,
      true
    )
  }
  await summary.write()
}

/** The console's list of the account's components or workflows in the region. */
function consoleUrl(region: string, kind: DocumentKind): string {
  return `https://${region}.console.aws.amazon.com/imagebuilder/home?region=${region}#/${KIND_PAGE[kind]}`
}
