import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { VERSION } from '../src/core/version.js'
import { parseWorkflow } from '../src/parsers/workflow.js'
import { runnerEnv, spawnNode } from './helpers/spawn.js'

/** The release path (issue 16): one version everywhere, notes from the CHANGELOG, an installable package. */

const root = path.join(import.meta.dirname, '..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as { version: string; dependencies?: object; files: string[] }

describe('one version everywhere', () => {
  it('package.json, the newest CHANGELOG release, the source and the CLI bundle agree', async () => {
    const newest = /^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/m.exec(read('CHANGELOG.md'))?.[1]
    expect(newest).toBe(pkg.version)
    expect(VERSION).toBe(pkg.version)
    for (const flag of ['--version', '-v']) {
      const result = await spawnNode(['dist/cli/index.js', flag], { cwd: root, env: runnerEnv({}) })
      expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    }
  })

  it('the release notes are the CHANGELOG section of that version, and an unknown version fails', () => {
    const notes = execFileSync(process.execPath, ['scripts/release-notes.js', `v${pkg.version}`], {
      cwd: root,
      encoding: 'utf8'
    })
    const section =
      read('CHANGELOG.md')
        .split(`## [${pkg.version}] - `)[1]
        ?.split(/\n## |\n\[/)[0] ?? ''
    expect(notes.trim()).toBe(section.slice(section.indexOf('\n')).trim())
    expect(notes).toContain('### Added')
    expect(() =>
      execFileSync(process.execPath, ['scripts/release-notes.js', '99.0.0'], { cwd: root, stdio: 'pipe' })
    ).toThrow(/no section '## \[99\.0\.0\]/)
  })
})

describe('the release workflows', () => {
  const files = ['.github/workflows/release.yml', '.github/workflows/release-check.yml']

  it.each(files)('%s parses without problems', file => {
    expect(parseWorkflow(read(file), file).problems).toEqual([])
  })

  it('every job states its permissions, and only the two publishing jobs write, each only what it needs', () => {
    const jobs = files.flatMap(file =>
      Object.entries((parse(read(file)) as { jobs: Record<string, { permissions?: object }> }).jobs)
    )
    expect(jobs.filter(([, job]) => job.permissions === undefined).map(([id]) => id)).toEqual([])
    const writers = jobs.filter(([, job]) => JSON.stringify(job.permissions).includes('write'))
    expect(writers.map(([id, job]) => [id, job.permissions])).toEqual([
      ['github-release', { contents: 'write' }],
      ['npm', { contents: 'read', 'id-token': 'write' }]
    ])
  })

  it('checks dist/, the tests and the version before anything is tagged, and CI runs those checks', () => {
    const check = read('.github/workflows/release-check.yml')
    for (const step of ['npm run check-dist', 'npm test', 'scripts/release-notes.js', 'npm pack --dry-run'])
      expect(check).toContain(step)
    const release = parse(read('.github/workflows/release.yml')) as {
      jobs: Record<string, { needs?: string | string[]; if?: string; uses?: string }>
    }
    expect(release.jobs.check?.uses).toBe('./.github/workflows/release-check.yml')
    expect(release.jobs['github-release']).toMatchObject({ needs: 'check', if: '${{ !inputs.dry-run }}' })
    expect(release.jobs.npm?.needs).toEqual(['check', 'github-release'])
    expect(read('.github/workflows/ci.yml')).toContain('uses: ./.github/workflows/release-check.yml')
  })
})

describe('the npm package', () => {
  it('carries its dependencies in the bundle, so it installs with nothing else', () => {
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'schema/', 'action.yml']))
  })

  it('npm pack, then npx of the tarball from an empty folder, prints the report', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'maturity-gate-pack-'))
    try {
      const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
        cwd: root,
        encoding: 'utf8'
      }).trim()
      const empty = path.join(work, 'empty')
      execFileSync('mkdir', [empty])
      copyFileSync(path.join(work, tarball), path.join(empty, tarball))
      const npx = (...args: string[]): string =>
        execFileSync('npx', ['--yes', '--offline', `./${tarball}`, ...args], {
          cwd: empty,
          encoding: 'utf8',
          env: { ...runnerEnv({}), npm_config_cache: path.join(work, 'cache'), NO_COLOR: '1' }
        })
      expect(npx('--version')).toBe(`${pkg.version}\n`)
      const report = npx('check', root)
      expect(report).toMatch(/^maturity-gate: PASSED — level \w+ reached, target \w+/)
      expect(report).toContain('ci-on-change')
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
