import type { EvidenceItem, EvidenceWhy, Location } from '../core/finding.js'
import { oneLine, truncate } from '../report/escape.js'

/** Longest piece of repository text on a line, as in the text report. */
const TEXT_MAX = 1000

/** Repository text as one bounded line: a job name or a command cannot forge a line of its own. */
function plain(text: string): string {
  return truncate(oneLine(text), TEXT_MAX)
}

/** Where a job or step is: its line when known (the file names the workflow), else its workflow. */
function where(workflow: string, location: Location | undefined): string {
  return location ? `${plain(location.file)}:${location.line}` : plain(workflow)
}

/**
 * One evidence item of a finding as indented plain-text lines: what it is and where, and for a job the chain
 * that made it evidence (purpose, catalog rule, step, command, and the files the command was followed through).
 */
export function evidenceLines(item: EvidenceItem): string[] {
  switch (item.kind) {
    case 'job':
      return [`- job ${plain(item.job)} (${where(item.workflow, item.location)})`, ...whyLines(item.why)]
    case 'step':
      return [
        `- step ${plain(item.step)} of job ${plain(item.job)} (${where(item.workflow, item.location)})`,
        ...whyLines(item.why)
      ]
    case 'file':
      return [`- file ${plain(item.file)}`]
    case 'tests':
      return [
        `- test report ${plain(item.file)}: ${item.tests} test(s), ${item.failures} failure(s), ` +
          `${item.errors} error(s), ${item.skipped} skipped`
      ]
    case 'coverage':
      return [
        `- coverage report ${plain(item.file)}: lines ${figure(item.lines)}, branches ${figure(item.branches)}`
      ]
    case 'metric':
      return [`- metric ${plain(item.key)}: ${item.verdict} (${plain(item.reason ?? item.bound)})`]
    case 'command':
      return [`- command ${plain(item.command)}: exit ${item.timedOut ? 'timed out' : String(item.exitCode)}`]
    case 'attestation':
      return [
        `- attested by ${plain(item.by)} until ${item.expires}${item.evidence ? `: ${plain(item.evidence)}` : ''}`
      ]
    case 'note':
      return [`- ${plain(item.text)}`]
  }
}

function whyLines(why: EvidenceWhy | undefined): string[] {
  if (!why) return []
  return [
    `    read as ${plain(why.purpose)} by rule ${plain(why.rule)}`,
    ...(why.step ? [`    step: ${plain(why.step)}`] : []),
    ...(why.command ? [`    command: ${plain(why.command)}`] : []),
    ...(why.via && why.via.length > 0 ? [`    via: ${why.via.map(plain).join(' → ')}`] : [])
  ]
}

function figure(value: number | null): string {
  return value === null ? 'not given' : `${value}%`
}
