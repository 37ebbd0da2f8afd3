import './core/zod-jitless.js'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { ApiAccess } from './evidence/api.js'
import { runGate } from './gate.js'
import { explainPractice } from './explain/explain-practice.js'
import type { ExplainOptions } from './explain/explain-practice.js'
import { initRepository } from './init/init-repository.js'
import type { InitOptions } from './init/init-repository.js'
import type { DoraOptions } from './history/dora-command.js'
import type { HistoryOptions } from './history/history-command.js'
import { InvalidPolicyError, formatPolicyErrors } from './policy/errors.js'
import type { Report } from './evaluate/report.js'
import type { HistoryRecord } from './report/history-record.js'
import { renderJson } from './report/json.js'
import { renderText } from './report/text.js'
import { DOCS_URL, VERSION } from './core/version.js'
import { messageOf } from './core/message-of.js'
import { InputError } from './core/input-error.js'

/** Exit codes of the CLI, documented in the README. */
export const EXIT = { passed: 0, failed: 1, invalid: 2, needsApi: 3 } as const

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Standard output is a terminal (colour allowed unless `noColor`). */
  isTTY?: boolean
  /** GITHUB_TOKEN / GH_TOKEN / GITHUB_API_URL: with a token the CLI reads the REST API too. */
  env?: Record<string, string | undefined>
  /** The NO_COLOR convention (https://no-color.org): set and non-empty turns colour off. */
  noColor?: boolean
  /** YYYY-MM-DD the gate judges expiry dates on; today in UTC when absent (tests pin it). */
  today?: string
}

const USAGE = `Usage: maturity-gate check [dir] [--policy FILE] [--base REF] [--repo O/N] [--offline] [--format F] [--output FILE]
       maturity-gate init [dir] [--model cdmm|mlops] [--force] | explain PRACTICE [dir] | --version | --help
       maturity-gate audit --org ORG [--plan N | --shard I/N | --merge] [...]  (audit --help for its options)
       maturity-gate history [dir] [--repo O/N] [--offline] [--format text|json]
       maturity-gate dora [dir] [--window DAYS] [--repo O/N] [--offline] [--format text|json]

  check           evaluate the repository against its policy and print the report
  init            propose a policy from the repository's workflows, write it to dir/.maturity.yml and print
                  the gate job to add to the workflow
  explain         what a built-in practice (such as unit-tests) means, what evidence passes it, and what it
                  matched in dir and why (offline; with no policy in dir, judged with its model's defaults)
  audit           the org's repositories: collect each one's latest default-branch report artifact, re-evaluate
                  the others from their files, and write the org report, its summary and dashboard
  history         the maturity trend: the records the action keeps on the policy's history branch, read
                  from the local branch, or through the API with a token when it is not fetched
  dora            DORA's five metrics for the production environments over the window, from the
                  Deployments API, else the production deploy jobs' runs (needs a token; unknown
                  offline). Information: it never fails
  dir             repository root to evaluate (default: .)
  --policy FILE   check, explain, history, dora: policy file, relative to dir (default: .maturity.yml)
  --base REF      compare with this commit (sha, branch, or auto: the merge-base with the default branch)
                  and report practices that regressed
  --repo O/N      the GitHub repository, for the API (default: the origin remote); the API is read only
                  when GITHUB_TOKEN or GH_TOKEN is set (branch rules, remote reusable workflows)
  --offline       check, history, dora: do not read the GitHub API even with a token; practices only the
                  API can show are reported as unknown (needs the GitHub API)
  --format F      text (default), json (the report), markdown (the job summary) or sarif (SARIF 2.1.0);
                  history and dora: text or json
  --output FILE   write the report to FILE instead of standard output
  --window DAYS   dora: the window in days (default: the policy's dora.window-days, else 30)
  --model M       init: the model to use, cdmm or mlops (default: mlops when the workflows train or deploy
                  models or training code is found, else cdmm)
  --force         init: overwrite an existing .maturity.yml
  -v, --version   print the version and exit
  -h, --help      print this help and exit

Exit status: 0 gate passed (init: policy written; explain: explained), 1 gate failed, 2 invalid policy or
usage (init: the policy exists and --force is not given; explain: no such practice), 3 the gate fails only
because practices only the GitHub API can show were not judged (offline: no token, or --offline).
`

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
type Format = (typeof FORMATS)[number]
const MODELS = ['cdmm', 'mlops'] as const
const COMMANDS = ['check', 'init', 'explain', 'history', 'dora'] as const
/** `audit` parses its own arguments (src/audit/audit-command.ts), but a mistyped command may have meant it. */
const EXPECTED_COMMANDS = [...COMMANDS, 'audit'].join(', ')
type Command = (typeof COMMANDS)[number]
/** The options each command takes: the others refuse them rather than ignore them. */
const OPTIONS_OF: Record<Command, readonly string[]> = {
  check: ['policy', 'base', 'repo', 'offline', 'format', 'output'],
  init: ['model', 'force'],
  explain: ['policy'],
  history: ['policy', 'repo', 'offline', 'format'],
  dora: ['policy', 'repo', 'offline', 'format', 'window']
}

export class UsageError extends Error {}

interface CliOptions {
  command: 'check'
  root: string
  policyPath: string
  baseRef: string | undefined
  repository: string | undefined
  offline: boolean
  format: Format
  output: string | undefined
}

type InitCommand = InitOptions & { command: 'init' }
type ExplainCommand = ExplainOptions & { command: 'explain' }
/** `history` and `dora`: they read the API of the repository `--repo` (or the origin remote) names. */
type HistoryCommand = (HistoryOptions & { command: 'history' }) | (DoraOptions & { command: 'dora' })
type ApiCommand = HistoryCommand & { repository: string | undefined; offline: boolean }

export function parseCliArgs(
  argv: string[],
  cwd: string
): CliOptions | InitCommand | ExplainCommand | ApiCommand | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: 'string' },
      base: { type: 'string' },
      repo: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      offline: { type: 'boolean' },
      model: { type: 'string' },
      window: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' }
    }
  })
  if (values.help) return 'help'
  if (values.version) return 'version'
  const [command, ...operands] = positionals
  if (command === undefined) throw new UsageError(`no command given; expected ${EXPECTED_COMMANDS}`)
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command '${command}'; expected ${EXPECTED_COMMANDS}`)
  }
  refuseForeignOptions(command as Command, values)
  if (command === 'explain') return explainCommand(values, operands, cwd)
  const [dir, ...extra] = operands
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const root = path.resolve(cwd, dir ?? '.')
  if (command === 'init') return initCommand(values, root)
  if (command === 'history' || command === 'dora') return apiCommand(command, values, root)
  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format is '${format}'; expected one of: ${FORMATS.join(', ')}`)
  }
  return {
    command: 'check',
    root,
    policyPath: values.policy ?? '.maturity.yml',
    baseRef: values.base,
    repository: values.repo,
    offline: values.offline === true,
    format: format as Format,
    output: values.output
  }
}

type Values = Record<string, string | boolean | undefined>

function refuseForeignOptions(command: Command, values: Values): void {
  const foreign = Object.keys(values).find(
    option =>
      values[option] !== undefined &&
      COMMANDS.some(c => OPTIONS_OF[c].includes(option)) &&
      !OPTIONS_OF[command].includes(option)
  )
  if (foreign === undefined) return
  const owners = COMMANDS.filter(c => OPTIONS_OF[c].includes(foreign))
  const listed =
    owners.length > 1 ? `${owners.slice(0, -1).join(', ')} and ${owners.at(-1)}` : owners.join('')
  throw new UsageError(`--${foreign} is an option of ${listed}, not of ${command}`)
}

function explainCommand(values: Values, operands: string[], cwd: string): ExplainCommand {
  const [practice, dir, ...extra] = operands
  if (practice === undefined) throw new UsageError('explain needs a practice id, such as unit-tests')
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`)
  const policy = values.policy
  return {
    command: 'explain',
    practice,
    root: path.resolve(cwd, dir ?? '.'),
    policy: { path: typeof policy === 'string' ? policy : '.maturity.yml', given: policy !== undefined }
  }
}

const READ_FORMATS = ['text', 'json'] as const

function apiCommand(command: 'history' | 'dora', values: Values, root: string): ApiCommand {
  const format = values.format ?? 'text'
  if (!(READ_FORMATS as readonly unknown[]).includes(format)) {
    throw new UsageError(`--format is '${String(format)}'; expected one of: ${READ_FORMATS.join(', ')}`)
  }
  const common = {
    root,
    policyPath: typeof values.policy === 'string' ? values.policy : '.maturity.yml',
    format: format as (typeof READ_FORMATS)[number],
    repository: typeof values.repo === 'string' ? values.repo : undefined,
    offline: values.offline === true
  }
  if (command === 'history') return { command, ...common }
  const window = values.window
  if (window === undefined) return { command, ...common }
  const days = Number(window)
  if (typeof window !== 'string' || !/^\d+$/.test(window) || days < 1 || days > 365) {
    throw new UsageError(`--window is '${String(window)}'; expected a whole number of days from 1 to 365`)
  }
  return { command, ...common, windowDays: days }
}

function initCommand(values: Values, root: string): InitCommand {
  const model = values.model
  if (model !== undefined && !(MODELS as readonly unknown[]).includes(model)) {
    throw new UsageError(`--model is '${String(model)}'; expected one of: ${MODELS.join(', ')}`)
  }
  return { command: 'init', root, model: model as InitOptions['model'], force: values.force === true }
}

/** argv → gate → print or write; returns the exit code instead of exiting so tests can call it. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'audit') return (await import('./audit/audit-command.js')).runAudit(argv.slice(1), io)
  let options: ReturnType<typeof parseCliArgs>
  try {
    options = parseCliArgs(argv, io.cwd)
  } catch (error) {
    io.stderr(`maturity-gate: ${messageOf(error)}\n\n${USAGE}`)
    return EXIT.invalid
  }
  if (options === 'help' || options === 'version') {
    io.stdout(options === 'help' ? USAGE : `${VERSION}\n`)
    return EXIT.passed
  }
  try {
    if (options.command === 'init') {
      return (await initRepository(options, io)) === 'written' ? EXIT.passed : EXIT.invalid
    }
    if (options.command === 'explain') {
      return (await explainPractice(options, io)) === 'explained' ? EXIT.passed : EXIT.invalid
    }
    if (options.command === 'history' || options.command === 'dora') return await readHistory(options, io)
    return await check(options, io)
  } catch (error) {
    return refusal(error, io)
  }
}

/** How a run that could not judge ends: one line (every error, for a policy) and exit 2, never a stack trace. */
function refusal(error: unknown, io: CliIo): number {
  if (error instanceof InvalidPolicyError) {
    io.stderr(`maturity-gate: the policy is invalid\n${formatPolicyErrors(error.errors)}\n`)
  } else if (error instanceof InputError || error instanceof UsageError) {
    io.stderr(`maturity-gate: ${error.message}\n`)
  } else {
    io.stderr(`maturity-gate: could not run: ${oneLine(messageOf(error))}\n`)
  }
  return EXIT.invalid
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ')

async function check(options: CliOptions, io: CliIo): Promise<number> {
  const api = options.offline ? undefined : await cliApiAccess(options, io)
  const report = await runGate({
    root: options.root,
    policyPath: options.policyPath,
    baseRef: options.baseRef,
    requireBase: true,
    api,
    today: io.today
  })
  // Colour only for a person at a terminal: not into a file, a pipe, or when NO_COLOR is set.
  const color = !options.output && io.isTTY === true && !io.noColor
  const history = ['text', 'markdown'].includes(options.format)
    ? await (
        await import('./history/check-trend.js')
      ).checkTrend(options.root, options.policyPath, today(io), api)
    : undefined
  const rendered = await render(report, options.format, color, history)
  if (options.output) {
    await writeReport(path.resolve(io.cwd, options.output), rendered)
  } else {
    io.stdout(rendered)
  }
  return exitCode(report)
}

/** `history` and `dora` inform: they succeed whenever they could print, `unknown` included. */
async function readHistory(options: ApiCommand, io: CliIo): Promise<number> {
  const api = options.offline ? undefined : await cliApiAccess(options, io)
  const output = { stdout: io.stdout, today: today(io) }
  if (options.command === 'dora') {
    await (await import('./history/dora-command.js')).doraCommand(options, api, output)
  } else {
    await (await import('./history/history-command.js')).historyCommand(options, api, output)
  }
  return EXIT.passed
}

const today = (io: CliIo): string => io.today ?? new Date().toISOString().slice(0, 10)

/** Advise never fails; a gate short only of what the API would show is not a failure of the pipeline. */
function exitCode(report: Report): number {
  if (report.passed || report.mode === 'advise') return EXIT.passed
  return report.evidence.onlyApiMissing ? EXIT.needsApi : EXIT.failed
}

async function writeReport(file: string, text: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  } catch (error) {
    throw new InputError(`cannot write the report to --output: ${writeReason(error)}`, file)
  }
}

function writeReason(error: unknown): string {
  switch ((error as { code?: unknown }).code) {
    case 'EISDIR':
      return 'it is a directory'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a folder on its path is a file'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied'
    case 'ENOSPC':
      return 'no space left on the device'
    default:
      return oneLine(messageOf(error))
  }
}

/** The Markdown and SARIF renderers are loaded only when asked for, like the API client. */
async function render(
  report: Report,
  format: Format,
  color: boolean,
  history: HistoryRecord[] | undefined
): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'markdown':
      return (await import('./report/summary.js')).renderSummary(report, { docsUrl: DOCS_URL, history })
        .markdown
    case 'sarif':
      return `${JSON.stringify((await import('./report/sarif.js')).renderSarif(report, VERSION, { docsUrl: DOCS_URL }), null, 2)}\n`
    case 'text':
      return history && history.length > 0
        ? `${renderText(report, { color })}\n${(await import('./report/trend-text.js')).trendText(history)}`
        : renderText(report, { color })
  }
}

/**
 * REST access for a local run: only with a token in the environment, for the repository named by `--repo` or
 * the origin remote. Octokit is imported only then, so an offline run starts without loading it.
 */
async function cliApiAccess(
  options: Pick<CliOptions, 'root' | 'repository'>,
  io: CliIo
): Promise<ApiAccess | undefined> {
  const token = io.env?.GITHUB_TOKEN || io.env?.GH_TOKEN
  if (!token) return undefined
  const origin = await (await import('./evidence/git.js')).originRepository(options.root)
  const [owner, repo] = options.repository?.split('/') ?? [origin?.owner, origin?.repo]
  if (!owner || !repo) {
    io.stderr(
      'maturity-gate: a token is set but the repository is unknown (use --repo owner/name); running offline\n'
    )
    return undefined
  }
  const apiUrl = io.env?.GITHUB_API_URL || 'https://api.github.com'
  if (!URL.canParse(apiUrl)) throw new InputError('GITHUB_API_URL is not a URL', apiUrl)
  const { createGitHubClient } = await import('./evidence/github-client.js')
  const defaultBranch = options.repository === undefined ? origin?.defaultBranch : undefined
  return { client: createGitHubClient({ token, apiUrl }), context: { owner, repo, apiUrl, defaultBranch } }
}
