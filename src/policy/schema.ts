import { z } from 'zod'
import { genericChecks } from '../checks/index.js'
import { builtInModels } from '../models/index.js'
import { practicesById } from '../practices/index.js'
import type { OptionsShape } from '../checks/check.js'
import { DEFAULT_ENVIRONMENT_PATTERNS } from '../workflow/environment-class.js'
import { policyRegex } from '../core/policy-regex.js'

/**
 * The `.maturity.yml` schema (design §2). It is built for the model a policy names, so that level, category
 * and practice names are checked by zod itself and every error, whatever its kind, comes out of one pass with
 * its allowed values. `buildPolicySchema()` without a model gives the model-agnostic schema that is exported
 * as JSON Schema for editors.
 */

/** Names a policy's levels and categories may use: the chosen model's, or any for the JSON Schema. */
export interface SchemaVocabulary {
  levels?: readonly string[]
  categories?: readonly string[]
  /** Practice ids a waiver or attestation may name. */
  practices?: readonly string[]
  /** Built-in practice ids of the chosen model: their keys get the practice's own options. */
  builtIn: readonly string[]
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/

/** `Date.parse` rolls 2099-02-30 over to March 2: a real date is one that reads back as itself. */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date')

function nameOf(names: readonly string[] | undefined, what: string): z.ZodType<string> {
  if (names === undefined || names.length === 0) {
    return z.string().regex(ID_PATTERN, `${what} names are kebab-case`)
  }
  return z.enum(names as [string, ...string[]])
}

function commonPracticeShape(vocabulary: SchemaVocabulary) {
  return {
    enabled: z.boolean().optional().describe('false removes the practice from evaluation'),
    level: nameOf(vocabulary.levels, 'level').optional().describe('move the practice to another level'),
    category: nameOf(vocabulary.categories, 'category').optional().describe('move it to another category')
  }
}

function builtInPracticeSchema(id: string, vocabulary: SchemaVocabulary) {
  const options: OptionsShape = practicesById.get(id)?.meta.options ?? {}
  return z.strictObject({ ...commonPracticeShape(vocabulary), ...options })
}

/** A practice the policy adds: it names a generic check, and that check's options sit beside `check`. */
function customPracticeSchema(vocabulary: SchemaVocabulary) {
  const variants = Object.entries(genericChecks).map(([name, check]) =>
    z.strictObject({
      check: z.literal(name),
      title: z.string().optional(),
      level: nameOf(vocabulary.levels, 'level'),
      category: nameOf(vocabulary.categories, 'category'),
      enabled: z.boolean().optional(),
      ...check.meta.options
    })
  )
  return z.discriminatedUnion('check', variants as unknown as [z.ZodObject, ...z.ZodObject[]])
}

/** Branch names git accepts and a ref URL cannot misread. */
const BRANCH_NAME = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]+$/
/** A file on the data branch: relative, no parent segments. */
const STORE_PATH = /^(?!\/)(?!(.*\/)?\.\.(\/|$))[A-Za-z0-9._/-]+\.jsonl$/

export function buildPolicySchema(vocabulary: SchemaVocabulary) {
  const builtInShape = Object.fromEntries(
    vocabulary.builtIn.map(id => [id, builtInPracticeSchema(id, vocabulary).optional()])
  )
  const practiceName = nameOf(vocabulary.practices, 'practice')
  const modelNames: [string, ...string[]] = ['custom', ...Object.keys(builtInModels)]
  return z.strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('policy format version'),
    model: z.enum(modelNames).describe('cdmm | mlops | custom'),
    target: nameOf(vocabulary.levels, 'level').describe('the staged target: a level of the model'),
    targets: z
      .partialRecord(nameOf(vocabulary.categories, 'category'), nameOf(vocabulary.levels, 'level'))
      .optional()
      .describe('continuous targets: category → level'),
    mode: z.enum(['enforce', 'advise']).default('enforce'),
    strict: z.boolean().default(false),
    regression: z.enum(['fail', 'warn', 'off']).default('fail'),
    environments: z
      .strictObject({
        production: policyRegex.default(DEFAULT_ENVIRONMENT_PATTERNS.production),
        preproduction: policyRegex.default(DEFAULT_ENVIRONMENT_PATTERNS.preproduction)
      })
      .default(DEFAULT_ENVIRONMENT_PATTERNS),
    levels: z
      .array(z.string().regex(ID_PATTERN))
      .min(1)
      .optional()
      .describe('model: custom only, lowest first'),
    categories: z.array(z.string().regex(ID_PATTERN)).min(1).optional().describe('model: custom only'),
    practices: z
      .object(builtInShape)
      .catchall(customPracticeSchema(vocabulary))
      .default({})
      .describe('tune, move, disable or add practices'),
    waivers: z
      .array(
        z.strictObject({
          practice: practiceName,
          reason: z.string().min(1),
          expires: isoDate
        })
      )
      .default([]),
    'waiver-warning-days': z
      .number()
      .int()
      .min(0)
      .default(14)
      .describe('a waiver or attestation this many days or fewer from its expiry is a warning'),
    'max-waiver-days': z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('the longest a waiver may run, in days from today'),
    attestations: z
      .array(
        z.strictObject({
          practice: practiceName,
          by: z.string().min(1),
          evidence: z.string().optional(),
          expires: isoDate
        })
      )
      .default([]),
    history: z
      .strictObject({
        branch: z
          .string()
          .regex(BRANCH_NAME, 'expected a branch name without spaces, `..` or a leading `-`')
          .default('maturity-history'),
        path: z
          .string()
          .regex(STORE_PATH, 'expected a relative path ending in .jsonl, without `..`')
          .default('maturity-history.jsonl'),
        records: z.number().int().min(2).max(100).default(30).describe('records the trend shows')
      })
      .optional()
      .describe('keep one record per default-branch run on a data branch (needs `contents: write`)'),
    dora: z
      .strictObject({
        'window-days': z.number().int().min(1).max(365).default(30),
        thresholds: z
          .strictObject({
            'deployment-frequency': z
              .strictObject({ min: z.number().positive().describe('deploys a day, at least') })
              .optional(),
            'lead-time': z
              .strictObject({ max: z.number().positive().describe('median hours, at most') })
              .optional(),
            'change-fail-rate': z
              .strictObject({ max: z.number().min(0).max(100).describe('%, at most') })
              .optional(),
            'recovery-time': z
              .strictObject({ max: z.number().positive().describe('median hours, at most') })
              .optional(),
            'rework-rate': z
              .strictObject({ max: z.number().min(0).max(100).describe('%, at most') })
              .optional()
          })
          .default({})
          .describe('limits on the measured values (none by default); an unknown value never breaks one'),
        breach: z
          .enum(['fail', 'warn'])
          .default('fail')
          .describe('a broken threshold fails the gate (fail) or is a warning (warn)')
      })
      .default({ 'window-days': 30, thresholds: {}, breach: 'fail' })
      .describe("DORA's five metrics: the window they are measured over, and optional thresholds"),
    extends: z
      .array(z.string())
      .optional()
      .describe(
        'shared policies this one builds on, later ones taking precedence: github>OWNER/REPO:PATH@REF or ./PATH'
      ),
    locked: z
      .array(z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, 'a key path such as practices.unit-tests'))
      .optional()
      .describe('key paths a policy extending this one may raise but never lower'),
    'policy-changes': z
      .strictObject({
        'approve-label': z
          .string()
          .min(1)
          .optional()
          .describe('a pull request with this label may weaken the policy'),
        codeowners: z
          .boolean()
          .default(false)
          .describe("an approving review by a CODEOWNERS owner of the policy file at the pull request's head")
      })
      .optional()
      .describe('how a pull request that weakens the policy is approved (read from the base commit)')
  })
}

export type Policy = z.output<ReturnType<typeof buildPolicySchema>>
export type Waiver = Policy['waivers'][number]
export type PracticeSettings = Record<string, unknown> & {
  enabled?: boolean
  level?: string
  category?: string
  check?: string
  title?: string
}
