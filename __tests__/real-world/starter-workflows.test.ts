import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument, isMap, isSeq } from 'yaml'
import { applyCheck } from '../../src/checks/apply-check.js'
import { practices } from '../../src/practices/index.js'
import { contextFor, evidenceFrom } from '../helpers/evidence.js'

/**
 * GitHub's starter workflows (actions/starter-workflows, MIT, vendored verbatim in
 * fixtures/starter-workflows with its licence) are what many users start from, and their folder names what
 * they are: deployments, pages, code-scanning, ci. They are an oracle the rules were not written for.
 */
const root = path.join(import.meta.dirname, '../fixtures/starter-workflows')
const FOLDERS = ['ci', 'code-scanning', 'deployments', 'pages']

/** The template placeholders GitHub fills in when a user picks a starter workflow. */
function filled(text: string): string {
  return text
    .replace(/\$default-branch|\$protected-branches/g, 'main')
    .replace(/\$cron-weekly/g, "'17 3 * * 1'")
    .replace(/\$cron-daily/g, "'17 3 * * *'")
}

const starters = FOLDERS.flatMap(folder =>
  readdirSync(path.join(root, folder))
    .filter(file => file.endsWith('.yml'))
    .map(file => `${folder}/${file}`)
)

/** Every practice's status on one workflow file given as the repository's only workflow. */
async function verdicts(name: string, text: string): Promise<Record<string, string>> {
  const evidence = await evidenceFrom({ [`.github/workflows/${path.basename(name)}`]: text })
  const statuses: Record<string, string> = {}
  for (const practice of practices) {
    const finding = await applyCheck(practice, contextFor(practice.meta.id, evidence), {})
    statuses[practice.meta.id] = finding.status
  }
  return statuses
}

/** The workflow without the `name:` of its jobs and steps. */
function unnamed(text: string): string {
  const document = parseDocument(text)
  const jobs = document.get('jobs')
  if (!isMap(jobs)) return text
  for (const { value: job } of jobs.items) {
    if (!isMap(job)) continue
    job.delete('name')
    const steps = job.get('steps')
    if (isSeq(steps)) for (const step of steps.items) if (isMap(step)) step.delete('name')
  }
  return document.toString()
}

interface Label {
  file: string
  practice: string
  status: string
}

/**
 * The hand labels of docs/corpus/starter-workflows-labels.md, written from the practice definitions before the
 * tool ran: `~~fail~~ **pass**` is a label corrected on adjudication (the bold one counts), `?` one the
 * definitions do not decide.
 */
function labels(): Label[] {
  const doc = readFileSync(
    path.join(import.meta.dirname, '../../docs/corpus/starter-workflows-labels.md'),
    'utf8'
  )
  return doc.split('\n').flatMap(line => {
    const [, repo = '', practice = '', label = ''] = line.split('|').map(cell => cell.trim())
    const folder = FOLDERS.find(f => repo.startsWith(`${f}-`))
    const status = /\*\*([\w-]+)\*\*/.exec(label)?.[1] ?? label
    if (folder === undefined || status === '?') return []
    return [{ file: `${folder}/${repo.slice(folder.length + 1)}.yml`, practice, status }]
  })
}

describe('starter workflows', () => {
  it('agree with every clear hand label (docs/corpus/starter-workflows-labels.md)', async () => {
    const all = labels()
    expect(all.length).toBeGreaterThanOrEqual(799)
    const byFile = new Map<string, Record<string, string>>()
    const disagreements: string[] = []
    for (const { file, practice, status } of all) {
      const text = filled(readFileSync(path.join(root, file), 'utf8'))
      const found = byFile.get(file) ?? (await verdicts(file, text))
      byFile.set(file, found)
      if (found[practice] !== status)
        disagreements.push(`${file} ${practice}: label ${status}, tool ${found[practice]}`)
    }
    expect(disagreements).toEqual([])
  })

  it('are all here: 168 files of four folders', () => {
    expect(starters).toHaveLength(168)
  })

  it.each(starters)('%s: no verdict changes when job and step names are removed', async name => {
    const text = filled(readFileSync(path.join(root, name), 'utf8'))
    const stripped = unnamed(text)
    expect(stripped).not.toMatch(/^ {4}name:|^ {6}- name:|^ {8}name:/m)
    expect(await verdicts(name, stripped)).toEqual(await verdicts(name, text))
  })
})
