import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A throwaway git repository on disk, for tests that need real commits (base/head, shallow clones). */
export interface GitRepo {
  root: string
  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string
  /** Writes the files (null deletes one), commits everything, returns the new commit's sha. */
  commit(files: Record<string, string | null>, message?: string): string
  remove(): void
}

/** Identity and signing set per call so that the machine's git config cannot change a test. */
const IDENTITY = ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false']

/** A new repository with an empty history on branch main. */
export function gitRepo(): GitRepo {
  const repo = repoAt(mkdtempSync(path.join(os.tmpdir(), 'mg-git-')))
  repo.git('init', '-q', '-b', 'main')
  return repo
}

/** `git clone` of `source` into a new temporary directory (extra args such as `--depth=1`). */
export function cloneRepo(source: GitRepo, ...args: string[]): GitRepo {
  const target = mkdtempSync(path.join(os.tmpdir(), 'mg-clone-'))
  execFileSync('git', ['clone', '-q', ...args, `file://${source.root}`, target], { stdio: 'pipe' })
  return repoAt(target)
}

function repoAt(root: string): GitRepo {
  const git = (...args: string[]) =>
    execFileSync('git', [...IDENTITY, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim()
  return {
    root,
    git,
    commit(files, message = 'change') {
      for (const [file, content] of Object.entries(files)) {
        const full = path.join(root, file)
        if (content === null) rmSync(full, { force: true })
        else {
          mkdirSync(path.dirname(full), { recursive: true })
          writeFileSync(full, content)
        }
      }
      git('add', '-A')
      git('commit', '-q', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    },
    remove: () => {
      rmSync(root, { recursive: true, force: true })
    }
  }
}
