import { createHash } from 'node:crypto'
import type { Location } from '../core/finding.js'
import { countsAsPass } from '../evaluate/levels.js'
import { practiceDocsUrl } from './practice-docs-url.js'
import { findingSeverity } from './annotations.js'
import type { Report, ReportFinding } from '../evaluate/report.js'

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const

export interface SarifOptions {
  /** Absolute URL of the practices page; rules link to `#<practice>` when given. */
  docsUrl?: string
}

/**
 * The findings as a SARIF 2.1.0 log for code scanning: one rule per evaluated practice, one result per
 * practice that does not hold, at its locations (the policy file when it has none, as code scanning needs a
 * location). Fingerprints hash the practice, the file and the message id — not lines — so a result keeps its
 * identity when the workflow file moves lines around.
 */
export function renderSarif(report: Report, toolVersion: string, options: SarifOptions = {}): object {
  const { docsUrl } = options
  const docs = (practice: string): string | undefined =>
    docsUrl && /^https?:\/\//.test(docsUrl) ? practiceDocsUrl(docsUrl, practice) : undefined
  const rules = report.findings.map(finding => rule(finding, docs(finding.practice)))
  const results = report.findings.flatMap((finding, ruleIndex) =>
    countsAsPass(finding.status) ? [] : [result(report, finding, ruleIndex)]
  )
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'maturity-gate',
            version: toolVersion,
            semanticVersion: toolVersion,
            rules
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

function rule(finding: ReportFinding, helpUri: string | undefined): object {
  const fix = finding.remediation || finding.title
  const seeAlso = helpUri ? `\n\nSee ${helpUri}` : ''
  return {
    id: finding.practice,
    name: pascalCase(finding.practice),
    shortDescription: { text: finding.title || finding.practice },
    fullDescription: { text: `${finding.title || finding.practice} (${finding.level}, ${finding.category})` },
    help: { text: `${fix}${seeAlso}` },
    ...(helpUri ? { helpUri } : {}),
    properties: { tags: ['maturity', finding.level, finding.category] }
  }
}

function result(report: Report, finding: ReportFinding, ruleIndex: number): object {
  const [first = { file: report.policy.path, line: 1, column: 1 }, ...more]: readonly Location[] =
    finding.locations
  const locations = [first, ...more]
  return {
    ruleId: finding.practice,
    ruleIndex,
    level: LEVEL[findingSeverity(report, finding) ?? 'notice'],
    message: { text: finding.message || finding.title || finding.practice },
    locations: locations.map(at => ({
      physicalLocation: {
        artifactLocation: { uri: relativeUri(at.file), uriBaseId: '%SRCROOT%' },
        region: { startLine: at.line, startColumn: at.column }
      }
    })),
    partialFingerprints: {
      'maturityGate/v1': fingerprint(finding.practice, first.file, finding.messageId)
    },
    properties: { status: finding.status, strength: finding.strength, level: finding.level }
  }
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32)
}

/** A relative URI reference: each path segment percent-encoded, no leading `./` or `/`. */
function relativeUri(file: string): string {
  return file
    .replace(/^(\.\/|\/)+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/')
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(word => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}
