import { CATALOG } from '../../workflow/catalog/catalog.js'
import { CONFIG_RULES } from '../../workflow/catalog/config-rules.js'
import type { ConfigRule } from '../../workflow/catalog/config-rules.js'
import type { CatalogEntry, UsesExample } from '../../workflow/catalog/entry.js'
import type { Purpose } from '../../workflow/catalog/purpose.js'
import { SERVICE_STARTS } from '../../workflow/catalog/services.js'
import { tableCell } from './table-cell.js'

const KIND: Record<CatalogEntry['kind'], string> = {
  run: 'command',
  uses: 'action',
  name: 'job or step name'
}

/**
 * A Markdown table of what makes a job read as `purpose`: every catalog entry with its own examples, the config
 * rules that add or take away the purpose, and (for integration tests) the services a test runs against, as
 * src/workflow/classify-step.ts reads them. Generated, so it says what the catalog knows and nothing more.
 */
export function purposeRules(purpose: Purpose): string[] {
  const rows = [
    ...CATALOG.filter(entry => entry.purpose === purpose).map(entry => [
      entry.id,
      KIND[entry.kind],
      codeList(entry.examples.map(usesText))
    ]),
    ...CONFIG_RULES.filter(rule => rule.purpose === purpose).map(configRow),
    ...(purpose === 'integration-test' ? serviceRows() : [])
  ]
  return [
    '| rule | kind | recognises |',
    '| --- | --- | --- |',
    ...rows.map(
      ([id = '', kind = '', examples = '']) => `| ${[code(id), kind, examples].map(tableCell).join(' | ')} |`
    )
  ]
}

function configRow(rule: ConfigRule): string[] {
  const examples = rule.examples
    .filter(example => example.applies)
    .map(example => `${code(example.run)} with ${code(example.file)} holding ${code(oneLine(example.text))}`)
  return [
    rule.id,
    rule.effect === 'adds' ? 'command and its config' : 'not: command and its config',
    examples.join('; ')
  ]
}

/** Tests against a real service are integration tests (classify-step.ts `againstServices`). */
function serviceRows(): string[][] {
  return [
    ['services', 'job services', 'a job that runs tests, or is named for them, with `services:` containers'],
    ...SERVICE_STARTS.map(start => [
      start.id,
      `${KIND[start.kind]} before a test step`,
      codeList(start.examples)
    ])
  ]
}

function usesText(example: UsesExample): string {
  if (typeof example === 'string') return example
  const inputs = Object.entries(example.with).map(([key, value]) => `${key}: ${value}`)
  return `${example.uses} with ${inputs.join(', ')}`
}

function codeList(texts: readonly string[]): string {
  return texts.map(text => code(oneLine(text))).join(', ')
}

/** A code span that holds any text: fenced with more backticks than the text's longest run of them. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
