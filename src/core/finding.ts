/**
 * The values every part of the engine exchanges: a finding is what one practice's check concluded.
 * Kept free of behaviour so that checks, evaluation and renderers can share them without importing each other.
 */

/** `unknown` never counts as pass; `not-applicable` and `waived` do, and are always shown. */
export type Status = 'pass' | 'fail' | 'unknown' | 'not-applicable' | 'waived'

/** How the evidence was seen, strongest first: this run, recent history, the workflow files, a person's word. */
export type Strength = 'run' | 'history' | 'definition' | 'attested' | 'none'

/** A 1-based position in a repository file (workflow, policy, report), relative to the workspace root. */
export interface Location {
  file: string
  line: number
  column: number
}

/**
 * Why a job counts as evidence: the purpose it was read as, the catalog rule that matched (an entry id, or
 * `step-name`, `job-name`, `services`, `reusable-workflow`), the step and command, and the chain of files the
 * command was followed through (`npm test` → `package.json scripts.test` → …), so a reader can check it.
 */
export interface EvidenceWhy {
  purpose: string
  rule: string
  step?: string
  command?: string
  via?: string[]
}

/** One piece of evidence a finding rests on, as it appears in the JSON report. */
export type EvidenceItem =
  | { kind: 'file'; file: string }
  | { kind: 'job'; workflow: string; job: string; location?: Location; why?: EvidenceWhy }
  | { kind: 'step'; workflow: string; job: string; step: string; location?: Location; why?: EvidenceWhy }
  | { kind: 'attestation'; by: string; evidence?: string; expires: string }
  | { kind: 'command'; command: string; exitCode: number | null; output: string; timedOut: boolean }
  | { kind: 'tests'; file: string; tests: number; failures: number; errors: number; skipped: number }
  | { kind: 'coverage'; file: string; lines: number | null; branches: number | null }
  | {
      kind: 'metric'
      key: string
      candidate: number | null
      baseline: number | null
      delta: number | null
      relativeDelta: number | null
      bound: string
      verdict: 'pass' | 'fail' | 'no-baseline'
      /** Why, in words: the bound that failed, or that there is no baseline. */
      reason?: string
    }
  | { kind: 'note'; text: string }

/** What a check returns; evaluation adds the practice's title, level and category. */
export interface Finding {
  practice: string
  status: Status
  strength: Strength
  /** Stable id of the message template (tests assert on it, not on prose). */
  messageId: string
  message: string
  evidence: EvidenceItem[]
  locations: Location[]
  remediation: string
}
