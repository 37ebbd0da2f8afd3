import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/**
 * The README is what a newcomer follows on a fresh clone, so the parts of it that restate something else are
 * checked against that something: the inputs and outputs tables against action.yml (`UPDATE_GOLDEN=1`
 * regenerates them between their markers), the job-summary excerpt against the golden summary it quotes, the
 * example commands against examples/, and the quick start against the two commands it promises.
 */

const ROOT = process.cwd()
const README = path.join(ROOT, 'README.md')

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml

/** A table cell: pipes would end the cell, and line breaks the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

function code(value: string): string {
  return value === '' ? '(empty)' : `\`${value}\``
}

function inputsTable(): string {
  const rows = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${code(input.default ?? '')} | ${cell(input.description)} |`
  )
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

function outputsTable(): string {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return ['| output | description |', '| --- | --- |', ...rows].join('\n')
}

function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` }
}

/** The text between a pair of markers, trimmed; undefined when the markers are missing. */
function between(text: string, name: string): string | undefined {
  const { start, end } = markers(name)
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) return undefined
  return text.slice(from + start.length, to).trim()
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start < 0) return ''
  const next = text.indexOf('\n## ', start + 1)
  return text.slice(start, next < 0 ? undefined : next)
}

describe('README tables generated from action.yml', () => {
  const tables = [
    { name: 'inputs', render: inputsTable },
    { name: 'outputs', render: outputsTable }
  ]

  it.each(tables)('$name match action.yml', ({ name, render }) => {
    const expected = render()
    if (process.env.UPDATE_GOLDEN === '1') {
      const readme = readFileSync(README, 'utf8')
      const { start, end } = markers(name)
      const current = between(readme, name)
      if (current !== undefined) {
        const from = readme.indexOf(start) + start.length
        writeFileSync(README, `${readme.slice(0, from)}\n${expected}\n${readme.slice(readme.indexOf(end))}`)
      }
    }
    expect(between(readFileSync(README, 'utf8'), name)).toBe(expected)
  })

  it('lists every input and output exactly once', () => {
    const readme = readFileSync(README, 'utf8')
    const table = (name: string) => between(readme, name) ?? ''
    for (const name of Object.keys(action.inputs)) {
      expect(table('inputs').match(new RegExp(`^\\| \`${name}\` \\|`, 'gm'))).toHaveLength(1)
    }
    for (const name of Object.keys(action.outputs)) {
      expect(table('outputs').match(new RegExp(`^\\| \`${name}\` \\|`, 'gm'))).toHaveLength(1)
    }
  })
})

describe('README promises', () => {
  const readme = readFileSync(README, 'utf8')

  it('the quick start is exactly the two commands, each in its own code block', () => {
    const blocks = [...section(readme, 'Quick start').matchAll(/```\w*\n([\s\S]*?)```/g)].map(m => m[1])
    expect(blocks).toEqual(['npm ci && npm start\n', 'npm ci && npm test\n'])
  })

  it('the job-summary excerpt is quoted from the golden summary, line for line', () => {
    const excerpt = between(readme, 'summary-excerpt') ?? ''
    const golden = readFileSync(
      path.join(ROOT, '__tests__/fixtures/report/failing-e2e/summary.md'),
      'utf8'
    ).split('\n')
    const lines = excerpt
      .split('\n')
      .map(line => line.replace(/^> ?/, ''))
      .filter(line => line !== '')
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.filter(line => !golden.includes(line))).toEqual([])
  })

  const commands = [...readme.matchAll(/^node dist\/cli\/index\.js check (examples\/[\w-]+)$/gm)].map(
    m => m[1]
  )

  it('names every example', () => {
    expect(commands).toEqual(['examples/node-web-service', 'examples/python-ml', 'examples/library'])
  })

  it.each(commands)('%s has its policy, workflows and committed reports', example => {
    const files = ['.maturity.yml', '.github/workflows', 'README.md', 'report.txt', 'maturity-report.json']
    expect(files.filter(file => !existsSync(path.join(ROOT, example ?? '', file)))).toEqual([])
  })
})
