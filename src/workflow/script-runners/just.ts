import type { Definition, ScriptRunner } from './script-runner.js'

/** justfiles, run by just; only the first argument is a recipe (the rest are its parameters). */
export const just: ScriptRunner = {
  tools: ['just'],
  invocation: ({ args, files }) => ({
    files: files(['justfile', 'Justfile', '.justfile']),
    targets: args.slice(0, 1),
    definitions: justRecipes
  })
}

interface Recipe {
  deps: string[]
  recipe: string[]
  shebang: boolean
}

/** justfile recipes: `name params: deps` at column 0, an indented body; the first recipe is the default. */
function justRecipes(text: string, targets: string[]): Definition[] | undefined {
  const recipes = new Map<string, Recipe>()
  let first: string | undefined
  let current: Recipe | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]+\S/.test(line)) {
      const body = line.trim()
      if (!current) continue
      if (current.recipe.length === 0 && body.startsWith('#!'))
        current.shebang = !/\b(?:ba|z|da)?sh\b/.test(body)
      else if (!body.startsWith('#')) current.recipe.push(body.replace(/^[@-]+/, ''))
      continue
    }
    if (line.trim() === '' || line.startsWith('#')) continue
    const header = /^@?([A-Za-z_][\w-]*)(?:\s+[^:]*?)?\s*:(?!=)(.*)$/.exec(line)
    if (!header || /^(?:set|alias|export|import|mod)\b/.test(line)) {
      current = undefined
      continue
    }
    // Dependencies are the bare recipe names; quoted arguments (`(build "x")`) are dropped.
    const deps = [...(header[2] ?? '').replace(/'[^']*'|"[^"]*"/g, ' ').matchAll(/[A-Za-z_][\w-]*/g)].map(
      m => m[0]
    )
    current = { deps, recipe: [], shebang: false }
    const name = header[1] ?? ''
    recipes.set(name, current)
    first ??= name
  }
  const names = targets.length > 0 ? targets : first === undefined ? [] : [first]
  return names.flatMap(name => {
    const recipe = recipes.get(name)
    // A recipe in another interpreter (`#!/usr/bin/env python3`) is not shell.
    if (!recipe || recipe.shebang) return []
    return [{ key: name, label: name, script: recipe.recipe, deps: recipe.deps, perLine: true }]
  })
}
