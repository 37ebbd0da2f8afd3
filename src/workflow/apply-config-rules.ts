import { CONFIG_RULES } from './catalog/config-rules.js'
import type { ConfigRule } from './catalog/config-rules.js'
import type { Classification } from './classification.js'
import type { ReadFile } from './script-resolution.js'

/**
 * A command's purposes as its runner's configuration settles them (see catalog/config-rules.ts): a
 * readable config can add a purpose (coverage set in `addopts`) or take one away (a Lighthouse config that
 * asserts no performance). The config file read joins the command's `via`, so the report can show it.
 */
export function applyConfigRules(
  found: Classification[],
  command: { command: string; via: string[]; order: number },
  cwd: string | undefined,
  read: ReadFile
): Classification[] {
  let results = found
  for (const rule of CONFIG_RULES) {
    if (!rule.command.test(command.command)) continue
    const config = readConfig(rule, cwd, read)
    if (!config || !rule.contains.test(config.text)) continue
    results =
      rule.effect === 'adds'
        ? [
            ...results,
            {
              purpose: rule.purpose,
              rule: rule.id,
              command: command.command,
              via: [...command.via, config.file],
              order: command.order
            }
          ]
        : results.filter(r => r.purpose !== rule.purpose)
  }
  return results
}

function readConfig(
  rule: ConfigRule,
  cwd: string | undefined,
  read: ReadFile
): { file: string; text: string } | undefined {
  const dirs = cwd && cwd !== '.' ? [`${cwd.replace(/\/+$/, '')}/`, ''] : ['']
  for (const dir of dirs)
    for (const name of rule.files) {
      const text = read(dir + name)
      // The corpus keeps files it does not copy as empty stand-ins: an empty config says nothing.
      if (text !== undefined && text.trim() !== '') return { file: dir + name, text }
    }
  return undefined
}
