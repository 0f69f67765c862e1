// The vulnerability scan as the user sees it: the log line with the counts and the critical and
// high findings, the summary's findings table, the outputs and the findings file, and the gate
// (fail-on-severity). Findings were cleaned when read; the summary escapes them besides.
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import type { ImageScanFinding } from '@aws-sdk/client-imagebuilder'
import { parseArn } from '../aws/index.js'
import { escapeHtml, oneLine } from '../common/index.js'
import type { SeverityGate } from '../inputs/index.js'
import { cellText } from './failure-summary.js'
import type { Counts, ScanResult } from './scan-read.js'

type Summary = typeof core.summary

/** Most severe first; a severity Inspector adds later sorts after these. */
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNTRIAGED']
/** The summary's table and the log list at most so many findings. */
const TABLE_ROWS = 25
const LOG_ROWS = 50

const rank = (f: ImageScanFinding): number => {
  const at = SEVERITIES.indexOf((f.severity ?? '').toUpperCase())
  return at === -1 ? SEVERITIES.length : at
}
const score = (f: ImageScanFinding): number =>
  typeof f.inspectorScore === 'number' ? f.inspectorScore : -1

/** By severity, then by Inspector score, highest first. */
export const bySeverity = (findings: ImageScanFinding[]): ImageScanFinding[] =>
  [...findings].sort((a, b) => rank(a) - rank(b) || score(b) - score(a))

/** What one finding shows: its ID, severity, first package, versions and fix. */
function facts(f: ImageScanFinding) {
  const details = f.packageVulnerabilityDetails
  const pkg = details?.vulnerablePackages?.[0]
  const more = (details?.vulnerablePackages?.length ?? 0) - 1
  return {
    id: oneLine(details?.vulnerabilityId ?? f.title, 200) || '-',
    severity: oneLine(f.severity, 40).toUpperCase() || '-',
    pkg: oneLine(pkg?.name, 200) + (more > 0 ? ` (+${more} more)` : ''),
    installed: oneLine(pkg?.version, 200),
    fixed: oneLine(pkg?.fixedInVersion, 200),
    fixAvailable: oneLine(f.fixAvailable, 40),
    score: typeof f.inspectorScore === 'number' ? String(f.inspectorScore) : '',
    url: webUrl(details?.sourceUrl)
  }
}

/** Only an http(s) address becomes a link: never javascript: or data:. */
function webUrl(text: string | undefined): string | undefined {
  try {
    const url = new URL(text ?? '')
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

const countsText = (c: Counts): string =>
  `${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.all} in all`

const stateText = (scan: ScanResult): string =>
  `${scan.status || 'no scan state'}${scan.reason ? ` (${scan.reason})` : ''}${scan.stillRunning ? ', still running when timeout-minutes ran out' : ''}`

export function logScan(scan: ScanResult): void {
  if (scan.status !== 'COMPLETED') {
    core.info(`Vulnerability scan ${stateText(scan)}: no findings to report.`)
    return
  }
  const counts = scan.counts ? countsText(scan.counts) : 'counts unknown'
  core.info(`Vulnerability scan ${stateText(scan)}: ${counts}.`)
  const serious = bySeverity(scan.findings).filter(f => rank(f) <= 1)
  for (const f of serious.slice(0, LOG_ROWS).map(facts)) {
    const fixed = f.fixed ? `, fixed in ${f.fixed}` : ''
    core.info(
      `  ${f.severity} ${f.id} ${f.pkg || '-'} ${f.installed || '-'}${fixed} (fix available: ${f.fixAvailable || 'unknown'})`
    )
  }
  if (serious.length > LOG_ROWS)
    core.info(`  ... and ${serious.length - LOG_ROWS} more critical and high findings.`)
  if (scan.incomplete) core.info(`  Not every finding was read: ${scan.incomplete}.`)
}

export function addScanSummary(summary: Summary, scan: ScanResult): void {
  summary.addHeading('Vulnerability findings', 3)
  const none = scan.status === 'COMPLETED' ? '' : ': no findings to report'
  summary.addRaw(`<p>Scan ${cellText(stateText(scan) + none, 1200)}</p>`, true)
  if (scan.counts) {
    const c = scan.counts
    summary.addTable([
      ['Critical', 'High', 'Medium', 'All'].map(data => ({ data, header: true })),
      [c.critical, c.high, c.medium, c.all].map(String)
    ])
  }
  const rows = bySeverity(scan.findings).slice(0, TABLE_ROWS).map(facts)
  if (rows.length > 0) {
    summary.addTable([
      ['Severity', 'Vulnerability', 'Package', 'Installed', 'Fixed in', 'Score'].map(data => ({
        data,
        header: true
      })),
      ...rows.map(f => [
        escapeHtml(f.severity),
        f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.id)}</a>` : escapeHtml(f.id),
        ...[f.pkg, f.installed, f.fixed, f.score].map(text => escapeHtml(text) || '-')
      ])
    ])
  }
  const total = Math.max(scan.counts?.all ?? 0, scan.findings.length)
  const notes = [
    total > rows.length ? `${total - rows.length} more findings not shown here.` : '',
    scan.incomplete ? `Not every finding was read: ${scan.incomplete}.` : ''
  ].filter(Boolean)
  if (notes.length > 0) summary.addRaw(`<p>${cellText(notes.join(' '), 1000)}</p>`, true)
}

/** scan-status, findings (the counts) and findings-json (the file of every finding read). */
export function setScanOutputs(scan: ScanResult, arn: string): void {
  core.setOutput('scan-status', scan.status)
  if (scan.status !== 'COMPLETED') return
  if (scan.counts) core.setOutput('findings', JSON.stringify(scan.counts))
  const [name, version, build] = parseArn(arn)?.resourcePath.split('/') ?? []
  const dir = process.env.RUNNER_TEMP || tmpdir()
  const file = join(dir, `image-scan-findings-${[name, version, build].join('-')}.json`)
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(bySeverity(scan.findings), null, 2)}\n`)
    core.setOutput('findings-json', file)
  } catch (error) {
    core.warning(`Could not write the findings file ${file}: ${oneLine((error as Error).message)}`)
  }
}

const GATE_RANK: Record<Exclude<SeverityGate, 'none'>, Array<keyof Counts>> = {
  critical: ['critical'],
  high: ['critical', 'high'],
  medium: ['critical', 'high', 'medium']
}

/** Why the gate fails the step, or undefined when it lets the image pass. */
export function gateFailure(
  gate: SeverityGate,
  scan: ScanResult | undefined,
  arn: string
): string | undefined {
  if (gate === 'none') return undefined
  const input = `fail-on-severity is '${gate}'`
  const stays = `The image stays AVAILABLE: ${arn}`
  if (!scan)
    return `${input}, but the image was built without vulnerability scanning: there are no findings to judge. ${stays}`
  if (scan.status !== 'COMPLETED')
    return `${input}, but the image's vulnerability scan did not complete: ${stateText(scan)}. The findings cannot be judged. ${stays}`
  if (!scan.counts)
    return `${input}, but the counts of the image's vulnerability findings could not be read (see the warnings above). ${stays}`
  const counts = scan.counts
  const over = GATE_RANK[gate].reduce((sum, key) => sum + counts[key], 0)
  if (over === 0) return undefined
  return `Vulnerability findings at or above ${gate.toUpperCase()}: ${countsText(counts)} (fail-on-severity: ${gate}). ${stays}`
}
