import type { Job, Workflow } from './model.js'

/**
 * The environment names a job can deploy to, when its `environment:` is an expression (real-world patterns
 * §3.2): the options of a `workflow_dispatch` choice, a matrix list, an `env.*` value, and the literals a
 * `needs.<job>.outputs.x` producer writes to `$GITHUB_OUTPUT`. Classified as the most production of them, a
 * manual "deploy to [dev, preprod, prod]" job is a production deploy. A value that comes from outside the
 * repository (`vars.*`, a repository_dispatch payload) stays unknown: `values` is empty then.
 */
export interface EnvironmentValues {
  /** Every name the expression can take, literals first; empty when one part cannot be read. */
  values: string[]
  /** Where they came from, for the finding: `workflow_dispatch input environment`, `matrix.env`, … */
  sources: string[]
}

/** Nested references (`env.X` naming `inputs.y`) are followed this far: further is a loop or unreadable. */
const MAX_DEPTH = 4

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g

export function environmentValues(name: string, job: Job, workflow: Workflow): EnvironmentValues {
  return valuesOf(name, { job, workflow, depth: 0 })
}

interface Scope {
  job: Job
  workflow: Workflow
  depth: number
}

function valuesOf(text: string, scope: Scope): EnvironmentValues {
  const expressions = [...text.matchAll(EXPRESSION)]
  if (expressions.length === 0) return { values: [text.trim()], sources: [] }
  if (scope.depth >= MAX_DEPTH) return { values: [], sources: [] }
  // Literal words around an expression (`api-${{ inputs.region }}-prod`) name the environment already.
  const literal = text.replace(EXPRESSION, ' ').trim()
  const parts = expressions.map(match => expressionValues(match[1] ?? '', scope))
  if (parts.some(part => part.values.length === 0)) {
    return literal === '' ? { values: [], sources: [] } : { values: [literal], sources: [] }
  }
  return {
    values: unique([...(literal === '' ? [] : [literal]), ...parts.flatMap(part => part.values)]),
    sources: unique(parts.flatMap(part => part.sources))
  }
}

/** `a || 'dev'` can be either side; `cond && 'prod' || 'dev'` either literal. */
function expressionValues(expression: string, scope: Scope): EnvironmentValues {
  const alternatives = expression
    .split(/\|\||&&/)
    .map(part => part.trim())
    .filter(part => part !== '')
  const found = alternatives.map(part => operandValues(part, scope))
  // In `github.ref == 'refs/heads/main' && 'prod' || 'dev'` the comparison is a condition, not a value.
  const usable = found.filter((part, i) => part !== 'condition' || i === alternatives.length - 1)
  if (usable.some(part => part === 'condition' || part.values.length === 0))
    return { values: [], sources: [] }
  const parts = usable as EnvironmentValues[]
  return {
    values: unique(parts.flatMap(part => part.values)),
    sources: unique(parts.flatMap(part => part.sources))
  }
}

const QUOTED = /^'((?:[^']|'')*)'$/
const REFERENCE = /^([\w-]+(?:\.[\w-]+)*)$/

function operandValues(operand: string, scope: Scope): EnvironmentValues | 'condition' {
  const quoted = QUOTED.exec(operand)
  if (quoted) return { values: [(quoted[1] ?? '').replace(/''/g, "'")], sources: [] }
  if (/[=!<>]=?|\bcontains\(|\bstartsWith\(|\bendsWith\(/.test(operand)) return 'condition'
  const reference = REFERENCE.exec(operand.replace(/^\(|\)$/g, ''))?.[1]
  if (reference === undefined) return { values: [], sources: [] }
  return referenceValues(reference, scope)
}

function referenceValues(reference: string, scope: Scope): EnvironmentValues {
  const [root, ...path] = reference.split('.')
  const next = { ...scope, depth: scope.depth + 1 }
  const input =
    root === 'inputs'
      ? path[0]
      : root === 'github' && path[0] === 'event' && path[1] === 'inputs'
        ? path[2]
        : undefined
  if (input !== undefined) return dispatchValues(input, scope.workflow)
  if (root === 'matrix' && path.length === 1) return matrixValues(path[0] ?? '', scope.job)
  if (root === 'env' && path.length === 1) {
    const value = scope.job.env?.[path[0] ?? ''] ?? scope.workflow.env?.[path[0] ?? '']
    return value === undefined
      ? { values: [], sources: [] }
      : withSource(valuesOf(value, next), `env.${path[0]}`)
  }
  if (root === 'needs' && path[1] === 'outputs' && path.length === 3) {
    return outputValues(path[0] ?? '', path[2] ?? '', next)
  }
  return { values: [], sources: [] }
}

function dispatchValues(name: string, workflow: Workflow): EnvironmentValues {
  const input = workflow.dispatchInputs?.[name]
  if (!input) return { values: [], sources: [] }
  const values = unique([...input.options, ...(input.default === undefined ? [] : [input.default])])
  return values.length === 0 || input.type !== 'choice'
    ? { values: [], sources: [] }
    : { values, sources: [`workflow_dispatch input ${name}`] }
}

function matrixValues(key: string, job: Job): EnvironmentValues {
  const matrix = job.matrix ?? {}
  const listed = Array.isArray(matrix[key]) ? (matrix[key] as unknown[]) : []
  const included = Array.isArray(matrix.include)
    ? (matrix.include as unknown[]).map(row => (row as Record<string, unknown> | null)?.[key])
    : []
  const all = [...listed, ...included].filter(value => value !== undefined)
  if (all.length === 0 || !all.every(value => typeof value === 'string' || typeof value === 'number')) {
    return { values: [], sources: [] }
  }
  return { values: unique(all.map(String)), sources: [`matrix.${key}`] }
}

/**
 * `needs.setup.outputs.env` → the setup job's `outputs.env` → `steps.<id>.outputs.<name>` → the literals the
 * step writes: `echo "env=prod" >> "$GITHUB_OUTPUT"`, or `echo "env=$ENV"` with `ENV="prod"` / `ENV=dev`
 * assigned in the same script.
 */
function outputValues(jobId: string, output: string, scope: Scope): EnvironmentValues {
  const producer = scope.workflow.jobs.find(job => job.id === jobId || job.id.endsWith(`/${jobId}`))
  const expression = producer?.outputs[output]
  if (!producer || expression === undefined) return { values: [], sources: [] }
  const step = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(expression.trim())
  if (!step)
    return withSource(valuesOf(expression, { ...scope, job: producer }), `needs.${jobId}.outputs.${output}`)
  const script = producer.steps.find(s => s.id === step[1])?.run
  const values = script === undefined ? [] : writtenValues(script, step[2] ?? '')
  return values.length === 0
    ? { values: [], sources: [] }
    : { values, sources: [`needs.${jobId}.outputs.${output}`] }
}

const WRITE = /echo\s+["']?([\w-]+)=([^"'\s>]*)["']?\s*>>\s*["']?\$\{?GITHUB_OUTPUT\}?/g

function writtenValues(script: string, name: string): string[] {
  const values: string[] = []
  for (const match of script.matchAll(WRITE)) {
    if (match[1] !== name) continue
    const value = match[2] ?? ''
    const variable = /^\$\{?(\w+)\}?$/.exec(value)?.[1]
    if (variable === undefined) {
      if (value === '' || value.includes('$')) return []
      values.push(value)
      continue
    }
    const assigned = assignments(script, variable)
    if (assigned.length === 0) return []
    values.push(...assigned)
  }
  return unique(values)
}

/** Literal values a script assigns to a shell variable (`ENV="prod"`, `ENV=dev`); none if any is computed. */
function assignments(script: string, variable: string): string[] {
  const found = [...script.matchAll(new RegExp(`(?:^|[\\s;])${variable}=("[^"]*"|'[^']*'|\\S*)`, 'g'))].map(
    match => (match[1] ?? '').replace(/^(["'])(.*)\1$/, '$2')
  )
  return found.some(value => value === '' || /[$`]/.test(value)) ? [] : found
}

function withSource(found: EnvironmentValues, source: string): EnvironmentValues {
  return found.values.length === 0
    ? found
    : { values: found.values, sources: unique([source, ...found.sources]) }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
