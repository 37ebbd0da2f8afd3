import { describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse, parseDocument } from 'yaml'
import { builtInModels } from '../src/models/index.js'
import { parseWorkflow } from '../src/parsers/workflow.js'
import { loadPolicy } from '../src/policy/load.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/**
 * Docs you can copy: every YAML and shell block a reader would paste from README.md and docs/*.md is run
 * here by what it is, so a snippet cannot drift from the behaviour it documents. docs/practices.md is
 * generated (its own test keeps it in step) and docs/corpus/ holds research records, so both are left out.
 * A block that is deliberately partial carries `<!-- snippet: fragment -->` on the line before its fence
 * and is only parsed as YAML. The links of the same pages must lead somewhere that exists.
 */

const ROOT = process.cwd()
const FRAGMENT_MARK = '<!-- snippet: fragment -->'
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  repository: { url: string }
  scripts: Record<string, string>
}
const REPO = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(pkg.repository.url)?.[1] ?? ''
const actionInputs = Object.keys(
  (parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs
)
const policyKeys = Object.keys(
  (
    JSON.parse(readFileSync(path.join(ROOT, 'schema/maturity.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>
    }
  ).properties
)

const pages = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter(file => file.endsWith('.md'))
    .map(file => `docs/${file}`)
]
const snippetPages = pages.filter(page => page !== 'docs/practices.md')

interface Snippet {
  /** `file:line` of the opening fence, for failure messages. */
  where: string
  lang: string
  text: string
  fragment: boolean
}

/** Fenced blocks, indented ones (inside list items) included, with their indentation removed. */
function snippetsOf(page: string): Snippet[] {
  const lines = readFileSync(path.join(ROOT, page), 'utf8').split('\n')
  const snippets: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```(\w*)/.exec(lines[i] ?? '')
    if (!open) continue
    const indent = open[1]?.length ?? 0
    const close = lines.findIndex((line, j) => j > i && /^ *```\s*$/.test(line))
    const body = lines.slice(i + 1, close).map(line => line.slice(indent))
    const before = lines.slice(0, i).findLast(line => line.trim() !== '')
    snippets.push({
      where: `${page}:${i + 1}`,
      lang: open[2] ?? '',
      text: `${body.join('\n')}\n`,
      fragment: before?.trim() === FRAGMENT_MARK
    })
    i = close
  }
  return snippets
}

const snippets = snippetPages.flatMap(snippetsOf)
const yamlSnippets = snippets.filter(s => ['yaml', 'yml'].includes(s.lang))
const shellLines = snippets
  .filter(s => ['sh', 'bash', 'shell'].includes(s.lang))
  .flatMap(s => s.text.split('\n').map(line => ({ where: s.where, line: line.trim() })))
  .filter(({ line }) => line !== '' && !line.startsWith('#'))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function indent(text: string, by: number): string {
  return text.replace(/^(?=.)/gm, ' '.repeat(by))
}

type YamlKind =
  'fragment' | 'comment' | 'workflow' | 'jobs' | 'steps' | 'policy' | 'policy-part' | 'dependabot'

const JOB_KEYS = ['runs-on', 'needs', 'steps', 'uses']

/** What a block is, read from its shape: the check that fits it follows. */
function kindOf(snippet: Snippet, data: unknown): YamlKind | undefined {
  if (snippet.fragment) return 'fragment'
  if (data === null || data === undefined) return 'comment'
  if (Array.isArray(data))
    return data.every(step => isRecord(step) && ('uses' in step || 'run' in step)) ? 'steps' : undefined
  if (!isRecord(data)) return undefined
  if ('jobs' in data) return 'workflow'
  if (data.version === 1) return 'policy'
  if (data.version === 2 && 'updates' in data) return 'dependabot'
  const keys = Object.keys(data)
  if (keys.every(key => policyKeys.includes(key))) return 'policy-part'
  const values = Object.values(data)
  if (values.every(job => isRecord(job) && JOB_KEYS.some(key => key in job))) return 'jobs'
  return undefined
}

/** The text moved left as far as its least indented line allows. */
function dedent(text: string): string {
  const margin = Math.min(
    ...text
      .split('\n')
      .filter(line => line.trim() !== '')
      .map(line => /^ */.exec(line)?.[0].length ?? 0)
  )
  return text.replace(new RegExp(`^ {${margin}}`, 'gm'), '')
}

/** A jobs or steps block is completed with the lines a workflow around it needs, and parsed as one. */
function asWorkflow(kind: 'workflow' | 'jobs' | 'steps', text: string): string {
  if (kind === 'workflow') return text
  const jobs =
    kind === 'jobs'
      ? dedent(text)
      : `snippet:\n  runs-on: ubuntu-latest\n  steps:\n${indent(dedent(text), 4)}`
  return `on: push\njobs:\n${indent(jobs, 2)}`
}

/** Problems of a workflow block: parser problems, and inputs the action does not declare. */
function workflowProblems(text: string, where: string): string[] {
  const { workflow, problems } = parseWorkflow(text, where)
  const gateSteps = (workflow?.jobs ?? [])
    .flatMap(job => job.steps)
    .filter(step => step.uses?.startsWith('maturity-gate/maturity-gate@'))
  const major = `v${pkg.version.split('.')[0]}`
  return [
    ...problems.map(p => `${p.location.line}: ${p.message}`),
    ...gateSteps.flatMap(step => [
      ...Object.keys(step.with)
        .filter(input => !actionInputs.includes(input))
        .map(input => `${step.location.line}: with.${input} is not an input of action.yml`),
      ...(step.uses === `maturity-gate/maturity-gate@${major}`
        ? []
        : [`${step.location.line}: ${step.uses ?? ''} is not the major tag @${major}`])
    ])
  ]
}

const TODAY = new Date().toISOString().slice(0, 10)

function policyErrors(text: string, where: string): string[] {
  const result = loadPolicy(text, where, { today: TODAY })
  return result.ok ? [] : result.errors.map(e => `${e.line}:${e.column}: ${e.path}: ${e.message}`)
}

/**
 * A block of policy keys without the `version`, `model` and `target` lines is completed with them and must
 * load in one of the built-in models (the page says which: a `model-validation` block is an mlops one).
 */
function policyPartErrors(text: string, where: string): string[] {
  const data = parse(text) as Record<string, unknown>
  const attempts = Object.entries(builtInModels).map(([id, model]) => {
    const header = [
      'version: 1',
      ...('model' in data ? [] : [`model: ${id}`]),
      ...('target' in data ? [] : [`target: ${model.levels[0] ?? ''}`])
    ]
    return policyErrors(`${header.join('\n')}\n${text}`, where).map(error => `(as ${id}) ${error}`)
  })
  return attempts.some(errors => errors.length === 0) ? [] : attempts.flat()
}

/** The keys Dependabot's configuration reference documents for version 2. */
const DEPENDABOT = {
  top: ['version', 'updates', 'registries', 'enable-beta-ecosystems', 'multi-ecosystem-groups'],
  update: [
    'package-ecosystem',
    'directory',
    'directories',
    'schedule',
    'allow',
    'assignees',
    'commit-message',
    'cooldown',
    'groups',
    'ignore',
    'insecure-external-code-execution',
    'labels',
    'milestone',
    'open-pull-requests-limit',
    'pull-request-branch-name',
    'rebase-strategy',
    'registries',
    'reviewers',
    'target-branch',
    'vendor',
    'versioning-strategy'
  ],
  schedule: ['interval', 'day', 'time', 'timezone', 'cronjob'],
  intervals: ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron']
}

function dependabotProblems(data: Record<string, unknown>): string[] {
  const unknown = (keys: string[], allowed: string[], at: string) =>
    keys.filter(key => !allowed.includes(key)).map(key => `${at}${key}: not a Dependabot key`)
  const updates = Array.isArray(data.updates) ? (data.updates as unknown[]) : []
  return [
    ...unknown(Object.keys(data), DEPENDABOT.top, ''),
    ...(updates.length === 0 ? ['updates: empty'] : []),
    ...updates.flatMap((update, i) => {
      const entry = isRecord(update) ? update : {}
      const schedule = isRecord(entry.schedule) ? entry.schedule : {}
      return [
        ...unknown(Object.keys(entry), DEPENDABOT.update, `updates[${i}].`),
        ...unknown(Object.keys(schedule), DEPENDABOT.schedule, `updates[${i}].schedule.`),
        ...(typeof entry['package-ecosystem'] === 'string' ? [] : [`updates[${i}]: no package-ecosystem`]),
        ...('directory' in entry || 'directories' in entry ? [] : [`updates[${i}]: no directory`]),
        ...(DEPENDABOT.intervals.includes(String(schedule.interval))
          ? []
          : [`updates[${i}].schedule.interval: not one of ${DEPENDABOT.intervals.join(', ')}`])
      ]
    })
  ]
}

function yamlProblems(snippet: Snippet): string[] {
  const doc = parseDocument(snippet.text)
  if (doc.errors.length > 0) return doc.errors.map(error => error.message)
  const data: unknown = doc.toJS()
  const kind = kindOf(snippet, data)
  switch (kind) {
    case undefined:
      return [`neither a workflow, its jobs or steps, a policy nor dependabot.yml; mark it ${FRAGMENT_MARK}?`]
    case 'fragment':
      return []
    case 'comment':
      return /yaml-language-server: \$schema=\S+/.test(snippet.text) ? [] : ['a block of comments only']
    case 'policy':
      return policyErrors(snippet.text, snippet.where)
    case 'policy-part':
      return policyPartErrors(snippet.text, snippet.where)
    case 'dependabot':
      return dependabotProblems(data as Record<string, unknown>)
    case 'jobs':
      // Some jobs of a workflow: the jobs they need may be among those left out.
      return workflowProblems(asWorkflow(kind, snippet.text), snippet.where).filter(
        problem => !problem.includes('which is not a job of this workflow')
      )
    default:
      return workflowProblems(asWorkflow(kind, snippet.text), snippet.where)
  }
}

describe('YAML blocks in the docs', () => {
  it('there are some, and fragment marks stay rare', () => {
    expect(yamlSnippets.length).toBeGreaterThan(10)
    expect(yamlSnippets.filter(s => s.fragment).length).toBeLessThanOrEqual(3)
  })

  it.each(yamlSnippets.map(s => [s.where, s] as const))('%s is what it shows', (_where, snippet) => {
    expect(yamlProblems(snippet)).toEqual([])
  })
})

const CLI = path.join(ROOT, 'dist/cli/index.js')
/** The example a CLI snippet runs in: small, and passing its own policy, as the text promises. */
const EXAMPLE = path.join(ROOT, 'examples/library')

/** `npx maturity-gate …` (with or without `npx`, with or without a pinned version) as CLI arguments. */
function cliArgs(line: string): string[] | undefined {
  const match = /^(?:npx )?maturity-gate(?:@[\w.-]+)? (.+)$/.exec(line)
  return match?.[1]?.split(/\s+/)
}

/**
 * Runs the bundle in a copy of the example. `init` proposes a policy for a repository that has none, so its
 * copy has no `.maturity.yml`; every other command runs against the example's own.
 */
async function runInExample(
  args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const repo = await mkdtemp(path.join(os.tmpdir(), 'mg-docs-'))
  try {
    await cp(EXAMPLE, repo, { recursive: true })
    if (args[0] === 'init') await rm(path.join(repo, '.maturity.yml'))
    return await spawnNode([CLI, ...args], { cwd: repo, env: runnerEnv({ NO_COLOR: '1' }) })
  } finally {
    await rm(repo, { recursive: true, force: true })
  }
}

/** Run by other suites: the quick start's scripts (readme.test.ts) and the examples (examples.test.ts). */
const PROJECT_SCRIPT = /^npm ci && npm (start|test)$/
const EXAMPLE_CHECK = /^node dist\/cli\/index\.js check (examples\/[\w-]+)$/

describe('shell blocks in the docs', () => {
  const cliLines = shellLines.filter(({ line }) => cliArgs(line) !== undefined)

  it('every line is a command some test runs', () => {
    const unknown = shellLines.filter(
      ({ line }) => cliArgs(line) === undefined && !PROJECT_SCRIPT.test(line) && !EXAMPLE_CHECK.test(line)
    )
    expect(unknown).toEqual([])
  })

  it("the quick start's commands are this package's scripts", () => {
    const scripts = shellLines.flatMap(({ line }) => PROJECT_SCRIPT.exec(line)?.[1] ?? [])
    expect(scripts.filter(script => !(script in pkg.scripts))).toEqual([])
  })

  it('the example commands name examples that exist', () => {
    const dirs = shellLines.flatMap(({ line }) => EXAMPLE_CHECK.exec(line)?.[1] ?? [])
    expect(dirs.filter(dir => !existsSync(path.join(ROOT, dir, '.maturity.yml')))).toEqual([])
  })

  it.each(cliLines.map(({ where, line }) => [where, line] as const))(
    '%s: `%s` exits 0 in a copy of examples/library',
    async (_where, line) => {
      const result = await runInExample(cliArgs(line) ?? [])
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' })
      expect(result.stdout).not.toBe('')
    }
  )
})

/** The page's text without its code, where a bracket is not a link. */
function prose(page: string): string {
  return readFileSync(path.join(ROOT, page), 'utf8')
    .replace(/^( *)```[\s\S]*?^\1```/gm, '')
    .replace(/`[^`\n]*`/g, '')
}

function linksOf(page: string): string[] {
  const text = prose(page)
  return [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(m => m[1] ?? ''),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map(m => m[1] ?? ''),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map(m => m[1] ?? '')
  ]
}

describe('links in README.md and docs/*.md', () => {
  it.each(pages)('%s: relative links lead to paths that exist', page => {
    const broken = linksOf(page)
      .filter(link => !/^[a-z]+:/i.test(link) && !link.startsWith('#'))
      .filter(
        link => !existsSync(path.join(ROOT, path.dirname(page), decodeURIComponent(link.split('#')[0] ?? '')))
      )
    expect(broken).toEqual([])
  })

  it.each(pages)(`%s: links into ${REPO} name main or v${pkg.version} and an existing path`, page => {
    const text = readFileSync(path.join(ROOT, page), 'utf8')
    const escaped = REPO.replace(/[.]/g, '\\.')
    const pattern = new RegExp(
      `https://(?:github\\.com/${escaped}/(?:blob|tree)|raw\\.githubusercontent\\.com/${escaped})/([^/\\s)]+)/([^\\s)#"'\`]*)`,
      'g'
    )
    const refs = ['main', `v${pkg.version}`]
    const wrong = [...text.matchAll(pattern)]
      .filter(([, ref, file]) => !refs.includes(ref ?? '') || !existsSync(path.join(ROOT, file ?? '')))
      .map(([url]) => url)
    expect(wrong).toEqual([])
  })
})
