import type { z } from 'zod'
import type { Evidence } from '../evidence/evidence.js'
import type { Finding, Location } from '../core/finding.js'
import type { EnvironmentPatterns } from '../workflow/environment-class.js'
import type { Purpose } from '../workflow/catalog/purpose.js'

/** What every check sees besides its own options: the evidence and the policy's shared settings. */
export interface CheckContext {
  /** The practice being judged. */
  practice: string
  evidence: Evidence
  environments: EnvironmentPatterns
  strict: boolean
  attestations: readonly LocatedAttestation[]
}

/** A person's word in the policy that a practice holds (design §2: `attestations:`). */
export interface Attestation {
  practice: string
  by: string
  evidence?: string | undefined
  expires: string
}

/** An attestation with the policy line it sits on, for the report's locations. */
export type LocatedAttestation = Attestation & { location?: Location }

/** A zod object shape: the option keys a check or practice accepts besides the common ones. */
export type OptionsShape = Record<string, z.ZodType>

/** The options a check receives: its shape parsed, defaults filled in (see `applyCheck`). */
export type OptionsOf<Shape extends OptionsShape> = z.output<z.ZodObject<Shape>>

/**
 * A check: declarative meta beside a pure function (after ESLint's rules). `check` may be async only because
 * some evidence (streamed reports) is read lazily; it never performs I/O of its own.
 */
export interface Check<Shape extends OptionsShape = OptionsShape, MessageId extends string = string> {
  meta: {
    /** Message ids → templates; findings carry the id so tests assert on ids, not prose. */
    messages: Readonly<Record<MessageId, string>>
    options: Shape
    /**
     * True when the check reads the run evidence itself (ordering by timestamps, say); otherwise evaluation
     * refines its definition verdict with the run's job conclusions (src/evaluate/apply-run-evidence.ts).
     */
    runAware?: boolean
    /**
     * The purposes a job named by the check's `jobs:` option is read as doing (`['deploy']`), for checks that
     * ask the pipeline for jobs by purpose rather than matching the option themselves.
     */
    namedJobs?: readonly Purpose[]
    /**
     * True when only the GitHub REST API can show the practice (branch protection): offline its `unknown` is
     * reported apart from a real shortfall (`evidence.needsApi`, CLI exit 3).
     */
    needsApi?: boolean
  }
  check(context: CheckContext, options: OptionsOf<Shape>): Finding | Promise<Finding>
}
