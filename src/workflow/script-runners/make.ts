import type { Definition, ScriptRunner } from './script-runner.js'

/** Makefiles, run by make (also as `gmake` and, inside a Makefile, `$(MAKE)`). */
export const make: ScriptRunner = {
  tools: ['make', 'gmake', '$(MAKE)', '${MAKE}', '$MAKE'],
  valueFlags: ['-j', '--jobs', '-o', '--output'],
  invocation: ({ args, files }) => ({
    files: files(['GNUmakefile', 'makefile', 'Makefile']),
    targets: args,
    definitions: makeTargets
  })
}

interface Rule {
  deps: string[]
  recipe: string[]
}

/** Makefile rules: `a b: deps ; recipe` headers and tab-indented recipe lines, continuations joined. */
function makeTargets(text: string, targets: string[]): Definition[] | undefined {
  const rules = new Map<string, Rule>()
  let defaultGoal: string | undefined
  let current: Rule[] = []
  for (const line of text.replace(/\\\r?\n[ \t]*/g, ' ').split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      const recipe = line
        .slice(1)
        .replace(/^[@+-]+/, '')
        .trim()
      if (recipe && !recipe.startsWith('#')) for (const rule of current) rule.recipe.push(shellText(recipe))
      continue
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const header = /^([^\s:#=][^:=#]*?)\s*::?(?!=)(.*)$/.exec(line)
    if (!header) {
      current = []
      continue
    }
    const [depsText = '', inline] = (header[2] ?? '').split(';', 2)
    const deps = /=/.test(depsText)
      ? []
      : depsText.split(/\s+/).filter(d => d && !d.includes('$') && !d.includes('%'))
    current = (header[1] ?? '').split(/\s+/).map(name => {
      const rule = rules.get(name) ?? { deps: [], recipe: [] }
      rule.deps.push(...deps)
      rules.set(name, rule)
      if (defaultGoal === undefined && !name.startsWith('.') && !/[%$]/.test(name)) defaultGoal = name
      return rule
    })
    if (inline?.trim()) for (const rule of current) rule.recipe.push(inline.trim())
  }
  const goals = targets.length > 0 ? targets : defaultGoal ? [defaultGoal] : []
  return goals.flatMap(t => {
    const rule = rules.get(t)
    return rule ? [{ key: t, label: t, script: rule.recipe, deps: rule.deps, perLine: true }] : []
  })
}

/** A recipe line as the shell sees it: `$$` is a `$`, and make's `$(VAR)` becomes `${VAR}`, not a command substitution. */
function shellText(recipe: string): string {
  return recipe.replace(/\$(\$|\(([A-Za-z_][\w.]*)\))/g, (_all, _inner: string, name?: string) =>
    name === undefined ? '$' : `\${${name}}`
  )
}
