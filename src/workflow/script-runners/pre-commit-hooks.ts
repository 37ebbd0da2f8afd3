import type { Definition, ScriptRunner } from './script-runner.js'

/**
 * pre-commit and prek: `pre-commit run` / `prek run` run the hooks of `.pre-commit-config.yaml` (prek also
 * `prek.toml`) for the commit stage, or the one hook a target names. Linters among them are what the command
 * already is (static analysis); a secret or vulnerability scanner among them is security scanning that runs
 * wherever the command runs, which the command's name does not tell (gitleaks behind `prek run --all-files`).
 */
export const preCommitHooks: ScriptRunner = {
  tools: ['pre-commit', 'prek'],
  valueFlags: ['--hook-stage', '--from-ref', '--to-ref', '--source', '--origin', '-c', '--config'],
  fileFlags: ['-c', '--config'],
  invocation: ({ tool, args, flags, files }) => {
    if (args[0] !== 'run') return undefined
    // Hooks of another stage (`--hook-stage manual`, pre-push) are not the ones read here.
    const stage = flags.get('--hook-stage')
    if (stage !== undefined && !COMMIT_STAGES.has(stage)) return undefined
    return {
      files: files(tool === 'prek' ? ['prek.toml', ...CONFIG_FILES] : CONFIG_FILES),
      targets: args.slice(1, 2),
      definitions: hookDefinitions
    }
  }
}

const CONFIG_FILES = ['.pre-commit-config.yaml', '.pre-commit-config.yml']
const COMMIT_STAGES = new Set(['pre-commit', 'commit'])

/** Hooks that scan for secrets or vulnerabilities, by their id or the command a local hook runs. */
const SECURITY_HOOK =
  /\b(?:gitleaks|trufflehog|detect-secrets|ggshield|talisman|bandit|gosec|semgrep|safety|pip-audit|osv-scanner|trivy|checkov|tfsec|kics)\b/

/** `id: x` (YAML), `id = "x"` (TOML), also inside an inline table `{ id = "x", … }`. */
const HOOK_ID = /(?:^|[{\s,-])id\s*[:=]\s*["']?([\w.-]+)/

function hookDefinitions(text: string, targets: string[]): Definition[] | undefined {
  const hooks = hooksOf(text)
  if (hooks.length === 0) return undefined
  return hooks
    .filter(hook => (targets.length === 0 || targets.includes(hook.id)) && hook.commitStage)
    .filter(hook => SECURITY_HOOK.test(hook.text))
    .map(hook => ({
      key: hook.id,
      label: `hook ${hook.id}`,
      script: [],
      deps: [],
      perLine: true,
      line: hook.line,
      purposes: ['security-scan']
    }))
}

interface Hook {
  id: string
  /** The hook's own lines (its id line to the next hook or repository), comments dropped. */
  text: string
  line: number
  /** Runs at the commit stage, which `run` runs: no `stages`, or stages that include it. */
  commitStage: boolean
}

/** Each hook's lines: from its id to the next id, repository entry or TOML table header. */
function hooksOf(text: string): Hook[] {
  const lines = text.split(/\r?\n/).map(line => line.replace(/(^|\s)#.*$/, ''))
  const defaultStages = stagesIn(lines.filter(line => /^\s*default_stages\b/.test(line)).join(' '))
  const hooks: Hook[] = []
  lines.forEach((line, at) => {
    const id = HOOK_ID.exec(line)?.[1]
    if (id === undefined || /^\s*-?\s*repo\s*[:=]/.test(line)) return
    const end = lines.findIndex(
      (next, i) => i > at && (HOOK_ID.test(next) || /^\s*(?:-\s*repo\s*:|\[\[)/.test(next))
    )
    const own = lines.slice(at, end < 0 ? lines.length : end).join('\n')
    const stages = stagesIn(own.match(/\bstages\s*[:=]\s*\[[^\]]*\]/)?.[0] ?? '') ?? defaultStages
    hooks.push({
      id,
      text: own,
      line: at + 1,
      commitStage: stages === undefined || stages.some(stage => COMMIT_STAGES.has(stage))
    })
  })
  return hooks
}

/** The stage names of a `stages: [...]` list; undefined when there is none. */
function stagesIn(text: string): string[] | undefined {
  const list = /\[([^\]]*)\]/.exec(text)?.[1]
  return list === undefined ? undefined : [...list.matchAll(/[\w-]+/g)].map(match => match[0])
}
