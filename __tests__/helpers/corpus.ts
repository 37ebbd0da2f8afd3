import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The real-world sets under fixtures/corpus (see each PROVENANCE.md). A set's analysis root is the folder
 * holding its TREE.txt: the set itself, or the subfolder a template repository ships as a user's repository
 * (`seedcode/`). Its files are the copied workflow and definition files with their content, plus the names
 * TREE.txt lists as empty files, so file-based practices see what exists without any application code.
 */

export const corpusDir = path.join(import.meta.dirname, '../fixtures/corpus')

/** Files of this project's own, beside the copied ones. */
const OURS = new Set(['PROVENANCE.md', 'TREE.txt', 'workflows.golden.json', 'classification.golden.json'])

export function corpusSets(): string[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort()
}

export function corpusRoot(set: string): string {
  const dir = path.join(corpusDir, set)
  if (existsSync(path.join(dir, 'TREE.txt'))) return dir
  const inner = readdirSync(dir).find(name => existsSync(path.join(dir, name, 'TREE.txt')))
  if (inner === undefined) throw new Error(`${set} has no TREE.txt`)
  return path.join(dir, inner)
}

/** The set's workspace as path → content, paths relative to its analysis root. */
export function corpusFiles(set: string): Record<string, string> {
  const root = corpusRoot(set)
  const files: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(root, dir))) {
      const relative = dir === '' ? name : `${dir}/${name}`
      if (statSync(path.join(root, relative)).isDirectory()) walk(relative)
      else if (!(dir === '' && OURS.has(name)))
        files[relative] = readFileSync(path.join(root, relative), 'utf8')
    }
  }
  walk('')
  for (const line of readFileSync(path.join(root, 'TREE.txt'), 'utf8').split('\n')) {
    const name = line.trim()
    if (name === '' || name.startsWith('#') || name.endsWith('/') || name in files) continue
    files[name] = ''
  }
  return files
}
