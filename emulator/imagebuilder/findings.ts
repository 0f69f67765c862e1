// Amazon Inspector's findings as a scenario scripts them (`scenario.findings`), and makeFindings,
// which makes realistic ones: CVE IDs, Amazon Linux packages with installed and fixed versions,
// CVSS and Inspector scores in each severity's range, fixAvailable YES, NO or PARTIAL.
// Member names are the model's (ImageScanFinding); timestamps are epoch seconds, as restJson1
// sends them (the SDK fails on an ISO string in a timestamp member).

export interface VulnerablePackage {
  name?: string
  version?: string
  release?: string
  epoch?: number
  arch?: string
  packageManager?: string
  filePath?: string
  fixedInVersion?: string
  remediation?: string
  sourceLayerHash?: string
}

/** An ImageScanFinding less what the scanned image gives it (account, image and pipeline ARNs). */
export interface ScanFinding {
  type?: string
  title?: string
  description?: string
  /** Inspector's levels: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNTRIAGED. */
  severity?: string
  remediation?: { recommendation?: { text?: string; url?: string } }
  firstObservedAt?: number
  updatedAt?: number
  inspectorScore?: number
  inspectorScoreDetails?: { adjustedCvss?: Record<string, unknown> }
  packageVulnerabilityDetails?: {
    vulnerabilityId: string
    vulnerablePackages?: VulnerablePackage[]
    source?: string
    cvss?: Array<{ baseScore?: number; scoringVector?: string; version?: string; source?: string }>
    relatedVulnerabilities?: string[]
    sourceUrl?: string
    vendorSeverity?: string
    vendorCreatedAt?: number
    vendorUpdatedAt?: number
    referenceUrls?: string[]
  }
  /** YES: a fix for every package; NO: none; PARTIAL: for some. */
  fixAvailable?: string
}

export const SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'MEDIUM',
  'LOW',
  'INFORMATIONAL',
  'UNTRIAGED'
] as const
export type Severity = (typeof SEVERITIES)[number]

/** How many findings of each severity: `{ critical: 2, high: 5 }`. */
export type SeverityMix = Partial<Record<Lowercase<Severity>, number>>

/** Installed [version, release] and the release that fixes it, Amazon Linux 2023 style. */
const PACKAGES: Array<[name: string, version: string, release: string, fixed: string]> = [
  ['openssl-libs', '3.0.8', '1.amzn2023.0.11', '1:3.0.8-1.amzn2023.0.12'],
  ['glibc', '2.34', '52.amzn2023.0.8', '2.34-52.amzn2023.0.10'],
  ['curl', '8.3.0', '1.amzn2023.0.5', '8.5.0-1.amzn2023.0.1'],
  ['python3', '3.9.16', '1.amzn2023.0.6', '3.9.16-1.amzn2023.0.9'],
  ['kernel', '6.1.61', '85.141.amzn2023', '6.1.66-91.160.amzn2023'],
  ['libxml2', '2.10.4', '1.amzn2023.0.5', '2.10.4-1.amzn2023.0.6'],
  ['sudo', '1.9.13', '1.p2.amzn2023.0.2', '1.9.15-1.p5.amzn2023.0.1'],
  ['expat', '2.5.0', '1.amzn2023.0.3', '2.5.0-1.amzn2023.0.4'],
  ['vim-minimal', '9.0.2081', '1.amzn2023', '9.0.2153-1.amzn2023'],
  ['systemd', '252.16', '1.amzn2023.0.1', '252.16-1.amzn2023.0.2']
]

/** A score inside each severity's CVSS range, varied by `i` so that sorting by score matters. */
const SCORE: Record<Severity, (i: number) => number | undefined> = {
  CRITICAL: i => 9 + (i % 10) / 10,
  HIGH: i => 7 + (i % 19) / 10,
  MEDIUM: i => 4 + (i % 29) / 10,
  LOW: i => 0.1 + (i % 38) / 10,
  INFORMATIONAL: () => 0,
  UNTRIAGED: () => undefined
}

const FIXES = ['YES', 'NO', 'PARTIAL'] as const
/** 2026-01-05T00:00:00Z, in epoch seconds. */
const OBSERVED = 1_767_571_200

/**
 * Findings of the given severities, interleaved from the lowest up (the service's order is not
 * by severity, so a caller has to sort them). The n-th finding overall is CVE-2024-(21000+n),
 * on package n mod 10, with fixAvailable YES, NO, PARTIAL in turn. `first` shifts the numbering,
 * for a second image's findings.
 */
export function makeFindings(mix: SeverityMix, first = 0): ScanFinding[] {
  const queues = [...SEVERITIES]
    .reverse()
    .map(severity => ({ severity, left: mix[lower(severity)] ?? 0 }))
  const order: Severity[] = []
  while (queues.some(q => q.left > 0))
    for (const q of queues) if (q.left-- > 0) order.push(q.severity)
  return order.map((severity, k) => finding(severity, first + k))
}

function finding(severity: Severity, n: number): ScanFinding {
  const id = `CVE-2024-${21000 + n}`
  const [name, version, release, fixed] = PACKAGES[n % PACKAGES.length]
  const fixAvailable = FIXES[n % FIXES.length]
  const raw = SCORE[severity](n)
  const score = raw === undefined ? undefined : Math.round(raw * 10) / 10
  const sourceUrl = `https://nvd.nist.gov/vuln/detail/${id}`
  const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
  const packages: VulnerablePackage[] = [
    {
      name,
      version,
      release,
      epoch: 0,
      arch: 'x86_64',
      packageManager: 'OS',
      fixedInVersion: fixAvailable === 'NO' ? undefined : fixed,
      remediation: fixAvailable === 'NO' ? undefined : `dnf update ${name}`
    }
  ]
  if (fixAvailable === 'PARTIAL') {
    const [other, otherVersion, otherRelease] = PACKAGES[(n + 1) % PACKAGES.length]
    packages.push({
      name: other,
      version: otherVersion,
      release: otherRelease,
      epoch: 0,
      arch: 'x86_64',
      packageManager: 'OS'
    })
  }
  const cvss =
    score === undefined
      ? []
      : [{ baseScore: score, scoringVector: vector, version: '3.1', source: 'NVD' }]
  return {
    type: 'PACKAGE_VULNERABILITY',
    title: `${id} - ${packages.map(p => p.name).join(', ')}`,
    description: `A flaw was found in ${name} ${version} that could let a remote attacker affect the host.`,
    severity,
    remediation: {
      recommendation: {
        text: fixAvailable === 'NO' ? 'None Provided' : `Update ${name} to ${fixed}.`
      }
    },
    firstObservedAt: OBSERVED,
    updatedAt: OBSERVED + 3600,
    inspectorScore: score,
    inspectorScoreDetails:
      score === undefined
        ? undefined
        : {
            adjustedCvss: {
              scoreSource: 'NVD',
              cvssSource: 'NVD',
              version: '3.1',
              score,
              scoringVector: vector,
              adjustments: []
            }
          },
    packageVulnerabilityDetails: {
      vulnerabilityId: id,
      vulnerablePackages: packages,
      source: 'NVD',
      cvss,
      relatedVulnerabilities: [],
      sourceUrl,
      vendorSeverity: severity,
      vendorCreatedAt: OBSERVED - 86_400 * 30,
      vendorUpdatedAt: OBSERVED - 86_400,
      referenceUrls: [sourceUrl, `https://alas.aws.amazon.com/cve/html/${id}.html`]
    },
    fixAvailable
  }
}

const lower = (s: Severity): Lowercase<Severity> => s.toLowerCase() as Lowercase<Severity>
